import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./shared-picomatch.js";
import {
  __name,
  __toESM
} from "./shared-runtime.js";

// src/checks/patch-coverage.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var BRANCH_LINE_FORMATS = /* @__PURE__ */ new Set([
  "lcov",
  "cobertura",
  "jacoco",
  "coverage-py-json",
  "istanbul-final"
]);
var TOTALS_ONLY_FORMATS = /* @__PURE__ */ new Set(["istanbul-summary"]);
var MAX_FILES_LISTED = 200;
var MAX_LINES_LISTED = 50;
function ratioOf(covered, total) {
  return { covered, total, pct: total > 0 ? covered / total * 100 : null };
}
__name(ratioOf, "ratioOf");
function branchLine(key) {
  return parseInt(key, 10);
}
__name(branchLine, "branchLine");
function computePatchCoverage(reports, changes, index, sources) {
  const byPath = /* @__PURE__ */ new Map();
  for (const report of reports) {
    const detail = report.lineDetail ?? report.detail;
    if (detail === void 0) continue;
    for (const [key, file] of detail) {
      const path = index.resolve(key, report.format);
      if (path === void 0) continue;
      let merged = byPath.get(path);
      if (merged === void 0) {
        merged = { lines: /* @__PURE__ */ new Map(), branches: /* @__PURE__ */ new Map() };
        byPath.set(path, merged);
      }
      mergeInto(merged, file, report.format);
    }
  }
  const hasBranches = reports.every((r) => r.has.branches && BRANCH_LINE_FORMATS.has(r.format));
  return patchCoverageOf(byPath, changes, sources, hasBranches);
}
__name(computePatchCoverage, "computePatchCoverage");
function patchCoverageOf(byPath, changes, sources, hasBranches) {
  const files = [];
  let covered = 0;
  let total = 0;
  let branchCovered = 0;
  let branchTotal = 0;
  for (const [path, file] of byPath) {
    let fileCovered = 0;
    let fileTotal = 0;
    const uncovered = [];
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
        uncoveredLines: uncovered.sort((a, b) => a - b)
      });
  }
  const missing = [];
  if (sources !== void 0 && sources.length > 0) {
    const isSource = (0, import_picomatch.default)(sources, { dot: true });
    for (const path of changes.paths()) {
      if (byPath.has(path) || !isSource(path)) continue;
      const change = changes.file(path);
      if (change.nonBlankCount === 0) continue;
      missing.push(path);
      total += change.nonBlankCount;
      files.push({
        path,
        covered: 0,
        total: change.nonBlankCount,
        uncoveredLines: [],
        missing: true
      });
    }
  }
  files.sort((a, b) => b.total - b.covered - (a.total - a.covered) || a.path.localeCompare(b.path));
  return {
    lines: { ...ratioOf(covered, total), files: files.slice(0, MAX_FILES_LISTED) },
    branches: hasBranches ? ratioOf(branchCovered, branchTotal) : null,
    missing: missing.sort()
  };
}
__name(patchCoverageOf, "patchCoverageOf");
function mergeInto(merged, file, format) {
  for (const [line, hits] of file.lines) {
    const previous = merged.lines.get(line);
    merged.lines.set(line, previous === void 0 ? hits : Math.max(previous, hits));
  }
  if (!BRANCH_LINE_FORMATS.has(format)) return;
  for (const [key, [c, t]] of file.branches) {
    const previous = merged.branches.get(key);
    merged.branches.set(
      key,
      previous ? [Math.max(previous[0], c), Math.max(previous[1], t)] : [c, t]
    );
  }
}
__name(mergeInto, "mergeInto");

export {
  TOTALS_ONLY_FORMATS,
  computePatchCoverage,
  patchCoverageOf
};
//# sourceMappingURL=shared-checks-patch-coverage.js.map
