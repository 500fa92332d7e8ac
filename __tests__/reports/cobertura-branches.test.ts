// Cobertura whose root says branches-valid="0" while its lines carry condition-coverage.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReportFailure, readReport } from '../../src/reports/detect.js';
import type { CoverageReport } from '../../src/reports/types.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-cobertura-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** As coverlet-style writers leave it: totals for lines, zeros for branches, branches on the lines. */
const report = (lines: string) => `<?xml version="1.0" encoding="utf-8"?>
<coverage line-rate="0.75" branch-rate="0" version="1.9" timestamp="1" lines-covered="3" lines-valid="4" branches-covered="0" branches-valid="0">
  <sources><source>src</source></sources>
  <packages>
    <package name="App" line-rate="0.75" branch-rate="0" complexity="3">
      <classes>
        <class name="App.Calc" filename="Calc.cs" line-rate="0.75" branch-rate="0" complexity="3">
          <methods />
          <lines>
${lines}
          </lines>
        </class>
        <class name="App.Calc/Nested" filename="Calc.cs" line-rate="1" branch-rate="0" complexity="1">
          <lines>
            <line number="12" hits="1" branch="true" condition-coverage="25% (1/4)" />
          </lines>
        </class>
      </classes>
    </package>
  </packages>
</coverage>
`;

async function read(name: string, text: string): Promise<CoverageReport> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  const data = await readReport(file, { workdir: dir, family: 'coverage' });
  if (isReportFailure(data)) throw new Error(data.error);
  return data as CoverageReport;
}

describe('Cobertura branches from condition-coverage', () => {
  it('takes the branch figure from the lines when the root says branches-valid="0"', async () => {
    const data = await read(
      'coverlet.xml',
      report(`            <line number="10" hits="1" branch="true" condition-coverage="50% (1/2)" />
            <line number="11" hits="1" branch="true" condition-coverage="100% (2/2)" />
            <line number="12" hits="1" branch="true" condition-coverage="0% (0/4)" />
            <line number="13" hits="0" branch="false" />`),
    );
    // Line 12 appears in two classes of one file: counted once, with the most branches covered.
    expect(data.metrics.branches).toEqual({ covered: 4, total: 8, pct: 50 });
    expect(data.has.branches).toBe(true);
    // Lines stay the root's figure.
    expect(data.metrics.lines).toEqual({ covered: 3, total: 4, pct: 75 });
  });

  it('still has no branch data when no line carries branches', async () => {
    const data = await read(
      'lines-only.xml',
      report(`            <line number="13" hits="0" branch="false" />`).replace(
        /<class name="App.Calc\/Nested"[\s\S]*?<\/class>/,
        '',
      ),
    );
    expect(data.metrics.branches).toBeNull();
    expect(data.has.branches).toBe(false);
  });
});
