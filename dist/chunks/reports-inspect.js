import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  isReportFailure,
  readReport
} from "./shared-reports-lcov.js";
import "./shared-reports-scan-tally.js";
import "./shared-workspace-regular-file.js";
import "./shared-reports-types.js";
import "./shared-workspace-paths.js";
import {
  path_default
} from "./shared-rg-builtin-path.js";
import "./shared-rg-builtin-fs.js";
import {
  __name
} from "./shared-runtime.js";

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
  inspectReport
};
//# sourceMappingURL=reports-inspect.js.map
