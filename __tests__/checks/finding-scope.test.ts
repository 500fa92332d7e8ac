// Findings in scope: lint, bandit and scan count only findings on changed lines (or files), listing all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { banditCheck, type BanditOptions } from '../../src/checks/bandit.js';
import { lintCheck, type LintOptions } from '../../src/checks/lint.js';
import { scanCheck, type ScanOptions } from '../../src/checks/scan.js';
import type { CheckContext } from '../../src/checks/types.js';
import { validateCheckOptions } from '../../src/checklist/check-options.js';
import { diffChangedLines } from '../../src/git/diff.js';
import type { ChangeSet } from '../../src/git/change-set.js';
import type { Finding } from '../../src/model.js';
import { GitRepo, lines } from '../helpers/git-repo.js';
import { runGate } from '../../src/gate/run-gate.js';
import { buildAnnotations } from '../../src/render/annotations.js';
import { checkContext } from '../helpers/check-context.js';

let repo: GitRepo;
let changes: ChangeSet;
let baseSha: string;

const context = (overrides: Partial<CheckContext> = {}): CheckContext =>
  checkContext(repo.dir, { changes, ...overrides });

beforeAll(async () => {
  repo = GitRepo.create('rg-scope-');
  const base = repo.commit({ 'app/a.py': lines(30), 'app/old.py': lines(10, 'o') });
  baseSha = base;
  repo.git('mv', 'app/old.py', 'app/renamed.py');
  const rows = lines(30).split('\n');
  rows[9] = 'changed ten';
  const head = repo.commit({ 'app/a.py': rows.join('\n') });
  changes = await diffChangedLines(base, head, { cwd: repo.dir });
  const message = (line: number | undefined, file = 'app/a.py', endLine?: number) => ({
    filePath: `${repo.dir}/${file}`,
    messages: [
      {
        ruleId: 'r',
        severity: 2,
        message: `at ${line}`,
        ...(line === undefined ? {} : { line }),
        ...(endLine === undefined ? {} : { endLine }),
      },
    ],
  });
  repo.write({
    'reports/eslint.json': JSON.stringify([
      message(10), // on the changed line
      message(3), // unchanged line of a changed file
      message(8, 'app/a.py', 12), // spans the changed line
      message(undefined), // no line: counts only under changed-files
      message(2, 'app/renamed.py'), // a pure rename changes the file, not its lines
    ]),
    'reports/bandit.json': JSON.stringify({
      generated_at: '2026-01-01T00:00:00Z',
      metrics: {},
      results: [
        {
          filename: 'app/a.py',
          line_number: 9,
          line_range: [9, 10],
          issue_severity: 'HIGH',
          issue_confidence: 'HIGH',
          issue_text: 'spans 9-10',
          test_id: 'B1',
        },
        {
          filename: 'app/a.py',
          line_number: 20,
          issue_severity: 'HIGH',
          issue_confidence: 'HIGH',
          issue_text: 'old',
          test_id: 'B2',
        },
      ],
    }),
  });
});
afterAll(() => repo.cleanup());

function lint(options: Partial<LintOptions>, extra: Partial<CheckContext> = {}) {
  return lintCheck.run(
    { report: 'reports/eslint.json', ...options } as LintOptions,
    context(extra),
  );
}

describe('lint scope', () => {
  it('counts only findings touching changed lines, and lists all of them marked', async () => {
    const result = await lint({ scope: 'changed-lines' });
    expect(result.metrics).toEqual({ errors: 2, warnings: 0, notes: 0, outOfScope: 3 });
    expect(result.status).toBe('failed');
    expect(result.summary).toBe(
      '2 errors > 0 allowed on changed lines (3 findings elsewhere not counted)',
    );
    const marks = (result.findings as Finding[]).map((f) => [f.message, f.inScope]);
    expect(marks).toEqual([
      ['at 10', true],
      ['at 3', false],
      ['at 8', true],
      ['at undefined', false],
      ['at 2', false],
    ]);
  });

  it('changed-files counts findings anywhere in a changed or renamed file', async () => {
    const result = await lint({ scope: 'changed-files' });
    expect(result.metrics).toEqual({ errors: 5, warnings: 0, notes: 0, outOfScope: 0 });
  });

  it('all (the default) counts everything and marks nothing', async () => {
    const result = await lint({});
    expect(result.metrics).toEqual({ errors: 5, warnings: 0, notes: 0 });
    expect((result.findings as Finding[]).every((f) => f.inScope === undefined)).toBe(true);
  });

  it('passes a pull request whose findings are all on lines it did not change', async () => {
    const result = await lint({ scope: 'changed-lines', 'max-errors': 2 });
    expect(result.status).toBe('passed');
  });

  it('is errored without a base, or skipped when asked', async () => {
    const noBase = { changes: undefined, noBaseReason: 'the run has no base (a push)' };
    const errored = await lint({ scope: 'changed-lines' }, noBase);
    expect(errored).toMatchObject({
      status: 'errored',
      summary: 'scope: changed-lines needs the changed lines, but the run has no base (a push)',
    });
    const skipped = await lint({ scope: 'changed-lines', 'when-no-base': 'skipped' }, noBase);
    expect(skipped.status).toBe('skipped');
  });

  it('refuses a scope on a lint item with no report', () => {
    expect(validateCheckOptions('lint', { run: 'ruff check', scope: 'changed-lines' })).toEqual([
      {
        keyPath: 'scope',
        message: 'scope: changed-lines needs a report (an exit code has no lines to scope)',
      },
    ]);
  });
});

describe('bandit scope', () => {
  it('counts a finding whose line range touches a changed line, not the old one', async () => {
    const result = await banditCheck.run(
      { report: 'reports/bandit.json', scope: 'changed-lines' } as BanditOptions,
      context(),
    );
    expect(result.metrics).toEqual({ high: 1, medium: 0, low: 0, outOfScope: 1 });
    expect(result.status).toBe('failed');
    expect((result.findings as Finding[]).map((f) => f.inScope)).toEqual([true, false]);
    const all = await banditCheck.run(
      { report: 'reports/bandit.json' } as BanditOptions,
      context(),
    );
    expect(all.metrics).toEqual({ high: 2, medium: 0, low: 0 });
  });
});

describe('scan scope', () => {
  const leak = (file: string, line: number) => ({
    Description: 'AWS key',
    StartLine: line,
    EndLine: line,
    File: file,
    RuleID: 'aws-access-token',
    Commit: '',
    Fingerprint: `${file}:${line}`,
  });

  function scan(options: Partial<ScanOptions>, extra: Partial<CheckContext> = {}) {
    repo.write({
      'reports/gitleaks.json': JSON.stringify([
        leak('app/a.py', 10), // on the changed line
        leak('app/a.py', 20), // an unchanged line of a changed file
        leak('app/renamed.py', 2), // a pure rename: the file changed, not its lines
        leak('app/unchanged.py', 1), // a file the pull request did not touch
      ]),
    });
    return scanCheck.run({ report: 'reports/gitleaks.json', ...options } as ScanOptions, {
      ...context(extra),
    });
  }

  it('counts only the leak on a changed line, lists the others marked after it', async () => {
    const result = await scan({ scope: 'changed-lines' });
    expect(result.status).toBe('failed');
    expect(result.summary).toBe(
      '1 HIGH secret > 0 allowed on changed lines (3 elsewhere not counted)',
    );
    expect(result.metrics).toMatchObject({
      secrets: { critical: 0, high: 1, medium: 0, low: 0, unknown: 0 },
      outOfScope: 3,
    });
    expect((result.findings as Finding[]).map((f) => [f.file, f.line, f.inScope])).toEqual([
      ['app/a.py', 10, true],
      ['app/a.py', 20, false],
      ['app/renamed.py', 2, false],
      ['app/unchanged.py', 1, false],
    ]);
  });

  it('changed-files counts the leaks in changed and renamed files, not in an untouched one', async () => {
    const result = await scan({ scope: 'changed-files', max: { high: 3 } });
    expect(result.status).toBe('passed');
    expect(result.metrics).toMatchObject({ secrets: { high: 3 }, outOfScope: 1 });
  });

  it('all (the default) counts every leak and marks none', async () => {
    const result = await scan({});
    expect(result.metrics).toMatchObject({ secrets: { high: 4 } });
    expect(result.metrics).not.toHaveProperty('outOfScope');
    const findings = result.findings as Finding[];
    expect(findings).toHaveLength(4);
    expect(findings.every((f) => f.inScope === undefined)).toBe(true);
  });

  it('scopes bandit reports read through scan too', async () => {
    const result = await scanCheck.run(
      { report: 'reports/bandit.json', scope: 'changed-lines' } as ScanOptions,
      context(),
    );
    expect(result.metrics).toMatchObject({ vulnerabilities: { high: 1 }, outOfScope: 1 });
    expect((result.findings as Finding[]).map((f) => f.inScope)).toEqual([true, false]);
  });

  it('is errored without a base, or skipped when asked', async () => {
    const noBase = { changes: undefined, noBaseReason: 'the run has no base (a push)' };
    expect(await scan({ scope: 'changed-lines' }, noBase)).toMatchObject({
      status: 'errored',
      summary: 'scope: changed-lines needs the changed lines, but the run has no base (a push)',
    });
    expect(await scan({ scope: 'changed-lines', 'when-no-base': 'skipped' }, noBase)).toMatchObject(
      { status: 'skipped' },
    );
  });
});

describe('through the engine', () => {
  it('diffs from --base, and annotates findings outside the change as notices after the rest', async () => {
    repo.write({
      'readiness.yml':
        'title: T\nitems:\n  - title: Lint\n    lint: { report: reports/eslint.json, scope: changed-lines, max-errors: 5 }\n',
    });
    const outcome = await runGate({
      clock: { nowMs: Date.parse('2026-12-01T12:00:00Z') },
      workdir: repo.dir,
      checklists: ['readiness.yml'],
      infer: false,
      env: {},
      changeRequest: { kind: 'ref', baseRef: baseSha },
    });
    expect(outcome.change?.range?.from).toBe(baseSha);
    const annotations = buildAnnotations(outcome.verdict!);
    expect(annotations.map((a) => [a.startLine, a.level, a.message])).toEqual([
      [10, 'failure', 'at 10'],
      [8, 'failure', 'at 8'],
      [3, 'notice', 'at 3 (outside the change: not counted)'],
      [2, 'notice', 'at 2 (outside the change: not counted)'],
    ]);
  });

  it('makes the item errored with the reason when the base cannot be reached', async () => {
    const outcome = await runGate({
      clock: { nowMs: Date.parse('2026-12-01T12:00:00Z') },
      workdir: repo.dir,
      checklists: ['readiness.yml'],
      infer: false,
      env: {},
      changeRequest: { kind: 'ref', baseRef: 'no-such-ref' },
    });
    expect(outcome.change?.error).toBe(
      '--base no-such-ref: no such commit or branch in this repository',
    );
    expect(outcome.verdict!.checklists[0]!.items[0]!.result).toMatchObject({
      status: 'errored',
      summary:
        'scope: changed-lines needs the changed lines, but the base could not be reached: --base no-such-ref: no such commit or branch in this repository',
    });
  });
});
