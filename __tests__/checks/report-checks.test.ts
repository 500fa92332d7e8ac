// The report-reading check kinds: tests, coverage, lint, bandit, trivy, on real files in a temp repository.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckContext } from '../../src/checks/types.js';
import { banditCheck } from '../../src/checks/bandit.js';
import { coverageCheck } from '../../src/checks/coverage.js';
import { lintCheck } from '../../src/checks/lint.js';
import { testsCheck } from '../../src/checks/tests.js';
import { trivyCheck } from '../../src/checks/trivy.js';
import { checkContext } from '../helpers/check-context.js';

let workdir: string;

const context = (overrides: Partial<CheckContext> = {}): CheckContext =>
  checkContext(workdir, overrides);

function write(relative: string, content: string): string {
  const file = path.join(workdir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

function junit(cases: string): string {
  return `<?xml version="1.0"?>\n<testsuites><testsuite name="s">${cases}</testsuite></testsuites>\n`;
}

beforeAll(() => {
  workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-checks-'));
});
afterAll(() => {
  fs.rmSync(workdir, { recursive: true, force: true });
});

describe('option schemas', () => {
  const ajv = new Ajv({ strict: false });
  it('accepts the options DESIGN.md shows and refuses unknown ones', () => {
    const cases: [typeof testsCheck.optionsSchema, unknown, boolean][] = [
      [testsCheck.optionsSchema, { report: 'reports/junit*.xml', 'min-total': 1 }, true],
      [testsCheck.optionsSchema, { report: 'a.xml', maxFailures: 1 }, false],
      [coverageCheck.optionsSchema, { report: 'coverage.xml', 'min-lines': 95 }, true],
      [coverageCheck.optionsSchema, { report: 'coverage.xml', 'min-lines': '95%' }, false],
      [lintCheck.optionsSchema, { run: 'flake8 src' }, true],
      [lintCheck.optionsSchema, { 'max-errors': 0 }, false],
      [
        banditCheck.optionsSchema,
        { report: 'reports/bandit.json', max: { high: 0, medium: 3 } },
        true,
      ],
      [banditCheck.optionsSchema, { report: 'b.json', max: { HIGH: 0 } }, false],
      [
        trivyCheck.optionsSchema,
        { report: 'reports/trivy.json', max: { critical: 0, high: 0 }, 'ignore-unfixed': true },
        true,
      ],
      [
        trivyCheck.optionsSchema,
        { report: 't.json', max: { secrets: { low: 0 } }, ignore: ['CVE-2023-1'] },
        true,
      ],
      [trivyCheck.optionsSchema, { report: 't.json', max: { secrets: { severe: 0 } } }, false],
    ];
    for (const [schema, options, valid] of cases)
      expect(ajv.validate(schema, options), JSON.stringify(options)).toBe(valid);
  });
  it('asks a coverage check for at least one minimum', () => {
    expect(coverageCheck.validate?.({ report: 'c.xml' })).toEqual([
      { message: expect.stringMatching(/at least one minimum/) },
    ]);
    expect(coverageCheck.validate?.({ report: 'c.xml', 'min-branches': 50 })).toEqual([]);
  });
});

describe('tests', () => {
  it('passes when every test passed, and says how many', async () => {
    write(
      't1/junit.xml',
      junit(
        '<testcase classname="a" name="b"/><testcase classname="a" name="c"><skipped/></testcase>',
      ),
    );
    const result = await testsCheck.run({ report: 't1/junit.xml' }, context());
    expect(result).toMatchObject({
      status: 'passed',
      summary: '2 tests, 1 skipped, the rest passed',
      metrics: { total: 2, passed: 1, skipped: 1 },
    });
  });

  it('fails on a failed test and annotates it at its file and line', async () => {
    write(
      't2/junit.xml',
      junit(
        '<testcase classname="a" name="ok"/><testcase classname="a" name="bad" file="src/a_test.py" line="12"><failure message="assert 1 == 2"/></testcase>',
      ),
    );
    const result = await testsCheck.run({ report: 't2/junit.xml' }, context());
    expect(result.status).toBe('failed');
    expect(result.summary).toBe('2 tests, 1 failed');
    expect(result.findings).toEqual([
      {
        file: 'src/a_test.py',
        line: 12,
        level: 'error',
        title: 'Test failed',
        message: 'a › bad: assert 1 == 2',
      },
    ]);
  });

  it('adds up every file a glob matches', async () => {
    write(
      't3/junit-a.xml',
      junit('<testcase name="1"/><testcase name="2"><error message="x"/></testcase>'),
    );
    write('t3/junit-b.xml', junit('<testcase name="3"/>'));
    const result = await testsCheck.run({ report: 't3/junit-*.xml', 'max-failures': 1 }, context());
    expect(result).toMatchObject({ status: 'passed', metrics: { total: 3, passed: 2, errors: 1 } });
    expect(result.summary).toBe('3 tests, 1 error (≤ 1 allowed)');
  });

  it('fails below min-total', async () => {
    write('t4/junit.xml', junit(''));
    const result = await testsCheck.run({ report: 't4/junit.xml' }, context());
    expect(result).toMatchObject({ status: 'failed', summary: '0 tests < 1 required' });
  });

  it('is errored when no report matches, naming the pattern', async () => {
    expect(await testsCheck.run({ report: 'nowhere/*.xml' }, context())).toMatchObject({
      status: 'errored',
      summary: 'no report matches nowhere/*.xml',
    });
    expect(await testsCheck.run({ report: 'nowhere.xml' }, context())).toMatchObject({
      status: 'errored',
      summary: 'report nowhere.xml not found',
    });
  });

  it('is errored for a corrupt report, naming the file and the problem', async () => {
    write('t5/junit.xml', '<testsuites><testsuite>');
    const result = await testsCheck.run({ report: 't5/junit.xml' }, context());
    expect(result.status).toBe('errored');
    expect(result.summary).toMatch(
      /^t5\/junit\.xml \(junit-xml\): is not well-formed XML: .*<testsuite> is not closed/,
    );
  });

  it('runs the command first, then judges the report whatever its exit code', async () => {
    write('t6/source.xml', junit('<testcase name="x"><failure/></testcase>'));
    const script = `require('fs').copyFileSync('t6/source.xml', 't6/junit.xml'); process.exit(1)`;
    const result = await testsCheck.run(
      { run: `"${process.execPath}" -e "${script}"`, report: 't6/junit.xml' },
      context(),
    );
    expect(result).toMatchObject({ status: 'failed', summary: '1 test, 1 failed' });
  });

  it('is errored, not run, when commands may not run (a refused item keeps its place in the score)', async () => {
    const result = await testsCheck.run(
      { run: 'pytest', report: 't1/junit.xml' },
      context({ mayRunCommands: false }),
    );
    expect(result).toMatchObject({
      status: 'errored',
      summary: expect.stringContaining('pull_request_target'),
    });
    expect(testsCheck.runsCommand({ run: 'pytest', report: 'x' })).toBe(true);
    expect(testsCheck.runsCommand({ report: 'x' })).toBe(false);
  });
});

describe('coverage', () => {
  const lcov = (file: string, hits: number[]) =>
    `TN:\nSF:${file}\n${hits.map((h, i) => `DA:${i + 1},${h}`).join('\n')}\nend_of_record\n`;

  it('fails below the minimum with figure and threshold', async () => {
    write('c1/lcov.info', lcov('src/a.ts', [1, 1, 0]));
    const result = await coverageCheck.run({ report: 'c1/lcov.info', 'min-lines': 95 }, context());
    expect(result).toMatchObject({
      status: 'failed',
      summary: 'lines 66.7% < 95%',
      metrics: { lines: { covered: 2, total: 3 } },
    });
  });

  it('compares unrounded: 94.96% is below 95% even though it shows as 95.0%', async () => {
    const hits = Array.from({ length: 10_000 }, (_, i) => (i < 9496 ? 1 : 0));
    write('c2/lcov.info', lcov('src/a.ts', hits));
    const result = await coverageCheck.run({ report: 'c2/lcov.info', 'min-lines': 95 }, context());
    expect(result).toMatchObject({ status: 'failed', summary: 'lines 95.0% < 95%' });
  });

  it('passes when every minimum is met', async () => {
    write('c3/lcov.info', lcov('src/a.ts', [1, 1]));
    expect(
      await coverageCheck.run({ report: 'c3/lcov.info', 'min-lines': 90 }, context()),
    ).toMatchObject({ status: 'passed', summary: 'lines 100.0% ≥ 90%' });
  });

  it('is errored when a minimum has no data in the report', async () => {
    write('c4/cover.out', 'mode: set\ngithub.com/x/y/a.go:1.1,2.2 3 1\n');
    const result = await coverageCheck.run(
      { report: 'c4/cover.out', 'min-branches': 80 },
      context(),
    );
    expect(result.status).toBe('errored');
    expect(result.summary).toBe(
      'min-branches is set but c4/cover.out (go-coverprofile) has no branches data',
    );
  });

  it('merges several reports as the union per file', async () => {
    write('c5/a.info', lcov('src/a.ts', [1, 0, 0, 0]));
    write('c5/b.info', lcov('src/a.ts', [0, 1, 0, 0]) + lcov('src/b.ts', [1, 1]));
    const result = await coverageCheck.run({ report: 'c5/*.info', 'min-lines': 50 }, context());
    expect(result).toMatchObject({
      status: 'passed',
      metrics: { lines: { covered: 4, total: 6 } },
    });
  });

  it('is errored for a report that is not coverage', async () => {
    write('c6/junit.xml', junit('<testcase name="x"/>'));
    const result = await coverageCheck.run({ report: 'c6/junit.xml', 'min-lines': 1 }, context());
    expect(result).toMatchObject({
      status: 'errored',
      summary: 'c6/junit.xml: is a junit-xml report (tests), expected a coverage report',
    });
  });
});

describe('lint', () => {
  it('reads an empty file as a clean flake8 run only when the check says format: flake8', async () => {
    write('lf/flake8.txt', '');
    const clean = await lintCheck.run({ report: 'lf/flake8.txt', format: 'flake8' }, context());
    expect(clean).toMatchObject({
      status: 'passed',
      metrics: { errors: 0, warnings: 0, notes: 0 },
    });
    const undetected = await lintCheck.run({ report: 'lf/flake8.txt' }, context());
    expect(undetected).toMatchObject({
      status: 'errored',
      summary: expect.stringContaining('set `format: flake8`'),
    });
  });

  it('with format, refuses a report of another format', async () => {
    write('lf/pylint.json', '[]');
    const result = await lintCheck.run({ report: 'lf/pylint.json', format: 'flake8' }, context());
    expect(result.status).toBe('errored');
  });

  const eslint = (messages: { severity: number }[]) =>
    JSON.stringify([
      {
        filePath: path.join(workdir, 'src/a.js'),
        messages: messages.map((m, i) => ({
          ...m,
          line: i + 1,
          column: 1,
          message: 'm',
          ruleId: 'r',
        })),
      },
    ]);

  it('fails on errors above max-errors and annotates them', async () => {
    write('l1/eslint.json', eslint([{ severity: 2 }, { severity: 2 }, { severity: 1 }]));
    const result = await lintCheck.run({ report: 'l1/eslint.json' }, context());
    expect(result).toMatchObject({
      status: 'failed',
      summary: '2 errors > 0 allowed',
      metrics: { errors: 2, warnings: 1, notes: 0 },
    });
    expect(result.findings?.[0]).toEqual({
      file: 'src/a.js',
      line: 1,
      column: 1,
      level: 'error',
      title: 'r',
      message: 'm',
    });
  });

  it('applies max-warnings only when given', async () => {
    write('l2/eslint.json', eslint([{ severity: 1 }, { severity: 1 }]));
    expect(await lintCheck.run({ report: 'l2/eslint.json' }, context())).toMatchObject({
      status: 'passed',
      summary: '0 errors, 2 warnings',
    });
    expect(
      await lintCheck.run({ report: 'l2/eslint.json', 'max-warnings': 1 }, context()),
    ).toMatchObject({ status: 'failed', summary: '2 warnings > 1 allowed' });
  });

  it('with only run, is decided by the exit code', async () => {
    const failed = await lintCheck.run(
      { run: `"${process.execPath}" -e "process.exit(3)"` },
      context(),
    );
    expect(failed.status).toBe('failed');
    const passed = await lintCheck.run({ run: `"${process.execPath}" -e "0"` }, context());
    expect(passed.status).toBe('passed');
  });

  it('drops findings outside the repository from annotations but counts them', async () => {
    write(
      'l3/flake8.txt',
      '/elsewhere/x.py:1:1: E302 expected 2 blank lines\nsrc/y.py:3:1: F821 undefined name\n',
    );
    const result = await lintCheck.run({ report: 'l3/flake8.txt' }, context());
    expect(result.metrics).toEqual({ errors: 1, warnings: 1, notes: 0 });
    expect(result.findings?.map((f) => f.file)).toEqual([undefined, 'src/y.py']);
  });
});

describe('bandit', () => {
  const bandit = (issues: [string, string][]) =>
    JSON.stringify({
      errors: [],
      generated_at: '2024-01-01T00:00:00Z',
      metrics: {},
      results: issues.map(([severity, confidence], i) => ({
        filename: './src/app.py',
        line_number: i + 1,
        issue_severity: severity,
        issue_confidence: confidence,
        issue_text: 'x',
        test_id: 'B101',
        test_name: 'assert_used',
      })),
    });

  it('allows no HIGH by default', async () => {
    write(
      'b1/bandit.json',
      bandit([
        ['HIGH', 'HIGH'],
        ['LOW', 'LOW'],
      ]),
    );
    const result = await banditCheck.run({ report: 'b1/bandit.json' }, context());
    expect(result).toMatchObject({
      status: 'failed',
      summary: '1 HIGH > 0 allowed',
      metrics: { high: 1, medium: 0, low: 1 },
    });
    expect(result.findings?.[0]).toMatchObject({ file: 'src/app.py', line: 1, level: 'error' });
  });

  it('counts only findings at or above min-confidence', async () => {
    write(
      'b2/bandit.json',
      bandit([
        ['HIGH', 'LOW'],
        ['MEDIUM', 'HIGH'],
        ['MEDIUM', 'MEDIUM'],
      ]),
    );
    const result = await banditCheck.run(
      { report: 'b2/bandit.json', max: { high: 0, medium: 1 }, 'min-confidence': 'medium' },
      context(),
    );
    expect(result).toMatchObject({
      status: 'failed',
      summary: '2 MEDIUM > 1 allowed (confidence ≥ medium)',
      metrics: { high: 0, medium: 2, low: 0 },
    });
  });
});

describe('trivy', () => {
  const trivy = (
    vulns: { id: string; severity: string; fixed?: string }[],
    secrets: string[] = [],
  ) =>
    JSON.stringify({
      SchemaVersion: 2,
      Results: [
        {
          Target: 'package-lock.json',
          Vulnerabilities: vulns.map((v) => ({
            VulnerabilityID: v.id,
            PkgName: 'p',
            InstalledVersion: '1',
            Severity: v.severity,
            ...(v.fixed ? { FixedVersion: v.fixed } : {}),
          })),
        },
        {
          Target: 'config.env',
          Secrets: secrets.map((s, i) => ({
            RuleID: `rule-${i}`,
            Severity: s,
            Title: 't',
            StartLine: 2,
          })),
        },
      ],
    });

  it('allows no CRITICAL or HIGH by default', async () => {
    write(
      'v1/trivy.json',
      trivy([
        { id: 'CVE-1', severity: 'HIGH', fixed: '2' },
        { id: 'CVE-2', severity: 'LOW' },
      ]),
    );
    const result = await trivyCheck.run({ report: 'v1/trivy.json' }, context());
    expect(result).toMatchObject({ status: 'failed', summary: '1 HIGH vulnerability > 0 allowed' });
  });

  it('leaves out unfixed and ignored vulnerabilities', async () => {
    write(
      'v2/trivy.json',
      trivy([
        { id: 'CVE-1', severity: 'HIGH', fixed: '2' },
        { id: 'CVE-2', severity: 'CRITICAL' },
      ]),
    );
    const result = await trivyCheck.run(
      { report: 'v2/trivy.json', 'ignore-unfixed': true, ignore: ['CVE-1'] },
      context(),
    );
    expect(result).toMatchObject({
      status: 'passed',
      summary: '0 vulnerabilities, 0 misconfigurations, 0 secrets (2 ignored)',
    });
  });

  it('applies a per-class limit', async () => {
    write('v3/trivy.json', trivy([], ['LOW']));
    const result = await trivyCheck.run(
      { report: 'v3/trivy.json', max: { secrets: { low: 0 } } },
      context(),
    );
    expect(result).toMatchObject({ status: 'failed', summary: '1 LOW secret > 0 allowed' });
    expect(result.findings?.[0]).toMatchObject({ file: 'config.env', line: 2 });
  });

  it('reads trivy SARIF too', async () => {
    const fixture = path.resolve(
      import.meta.dirname,
      '..',
      'fixtures',
      'reports',
      'sarif',
      'trivy-action',
      'config-sarif-report.sarif',
    );
    write('v4/trivy.sarif', fs.readFileSync(fixture, 'utf8'));
    const result = await trivyCheck.run({ report: 'v4/trivy.sarif' }, context());
    expect(result).toMatchObject({
      status: 'failed',
      summary: '5 HIGH misconfigurations > 0 allowed',
    });
    expect(result.metrics).toMatchObject({
      misconfigurations: { critical: 0, high: 5, medium: 1, low: 2, unknown: 0 },
    });
  });

  it('refuses a bandit report', async () => {
    write(
      'v5/bandit.json',
      JSON.stringify({ errors: [], generated_at: 'x', metrics: {}, results: [] }),
    );
    const result = await trivyCheck.run({ report: 'v5/bandit.json' }, context());
    expect(result).toMatchObject({
      status: 'errored',
      summary:
        'v5/bandit.json: is a bandit-json report (security), expected trivy-json, trivy-sarif',
    });
  });
});
