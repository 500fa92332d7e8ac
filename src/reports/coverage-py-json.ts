// coverage.py JSON (`coverage json`): statements and branches from its totals.
import { toRepoRelative, toSlashes } from '../workspace/paths.js';
import { expectNumber, expectObject, isObject, readJson } from './json-report.js';
import { ratio, type CoverageDetail, type CoverageReport, type ReportReader } from './types.js';

/**
 * Lines = `totals.covered_lines` / `totals.num_statements`; branches =
 * `totals.covered_branches` / `totals.num_branches` when the run measured branches
 * (`meta.branch_coverage`), else no data; never the mixed `percent_covered`. coverage.py has no
 * function total. Per-line detail (for merging) comes from each file's `executed_lines` and
 * `missing_lines`, and `executed_branches` / `missing_branches` (keyed `from>to`).
 */
export const coveragePyJsonReader: ReportReader = {
  format: 'coverage-py-json',
  family: 'coverage',
  detect: (head) =>
    head.trimStart().startsWith('{') &&
    head.includes('"meta"') &&
    (head.includes('"show_contexts"') || head.includes('"branch_coverage"')),
  read: async (source) => {
    const root = expectObject(await readJson(source), 'the report');
    const meta = isObject(root['meta']) ? root['meta'] : {};
    const totals = expectObject(root['totals'], 'totals');
    const covered = expectNumber(totals['covered_lines'], 'totals.covered_lines');
    const statements = expectNumber(totals['num_statements'], 'totals.num_statements');
    const hasBranches = meta['branch_coverage'] === true || totals['num_branches'] !== undefined;
    const branches = hasBranches
      ? ratio(
          expectNumber(totals['covered_branches'], 'totals.covered_branches'),
          expectNumber(totals['num_branches'], 'totals.num_branches'),
        )
      : null;
    let detail: CoverageDetail | undefined;
    if (source.wantDetail) {
      detail = new Map();
      const files = expectObject(root['files'], 'files');
      for (const [name, value] of Object.entries(files)) {
        const file = expectObject(value, `files["${name}"]`);
        const key = toRepoRelative(name, source.workdir) ?? toSlashes(name);
        if (source.keepDetail?.(key) === false) continue;
        const lines = new Map<number, number>();
        for (const n of numbers(file['executed_lines'])) lines.set(n, 1);
        for (const n of numbers(file['missing_lines'])) if (!lines.has(n)) lines.set(n, 0);
        const branchMap = new Map<string, [number, number]>();
        for (const pair of pairs(file['executed_branches'])) branchMap.set(pair, [1, 1]);
        for (const pair of pairs(file['missing_branches']))
          if (!branchMap.has(pair)) branchMap.set(pair, [0, 1]);
        detail.set(key, {
          lines,
          branches: branchMap,
          functions: new Map(),
        });
      }
    }
    const report: CoverageReport = {
      kind: 'coverage',
      format: 'coverage-py-json',
      file: source.displayName,
      metrics: { lines: ratio(covered, statements), branches, functions: null },
      has: { lines: true, branches: branches !== null, functions: false },
      findings: [],
      ...(detail === undefined ? {} : { detail }),
    };
    return report;
  },
};

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number') : [];
}

function pairs(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((p): p is [number, number] => Array.isArray(p) && p.length === 2)
    .map((p) => `${String(p[0])}>${String(p[1])}`);
}
