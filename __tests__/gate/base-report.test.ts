// The base report: ratchets, the delta line and output, and fail-on: regression, through the real engine.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BaseReportError, parseBaseReport } from '../../src/gate/base-report.js';
import { deltaOutput, regressionOf } from '../../src/gate/delta.js';
import { runGate } from '../../src/gate/run-gate.js';
import { deltaLine } from '../../src/render/delta-line.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { toReportJson } from '../../src/render/json.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An lcov file with `covered` of `total` lines hit, in one source file. */
function lcov(covered: number, total: number): string {
  const rows = Array.from({ length: total }, (_, i) => `DA:${i + 1},${i < covered ? 1 : 0}`);
  return `SF:src/app.py\n${rows.join('\n')}\nend_of_record\n`;
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rg-base-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const CHECKLIST = `title: Service
policy: { tolerance: 0.5 }
items:
  - id: cov
    title: Coverage does not drop
    coverage: { report: lcov.info, min-lines: base }
  - id: docs
    title: Docs exist
    file: { path: DOCS.md, exists: true }
  - id: old
    title: Old broken thing
    file: { path: MISSING.md, exists: true }
`;

/** A base report as the base branch's run wrote it (report@2). */
function baseReport(
  items: { id: string; status: string; isBlocking: boolean; metrics?: object }[],
  score: number | null,
) {
  return JSON.stringify({
    schema: 'readiness-gate/report@2',
    commit: 'a'.repeat(40),
    passed: false,
    ready: false,
    score,
    level: score === null ? null : score >= 90 ? 'ready' : 'do not deploy',
    checklists: [
      {
        path: 'readiness.yml',
        items: items.map((item) => ({ title: item.id, kind: 'coverage', ...item })),
      },
    ],
  });
}

async function judge(dir: string, base?: string) {
  const outcome = await runGate({
    clock: { nowMs: Date.parse('2026-12-01T12:00:00Z') },
    workdir: dir,
    checklists: ['readiness.yml'],
    infer: false,
    env: {},
    ...(base ? { baseReport: parseBaseReport(base, 'base.json') } : {}),
  });
  expect(outcome.problems).toEqual([]);
  return outcome.verdict!;
}

const BASE_80 = baseReport(
  [
    {
      id: 'cov',
      status: 'passed',
      isBlocking: false,
      metrics: { lines: { covered: 400, total: 500, pct: 80 } },
    },
    { id: 'docs', status: 'passed', isBlocking: false },
    { id: 'old', status: 'failed', isBlocking: true },
  ],
  66.66666666666667,
);

describe('the min-lines: base ratchet', () => {
  it('blocks when coverage falls 0.2 points below the base', async () => {
    const dir = workspace({
      'readiness.yml': CHECKLIST,
      'lcov.info': lcov(399, 500),
      'DOCS.md': 'x',
    });
    const verdict = await judge(dir, BASE_80);
    const cov = verdict.checklists[0]!.items.find((judged) => judged.item.id === 'cov')!;
    expect(cov.result.status).toBe('failed');
    expect(cov.isBlocking).toBe(true);
    expect(cov.result.ratchetBroken).toBe(true);
    expect(cov.result.summary).toBe('lines 80.0% → 79.8%, below the base by more than 0.1 points');
    expect(verdict.delta?.ratchetsBroken.map((item) => item.id)).toEqual(['cov']);
    expect(regressionOf(verdict.delta!, 0.5)).toMatchObject({ regressed: true });
  });

  it('passes within the tolerance', async () => {
    const dir = workspace({
      'readiness.yml': CHECKLIST,
      'lcov.info': lcov(3996, 5000),
      'DOCS.md': 'x',
    });
    const verdict = await judge(dir, BASE_80);
    const cov = verdict.checklists[0]!.items.find((judged) => judged.item.id === 'cov')!;
    expect(cov.result.status).toBe('passed');
    expect(cov.result.summary).toBe('lines 80.0% → 79.9% (base 80.0%, tolerance 0.1)');
  });

  it('is errored without a base report, or judged by min-lines-fallback', async () => {
    const dir = workspace({
      'readiness.yml': CHECKLIST,
      'lcov.info': lcov(399, 500),
      'DOCS.md': 'x',
    });
    const withoutBase = await judge(dir);
    const cov = withoutBase.checklists[0]!.items.find((judged) => judged.item.id === 'cov')!;
    expect(cov.result.status).toBe('errored');
    expect(cov.result.summary).toMatch(/^min-lines: base needs a base report .*min-lines-fallback/);
    const fallback = workspace({
      'readiness.yml': CHECKLIST.replace(
        'min-lines: base',
        'min-lines: base, min-lines-fallback: 75',
      ),
      'lcov.info': lcov(399, 500),
    });
    const judged = (await judge(fallback)).checklists[0]!.items.find((j) => j.item.id === 'cov')!;
    expect(judged.result).toMatchObject({
      status: 'passed',
      summary: 'lines 79.8% ≥ 75% (no base report)',
    });
  });
});

describe('fail-on: regression and the delta', () => {
  it('passes a pull request that leaves an old blocking item as it was', async () => {
    const dir = workspace({
      'readiness.yml': CHECKLIST,
      'lcov.info': lcov(400, 500),
      'DOCS.md': 'x',
    });
    const verdict = await judge(dir, BASE_80);
    expect(verdict.ready).toBe(false); // the old item still blocks the gate
    expect(verdict.delta).toMatchObject({ newlyBlocking: [], fixed: [], ratchetsBroken: [] });
    expect(regressionOf(verdict.delta!, 0.5)).toEqual({ regressed: false, reasons: [] });
    expect(deltaOutput(verdict.delta)).toBe('0.0');
  });

  it('fails one that adds a blocking item, and shows it on every surface', async () => {
    const dir = workspace({ 'readiness.yml': CHECKLIST, 'lcov.info': lcov(400, 500) });
    const verdict = await judge(dir, BASE_80);
    expect(verdict.delta?.newlyBlocking).toEqual([
      { checklist: 'readiness.yml', id: 'docs', title: 'Docs exist' },
    ]);
    const regression = regressionOf(verdict.delta!, 0.5);
    expect(regression.regressed).toBe(true);
    expect(regression.reasons).toEqual([
      '1 newly blocking: Docs exist',
      'score fell 33.3 points (tolerance 0.5)',
    ]);
    expect(deltaOutput(verdict.delta)).toBe('-33.3');
    const line =
      'against the base: score 66.6 → 33.3; 1 newly blocking: Docs exist; coverage 80.0% → 80.0%';
    expect(deltaLine(verdict.delta!)).toBe(line);
    expect(renderText(verdict, { color: false })).toContain(`  ${line}\n`);
    expect(renderMarkdown(verdict)).toContain(line);
    expect(toReportJson(verdict).delta).toMatchObject({
      score: verdict.score! - 66.66666666666667,
    });
  });

  it('names fixed items and the level change', async () => {
    const dir = workspace({
      'readiness.yml': CHECKLIST,
      'lcov.info': lcov(400, 500),
      'DOCS.md': 'x',
      'MISSING.md': 'now here',
    });
    const verdict = await judge(dir, BASE_80);
    expect(deltaLine(verdict.delta!)).toBe(
      'against the base: score 66.6 → 100.0, do not deploy → ready; 1 fixed: Old broken thing; coverage 80.0% → 80.0%',
    );
    expect(deltaOutput(verdict.delta)).toBe('+33.3');
    expect(regressionOf(verdict.delta!).regressed).toBe(false);
  });
});

describe('parseBaseReport', () => {
  it('refuses other schemas by name', () => {
    expect(() =>
      parseBaseReport('{"schema":"readiness-gate/report@1","checklists":[]}', 'b.json'),
    ).toThrow(
      new BaseReportError(
        'b.json: is readiness-gate/report@1; a base report must be readiness-gate/report@2 (made by this version of the gate on the base branch)',
      ),
    );
    expect(() => parseBaseReport('{"schema":"other"}', 'b.json')).toThrow(
      /not a readiness-gate\/report@2/,
    );
    expect(() => parseBaseReport('not json', 'b.json')).toThrow(/b\.json: is not JSON/);
  });
});
