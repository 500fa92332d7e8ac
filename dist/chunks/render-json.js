import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  ERROR_SCHEMA,
  PLAN_SCHEMA,
  REPORT_SCHEMA,
  ReportShapeError,
  renderErrorJson,
  renderJson,
  toPlanJson,
  toReportJson,
  verdictFromReport
} from "./shared-render-report-validator.js";
import "./shared-ajv.js";
import "./shared-checklist-items.js";
import "./shared-checks-coverage.js";
import "./shared-rg-builtin-fs-promises.js";
import "./shared-model.js";
import "./shared-process-split-command.js";
import "./shared-checks-linear-regex.js";
import "./shared-reports-scan-tally.js";
import "./shared-workspace-regular-file.js";
import "./shared-reports-types.js";
import "./shared-workspace-paths.js";
import "./shared-rg-builtin-path.js";
import "./shared-rg-builtin-fs.js";
import "./shared-runtime.js";
export {
  ERROR_SCHEMA,
  PLAN_SCHEMA,
  REPORT_SCHEMA,
  ReportShapeError,
  renderErrorJson,
  renderJson,
  toPlanJson,
  toReportJson,
  verdictFromReport
};
//# sourceMappingURL=render-json.js.map
