// The JSON report read back: verdictFromReport rebuilds what toReportJson wrote, and refuses what the schema refuses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/gate/run-gate.js';
import { failsStep } from '../../src/gate/judge.js';
import { ReportShapeError, toReportJson, verdictFromReport } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { buildAnnotations } from '../../src/render/annotations.js';
import { ROOT } from '../helpers/run-action.js';
import { makeWorkspace } from '../helpers/workspace.js';

const CHECKLIST = `version: 1
title: Service readiness
policy: { min-score: 50 }
sections:
  - title: Build
    items:
      - id: runbook
        title: Runbook exists
        file: { path: RUNBOOK.md, exists: true }
      - id: changelog
        title: Changelog exists
        file: { path: CHANGELOG.md, exists: true }
        blocking: false
  - title: Sign-off
    items:
      - title: Product owner signed off
        manual: true
        blocking: true
`;

const SOURCE = {
  repository: 'Codertocat/Hello-World',
  event: 'pull_request',
  pullRequest: 2,
  headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
};

async function report(): Promise<ReturnType<typeof toReportJson>> {
  const workdir = await makeWorkspace({ '.github/readiness.yml': CHECKLIST, 'RUNBOOK.md': 'x' });
  const outcome = await runGate({
    workdir,
    checklists: [],
    infer: true,
    env: {},
    clock: { nowMs: Date.parse('2026-12-01T12:00:00Z') },
  });
  return toReportJson(outcome.verdict!, SOURCE);
}

describe('verdictFromReport', () => {
  it('rebuilds a verdict that renders the same Markdown and annotations, with its source', async () => {
    const json = JSON.parse(JSON.stringify(await report())) as unknown;
    const schema = JSON.parse(
      readFileSync(path.join(ROOT, 'checklists/report.schema.json'), 'utf8'),
    ) as object;
    expect(new Ajv({ strict: false }).validate(schema, json)).toBe(true);
    const { verdict, source } = verdictFromReport(json);
    expect(source).toEqual(SOURCE);
    const again = toReportJson(verdict, source);
    expect(again).toEqual(json);
    const workdir = await makeWorkspace({ '.github/readiness.yml': CHECKLIST, 'RUNBOOK.md': 'x' });
    // The report names the judged commit; the rebuilt verdict keeps it.
    const original = {
      ...(
        await runGate({
          workdir,
          checklists: [],
          infer: true,
          env: {},
          clock: { nowMs: Date.parse('2026-12-01T12:00:00Z') },
        })
      ).verdict!,
      commit: SOURCE.headSha!,
    };
    const options = {
      lineUrl: (file: string, line: number) => `https://github.com/o/r/blob/abc/${file}#L${line}`,
    };
    expect(renderMarkdown(verdict, options).replace(/decided in [\d.]+ s/, '')).toBe(
      renderMarkdown(original, options).replace(/decided in [\d.]+ s/, ''),
    );
    expect(buildAnnotations(verdict)).toEqual(buildAnnotations(original));
  });

  it('keeps the delta against the base, so the publish mode shows it and judges fail-on: regression', async () => {
    const json = JSON.parse(JSON.stringify(await report())) as Record<string, unknown>;
    const delta = {
      origin: 'artifact readiness-report of run 7',
      baseCommit: 'a'.repeat(40),
      baseScore: 75,
      headScore: 50,
      score: -25,
      baseLevel: 'not ready',
      headLevel: 'do not deploy',
      newlyBlocking: [
        { checklist: '.github/readiness.yml', id: 'runbook', title: 'Runbook exists' },
      ],
      fixed: [],
      ratchetsBroken: [],
    };
    const { verdict } = verdictFromReport({ ...json, delta });
    expect(verdict.delta).toEqual(delta);
    expect(failsStep(verdict, 'regression')).toBe(true);
    expect(renderMarkdown(verdict)).toContain(
      'against the base: score 75.0 → 50.0, not ready → do not deploy; 1 newly blocking: Runbook exists',
    );
    expect(verdictFromReport(json).verdict.delta).toBeUndefined();
  });

  it('refuses a report that does not fit the schema, listing every problem with its place', async () => {
    const json = JSON.parse(JSON.stringify(await report())) as Record<string, unknown> & {
      checklists: { items: Record<string, unknown>[] }[];
    };
    json.checklists[0]!.items[0]!.status = 'great';
    delete json.checklists[0]!.items[1]!.summary;
    json.source = { repository: 'not a repo', event: 'push', headSha: 'HEAD' };
    json.extra = true;
    const error = (() => {
      try {
        verdictFromReport(json);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ReportShapeError);
    expect((error as ReportShapeError).problems).toEqual([
      'source.repository: expected to match ^[^/\\s]+/[^/\\s]+$, found "not a repo"',
      'source.headSha: expected to match ^[0-9a-f]{40,64}$, found "HEAD"',
      'checklists[0].items[0].status: expected one of "passed", "failed", "errored", "pending", "skipped", "waived", found "great"',
      'checklists[0].items[1].summary: required, missing',
      'extra: unknown key',
    ]);
    expect(() => verdictFromReport([])).toThrow('(top): expected an object, found []');
    // Another version's report is refused by name.
    expect(() => verdictFromReport({ ...json, schema: 'readiness-gate/report@1' })).toThrow(
      'this is a readiness-gate/report@1 report; this version reads readiness-gate/report@2 only',
    );
  });
});
