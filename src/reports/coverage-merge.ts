// Merges several coverage reports into one set of figures.
import { ratio, type CoverageMetrics, type CoverageReport, type FileCoverage } from './types.js';

export interface MergedCoverage {
  readonly metrics: CoverageMetrics;
  readonly has: CoverageReport['has'];
  /** How the reports were combined, for messages. */
  readonly method: 'single' | 'union' | 'sum';
}

/**
 * One report: its own figures. Several, each with per-file detail: the union per file (a line is
 * covered when any report covers it; a branch key keeps the best covered/total seen; a function is
 * hit when any report hits it), so the same file measured by two test runs is counted once.
 * Otherwise (a totals-only format such as `coverage-summary.json` is among them): the covered and
 * total counts add up, which is right when the reports cover different files.
 */
export function mergeCoverage(reports: readonly CoverageReport[]): MergedCoverage {
  if (reports.length === 1)
    return { metrics: reports[0]!.metrics, has: reports[0]!.has, method: 'single' };
  const has = {
    lines: reports.some((r) => r.has.lines),
    branches: reports.some((r) => r.has.branches),
    functions: reports.some((r) => r.has.functions),
  };
  if (reports.every((r) => r.detail !== undefined)) {
    const files = new Map<string, FileCoverage>();
    for (const report of reports) {
      for (const [name, file] of report.detail!) {
        const merged = files.get(name);
        if (merged === undefined) {
          files.set(name, {
            lines: new Map(file.lines),
            branches: new Map(file.branches),
            functions: new Map(file.functions),
          });
          continue;
        }
        for (const [line, hits] of file.lines)
          merged.lines.set(line, (merged.lines.get(line) ?? 0) + hits);
        for (const [key, [covered, total]] of file.branches) {
          const previous = merged.branches.get(key);
          merged.branches.set(
            key,
            previous
              ? [Math.max(previous[0], covered), Math.max(previous[1], total)]
              : [covered, total],
          );
        }
        for (const [key, hits] of file.functions)
          merged.functions.set(key, (merged.functions.get(key) ?? 0) + hits);
      }
    }
    let linesCovered = 0;
    let linesTotal = 0;
    let brCovered = 0;
    let brTotal = 0;
    let fnCovered = 0;
    let fnTotal = 0;
    for (const file of files.values()) {
      linesTotal += file.lines.size;
      for (const hits of file.lines.values()) if (hits > 0) linesCovered++;
      for (const [covered, total] of file.branches.values()) {
        brCovered += covered;
        brTotal += total;
      }
      fnTotal += file.functions.size;
      for (const hits of file.functions.values()) if (hits > 0) fnCovered++;
    }
    return {
      metrics: {
        lines: has.lines ? ratio(linesCovered, linesTotal) : null,
        branches: has.branches ? ratio(brCovered, brTotal) : null,
        functions: has.functions ? ratio(fnCovered, fnTotal) : null,
      },
      has,
      method: 'union',
    };
  }
  const sum = (key: keyof CoverageMetrics) => {
    let covered = 0;
    let total = 0;
    let any = false;
    for (const report of reports) {
      const figure = report.metrics[key];
      if (figure === null) continue;
      any = true;
      covered += figure.covered;
      total += figure.total;
    }
    return any ? ratio(covered, total) : null;
  };
  return {
    metrics: { lines: sum('lines'), branches: sum('branches'), functions: sum('functions') },
    has,
    method: 'sum',
  };
}
