// Files no reader should accept: each comes back as an error naming the file and the problem.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReportFailure, readReport, type ReadReportOptions } from '../../src/reports/detect.js';
import { inspectReport } from '../../src/reports/inspect.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = path.resolve(root, '__tests__', 'fixtures', 'reports');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-bad-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

async function expectError(
  file: string,
  pattern: RegExp,
  options: Partial<ReadReportOptions> = {},
): Promise<string> {
  const result = await readReport(file, { workdir: dir, ...options });
  if (!isReportFailure(result))
    throw new Error(`expected an error, read ${JSON.stringify(result.metrics)}`);
  expect(result.error).toContain(path.basename(file));
  expect(result.error).toMatch(pattern);
  return result.error;
}

const JUNIT =
  '<?xml version="1.0"?>\n<testsuites>\n  <testsuite name="s">\n    <testcase classname="a" name="b"/>\n    <testcase classname="a" name="c"><failure message="boom">trace</failure></testcase>\n  </testsuite>\n</testsuites>\n';

describe('bad report files', () => {
  it('says a missing file is not found', async () => {
    await expectError(path.join(dir, 'nope.xml'), /file not found/);
  });

  it('refuses an empty file', async () => {
    await expectError(write('empty.xml', ''), /is empty \(0 bytes\)/);
    await expectError(write('blank.json', '  \n\n'), /is empty \(only whitespace\)/);
  });

  it('refuses a JUnit file truncated mid-element', async () => {
    const cut = JUNIT.slice(0, JUNIT.indexOf('<failure') + 12);
    const error = await expectError(write('truncated.xml', cut), /not well-formed XML/, {
      family: 'tests',
    });
    expect(error).toMatch(/end of file/);
  });

  it('refuses a JUnit file truncated between elements, reporting the unclosed tag', async () => {
    const cut = JUNIT.slice(0, JUNIT.indexOf('</testsuite>'));
    await expectError(write('truncated2.xml', cut), /<testsuite> is not closed/, {
      family: 'tests',
    });
  });

  it('refuses a binary file', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    await expectError(write('binary.xml', bytes), /binary file/);
  });

  it('locates a NUL byte in a report that starts as text (a corrupt file, not a binary one)', async () => {
    const file = path.join(
      fixtures,
      'nunit-xml/publish-unit-test-result-action/NUnit-issue17521.xml',
    );
    const result = await readReport(file, { workdir: root });
    expect(isReportFailure(result) ? result.error : 'read').toBe(
      '__tests__/fixtures/reports/nunit-xml/publish-unit-test-result-action/NUnit-issue17521.xml: contains a NUL byte at 33:16 (a corrupt or truncated report?)',
    );
  });

  it('names the format it found when a report is the wrong kind', async () => {
    const lcov = write('coverage.info', 'TN:\nSF:src/a.ts\nDA:1,1\nend_of_record\n');
    await expectError(lcov, /is a lcov report \(coverage\), expected a tests report/, {
      family: 'tests',
    });
  });

  it('names the formats tried for valid XML with an unexpected root', async () => {
    const error = await expectError(
      write('page.xml', '<?xml version="1.0"?><html><body/></html>'),
      /matches no known report format/,
    );
    expect(error).toMatch(
      /tried junit-xml, nunit-xml, trx, xunit-xml, cobertura, clover, jacoco, checkstyle/,
    );
  });

  it('refuses a DOCTYPE that declares entities and never expands them (billion laughs)', async () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let i = 1; i < 10; i++)
      entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const doc = `<?xml version="1.0"?>\n<!DOCTYPE testsuites [\n${entities.join('\n')}\n]>\n<testsuites><testsuite name="&lol9;"/></testsuites>\n`;
    await expectError(write('lol.xml', doc), /declares entities in its DOCTYPE/, {
      family: 'tests',
    });
  });

  it('refuses an entity that XML does not define', async () => {
    await expectError(
      write('entity.xml', '<testsuites><testsuite name="&lol9;"/></testsuites>'),
      /undefined entity &lol9;/,
      { family: 'tests' },
    );
  });

  it('reads an external DOCTYPE (as JaCoCo writes) without fetching it', async () => {
    const doc =
      '<?xml version="1.0"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x"><sessioninfo id="a" start="1" dump="2"/>' +
      '<counter type="LINE" missed="1" covered="3"/></report>';
    const result = await readReport(write('jacoco.xml', doc), { workdir: dir });
    if (isReportFailure(result)) throw new Error(result.error);
    expect(result.kind === 'coverage' && result.metrics.lines).toEqual({
      covered: 3,
      total: 4,
      pct: 75,
    });
  });

  it('reports an error, not a crash, for JSON nested 100,000 deep', async () => {
    const deep = `{"SchemaVersion": 2, "Results": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    await expectError(write('deep.json', deep), /Results\[0\] must be an object/);
    const deepObject = `{"total": {"pct": 1, "lines": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}}`;
    await expectError(
      write('deep-summary.json', deepObject),
      /total\.lines\.covered must be a number/,
    );
  });

  it('reports an error, not a crash, for XML nested 100,000 deep', async () => {
    const deep = `<testsuites>${'<testsuite>'.repeat(100_000)}<testcase name="x"/>${'</testsuite>'.repeat(100_000)}</testsuites>`;
    const result = await readReport(write('deep.xml', deep), { workdir: dir, family: 'tests' });
    if (isReportFailure(result)) throw new Error(result.error);
    expect(result.kind === 'tests' && result.metrics.total).toBe(1);
  });

  describe('a 500 MB sparse file', () => {
    const size = 500 * 1024 * 1024;
    const sparse = (name: string, head: string) => {
      const file = write(name, head);
      fs.truncateSync(file, size);
      return file;
    };

    it('is refused as binary when it is all zeros', async () => {
      await expectError(sparse('zeros.xml', ''), /binary file/);
    });

    it('is refused by size before reading when JSON', async () => {
      const start = Date.now();
      await expectError(
        sparse('huge.json', '{"SchemaVersion": 2, "Results": [\n' + ' '.repeat(20_000)),
        /above the 256 MB limit/,
      );
      // Reading the 500 MB would take seconds; refusing by size takes milliseconds, even when loaded.
      expect(Date.now() - start).toBeLessThan(5000);
    });

    it('is streamed and stopped early when a line format meets the zeros', async () => {
      const before = process.memoryUsage().rss;
      const records = Array.from({ length: 3000 }, (_, i) => `DA:${i + 1},1\n`).join('');
      await expectError(
        sparse('huge.info', `TN:\nSF:src/a.ts\n${records}`),
        /longer than|malformed/,
      );
      expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    });

    it('is streamed and stopped at the first NUL byte when XML', async () => {
      await expectError(
        sparse('huge.xml', '<?xml version="1.0"?>\n<testsuites>\n' + ' '.repeat(20_000)),
        /NUL bytes/,
        { family: 'tests' },
      );
    });
  });

  it('refuses numbers written as strings, naming the field', async () => {
    const summary = { total: { lines: { total: '145', covered: 60, skipped: 0, pct: 41.37 } } };
    await expectError(
      write('coverage-summary.json', JSON.stringify(summary)),
      /total\.lines\.total must be a number, found "145"/,
    );
    const jacoco =
      '<?xml version="1.0"?><report name="x"><sessioninfo id="a"/><counter type="LINE" missed="one" covered="3"/></report>';
    await expectError(write('jacoco-bad.xml', jacoco), /missed="one"> is not a number/);
    await expectError(
      write('bad.info', 'TN:\nSF:src/a.ts\nDA:one,1\nend_of_record\n'),
      /malformed record "DA:one,1"/,
    );
  });

  it('refuses reports with missing fields, naming them', async () => {
    await expectError(
      write(
        'coverage.json',
        JSON.stringify({ meta: { show_contexts: false, branch_coverage: false }, files: {} }),
      ),
      /totals must be an object, found nothing/,
    );
    const bandit = {
      errors: [],
      generated_at: '2024-01-01T00:00:00Z',
      metrics: {},
      results: [{ filename: 'a.py' }],
    };
    await expectError(
      write('bandit.json', JSON.stringify(bandit)),
      /results\[0\]\.issue_severity is missing/,
    );
    await expectError(
      write('trivy.json', '{"SchemaVersion": 1, "Results": []}'),
      /only trivy's schema 2/,
    );
  });

  it('says which fixture is not well-formed and where', async () => {
    const file = path.join(fixtures, 'cobertura', 'coverage-reporter', 'cobertura-scoverage.xml');
    const result = await readReport(file, { workdir: root });
    expect(isReportFailure(result) && result.error).toMatch(
      /cobertura-scoverage\.xml.*781:\d+: mismatched tag/,
    );
  });

  it('inspect returns the same errors', async () => {
    const result = await inspectReport(write('empty2.xml', ''), dir);
    expect(result).toEqual({ error: 'empty2.xml: is empty (0 bytes)' });
  });
});
