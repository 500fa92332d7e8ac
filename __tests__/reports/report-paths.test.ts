// Paths in reports become repository-relative: Cobertura <source> roots, absolute runner paths, Windows separators.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveClassFile } from '../../src/reports/cobertura.js';
import { mergeCoverage } from '../../src/reports/coverage-merge.js';
import { isReportFailure, readReport } from '../../src/reports/detect.js';
import type { CoverageReport } from '../../src/reports/types.js';

let workdir: string;
beforeAll(() => {
  workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-paths-'));
});
afterAll(() => {
  fs.rmSync(workdir, { recursive: true, force: true });
});

const cobertura = (source: string, filename: string, hits: number[]) =>
  `<?xml version="1.0" ?><coverage line-rate="0" branch-rate="0" lines-covered="${hits.filter((h) => h > 0).length}" lines-valid="${hits.length}" branches-covered="0" branches-valid="0">` +
  `<sources><source>${source}</source></sources><packages><package name="p"><classes><class name="c" filename="${filename}"><methods/><lines>` +
  hits.map((h, i) => `<line number="${i + 1}" hits="${h}"/>`).join('') +
  '</lines></class></classes></package></packages></coverage>';

describe('report paths', () => {
  it('resolves a Cobertura class file against the <source> root inside the repository', () => {
    expect(resolveClassFile('pkg/mod.py', ['/elsewhere', `${workdir}/src`], workdir)).toBe(
      'src/pkg/mod.py',
    );
    expect(resolveClassFile('pkg/mod.py', ['/home/runner/work/app/app/src'], workdir)).toBe(
      'pkg/mod.py',
    );
    expect(resolveClassFile(`${workdir}/lib/a.py`, [], workdir)).toBe('lib/a.py');
    expect(resolveClassFile('lib\\win\\a.py', [], workdir)).toBe('lib/win/a.py');
  });

  it('merges two Cobertura reports of the same file as a union of lines', async () => {
    fs.writeFileSync(
      path.join(workdir, 'a.xml'),
      cobertura(`${workdir}/src`, 'm.py', [1, 0, 0, 0]),
    );
    fs.writeFileSync(path.join(workdir, 'b.xml'), cobertura(workdir, 'src/m.py', [0, 0, 1, 0]));
    const reports: CoverageReport[] = [];
    for (const name of ['a.xml', 'b.xml']) {
      const data = await readReport(path.join(workdir, name), { workdir, wantDetail: true });
      if (isReportFailure(data) || data.kind !== 'coverage') throw new Error(JSON.stringify(data));
      expect([...data.detail!.keys()]).toEqual(['src/m.py']);
      reports.push(data);
    }
    const merged = mergeCoverage(reports);
    expect(merged.method).toBe('union');
    expect(merged.metrics.lines).toEqual({ covered: 2, total: 4, pct: 50 });
  });

  it('adds up totals when a totals-only report is among those merged', async () => {
    fs.writeFileSync(
      path.join(workdir, 'coverage-summary.json'),
      JSON.stringify({ total: { lines: { total: 10, covered: 5, skipped: 0, pct: 50 } } }),
    );
    const summary = await readReport(path.join(workdir, 'coverage-summary.json'), {
      workdir,
      wantDetail: true,
    });
    const a = await readReport(path.join(workdir, 'a.xml'), { workdir, wantDetail: true });
    if (
      isReportFailure(summary) ||
      isReportFailure(a) ||
      summary.kind !== 'coverage' ||
      a.kind !== 'coverage'
    )
      throw new Error('unreadable');
    const merged = mergeCoverage([a, summary]);
    expect(merged.method).toBe('sum');
    expect(merged.metrics.lines).toEqual({ covered: 6, total: 14, pct: (6 / 14) * 100 });
  });

  it('leaves findings outside the repository without a file, and turns Windows paths inside it into slashes', async () => {
    const checkstyle =
      '<?xml version="1.0"?><checkstyle version="8"><file name="C:\\agent\\other\\A.java"><error line="1" severity="error" message="m"/></file>' +
      `<file name="src\\main\\B.java"><error line="2" column="3" severity="warning" message="w" source="r"/></file></checkstyle>`;
    fs.writeFileSync(path.join(workdir, 'checkstyle.xml'), checkstyle);
    const data = await readReport(path.join(workdir, 'checkstyle.xml'), { workdir });
    if (isReportFailure(data)) throw new Error(data.error);
    expect(data.metrics).toEqual({ errors: 1, warnings: 1, notes: 0 });
    expect(data.findings).toEqual([
      { level: 'error', message: 'm' },
      { file: 'src/main/B.java', line: 2, column: 3, level: 'warning', title: 'r', message: 'w' },
    ]);
  });
});
