import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  isReportFailure,
  readReport,
  readers
} from "./shared-reports-lcov.js";
import "./shared-reports-scan-tally.js";
import "./shared-workspace-regular-file.js";
import "./shared-reports-types.js";
import "./shared-workspace-paths.js";
import "./shared-rg-builtin-path.js";
import "./shared-rg-builtin-fs.js";
import "./shared-runtime.js";
export {
  isReportFailure,
  readReport,
  readers
};
//# sourceMappingURL=reports-detect.js.map
