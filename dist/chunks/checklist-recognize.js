import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  LOCAL_BIN,
  TEXT_ONLY_CONTEXT,
  classifyCommand,
  isCommandLike,
  joinArgv,
  recognizeCheck
} from "./shared-checklist-recognize.js";
import {
  USUAL_COVERAGE_REPORTS
} from "./shared-checklist-usual-reports.js";
import "./shared-process-split-command.js";
import "./shared-runtime.js";
export {
  LOCAL_BIN,
  TEXT_ONLY_CONTEXT,
  USUAL_COVERAGE_REPORTS,
  classifyCommand,
  isCommandLike,
  joinArgv,
  recognizeCheck
};
//# sourceMappingURL=checklist-recognize.js.map
