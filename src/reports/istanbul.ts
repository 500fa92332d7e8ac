// Istanbul JSON: `coverage-summary.json` (json-summary) and `coverage-final.json` (json).
import { toRepoRelative, toSlashes } from '../workspace/paths.js';
import { expectNumber, expectObject, isObject, readJson, type JsonObject } from './json-report.js';
import {
  ratio,
  ReportError,
  type CoverageDetail,
  type CoverageReport,
  type FileCoverage,
  type ReportReader,
} from './types.js';

/**
 * `coverage-summary.json`: the `total` entry's `lines`, `branches` and `functions`
 * (`covered` / `total`; istanbul's own `pct` is truncated, so it is not used). It has no
 * per-line data: merged with other reports, its totals add up (files are assumed distinct).
 */
export const istanbulSummaryReader: ReportReader = {
  format: 'istanbul-summary',
  family: 'coverage',
  detect: (head) => {
    const start = head.trimStart();
    return start.startsWith('{') && /^\{\s*"total"\s*:\s*\{/.test(start) && head.includes('"pct"');
  },
  read: async (source) => {
    const root = expectObject(await readJson(source), 'the report');
    const total = expectObject(root['total'], 'total');
    const figure = (name: string) => {
      const entry = total[name];
      if (entry === undefined) return null;
      const object = expectObject(entry, `total.${name}`);
      return ratio(
        expectNumber(object['covered'], `total.${name}.covered`),
        expectNumber(object['total'], `total.${name}.total`),
      );
    };
    const lines = figure('lines');
    if (total['lines'] === undefined) throw new ReportError('total.lines is missing');
    const report: CoverageReport = {
      kind: 'coverage',
      format: 'istanbul-summary',
      file: source.displayName,
      metrics: { lines, branches: figure('branches'), functions: figure('functions') },
      has: {
        lines: true,
        branches: total['branches'] !== undefined,
        functions: total['functions'] !== undefined,
      },
      findings: [],
    };
    return report;
  },
};

/**
 * `coverage-final.json`, recomputed from every file's maps as istanbul's own summary does:
 * lines = distinct start lines of `statementMap`, each hit with the largest count of the
 * statements starting there (istanbul's `getLineCoverage`); functions = entries of `f`;
 * branches = every element of every `b` array, covered when above zero.
 */
export const istanbulFinalReader: ReportReader = {
  format: 'istanbul-final',
  family: 'coverage',
  detect: (head) => head.trimStart().startsWith('{') && head.includes('"statementMap"'),
  read: async (source) => {
    const root = expectObject(await readJson(source), 'the report');
    let linesCovered = 0;
    let linesTotal = 0;
    let fnCovered = 0;
    let fnTotal = 0;
    let brCovered = 0;
    let brTotal = 0;
    const detail: CoverageDetail | undefined = source.wantDetail ? new Map() : undefined;
    for (const [key, value] of Object.entries(root)) {
      const file = expectObject(value, `["${key}"]`);
      const coverage = readFile(file, key);
      linesTotal += coverage.lines.size;
      for (const hits of coverage.lines.values()) if (hits > 0) linesCovered++;
      fnTotal += coverage.functions.size;
      for (const hits of coverage.functions.values()) if (hits > 0) fnCovered++;
      for (const [covered, total] of coverage.branches.values()) {
        brCovered += covered;
        brTotal += total;
      }
      if (detail !== undefined) {
        const written = typeof file['path'] === 'string' ? file['path'] : key;
        const name = toRepoRelative(written, source.workdir) ?? toSlashes(written);
        if (source.keepDetail?.(name) !== false) detail.set(name, coverage);
      }
    }
    const report: CoverageReport = {
      kind: 'coverage',
      format: 'istanbul-final',
      file: source.displayName,
      metrics: {
        lines: ratio(linesCovered, linesTotal),
        branches: ratio(brCovered, brTotal),
        functions: ratio(fnCovered, fnTotal),
      },
      has: { lines: true, branches: true, functions: true },
      findings: [],
      ...(detail === undefined ? {} : { detail }),
    };
    return report;
  },
};

function readFile(file: JsonObject, key: string): FileCoverage {
  const statementMap = expectObject(file['statementMap'], `["${key}"].statementMap`);
  const s = expectObject(file['s'], `["${key}"].s`);
  const lines = new Map<number, number>();
  for (const [id, location] of Object.entries(statementMap)) {
    const start =
      isObject(location) && isObject(location['start']) ? location['start']['line'] : undefined;
    const line = expectNumber(start, `["${key}"].statementMap["${id}"].start.line`);
    const hits = expectNumber(s[id] ?? 0, `["${key}"].s["${id}"]`);
    const previous = lines.get(line);
    if (previous === undefined || hits > previous) lines.set(line, hits);
  }
  const functions = new Map<string, number>();
  if (file['f'] !== undefined) {
    for (const [id, hits] of Object.entries(expectObject(file['f'], `["${key}"].f`))) {
      functions.set(id, expectNumber(hits, `["${key}"].f["${id}"]`));
    }
  }
  const branches = new Map<string, [number, number]>();
  const branchMap = isObject(file['branchMap']) ? file['branchMap'] : {};
  if (file['b'] !== undefined) {
    for (const [id, counts] of Object.entries(expectObject(file['b'], `["${key}"].b`))) {
      if (!Array.isArray(counts)) throw new ReportError(`["${key}"].b["${id}"] must be an array`);
      const line = branchLine(branchMap[id]);
      counts.forEach((count, index) => {
        const hits = expectNumber(count, `["${key}"].b["${id}"][${index}]`);
        // The line leads the key (`12:3:0`) so patch coverage can place the branch.
        branches.set(`${line}:${id}:${index}`, [hits > 0 ? 1 : 0, 1]);
      });
    }
  }
  return { lines, functions, branches };
}

/** The line a branch starts on: its `loc`, else its first location, else its `line` (0 when none). */
function branchLine(entry: unknown): number {
  if (!isObject(entry)) return 0;
  const loc = entry['loc'];
  if (isObject(loc) && isObject(loc['start']) && typeof loc['start']['line'] === 'number')
    return loc['start']['line'];
  const locations = entry['locations'];
  if (Array.isArray(locations) && isObject(locations[0]) && isObject(locations[0]['start'])) {
    const line = locations[0]['start']['line'];
    if (typeof line === 'number') return line;
  }
  return typeof entry['line'] === 'number' ? entry['line'] : 0;
}
