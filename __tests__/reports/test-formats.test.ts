// The test readers beyond JUnit's counts: where failed tests are placed, and the outcomes the fixtures lack.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReportFailure, readReport } from '../../src/reports/detect.js';
import type { ReportData, TestsReport } from '../../src/reports/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = path.resolve(root, '__tests__', 'fixtures', 'reports');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-tests-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

async function readTests(file: string, workdir = dir): Promise<TestsReport> {
  const data: ReportData | { error: string } = await readReport(file, { workdir, family: 'tests' });
  if (isReportFailure(data)) throw new Error(data.error);
  expect(data.kind).toBe('tests');
  return data as TestsReport;
}

describe('JUnit status attribute', () => {
  const xml = (cases: string) =>
    `<?xml version="1.0"?>\n<testsuite name="s" tests="5">\n${cases}\n</testsuite>\n`;

  it('counts status="disabled", "ignored" and "skipped" cases as skipped, on both paths', async () => {
    const cases = [
      '<testcase name="a" status="disabled"/>',
      '<testcase name="b" status="ignored"></testcase>',
      '<testcase name="c"\n status="Skipped"/>',
      '<testcase name="d" status="run"/>',
      '<testcase name="e" status="disabled"><failure message="boom"/></testcase>',
    ].join('\n');
    const report = await readTests(write('status.xml', xml(cases)));
    expect(report.metrics).toEqual({ total: 5, passed: 1, failed: 1, errors: 0, skipped: 3 });
  });
});

describe('failed tests as findings', () => {
  it('places a TRX failure at the first stack frame inside the repository', async () => {
    // The file was written on C:\Users\Michal\Workspace\dorny\test-reporter: judged from there.
    const report = await readTests(
      path.join(fixtures, 'trx/dorny-test-reporter/dotnet-trx.trx'),
      'C:\\Users\\Michal\\Workspace\\dorny\\test-reporter',
    );
    expect(report.findings.length).toBe(5);
    const division = report.findings.find((f) => f.message.includes('Exception_In_TargetTest'));
    expect(division).toMatchObject({
      file: 'reports/dotnet/DotnetTests.Unit/Calculator.cs',
      line: 9,
      level: 'error',
      title: 'Test failed',
    });
    expect(division!.message).toContain(
      'System.DivideByZeroException : Attempted to divide by zero.',
    );
  });

  it('leaves a finding without a place when the stack trace is outside the repository', async () => {
    const report = await readTests(path.join(fixtures, 'trx/dorny-test-reporter/dotnet-trx.trx'));
    expect(report.findings.length).toBe(5);
    for (const finding of report.findings) expect(finding.file).toBeUndefined();
  });

  it('places NUnit failures and names errors apart from failures', async () => {
    const report = await readTests(
      path.join(fixtures, 'nunit-xml/dorny-test-reporter/dotnet-nunit.xml'),
      'C:\\Users\\Michal\\Workspace\\dorny\\test-reporter',
    );
    expect(report.findings.map((f) => f.title).sort()).toEqual([
      'Test errored',
      'Test errored',
      'Test failed',
      'Test failed',
      'Test failed',
    ]);
    const errored = report.findings.find((f) => f.message.includes('Exception_In_TargetTest'));
    expect(errored).toMatchObject({
      title: 'Test errored',
      file: 'reports/dotnet/DotnetTests.Unit/Calculator.cs',
      line: 9,
    });
  });

  it('places an xUnit.net failure at its stack frame, case-insensitively on Windows paths', async () => {
    const report = await readTests(
      path.join(fixtures, 'xunit-xml/publish-unit-test-result-action/testcase1.xml'),
      'C:\\Jenkins\\jobs\\my-project\\workspace',
    );
    expect(report.findings).toEqual([
      {
        file: 'MyProject/MyProject.Tests/SampleFact.cs',
        line: 16,
        level: 'error',
        title: 'Test failed',
        message: 'MyProject.Tests.SampleFact.FailedTest: Assert.True() Failure',
      },
    ]);
  });

  it('places go test failures through the module path of go.mod', async () => {
    const moduleDir = path.join(fixtures, 'go-test-json/readiness-gate/calc');
    const report = await readTests(
      path.join(fixtures, 'go-test-json/readiness-gate/go-test.json'),
      moduleDir,
    );
    const byTest = Object.fromEntries(report.findings.map((f) => [f.message.split(':')[0], f]));
    expect(Object.keys(byTest).sort()).toEqual([
      'example.com/calc › TestDivideByZero',
      'example.com/calc › TestTable',
      'example.com/calc › TestTable/wrong',
    ]);
    const source = fs.readFileSync(path.join(moduleDir, 'calc_test.go'), 'utf8').split('\n');
    const wrong = byTest['example.com/calc › TestTable/wrong']!;
    expect(wrong).toMatchObject({ file: 'calc_test.go', level: 'error' });
    expect(wrong.message).toContain('Add(2, 2) = 4, want 5');
    expect(source[wrong.line! - 1]).toContain('t.Errorf("Add(%d, %d)');
    const zero = byTest['example.com/calc › TestDivideByZero']!;
    expect(source[zero.line! - 1]).toContain('t.Errorf("error = %q');
  });
});

describe('outcomes the fixtures do not show', () => {
  it('reads NUnit 3 Warning as passed, Inconclusive as skipped, label Invalid as failed', async () => {
    const xml = `<test-run id="2" total="4"><test-suite type="Assembly" name="a">
<test-case id="1" name="w" fullname="N.w" result="Warning"/>
<test-case id="2" name="i" fullname="N.i" result="Inconclusive"/>
<test-case id="3" name="v" fullname="N.v" result="Failed" label="Invalid"><failure><message><![CDATA[bad args]]></message></failure></test-case>
<test-case id="4" name="c" fullname="N.c" result="Failed" label="Cancelled"/>
</test-suite></test-run>`;
    const report = await readTests(write('nunit3.xml', xml));
    expect(report.format).toBe('nunit-xml');
    expect(report.metrics).toEqual({ total: 4, passed: 1, failed: 2, errors: 0, skipped: 1 });
    expect(report.findings[0]!.message).toBe('N.v: bad args');
  });

  it('reads TRX Timeout and Aborted as errors, and the inner results of a data-driven test', async () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>
<UnitTestResult testName="slow" outcome="Timeout"/>
<UnitTestResult testName="gone" outcome="Aborted"/>
<UnitTestResult testName="rows" outcome="Failed"><InnerResults>
<UnitTestResult testName="rows (1)" outcome="Passed"/>
<UnitTestResult testName="rows (2)" outcome="Failed"><Output><ErrorInfo><Message>row 2</Message></ErrorInfo></Output></UnitTestResult>
</InnerResults></UnitTestResult>
</Results></TestRun>`;
    const report = await readTests(write('rows.trx', xml));
    expect(report.format).toBe('trx');
    expect(report.metrics).toEqual({ total: 4, passed: 1, failed: 1, errors: 2, skipped: 0 });
    expect(report.findings.map((f) => f.message)).toEqual([
      'slow: Timeout',
      'gone: Aborted',
      'rows (2): row 2',
    ]);
  });

  it('refuses an xUnit, NUnit or TRX test with an unknown result, naming the test', async () => {
    const files = {
      'unknown.xunit.xml': '<assemblies><test name="t" result="Maybe"/></assemblies>',
      'unknown.nunit.xml': '<test-run><test-case name="c" result="Maybe"/></test-run>',
      'unknown.trx': '<TestRun><UnitTestResult testName="r" outcome="Maybe"/></TestRun>',
    };
    const errors: string[] = [];
    for (const [name, content] of Object.entries(files)) {
      const data = await readReport(write(name, content), { workdir: dir });
      errors.push(isReportFailure(data) ? data.error : 'read');
    }
    expect(errors).toEqual([
      'unknown.xunit.xml (xunit-xml): <test name="t"> has an unknown result "Maybe"',
      'unknown.nunit.xml (nunit-xml): <test-case name="c"> has an unknown result "Maybe"',
      'unknown.trx (trx): <UnitTestResult testName="r"> has an unknown outcome "Maybe"',
    ]);
  });

  it('counts a go test that never ended in a failed package as failed', async () => {
    const lines = [
      { Action: 'run', Package: 'm/p', Test: 'TestA' },
      { Action: 'pass', Package: 'm/p', Test: 'TestA' },
      { Action: 'run', Package: 'm/p', Test: 'TestHangs' },
      { Action: 'output', Package: 'm/p', Output: 'panic: test timed out after 1s\n' },
      { Action: 'fail', Package: 'm/p' },
    ].map((event) => JSON.stringify(event));
    const report = await readTests(write('timeout.json', lines.join('\n') + '\n'));
    expect(report.metrics).toEqual({ total: 2, passed: 1, failed: 1, errors: 0, skipped: 0 });
    expect(report.findings[0]!.message).toBe(
      'm/p › TestHangs: did not finish (the package failed)',
    );
  });

  it('refuses a go report whose package failed to build (Go 1.24 build-fail event)', async () => {
    const lines = [
      {
        ImportPath: 'm/q [m/q.test]',
        Action: 'build-output',
        Output: 'q_test.go:3:1: syntax error\n',
      },
      { ImportPath: 'm/q [m/q.test]', Action: 'build-fail' },
      { Action: 'start', Package: 'm/q' },
      { Action: 'output', Package: 'm/q', Output: 'FAIL\tm/q [build failed]\n' },
      { Action: 'fail', Package: 'm/q', FailedBuild: 'm/q [m/q.test]' },
    ].map((event) => JSON.stringify(event));
    const data = await readReport(write('build.json', lines.join('\n') + '\n'), { workdir: dir });
    expect(isReportFailure(data) ? data.error : 'read').toMatch(
      /build\.json \(go-test-json\): package m\/q failed with no test result/,
    );
  });

  it('refuses a go report cut off while a package was still running', async () => {
    const whole = fs.readFileSync(
      path.join(fixtures, 'go-test-json/readiness-gate/go-test.json'),
      'utf8',
    );
    const lines = whole.split('\n');
    const cutAt = lines.findIndex((line) => line.includes('"Test":"TestTable/wrong"'));
    expect(cutAt).toBeGreaterThan(0);
    const data = await readReport(write('cut.json', lines.slice(0, cutAt + 1).join('\n') + '\n'), {
      workdir: dir,
    });
    expect(isReportFailure(data) ? data.error : 'read').toMatch(
      /cut\.json \(go-test-json\): ends while package example\.com\/calc is still running/,
    );
  });
});
