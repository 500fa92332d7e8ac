// Per-file covered and coverable lines as compact range text ("1-3,7"), for shard reports and their merge.
import type { CoverageFileLines, CoverageFiles } from '../model.js';
import type { CoverageDetail } from './types.js';

/** A sorted list of disjoint, non-adjacent closed intervals [from, to]. */
export type Intervals = [number, number][];

/** Most ranges one file's text may hold, and most files one item may list: a hostile report stays bounded. */
export const MAX_RANGES_PER_FILE = 1_000_000;
export const MAX_FILES = 200_000;

/** `[1, 2, 3, 7]` (sorted, unique) → `1-3,7`. */
export function formatRanges(sorted: readonly number[]): string {
  const parts: string[] = [];
  let index = 0;
  while (index < sorted.length) {
    const from = sorted[index]!;
    let to = from;
    while (index + 1 < sorted.length && sorted[index + 1] === to + 1) to = sorted[++index]!;
    parts.push(from === to ? String(from) : `${from}-${to}`);
    index++;
  }
  return parts.join(',');
}

/** A problem with range text; the message says what was found. */
export class RangeTextError extends Error {
  override readonly name = 'RangeTextError';
}

/**
 * `1-3,7` → `[[1, 3], [7, 7]]`, never expanded (a range of a billion lines costs nothing).
 * The text must be ascending and disjoint, as `formatRanges` writes it.
 */
export function parseRanges(text: string): Intervals {
  if (text === '') return [];
  const out: Intervals = [];
  let last = -1;
  for (const part of text.split(',')) {
    const match = /^(\d{1,15})(?:-(\d{1,15}))?$/.exec(part);
    if (!match)
      throw new RangeTextError(`"${part.slice(0, 40)}" is not a line or a range (like 3 or 1-9)`);
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (to < from) throw new RangeTextError(`range ${part} ends before it starts`);
    if (from <= last) throw new RangeTextError(`range ${part} is not after the one before it`);
    if (out.length >= MAX_RANGES_PER_FILE)
      throw new RangeTextError(`more than ${MAX_RANGES_PER_FILE} ranges`);
    out.push([from, to]);
    last = to;
  }
  return out;
}

/** The union of interval lists, sorted and merged (touching intervals join). */
export function unionIntervals(lists: readonly Intervals[]): Intervals {
  const all = lists.flat().sort((a, b) => a[0] - b[0]);
  const out: Intervals = [];
  for (const [from, to] of all) {
    const previous = out.at(-1);
    if (previous !== undefined && from <= previous[1] + 1) previous[1] = Math.max(previous[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** How many lines two merged interval lists share. */
export function intersectionSize(a: Intervals, b: Intervals): number {
  let size = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const from = Math.max(a[i]![0], b[j]![0]);
    const to = Math.min(a[i]![1], b[j]![1]);
    if (from <= to) size += to - from + 1;
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return size;
}

export function intervalsSize(list: Intervals): number {
  let size = 0;
  for (const [from, to] of list) size += to - from + 1;
  return size;
}

/** The line a branch key names: readers key branches by their line first (`12`, `12,0,1`, `12:3:0`, `12>14`); 0 when none. */
function branchLine(key: string): number {
  let line = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    line = line * 10 + c;
  }
  return line;
}

/** The keys of a line map in ascending order (readers mostly insert them in order already). */
function sortedLines(lines: ReadonlyMap<number, number>): number[] {
  const out = Array.from(lines.keys());
  for (let i = 1; i < out.length; i++) {
    if (out[i]! < out[i - 1]!) return out.sort((a, b) => a - b);
  }
  return out;
}

/**
 * A report's per-file detail as the shard report writes it: each file's covered and coverable
 * lines as range text and, when the format records branches, each line's `[covered, total]`.
 */
export function toCoverageFiles(detail: CoverageDetail): CoverageFiles {
  if (detail.size > MAX_FILES)
    throw new RangeTextError(`${detail.size} files, more than a shard report keeps (${MAX_FILES})`);
  const files: Record<string, CoverageFileLines> = {};
  const names = [...detail.keys()].sort();
  for (const name of names) {
    const file = detail.get(name)!;
    const coverable = sortedLines(file.lines);
    const covered: number[] = [];
    for (const line of coverable) if (file.lines.get(line)! > 0) covered.push(line);
    let branches: Record<string, [number, number]> | undefined;
    if (file.branches.size > 0) {
      const perLine = new Map<number, [number, number]>();
      for (const [key, [hit, total]] of file.branches) {
        const line = branchLine(key);
        const sum = perLine.get(line);
        if (sum === undefined) perLine.set(line, [hit, total]);
        else {
          sum[0] += hit;
          sum[1] += total;
        }
      }
      branches = {};
      for (const line of [...perLine.keys()].sort((a, b) => a - b))
        branches[String(line)] = perLine.get(line)!;
    }
    files[name] = {
      covered: formatRanges(covered),
      coverable: formatRanges(coverable),
      ...(branches ? { branches } : {}),
    };
  }
  return files;
}

export interface MergedCoverageLines {
  readonly files: number;
  readonly lines: { readonly covered: number; readonly total: number };
  /** Undefined when no shard recorded a branch. */
  readonly branches?: { readonly covered: number; readonly total: number };
}

/**
 * The union of several shards' per-file lines: a line is coverable when any shard can cover it
 * and covered when any shard covered it; on each line the branches are the most any shard
 * covered, out of the most any shard found. Throws RangeTextError (with the file) on bad range text.
 */
export function mergeCoverageFiles(shards: readonly CoverageFiles[]): MergedCoverageLines {
  const byFile = new Map<string, CoverageFileLines[]>();
  for (const files of shards) {
    if (typeof files !== 'object' || files === null)
      throw new RangeTextError('coverage.files must be an object of files');
    for (const [name, lines] of Object.entries(files)) {
      checkFileLines(name, lines);
      const list = byFile.get(name);
      if (list) list.push(lines);
      else byFile.set(name, [lines]);
    }
  }
  if (byFile.size > MAX_FILES) throw new RangeTextError(`more than ${MAX_FILES} files`);
  let covered = 0;
  let total = 0;
  let brCovered = 0;
  let brTotal = 0;
  let anyBranch = false;
  for (const [name, list] of byFile) {
    let coverable: Intervals;
    let hit: Intervals;
    try {
      coverable = unionIntervals(list.map((lines) => parseRanges(lines.coverable)));
      hit = unionIntervals(list.map((lines) => parseRanges(lines.covered)));
    } catch (error) {
      throw new RangeTextError(`${name}: ${(error as Error).message}`);
    }
    total += intervalsSize(coverable);
    covered += intersectionSize(hit, coverable);
    const best = new Map<string, [number, number]>();
    for (const lines of list) {
      for (const [line, pair] of Object.entries(lines.branches ?? {})) {
        anyBranch = true;
        const previous = best.get(line);
        best.set(
          line,
          previous
            ? [Math.max(previous[0], pair[0]), Math.max(previous[1], pair[1])]
            : [pair[0], pair[1]],
        );
      }
    }
    for (const [hitCount, found] of best.values()) {
      brCovered += Math.min(hitCount, found);
      brTotal += found;
    }
  }
  return {
    files: byFile.size,
    lines: { covered, total },
    ...(anyBranch ? { branches: { covered: brCovered, total: brTotal } } : {}),
  };
}

/** Shard reports come from artifacts: each file's entry is checked before it is read. */
function checkFileLines(name: string, lines: unknown): asserts lines is CoverageFileLines {
  const entry = lines as Partial<Record<string, unknown>> | null;
  if (
    typeof entry !== 'object' ||
    entry === null ||
    typeof entry.covered !== 'string' ||
    typeof entry.coverable !== 'string'
  )
    throw new RangeTextError(`${name}: covered and coverable must be range text`);
  if (entry.branches === undefined) return;
  if (typeof entry.branches !== 'object' || entry.branches === null)
    throw new RangeTextError(`${name}: branches must be an object of lines`);
  for (const [line, pair] of Object.entries(entry.branches)) {
    if (
      !Array.isArray(pair) ||
      pair.length !== 2 ||
      !pair.every((n) => Number.isSafeInteger(n) && (n as number) >= 0)
    )
      throw new RangeTextError(`${name}: branches of line ${line} must be [covered, total]`);
  }
}

/**
 * Several shards' lines of one file, restricted to `only` (sorted inclusive pairs, the changed
 * lines: a range's size never decides the work), as a line map (1 covered, 0 not) and per-line
 * branches (the most any shard covered, of the most any found), for patch coverage in a merge.
 * Throws RangeTextError on bad range text.
 */
export function unionFileLines(
  list: readonly CoverageFileLines[],
  only: readonly number[],
): { lines: Map<number, number>; branches: Map<string, [number, number]> } {
  const wanted: Intervals = [];
  for (let i = 0; i + 1 < only.length; i += 2) wanted.push([only[i]!, only[i + 1]!]);
  const coverable = unionIntervals(list.map((lines) => parseRanges(lines.coverable)));
  const hit = unionIntervals(list.map((lines) => parseRanges(lines.covered)));
  const lines = new Map<number, number>();
  for (const [from, to] of intersection(coverable, wanted))
    for (let line = from; line <= to; line++) lines.set(line, 0);
  for (const [from, to] of intersection(hit, wanted))
    for (let line = from; line <= to; line++) if (lines.has(line)) lines.set(line, 1);
  const branches = new Map<string, [number, number]>();
  for (const file of list) {
    for (const [line, pair] of Object.entries(file.branches ?? {})) {
      const previous = branches.get(line);
      branches.set(
        line,
        previous
          ? [Math.max(previous[0], pair[0]), Math.max(previous[1], pair[1])]
          : [pair[0], pair[1]],
      );
    }
  }
  return { lines, branches };
}

/** The lines two merged interval lists share, as intervals. */
function intersection(a: Intervals, b: Intervals): Intervals {
  const out: Intervals = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const from = Math.max(a[i]![0], b[j]![0]);
    const to = Math.min(a[i]![1], b[j]![1]);
    if (from <= to) out.push([from, to]);
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return out;
}
