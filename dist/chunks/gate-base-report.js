import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  BASE_REPORT_SCHEMA,
  BaseReportError,
  baseItemOf,
  parseBaseReport
} from "./shared-gate-base-report.js";
import "./shared-runtime.js";
export {
  BASE_REPORT_SCHEMA,
  BaseReportError,
  baseItemOf,
  parseBaseReport
};
//# sourceMappingURL=gate-base-report.js.map
