import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  MAX_FINDINGS,
  zeroSeverities
} from "./shared-reports-types.js";
import {
  __name
} from "./shared-runtime.js";

// src/reports/trivy-findings.ts
var RANK = { critical: 0, high: 1, medium: 2, low: 3, unknown: 4 };
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "notice",
  unknown: "notice"
};
var CLASS_TITLE = {
  vulnerabilities: "Vulnerability",
  misconfigurations: "Misconfiguration",
  secrets: "Secret"
};
function trivyFindings(entries) {
  const sorted = entries.length > MAX_FINDINGS ? [...entries].sort((a, b) => RANK[a.severity] - RANK[b.severity]) : entries;
  return sorted.slice(0, MAX_FINDINGS).map((entry) => ({
    ...entry.file === void 0 ? {} : { file: entry.file },
    ...entry.line === void 0 ? {} : { line: entry.line },
    level: LEVEL[entry.severity],
    title: `${CLASS_TITLE[entry.class]} ${entry.severity.toUpperCase()}`,
    message: entry.title
  }));
}
__name(trivyFindings, "trivyFindings");

// src/reports/scan-tally.ts
function entryKey(entry) {
  return `${entry.class}\0${entry.id}\0${entry.package ?? entry.file ?? ""}\0${entry.version ?? ""}`;
}
__name(entryKey, "entryKey");
var ScanTally = class {
  static {
    __name(this, "ScanTally");
  }
  metrics = {
    vulnerabilities: zeroSeverities(),
    misconfigurations: zeroSeverities(),
    secrets: zeroSeverities()
  };
  entries = [];
  seen = /* @__PURE__ */ new Set();
  /** Adds an entry unless the same flaw in the same package and version is already counted. */
  add(entry) {
    const key = entryKey(entry);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.metrics[entry.class][entry.severity]++;
    this.entries.push(entry);
  }
  report(format, source, hasSeverity = true) {
    return {
      kind: "scan",
      format,
      file: source.displayName,
      metrics: this.metrics,
      entries: this.entries,
      findings: trivyFindings(this.entries),
      hasSeverity
    };
  }
};
function severityWord(value) {
  switch (typeof value === "string" ? value.trim().toLowerCase() : "") {
    case "critical":
      return "critical";
    case "high":
      return "high";
    case "medium":
    case "moderate":
      return "medium";
    case "low":
    case "info":
    case "negligible":
      return "low";
    default:
      return "unknown";
  }
}
__name(severityWord, "severityWord");
function severityOfScore(score) {
  if (score === void 0 || !Number.isFinite(score)) return "unknown";
  if (score >= 9) return "critical";
  if (score >= 7) return "high";
  if (score >= 4) return "medium";
  if (score > 0) return "low";
  return "unknown";
}
__name(severityOfScore, "severityOfScore");

export {
  trivyFindings,
  entryKey,
  ScanTally,
  severityWord,
  severityOfScore
};
//# sourceMappingURL=shared-reports-scan-tally.js.map
