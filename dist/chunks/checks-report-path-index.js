import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  DEFAULT_SOURCE_ROOTS,
  ReportPathIndex,
  goModuleOf
} from "./shared-checks-report-path-index.js";
import "./shared-runtime.js";
export {
  DEFAULT_SOURCE_ROOTS,
  ReportPathIndex,
  goModuleOf
};
//# sourceMappingURL=checks-report-path-index.js.map
