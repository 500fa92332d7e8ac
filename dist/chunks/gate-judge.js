import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  DEFAULT_LEVELS,
  conclusionOf,
  emptyCounts,
  failsStep,
  formatScore,
  isBlockingResult,
  judgeAll,
  judgeChecklist,
  levelOf,
  regressionReasons,
  scoreOf,
  topLevelOf
} from "./shared-gate-judge.js";
import "./shared-model.js";
import "./shared-runtime.js";
export {
  DEFAULT_LEVELS,
  conclusionOf,
  emptyCounts,
  failsStep,
  formatScore,
  isBlockingResult,
  judgeAll,
  judgeChecklist,
  levelOf,
  regressionReasons,
  scoreOf,
  topLevelOf
};
//# sourceMappingURL=gate-judge.js.map
