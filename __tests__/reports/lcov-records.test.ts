// The lcov reader's general path counts a file named by several SF records once, merged, and a
// file named once when its record ends, whatever the line endings; with or without detail.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isReportFailure, readReport } from '../../src/reports/detect.js';
import type { CoverageReport } from '../../src/reports/types.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'rg-lcov-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(name: string, text: string, wantDetail: boolean): Promise<CoverageReport> {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const result = await readReport(file, { workdir: dir, wantDetail });
  if (isReportFailure(result)) throw new Error(result.error);
  return result as CoverageReport;
}

// a.ts twice (line 2 hit only in its second record, line 3 new there), b.ts and c.ts once; the
// last line has no newline.
const RECORDS = [
  'TN:',
  'SF:src/a.ts',
  'FN:1,run',
  'FNDA:0,run',
  'DA:1,1',
  'DA:2,0',
  'BRDA:2,0,0,-',
  'end_of_record',
  'SF:src/b.ts',
  'DA:1,0',
  'DA:1,0',
  'end_of_record',
  'SF:src/a.ts',
  'FNDA:2,run',
  'DA:2,3',
  'DA:3,0',
  'BRDA:2,0,0,1',
  'end_of_record',
  'SF:src/c.ts',
  'DA:5,1',
];

describe('the lcov reader on repeated SF records', () => {
  for (const [ending, wantDetail] of [
    ['\n', false],
    ['\r\n', false],
    ['\n', true],
    ['\r\n', true],
  ] as const) {
    it(`merges them (${JSON.stringify(ending)}, detail ${wantDetail})`, async () => {
      const report = await read(
        `t${ending.length}${wantDetail}.info`,
        RECORDS.join(ending),
        wantDetail,
      );
      expect(report.metrics.lines).toMatchObject({ covered: 3, total: 5 });
      expect(report.metrics.functions).toMatchObject({ covered: 1, total: 1 });
      expect(report.metrics.branches).toMatchObject({ covered: 1, total: 1 });
      if (wantDetail) {
        expect([...report.detail!.keys()].sort()).toEqual(['src/a.ts', 'src/b.ts', 'src/c.ts']);
        expect([...report.detail!.get('src/a.ts')!.lines]).toEqual([
          [1, 1],
          [2, 3],
          [3, 0],
        ]);
        expect([...report.detail!.get('src/b.ts')!.lines]).toEqual([[1, 0]]);
      } else expect(report.detail).toBeUndefined();
    });
  }
});
