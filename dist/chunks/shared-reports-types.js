import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/reports/types.ts
var SEVERITIES = ["critical", "high", "medium", "low", "unknown"];
var TRIVY_CLASSES = [
  "vulnerabilities",
  "misconfigurations",
  "secrets"
];
var ReportError = class extends Error {
  static {
    __name(this, "ReportError");
  }
  name = "ReportError";
};
var MAX_FINDINGS = 1e3;
var MAX_JSON_BYTES = 256 * 1024 * 1024;
function ratio(covered, total) {
  if (total <= 0) return null;
  return { covered, total, pct: covered / total * 100 };
}
__name(ratio, "ratio");
function zeroSeverities() {
  return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}
__name(zeroSeverities, "zeroSeverities");

export {
  SEVERITIES,
  TRIVY_CLASSES,
  ReportError,
  MAX_FINDINGS,
  MAX_JSON_BYTES,
  ratio,
  zeroSeverities
};
//# sourceMappingURL=shared-reports-types.js.map
