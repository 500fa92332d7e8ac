// The pure parts of publishing: the check run's conclusion, and where a verdict read from a report goes.
import { describe, expect, it } from 'vitest';
import { conclusionOf } from '../../src/gate/judge.js';
import { contextFromReport } from '../../src/github/publish.js';
import { failsStep } from '../../src/gate/judge.js';
import type { Delta, JudgedItem, Status, Verdict } from '../../src/model.js';

function verdict(
  passed: boolean,
  ready: boolean,
  items: readonly [Status, boolean][] = [],
): Verdict {
  const judged = items.map(([status, isBlocking], index): JudgedItem => ({
    item: {
      id: `i${index}`,
      title: `Item ${index}`,
      line: index + 1,
      column: 1,
      checked: false,
      blocking: isBlocking,
      weight: 1,
      inferred: false,
      section: [],
      children: [],
    },
    result: { status, summary: status },
    isBlocking,
  }));
  const counts = {
    total: 0,
    passed: 0,
    failed: 0,
    errored: 0,
    pending: 0,
    skipped: 0,
    waived: 0,
    blocking: 0,
  };
  return {
    passed,
    ready,
    score: 100,
    level: 'ready',
    counts,
    durationMs: 1,
    checklists: [
      {
        checklist: {
          path: 'c.yml',
          format: 'yaml',
          title: 't',
          policy: {},
          sections: [],
          items: [],
        },
        items: judged,
        counts,
        score: 100,
        level: 'ready',
        minScore: 0,
        passed,
        ready,
        topLevel: 'ready',
        reason: '',
      },
    ],
  };
}

const ENV = { repository: 'o/r', sha: '1'.repeat(40), serverUrl: 'https://github.com', runId: '7' };
const HEAD = 'a'.repeat(40);

describe('conclusionOf', () => {
  it('follows the table: failure when blocked, neutral when passing but not ready, success when ready', () => {
    expect(conclusionOf(verdict(false, false, [['failed', true]]))).toBe('failure');
    expect(conclusionOf(verdict(true, false, [['pending', false]]))).toBe('neutral');
    expect(conclusionOf(verdict(true, true, [['passed', false]]))).toBe('success');
  });

  it('under fail-on: not-ready concludes failure for a run that is not ready, as its step does', () => {
    expect(conclusionOf(verdict(true, false), 'not-ready')).toBe('failure');
    expect(conclusionOf(verdict(true, true), 'not-ready')).toBe('success');
    expect(conclusionOf(verdict(true, false), 'never')).toBe('neutral');
    expect(conclusionOf(verdict(false, false), 'never')).toBe('failure');
  });

  const delta = (overrides: Partial<Delta> = {}): Delta => ({
    origin: 'base.json',
    baseScore: 50,
    headScore: 50,
    score: 0,
    baseLevel: 'do not deploy',
    headLevel: 'do not deploy',
    newlyBlocking: [],
    fixed: [],
    ratchetsBroken: [],
    ...overrides,
  });
  const withDelta = (v: Verdict, d: Delta): Verdict => ({ ...v, delta: d });
  const named = { checklist: 'c.yml', id: 'i0', title: 'Item 0' };

  it('under fail-on: regression the step and the check run fail only when worse than the base', () => {
    // An old blocking item left as it was: the gate is blocked, but nothing regressed.
    const unchanged = withDelta(verdict(false, false, [['failed', true]]), delta());
    expect(failsStep(unchanged, 'regression')).toBe(false);
    expect(conclusionOf(unchanged, 'regression')).toBe('neutral');
    expect(failsStep(unchanged, 'blocking')).toBe(true);
    const added = withDelta(unchanged, delta({ newlyBlocking: [named] }));
    expect(failsStep(added, 'regression')).toBe(true);
    expect(conclusionOf(added, 'regression')).toBe('failure');
    const ratchet = withDelta(verdict(true, true), delta({ ratchetsBroken: [named] }));
    expect(failsStep(ratchet, 'regression')).toBe(true);
    const ready = withDelta(verdict(true, true), delta());
    expect(conclusionOf(ready, 'regression')).toBe('success');
  });

  it('under fail-on: regression a score lower by more than the tolerance regresses, within it not', () => {
    const fell = (score: number, tolerance?: number): Verdict => {
      const v = withDelta(verdict(true, false), delta({ score }));
      const cv = v.checklists[0]!;
      const policy = tolerance === undefined ? {} : { tolerance };
      return { ...v, checklists: [{ ...cv, checklist: { ...cv.checklist, policy } }] };
    };
    expect(failsStep(fell(-0.05), 'regression')).toBe(false);
    expect(failsStep(fell(-0.2), 'regression')).toBe(true);
    expect(failsStep(fell(-0.2, 0.5), 'regression')).toBe(false);
    expect(failsStep(fell(-0.6, 0.5), 'regression')).toBe(true);
  });

  it('under fail-on: regression without a base report behaves as blocking', () => {
    expect(failsStep(verdict(false, false), 'regression')).toBe(true);
    expect(failsStep(verdict(true, false), 'regression')).toBe(false);
    expect(conclusionOf(verdict(false, false), 'regression')).toBe('failure');
    expect(conclusionOf(verdict(true, false), 'regression')).toBe('neutral');
  });
});

describe('contextFromReport', () => {
  it('takes the pull request from the report (workflow_run has none for forks) and the commit from the triggering run', () => {
    const payload = { workflow_run: { event: 'pull_request', head_sha: HEAD, pull_requests: [] } };
    const { context, expectedHeadSha, refused } = contextFromReport(
      'workflow_run',
      payload,
      { repository: 'O/R', event: 'pull_request', pullRequest: 5, headSha: 'b'.repeat(40) },
      ENV,
    );
    expect(refused).toBeUndefined();
    expect(context).toMatchObject({
      owner: 'o',
      repo: 'r',
      pullNumber: 5,
      headSha: HEAD,
      eventName: 'pull_request',
    });
    expect(context.blobUrlBase).toBe(`https://github.com/o/r/blob/${HEAD}/`);
    expect(expectedHeadSha).toBe(HEAD);
  });

  it('falls back to workflow_run.pull_requests without a source, and posts no comment for a push report', () => {
    const payload = { workflow_run: { head_sha: HEAD, pull_requests: [{ number: 9 }] } };
    expect(contextFromReport('workflow_run', payload, undefined, ENV).context.pullNumber).toBe(9);
    expect(
      contextFromReport(
        'workflow_run',
        payload,
        { repository: 'o/r', event: 'push', headSha: HEAD },
        ENV,
      ).context.pullNumber,
    ).toBeUndefined();
  });

  it('refuses a report made for another repository', () => {
    expect(
      contextFromReport(
        'workflow_run',
        {},
        { repository: 'evil/r', event: 'pull_request', pullRequest: 1 },
        ENV,
      ).refused,
    ).toContain('made for evil/r, not for this repository (o/r)');
  });
});
