import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  SEVERITIES
} from "./shared-reports-types.js";
import {
  __name
} from "./shared-runtime.js";

// src/reports/inspect-text.ts
function formatRatio(value) {
  if (value === null || value === void 0) return "no data";
  const figure = value;
  return `${figure.pct.toFixed(1)}% (${figure.covered}/${figure.total})`;
}
__name(formatRatio, "formatRatio");
function formatSeverities(value) {
  const counts = value;
  return SEVERITIES.map((s) => `${counts[s]} ${s}`).join(", ");
}
__name(formatSeverities, "formatSeverities");
function renderInspectText(result) {
  if ("error" in result) return `error: ${result.error}
`;
  const lines = [`format: ${result.format}`, `family: ${result.family}`];
  const m = result.metrics;
  switch (result.family) {
    case "tests":
      lines.push(
        `tests: ${String(m["total"])} total, ${String(m["passed"])} passed, ${String(m["failed"])} failed, ${String(m["errors"])} errors, ${String(m["skipped"])} skipped`
      );
      break;
    case "coverage":
      for (const key of ["lines", "branches", "functions"])
        lines.push(`${key}: ${formatRatio(m[key])}`);
      break;
    case "lint":
      lines.push(
        `errors: ${String(m["errors"])}`,
        `warnings: ${String(m["warnings"])}`,
        `notes: ${String(m["notes"])}`
      );
      break;
    case "security":
      if ("vulnerabilities" in m) {
        for (const key of ["vulnerabilities", "misconfigurations", "secrets"])
          lines.push(`${key}: ${formatSeverities(m[key])}`);
      } else {
        lines.push(
          `high: ${String(m["high"])}`,
          `medium: ${String(m["medium"])}`,
          `low: ${String(m["low"])}`
        );
      }
      break;
  }
  return lines.join("\n") + "\n";
}
__name(renderInspectText, "renderInspectText");
export {
  renderInspectText
};
//# sourceMappingURL=reports-inspect-text.js.map
