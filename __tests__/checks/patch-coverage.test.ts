// Patch coverage from real git repositories and hand-counted reports in every per-line format.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageCheck, type CoverageOptions } from '../../src/checks/coverage.js';
import type { CheckContext } from '../../src/checks/types.js';
import { resolveFiles } from '../../src/workspace/files.js';
import { changedLinesFor } from '../../src/git/change-range.js';
import type { ChangeSet } from '../../src/git/change-set.js';
import { GitRepo } from '../helpers/git-repo.js';
import { readReport } from '../../src/reports/detect.js';
import type { CoverageReport } from '../../src/reports/types.js';
import { checkContext } from '../helpers/check-context.js';

/**
 * Every source file has 12 lines at the head; the pull request changed lines 3, 4, 5, 11 and 12.
 * The reports make lines 1, 2, 3, 5, 7, 12 covered and 4, 11 (and 9, which the base branch
 * changed after the fork) uncovered; line 4 has two branches, one taken; line 7 two, none.
 * Counted by hand: changed coverable lines 3, 4, 5, 11, 12 → 3 covered of 5; branches 1 of 2.
 */
const BASE_SOURCE = Array.from({ length: 10 }, (_, i) => `base ${i + 1}`).join('\n') + '\n';
function headSource(): string {
  const rows = BASE_SOURCE.trimEnd().split('\n');
  rows[2] = 'pr 3';
  rows[3] = 'pr 4';
  rows[4] = 'pr 5';
  rows.push('pr 11', 'pr 12');
  return rows.join('\n') + '\n';
}
function mainMovedOn(): string {
  const rows = BASE_SOURCE.trimEnd().split('\n');
  rows[8] = 'main 9';
  return rows.join('\n') + '\n';
}

const PY = 'src/app/calc.py';
const JAVA = 'src/main/java/com/acme/Calc.java';
const GO = 'pkg/calc.go';
const COVERED = [1, 2, 3, 5, 7, 12];
const UNCOVERED = [4, 9, 11];

function lcov(): string {
  const da = [...COVERED.map((n) => `DA:${n},1`), ...UNCOVERED.map((n) => `DA:${n},0`)];
  return `TN:\nSF:${PY}\n${da.join('\n')}\nBRDA:4,0,0,1\nBRDA:4,0,1,0\nBRDA:7,0,0,0\nBRDA:7,0,1,0\nend_of_record\n`;
}

function cobertura(sourceRoot: string): string {
  const line = (n: number) =>
    n === 4
      ? `<line number="4" hits="0" branch="true" condition-coverage="50% (1/2)"/>`
      : n === 7
        ? `<line number="7" hits="1" branch="true" condition-coverage="0% (0/2)"/>`
        : `<line number="${n}" hits="${COVERED.includes(n) ? 1 : 0}"/>`;
  return `<?xml version="1.0"?>
<coverage line-rate="0.66" branch-rate="0.25" lines-covered="6" lines-valid="9" branches-covered="1" branches-valid="4" version="7">
<sources><source>${sourceRoot}</source></sources>
<packages><package name="app"><classes><class name="calc.py" filename="app/calc.py"><lines>
${[...COVERED, ...UNCOVERED]
  .sort((a, b) => a - b)
  .map(line)
  .join('\n')}
</lines></class></classes></package></packages></coverage>
`;
}

function jacoco(): string {
  const line = (n: number) => {
    const hit = COVERED.includes(n);
    const branches = n === 4 ? ' mb="1" cb="1"' : n === 7 ? ' mb="2" cb="0"' : ' mb="0" cb="0"';
    return `<line nr="${n}" mi="${hit ? 0 : 1}" ci="${hit ? 1 : 0}"${branches}/>`;
  };
  return `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
<report name="app"><sessioninfo id="s" start="1" dump="2"/>
<package name="com/acme"><sourcefile name="Calc.java">
${[...COVERED, ...UNCOVERED].map(line).join('\n')}
</sourcefile></package>
<counter type="LINE" missed="3" covered="6"/><counter type="BRANCH" missed="3" covered="1"/>
</report>
`;
}

function coveragePy(): string {
  return JSON.stringify({
    meta: { version: '7.6.1', branch_coverage: true },
    files: {
      [PY]: {
        executed_lines: COVERED,
        missing_lines: UNCOVERED,
        executed_branches: [[4, 5]],
        missing_branches: [
          [4, 6],
          [7, 8],
          [7, 9],
        ],
      },
    },
    totals: { covered_lines: 6, num_statements: 9, covered_branches: 1, num_branches: 4 },
  });
}

function istanbulFinal(root: string): string {
  const all = [...COVERED, ...UNCOVERED];
  const statementMap: Record<string, unknown> = {};
  const s: Record<string, number> = {};
  all.forEach((n, i) => {
    statementMap[i] = { start: { line: n, column: 0 }, end: { line: n, column: 5 } };
    s[i] = COVERED.includes(n) ? 1 : 0;
  });
  const at = (line: number) => ({ start: { line, column: 0 }, end: { line, column: 5 } });
  return JSON.stringify({
    [`${root}/${PY}`]: {
      path: `${root}/${PY}`,
      statementMap,
      s,
      fnMap: {},
      f: {},
      branchMap: {
        0: { loc: at(4), type: 'if', locations: [at(4), at(4)], line: 4 },
        1: { loc: at(7), type: 'if', locations: [at(7), at(7)], line: 7 },
      },
      b: { 0: [1, 0], 1: [0, 0] },
    },
  });
}

function goProfile(): string {
  // Line 3 is spanned by a hit block and a missed one: not covered. Lines 11-12 in two blocks.
  return `mode: set
example.com/app/${GO}:1.1,3.10 2 1
example.com/app/${GO}:3.12,3.20 1 0
example.com/app/${GO}:4.1,4.20 1 0
example.com/app/${GO}:5.1,5.5 1 1
example.com/app/${GO}:7.1,7.3 1 1
example.com/app/${GO}:9.1,9.3 1 0
example.com/app/${GO}:11.1,11.5 1 0
example.com/app/${GO}:12.1,12.5 1 1
`;
}

function clover(): string {
  // Clover keeps conditions on their own lines: line 5 is a condition (1 of 2), not a statement.
  const stmt = (n: number) =>
    `<line num="${n}" type="stmt" count="${COVERED.includes(n) ? 1 : 0}"/>`;
  return `<?xml version="1.0"?>
<coverage generated="1" clover="4.4"><project timestamp="1">
<metrics statements="8" coveredstatements="5" conditionals="2" coveredconditionals="1" methods="0" coveredmethods="0"/>
<file name="calc.py" path="${PY}">
${[1, 2, 3, 4, 7, 9, 11, 12].map(stmt).join('\n')}
<line num="5" type="cond" truecount="1" falsecount="0"/>
</file></project></coverage>
`;
}

let repo: GitRepo;
let changes: ChangeSet;
let baseOnlyChanges: ChangeSet;

const context = (overrides: Partial<CheckContext> = {}): CheckContext =>
  checkContext(repo.dir, { changes, ...overrides });

async function judge(options: Omit<CoverageOptions, 'report'> & { report: string }, extra = {}) {
  return coverageCheck.run(options as CoverageOptions, context(extra));
}

beforeAll(async () => {
  repo = GitRepo.create('rg-patch-');
  const files = { [PY]: BASE_SOURCE, [JAVA]: BASE_SOURCE, [GO]: BASE_SOURCE };
  repo.commit({ ...files, 'go.mod': 'module example.com/app\n\ngo 1.22\n', 'README.md': 'x\n' });
  repo.git('checkout', '-q', '-b', 'pr');
  const prHead = repo.commit({
    [PY]: headSource(),
    [JAVA]: headSource(),
    [GO]: headSource(),
    'src/app/new.py': 'def f():\n\n    return 1\n',
    'README.md': 'changed\n',
  });
  repo.git('checkout', '-q', 'main');
  // The base branch moves on after the fork: line 9 of every source file.
  const mainTip = repo.commit({ [PY]: mainMovedOn(), [JAVA]: mainMovedOn(), [GO]: mainMovedOn() });
  // GitHub's test merge commit, checked out as actions/checkout does on pull_request.
  repo.git('checkout', '-q', '--detach', 'main');
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge pr', prHead);
  repo.write({
    'reports/lcov.info': lcov(),
    'reports/cobertura.xml': cobertura('/home/runner/work/app/app/src'),
    'reports/cobertura-local.xml': cobertura(`${repo.dir}/src`),
    'reports/jacoco.xml': jacoco(),
    'reports/coverage.json': coveragePy(),
    'reports/coverage-final.json': istanbulFinal(repo.dir),
    'reports/coverage-summary.json': JSON.stringify({
      total: {
        lines: { total: 9, covered: 6, skipped: 0, pct: 66.6 },
        statements: { total: 9, covered: 6, skipped: 0, pct: 66.6 },
        functions: { total: 0, covered: 0, skipped: 0, pct: 100 },
        branches: { total: 4, covered: 1, skipped: 0, pct: 25 },
      },
    }),
    'reports/cover.out': goProfile(),
    'reports/clover.xml': clover(),
  });
  ({ changes } = await changedLinesFor(
    { kind: 'pull_request', baseSha: mainTip, headSha: prHead },
    { cwd: repo.dir },
  ));
  // What a gate diffing against the merge base from the merge commit would see (wrong).
  const { diffChangedLines } = await import('../../src/git/diff.js');
  baseOnlyChanges = await diffChangedLines(repo.git('merge-base', mainTip, prHead), 'HEAD', {
    cwd: repo.dir,
  });
});
afterAll(() => repo.cleanup());

describe('patch coverage per format', () => {
  const cases: [string, string, number, number, [number, number] | null][] = [
    ['lcov', 'reports/lcov.info', 3, 5, [1, 2]],
    ['Cobertura, <source> from another machine', 'reports/cobertura.xml', 3, 5, [1, 2]],
    ['Cobertura, <source> in this checkout', 'reports/cobertura-local.xml', 3, 5, [1, 2]],
    ['JaCoCo', 'reports/jacoco.xml', 3, 5, [1, 2]],
    ['coverage.py JSON', 'reports/coverage.json', 3, 5, [1, 2]],
    ['Istanbul coverage-final.json', 'reports/coverage-final.json', 3, 5, [1, 2]],
    ['Clover', 'reports/clover.xml', 2, 4, null],
    ['Go coverprofile', 'reports/cover.out', 2, 5, null],
  ];
  it.each(cases)('%s', async (_name, report, covered, total, branches) => {
    const result = await judge({ report, 'min-patch-lines': 50 });
    const patch = result.metrics?.['patch'] as { covered: number; total: number; pct: number };
    expect(patch).toMatchObject({ covered, total, pct: (covered / total) * 100 });
    expect(result.status).toBe(covered / total >= 0.5 ? 'passed' : 'failed');
    if (branches === null) expect(result.metrics?.['patchBranches']).toBeUndefined();
    else
      expect(result.metrics?.['patchBranches']).toEqual({
        covered: branches[0],
        total: branches[1],
        pct: (branches[0] / branches[1]) * 100,
      });
  });

  it('matches absolute paths written on another machine by their trailing part', async () => {
    repo.write({
      'reports/foreign.info': lcov().replace(`SF:${PY}`, `SF:/home/runner/work/app/app/${PY}`),
    });
    const result = await judge({ report: 'reports/foreign.info', 'min-patch-lines': 50 });
    expect(result.metrics?.['patch']).toMatchObject({ covered: 3, total: 5 });
  });

  it('says which lines of which file are uncovered', async () => {
    const result = await judge({ report: 'reports/lcov.info', 'min-patch-lines': 80 });
    expect(result.status).toBe('failed');
    expect(result.summary).toBe(
      'changed lines 60.0% (3/5) < 80%; not covered: src/app/calc.py:4,11',
    );
    const patch = result.metrics?.['patch'] as { files: unknown[] };
    expect(patch.files).toEqual([{ path: PY, covered: 3, total: 5, uncoveredLines: [4, 11] }]);
  });

  it('judges changed branches, and errors for Go, which has none per line', async () => {
    const lcovResult = await judge({ report: 'reports/lcov.info', 'min-patch-branches': 50 });
    expect(lcovResult.status).toBe('passed');
    expect(lcovResult.summary).toBe('changed branches 50.0% (1/2) ≥ 50%');
    const goResult = await judge({ report: 'reports/cover.out', 'min-patch-branches': 50 });
    expect(goResult.status).toBe('errored');
    expect(goResult.summary).toMatch(/has no per-line branch data/);
  });

  it('errors on coverage-summary.json, naming coverage-final.json', async () => {
    const result = await judge({ report: 'reports/coverage-summary.json', 'min-patch-lines': 50 });
    expect(result.status).toBe('errored');
    expect(result.summary).toMatch(/totals only.*coverage-final\.json/);
  });
});

describe('what counts', () => {
  it('counts a changed source file missing from the report by its non-blank changed lines', async () => {
    const result = await judge({
      report: 'reports/lcov.info',
      'min-patch-lines': 50,
      sources: 'src/app/**/*.py',
    });
    // 3 of 5 from the report, plus new.py's 2 non-blank lines uncovered: 3 of 7.
    expect(result.metrics?.['patch']).toMatchObject({ covered: 3, total: 7 });
    expect(result.status).toBe('failed');
    expect(result.summary).toMatch(/1 changed file missing from the report: src\/app\/new\.py/);
  });

  it('ignores commits the base branch made after the fork', async () => {
    const right = await judge({ report: 'reports/lcov.info', 'min-patch-lines': 50 });
    const wrong = await judge(
      { report: 'reports/lcov.info', 'min-patch-lines': 50 },
      { changes: baseOnlyChanges },
    );
    expect(right.metrics?.['patch']).toMatchObject({ covered: 3, total: 5 });
    // Diffing the merge commit against the merge base would count main's line 9 as well.
    expect(wrong.metrics?.['patch']).toMatchObject({ covered: 3, total: 6 });
  });

  it('passes with "no coverable changed lines" when the report covers none of them', async () => {
    repo.write({ 'reports/other.info': 'SF:README.md\nDA:5,0\nend_of_record\n' });
    const result = await judge({ report: 'reports/other.info', 'min-patch-lines': 90 });
    expect(result.status).toBe('passed');
    expect(result.summary).toBe('no coverable changed lines');
    expect(result.metrics?.['patch']).toMatchObject({ covered: 0, total: 0, pct: null });
  });

  it('errors without a base unless when-no-base: skipped', async () => {
    const noBase = { changes: undefined, noBaseReason: 'the run has no base (a push)' };
    const errored = await judge({ report: 'reports/lcov.info', 'min-patch-lines': 50 }, noBase);
    expect(errored.status).toBe('errored');
    expect(errored.summary).toBe(
      'min-patch-lines needs the changed lines, but the run has no base (a push)',
    );
    const skipped = await judge(
      { report: 'reports/lcov.info', 'min-patch-lines': 50, 'when-no-base': 'skipped' },
      noBase,
    );
    expect(skipped.status).toBe('skipped');
    const withTotals = await judge(
      {
        report: 'reports/lcov.info',
        'min-patch-lines': 50,
        'min-lines': 50,
        'when-no-base': 'skipped',
      },
      noBase,
    );
    expect(withTotals.status).toBe('passed');
    expect(withTotals.summary).toBe('lines 66.7% ≥ 50%, patch minimums skipped (no base)');
  });
});

describe('memory', () => {
  it('keeps per-line detail only for the files patch coverage asks for, in every reader', async () => {
    repo.write({
      'reports/two.info': `${lcov()}SF:src/other.py\nDA:1,1\nend_of_record\n`,
    });
    const reports = [
      'reports/two.info',
      'reports/cobertura-local.xml',
      'reports/jacoco.xml',
      'reports/coverage.json',
      'reports/coverage-final.json',
      'reports/cover.out',
      'reports/clover.xml',
    ];
    for (const report of reports) {
      const read = (await readReport(`${repo.dir}/${report}`, {
        workdir: repo.dir,
        wantDetail: true,
        keepDetail: () => false,
      })) as CoverageReport;
      expect(read.kind, report).toBe('coverage');
      expect([...(read.lineDetail ?? read.detail ?? new Map()).keys()], report).toEqual([]);
      // The totals are the report's own, whatever detail is kept.
      expect(read.metrics.lines?.total, report).toBeGreaterThan(0);
    }
    const kept = (await readReport(`${repo.dir}/reports/two.info`, {
      workdir: repo.dir,
      wantDetail: true,
      keepDetail: (key) => key === PY,
    })) as CoverageReport;
    expect([...kept.detail!.keys()]).toEqual([PY]);
    expect(kept.metrics.lines).toMatchObject({ covered: 7, total: 10 });
  });
});

describe('Go modules', () => {
  it('maps import paths through the nearest go.mod, in a repository with several modules', async () => {
    const mono = GitRepo.create('rg-gomono-');
    try {
      const base = mono.commit({
        'go.mod': 'module example.com/root\n',
        'services/api/go.mod': 'module example.com/api // the API\n',
        'services/api/h.go': 'package api\n',
        'lib.go': 'package root\n',
      });
      const head = mono.commit({
        'services/api/h.go': 'package api\n\nfunc H() int {\n\treturn 1\n}\n',
        'lib.go': 'package root\n\nfunc L() {}\n',
      });
      const { diffChangedLines } = await import('../../src/git/diff.js');
      const monoChanges = await diffChangedLines(base, head, { cwd: mono.dir });
      mono.write({
        'cover.out':
          'mode: set\nexample.com/api/h.go:3.16,5.2 1 1\nexample.com/root/lib.go:3.11,3.13 0 0\n',
      });
      const result = await coverageCheck.run(
        { report: 'cover.out', 'min-patch-lines': 100 } as CoverageOptions,
        context({
          workdir: mono.dir,
          resolveFiles: (p) => resolveFiles(mono.dir, p),
          changes: monoChanges,
        }),
      );
      expect(result.metrics?.['patch']).toMatchObject({
        covered: 3,
        total: 4,
        files: [
          { path: 'lib.go', covered: 0, total: 1, uncoveredLines: [3] },
          { path: 'services/api/h.go', covered: 3, total: 3, uncoveredLines: [] },
        ],
      });
    } finally {
      mono.cleanup();
    }
  });
});
