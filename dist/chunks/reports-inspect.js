import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  isReportFailure,
  readReport
} from "./shared-reports-xml-scan.js";
import {
  SEVERITIES
} from "./shared-workspace-regular-file.js";
import "./shared-workspace-paths.js";
import "./shared-rg-builtin-fs.js";
import {
  path_default
} from "./shared-rg-builtin-path.js";
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

// src/reports/inspect.ts
var FAMILY = {
  tests: "tests",
  coverage: "coverage",
  lint: "lint",
  bandit: "security",
  trivy: "security",
  scan: "security"
};
async function inspectReport(reportPath, workdir) {
  const absolute = path_default.resolve(workdir, reportPath);
  const data = await readReport(absolute, { workdir });
  if (isReportFailure(data)) return data;
  return { format: data.format, family: FAMILY[data.kind], metrics: { ...data.metrics } };
}
__name(inspectReport, "inspectReport");
export {
  inspectReport,
  renderInspectText
};
//# sourceMappingURL=reports-inspect.js.map
