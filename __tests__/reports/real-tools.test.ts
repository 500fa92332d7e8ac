// Reports written by the real tools on a small project of our own, compared with the tools' own summaries.
// scripts/make-real-reports.sh runs the tools; a Debian tool that is not installed skips its test,
// saying so, except in CI (CI set), where a missing tool fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { isReportFailure, readReport } from '../../src/reports/detect.js';
import type { ReportData } from '../../src/reports/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, '__tests__', 'real-projects', 'out');

function has(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
}
function pythonHas(modules: string): boolean {
  return ['/usr/bin/python3', 'python3'].some(
    (py) => spawnSync(py, ['-c', `import ${modules}`]).status === 0,
  );
}

const hasPytest = pythonHas('pytest');
const hasCoverage = pythonHas('pytest, coverage');
const tools = {
  pytest: hasPytest,
  coverage: hasCoverage,
  lcov: hasCoverage && has('lcov'),
  flake8: has('flake8'),
  pylint: has('pylint'),
  mypy: has('mypy'),
  bandit: has('bandit'),
};
const missing = Object.entries(tools)
  .filter(([, present]) => !present)
  .map(([name]) => name);
if (missing.length > 0 && process.env.CI !== undefined)
  throw new Error(
    `real-tools: ${missing.join(', ')} not installed, which .ci/run installs with apt-get`,
  );
if (missing.length > 0) {
  console.warn(
    `real-tools: skipping ${missing.join(', ')} (not installed; apt-get install bandit python3-pytest python3-coverage flake8 pylint mypy lcov)`,
  );
}

async function read(name: string): Promise<ReportData> {
  const data = await readReport(path.join(out, name), {
    workdir: path.join(root, '__tests__', 'real-projects', 'pyapp'),
  });
  if (isReportFailure(data)) throw new Error(data.error);
  return data;
}
const text = (name: string) => fs.readFileSync(path.join(out, name), 'utf8');

// ESLint and Jest are devDependencies, always present; the Debian tools may be missing on a
// contributor's machine, never in CI, where .ci/run installs them.
describe('reports from real tools', () => {
  beforeAll(() => {
    const result = spawnSync('sh', [path.join(root, 'scripts', 'make-real-reports.sh')], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (result.status !== 0) throw new Error(`make-real-reports.sh failed: ${result.stderr}`);
  }, 120_000);

  it.skipIf(!tools.pytest)('counts pytest JUnit XML as pytest does', async () => {
    const data = await read('junit.xml');
    const suite = /<testsuite [^>]*>/.exec(text('junit.xml'))![0];
    const attribute = (name: string) => Number(new RegExp(` ${name}="(\\d+)"`).exec(suite)![1]);
    expect(data.kind).toBe('tests');
    expect(data.metrics).toEqual({
      total: attribute('tests'),
      failed: attribute('failures'),
      errors: attribute('errors'),
      skipped: attribute('skipped'),
      passed:
        attribute('tests') - attribute('failures') - attribute('errors') - attribute('skipped'),
    });
    // pytest's own last line: "1 failed, 4 passed, 1 skipped, 1 error in 0.05s".
    const summary = text('pytest.txt').trim().split('\n').pop()!;
    const count = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(summary)?.[1] ?? 0);
    expect(data.metrics).toMatchObject({
      failed: count('failed'),
      passed: count('passed'),
      skipped: count('skipped'),
      errors: count('error'),
    });
  });

  it.skipIf(!tools.coverage)(
    "reads coverage.py XML, JSON and lcov with coverage.py's own totals",
    async () => {
      const totals = (JSON.parse(text('coverage.json')) as { totals: Record<string, number> })
        .totals;
      const expected = {
        lines: { covered: totals['covered_lines'], total: totals['num_statements'] },
        branches: { covered: totals['covered_branches'], total: totals['num_branches'] },
      };
      for (const name of ['coverage.xml', 'coverage.json']) {
        const data = await read(name);
        if (data.kind !== 'coverage') throw new Error(`${name} read as ${data.kind}`);
        expect(
          { covered: data.metrics.lines?.covered, total: data.metrics.lines?.total },
          name,
        ).toEqual(expected.lines);
        expect(
          { covered: data.metrics.branches?.covered, total: data.metrics.branches?.total },
          name,
        ).toEqual(expected.branches);
      }
      // `coverage report`'s TOTAL line: statements, missed, branches, partial branches, percent.
      const total = text('coverage-report.txt')
        .split('\n')
        .find((line) => line.startsWith('TOTAL'))!
        .trim()
        .split(/\s+/);
      expect(Number(total[1])).toBe(expected.lines.total);
      expect(Number(total[1]) - Number(total[2])).toBe(expected.lines.covered);
      expect(Number(total[3])).toBe(expected.branches.total);
    },
  );

  it.skipIf(!tools.lcov)('reads lcov as `lcov --summary` does', async () => {
    const data = await read('coverage.lcov');
    if (data.kind !== 'coverage') throw new Error(`read as ${data.kind}`);
    const summary = text('lcov-summary.txt');
    const figure = (name: string) => {
      const match = new RegExp(`${name}\\.*: [\\d.]+% \\((\\d+) of (\\d+)`).exec(summary);
      return match ? { covered: Number(match[1]), total: Number(match[2]) } : null;
    };
    const pick = (ratio: { covered: number; total: number } | null) =>
      ratio ? { covered: ratio.covered, total: ratio.total } : null;
    expect(pick(data.metrics.lines)).toEqual(figure('lines'));
    expect(pick(data.metrics.functions)).toEqual(figure('functions'));
    expect(pick(data.metrics.branches)).toEqual(figure('branches'));
  });

  it.skipIf(!tools.flake8)('counts every flake8 line, default and pylint formats', async () => {
    for (const name of ['flake8.txt', 'flake8-pylint.txt']) {
      const lines = text(name)
        .split('\n')
        .filter((line) => line.trim() !== '');
      const data = await read(name);
      if (data.kind !== 'lint') throw new Error(`${name} read as ${data.kind}`);
      expect(data.format).toBe('flake8');
      expect(data.metrics.errors + data.metrics.warnings, name).toBe(lines.length);
      expect(data.metrics.errors, name).toBe(
        lines.filter((line) =>
          /\b\[?(E9|F63|F7|F82)\d*/.test(line.replace(/^.*?:\d+:(\d+:)? /, '')),
        ).length,
      );
    }
  });

  it.skipIf(!tools.pylint)('counts pylint JSON messages by type', async () => {
    const messages = JSON.parse(text('pylint.json')) as { type: string }[];
    const count = (...types: string[]) => messages.filter((m) => types.includes(m.type)).length;
    const data = await read('pylint.json');
    expect(data.format).toBe('pylint-json');
    expect(data.metrics).toEqual({
      errors: count('error', 'fatal'),
      warnings: count('warning'),
      notes: count('convention', 'refactor', 'info'),
    });
  });

  it.skipIf(!tools.mypy)("counts mypy's errors as its summary line does", async () => {
    const found = /Found (\d+) errors? in/.exec(text('mypy.txt'));
    const data = await read('mypy.txt');
    expect(data.format).toBe('mypy');
    expect(data.metrics).toMatchObject({ errors: Number(found?.[1] ?? 0) });
  });

  it.skipIf(!tools.bandit)("counts bandit findings as bandit's own totals do", async () => {
    const totals = (
      JSON.parse(text('bandit.json')) as { metrics: { _totals: Record<string, number> } }
    ).metrics._totals;
    const data = await read('bandit.json');
    expect(data.metrics).toEqual({
      high: totals['SEVERITY.HIGH'],
      medium: totals['SEVERITY.MEDIUM'],
      low: totals['SEVERITY.LOW'],
    });
    expect(data.findings.length).toBeGreaterThan(0);
    expect(data.findings[0]!.file).toBe('calc/unsafe.py');
  });

  it("counts ESLint JSON as ESLint's own per-file counts do", async () => {
    for (const name of ['eslint.json', 'eslint-with-metadata.json']) {
      const parsed = JSON.parse(text(name)) as
        | { errorCount: number; warningCount: number }[]
        | { results: { errorCount: number; warningCount: number }[] };
      const files = Array.isArray(parsed) ? parsed : parsed.results;
      const data = await read(name);
      if (data.kind !== 'lint') throw new Error(`${name} read as ${data.kind}`);
      expect(data.format).toBe('eslint-json');
      expect(data.metrics, name).toEqual({
        errors: files.reduce((sum, f) => sum + f.errorCount, 0),
        warnings: files.reduce((sum, f) => sum + f.warningCount, 0),
        notes: 0,
      });
      expect(data.metrics.errors, name).toBeGreaterThan(0);
    }
  });

  it("counts jest-junit's XML as Jest's own results do", async () => {
    const jest = JSON.parse(text('jest/jest.json')) as {
      numTotalTests: number;
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
    };
    const report = await read('jest/junit.xml');
    expect(report.format).toBe('junit-xml');
    expect(report.metrics).toEqual({
      total: jest.numTotalTests,
      passed: jest.numPassedTests,
      failed: jest.numFailedTests,
      errors: 0,
      skipped: jest.numPendingTests,
    });
    expect(jest.numFailedTests).toBe(1);
  });

  it("reads every coverage format Jest writes as Istanbul's own coverage-summary.json totals", async () => {
    const summary = JSON.parse(text('jest/coverage/coverage-summary.json')) as {
      total: Record<
        'lines' | 'branches' | 'functions' | 'statements',
        { covered: number; total: number }
      >;
    };
    const ratio = (figure: { covered: number; total: number }) => ({
      covered: figure.covered,
      total: figure.total,
      pct: (figure.covered / figure.total) * 100,
    });
    const expected = {
      lines: ratio(summary.total.lines),
      branches: ratio(summary.total.branches),
      functions: ratio(summary.total.functions),
    };
    for (const [file, format] of [
      ['jest/coverage/coverage-summary.json', 'istanbul-summary'],
      ['jest/coverage/coverage-final.json', 'istanbul-final'],
      ['jest/coverage/lcov.info', 'lcov'],
    ] as const) {
      const report = await read(file);
      expect(report.format, file).toBe(format);
      expect(report.metrics, file).toEqual(expected);
    }
    // Clover's figures are `statements`, which Istanbul's clover reporter fills with its line
    // counts; Cobertura has lines and branches (no functions).
    const clover = await read('jest/coverage/clover.xml');
    expect(clover.metrics).toMatchObject({
      lines: expected.lines,
      branches: expected.branches,
      functions: expected.functions,
    });
    const cobertura = await read('jest/coverage/cobertura-coverage.xml');
    expect(cobertura.metrics).toMatchObject({
      lines: expected.lines,
      branches: expected.branches,
    });
  });
});
