// Patch coverage: covered / coverable among the changed lines, from any report with per-line data.
import picomatch from 'picomatch';
import type { ChangeSet } from '../git/change-set.js';
import type { CoverageReport, FileCoverage, ReportFormat } from '../reports/types.js';
import type { ReportPathIndex } from './report-path-index.js';

/** `coverage.sources` as written: one glob or several. */
export type SourcesOption = string | readonly string[] | undefined;

/** One changed file's share of the patch. */
export interface PatchFile {
  readonly path: string;
  readonly covered: number;
  readonly total: number;
  /** Changed lines that are coverable and not covered (the first 50). */
  readonly uncoveredLines: readonly number[];
  /** Listed by `sources` but absent from every report: its changed non-blank lines count as uncovered. */
  readonly missing?: true;
}

export interface PatchRatio {
  readonly covered: number;
  readonly total: number;
  /** Null when no changed line is coverable. */
  readonly pct: number | null;
}

export interface PatchCoverage {
  readonly lines: PatchRatio & { readonly files: readonly PatchFile[] };
  /** Null when a report has no per-line branch data. */
  readonly branches: PatchRatio | null;
  /** Changed files matching `sources` that no report covers. */
  readonly missing: readonly string[];
}

/**
 * Formats whose reports say which line each branch is on, and how many of its branches ran.
 * Not Clover: OpenClover's `truecount`/`falsecount` count evaluations while Istanbul's Clover
 * writer puts covered and uncovered branches there, and nothing in the file tells them apart.
 */
const BRANCH_LINE_FORMATS: ReadonlySet<ReportFormat> = new Set([
  'lcov',
  'cobertura',
  'jacoco',
  'coverage-py-json',
  'istanbul-final',
]);

/** Formats with no per-line data at all. */
export const TOTALS_ONLY_FORMATS: ReadonlySet<ReportFormat> = new Set(['istanbul-summary']);

const MAX_FILES_LISTED = 200;
const MAX_LINES_LISTED = 50;

function ratioOf(covered: number, total: number): PatchRatio {
  return { covered, total, pct: total > 0 ? (covered / total) * 100 : null };
}

/** The line a branch key starts with (`12`, `12,0,1`, `12>14`, `12:3:0`); NaN when none. */
function branchLine(key: string): number {
  return parseInt(key, 10);
}

/**
 * Counts the patch. Several reports are combined per file as a union (a line is covered when
 * any report covers it). Reports must have been read with detail kept for the changed files.
 */
export function computePatchCoverage(
  reports: readonly CoverageReport[],
  changes: ChangeSet,
  index: ReportPathIndex,
  sources: SourcesOption,
): PatchCoverage {
  const byPath = new Map<
    string,
    { lines: Map<number, number>; branches: Map<string, [number, number]> }
  >();
  for (const report of reports) {
    const detail = report.lineDetail ?? report.detail;
    if (detail === undefined) continue;
    for (const [key, file] of detail) {
      const path = index.resolve(key, report.format);
      if (path === undefined) continue;
      let merged = byPath.get(path);
      if (merged === undefined) {
        merged = { lines: new Map(), branches: new Map() };
        byPath.set(path, merged);
      }
      mergeInto(merged, file, report.format);
    }
  }
  const hasBranches = reports.every((r) => r.has.branches && BRANCH_LINE_FORMATS.has(r.format));
  return patchCoverageOf(byPath, changes, sources, hasBranches);
}

/** One file's lines as patch coverage reads them: line → hits, branch key → [covered, total]. */
export interface PatchFileLines {
  readonly lines: ReadonlyMap<number, number>;
  readonly branches: ReadonlyMap<string, readonly [number, number]>;
}

/**
 * Counts the patch from per-file lines already keyed by repository path (a run's reports, or a
 * merge's union of the shards' lines). `hasBranches`: every source recorded branches per line.
 */
export function patchCoverageOf(
  byPath: ReadonlyMap<string, PatchFileLines>,
  changes: ChangeSet,
  sources: SourcesOption,
  hasBranches: boolean,
): PatchCoverage {
  const files: PatchFile[] = [];
  let covered = 0;
  let total = 0;
  let branchCovered = 0;
  let branchTotal = 0;
  for (const [path, file] of byPath) {
    let fileCovered = 0;
    let fileTotal = 0;
    const uncovered: number[] = [];
    for (const [line, hits] of file.lines) {
      if (!changes.hasLine(path, line)) continue;
      fileTotal++;
      if (hits > 0) fileCovered++;
      else if (uncovered.length < MAX_LINES_LISTED) uncovered.push(line);
    }
    for (const [key, [c, t]] of file.branches) {
      if (!changes.hasLine(path, branchLine(key))) continue;
      branchCovered += c;
      branchTotal += t;
    }
    covered += fileCovered;
    total += fileTotal;
    if (fileTotal > 0)
      files.push({
        path,
        covered: fileCovered,
        total: fileTotal,
        uncoveredLines: uncovered.sort((a, b) => a - b),
      });
  }
  const missing: string[] = [];
  const globs = typeof sources === 'string' ? [sources] : sources;
  if (globs !== undefined && globs.length > 0) {
    const isSource = picomatch([...globs], { dot: true });
    for (const path of changes.paths()) {
      if (byPath.has(path) || !isSource(path)) continue;
      const change = changes.file(path)!;
      if (change.nonBlankCount === 0) continue;
      missing.push(path);
      total += change.nonBlankCount;
      files.push({
        path,
        covered: 0,
        total: change.nonBlankCount,
        uncoveredLines: [],
        missing: true,
      });
    }
  }
  files.sort((a, b) => b.total - b.covered - (a.total - a.covered) || a.path.localeCompare(b.path));
  return {
    lines: { ...ratioOf(covered, total), files: files.slice(0, MAX_FILES_LISTED) },
    branches: hasBranches ? ratioOf(branchCovered, branchTotal) : null,
    missing: missing.sort(),
  };
}

function mergeInto(
  merged: { lines: Map<number, number>; branches: Map<string, [number, number]> },
  file: FileCoverage,
  format: ReportFormat,
): void {
  for (const [line, hits] of file.lines) {
    const previous = merged.lines.get(line);
    // Go's per-line map uses 0 for "some block spanning it was not hit"; elsewhere hits add up.
    merged.lines.set(line, previous === undefined ? hits : Math.max(previous, hits));
  }
  if (!BRANCH_LINE_FORMATS.has(format)) return;
  for (const [key, [c, t]] of file.branches) {
    const previous = merged.branches.get(key);
    merged.branches.set(
      key,
      previous ? [Math.max(previous[0], c), Math.max(previous[1], t)] : [c, t],
    );
  }
}
