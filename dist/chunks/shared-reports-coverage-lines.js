import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/reports/coverage-lines.ts
var MAX_RANGES_PER_FILE = 1e6;
var MAX_FILES = 2e5;
function formatRanges(sorted) {
  const parts = [];
  let index = 0;
  while (index < sorted.length) {
    const from = sorted[index];
    let to = from;
    while (index + 1 < sorted.length && sorted[index + 1] === to + 1) to = sorted[++index];
    parts.push(from === to ? String(from) : `${from}-${to}`);
    index++;
  }
  return parts.join(",");
}
__name(formatRanges, "formatRanges");
var RangeTextError = class extends Error {
  static {
    __name(this, "RangeTextError");
  }
  name = "RangeTextError";
};
function parseRanges(text) {
  if (text === "") return [];
  const out = [];
  let last = -1;
  for (const part of text.split(",")) {
    const match = /^(\d{1,15})(?:-(\d{1,15}))?$/.exec(part);
    if (!match)
      throw new RangeTextError(`"${part.slice(0, 40)}" is not a line or a range (like 3 or 1-9)`);
    const from = Number(match[1]);
    const to = match[2] === void 0 ? from : Number(match[2]);
    if (to < from) throw new RangeTextError(`range ${part} ends before it starts`);
    if (from <= last) throw new RangeTextError(`range ${part} is not after the one before it`);
    if (out.length >= MAX_RANGES_PER_FILE)
      throw new RangeTextError(`more than ${MAX_RANGES_PER_FILE} ranges`);
    out.push([from, to]);
    last = to;
  }
  return out;
}
__name(parseRanges, "parseRanges");
function unionIntervals(lists) {
  const all = lists.flat().sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [from, to] of all) {
    const previous = out.at(-1);
    if (previous !== void 0 && from <= previous[1] + 1) previous[1] = Math.max(previous[1], to);
    else out.push([from, to]);
  }
  return out;
}
__name(unionIntervals, "unionIntervals");
function intersectionSize(a, b) {
  let size = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const from = Math.max(a[i][0], b[j][0]);
    const to = Math.min(a[i][1], b[j][1]);
    if (from <= to) size += to - from + 1;
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return size;
}
__name(intersectionSize, "intersectionSize");
function intervalsSize(list) {
  let size = 0;
  for (const [from, to] of list) size += to - from + 1;
  return size;
}
__name(intervalsSize, "intervalsSize");
function branchLine(key) {
  let line = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    line = line * 10 + c;
  }
  return line;
}
__name(branchLine, "branchLine");
function sortedLines(lines) {
  const out = Array.from(lines.keys());
  for (let i = 1; i < out.length; i++) {
    if (out[i] < out[i - 1]) return out.sort((a, b) => a - b);
  }
  return out;
}
__name(sortedLines, "sortedLines");
function toCoverageFiles(detail) {
  if (detail.size > MAX_FILES)
    throw new RangeTextError(`${detail.size} files, more than a shard report keeps (${MAX_FILES})`);
  const files = {};
  const names = [...detail.keys()].sort();
  for (const name of names) {
    const file = detail.get(name);
    const coverable = sortedLines(file.lines);
    const covered = [];
    for (const line of coverable) if (file.lines.get(line) > 0) covered.push(line);
    let branches;
    if (file.branches.size > 0) {
      const perLine = /* @__PURE__ */ new Map();
      for (const [key, [hit, total]] of file.branches) {
        const line = branchLine(key);
        const sum = perLine.get(line);
        if (sum === void 0) perLine.set(line, [hit, total]);
        else {
          sum[0] += hit;
          sum[1] += total;
        }
      }
      branches = {};
      for (const line of [...perLine.keys()].sort((a, b) => a - b))
        branches[String(line)] = perLine.get(line);
    }
    files[name] = {
      covered: formatRanges(covered),
      coverable: formatRanges(coverable),
      ...branches ? { branches } : {}
    };
  }
  return files;
}
__name(toCoverageFiles, "toCoverageFiles");
function mergeCoverageFiles(shards) {
  const byFile = /* @__PURE__ */ new Map();
  for (const files of shards) {
    if (typeof files !== "object" || files === null)
      throw new RangeTextError("coverage.files must be an object of files");
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
    let coverable;
    let hit;
    try {
      coverable = unionIntervals(list.map((lines) => parseRanges(lines.coverable)));
      hit = unionIntervals(list.map((lines) => parseRanges(lines.covered)));
    } catch (error) {
      throw new RangeTextError(`${name}: ${error.message}`);
    }
    total += intervalsSize(coverable);
    covered += intersectionSize(hit, coverable);
    const best = /* @__PURE__ */ new Map();
    for (const lines of list) {
      for (const [line, pair] of Object.entries(lines.branches ?? {})) {
        anyBranch = true;
        const previous = best.get(line);
        best.set(
          line,
          previous ? [Math.max(previous[0], pair[0]), Math.max(previous[1], pair[1])] : [pair[0], pair[1]]
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
    ...anyBranch ? { branches: { covered: brCovered, total: brTotal } } : {}
  };
}
__name(mergeCoverageFiles, "mergeCoverageFiles");
function checkFileLines(name, lines) {
  const entry = lines;
  if (typeof entry !== "object" || entry === null || typeof entry.covered !== "string" || typeof entry.coverable !== "string")
    throw new RangeTextError(`${name}: covered and coverable must be range text`);
  if (entry.branches === void 0) return;
  if (typeof entry.branches !== "object" || entry.branches === null)
    throw new RangeTextError(`${name}: branches must be an object of lines`);
  for (const [line, pair] of Object.entries(entry.branches)) {
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((n) => Number.isSafeInteger(n) && n >= 0))
      throw new RangeTextError(`${name}: branches of line ${line} must be [covered, total]`);
  }
}
__name(checkFileLines, "checkFileLines");
function unionFileLines(list, only) {
  const wanted = [];
  for (let i = 0; i + 1 < only.length; i += 2) wanted.push([only[i], only[i + 1]]);
  const coverable = unionIntervals(list.map((lines2) => parseRanges(lines2.coverable)));
  const hit = unionIntervals(list.map((lines2) => parseRanges(lines2.covered)));
  const lines = /* @__PURE__ */ new Map();
  for (const [from, to] of intersection(coverable, wanted))
    for (let line = from; line <= to; line++) lines.set(line, 0);
  for (const [from, to] of intersection(hit, wanted))
    for (let line = from; line <= to; line++) if (lines.has(line)) lines.set(line, 1);
  const branches = /* @__PURE__ */ new Map();
  for (const file of list) {
    for (const [line, pair] of Object.entries(file.branches ?? {})) {
      const previous = branches.get(line);
      branches.set(
        line,
        previous ? [Math.max(previous[0], pair[0]), Math.max(previous[1], pair[1])] : [pair[0], pair[1]]
      );
    }
  }
  return { lines, branches };
}
__name(unionFileLines, "unionFileLines");
function intersection(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const from = Math.max(a[i][0], b[j][0]);
    const to = Math.min(a[i][1], b[j][1]);
    if (from <= to) out.push([from, to]);
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return out;
}
__name(intersection, "intersection");

export {
  MAX_RANGES_PER_FILE,
  MAX_FILES,
  formatRanges,
  RangeTextError,
  parseRanges,
  unionIntervals,
  intersectionSize,
  intervalsSize,
  toCoverageFiles,
  mergeCoverageFiles,
  unionFileLines
};
//# sourceMappingURL=shared-reports-coverage-lines.js.map
