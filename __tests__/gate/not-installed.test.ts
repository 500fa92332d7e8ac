// A recognized command whose program is not installed here: pending for a person, never skipped out of the score.
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/gate/run-gate.js';
import { toReportJson } from '../../src/render/json.js';
import { makeWorkspace } from '../helpers/workspace.js';

const CHECKLIST = `# Release

- [ ] Formatting checked (\`black .\`)
- [ ] Types checked (\`mypy .\`) <!-- gate: blocking=true -->
- [ ] Tests pass <!-- gate: command run="no-such-checker-rg --all" -->
`;

describe('an inferred command whose program is not installed', () => {
  it('is pending with the reason, judged as a manual item; an explicit one is errored', async () => {
    const workdir = await makeWorkspace({ 'DEPLOYMENT_CHECKLIST.md': CHECKLIST });
    // No program can be found with an empty PATH.
    const outcome = await runGate({
      clock: { nowMs: Date.parse('2026-12-01T12:00:00Z') },
      workdir,
      checklists: [],
      infer: true,
      env: { PATH: '' },
    });
    const cv = outcome.verdict!.checklists[0]!;
    expect(cv.items.map((judged) => [judged.result.status, judged.isBlocking])).toEqual([
      ['pending', false],
      ['pending', true],
      ['errored', true],
    ]);
    expect(cv.items[0]!.result.summary).toBe(
      'black is not installed here: install it in the job or tick the item',
    );
    expect(cv.counts.pending).toBe(2);
    expect(cv.score).toBe(0);
    const json = toReportJson(outcome.verdict!).checklists[0]!.items as Record<string, unknown>[];
    expect(json[0]).toMatchObject({
      kind: 'command',
      inferred: true,
      status: 'pending',
      summary: 'black is not installed here: install it in the job or tick the item',
    });
  });

  it('is confirmed like a manual item, by a tick in the pull request', async () => {
    const workdir = await makeWorkspace({ 'DEPLOYMENT_CHECKLIST.md': CHECKLIST });
    const outcome = await runGate({
      clock: { nowMs: Date.parse('2026-12-01T12:00:00Z') },
      workdir,
      checklists: [],
      infer: true,
      env: { PATH: '' },
      confirmations: ['Formatting checked (`black .`)'],
    });
    const first = outcome.verdict!.checklists[0]!.items[0]!;
    expect(first.result).toMatchObject({
      status: 'passed',
      summary: "ticked in the pull request's description",
    });
  });
});
