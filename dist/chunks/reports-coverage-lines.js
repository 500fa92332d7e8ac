import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  MAX_FILES,
  MAX_RANGES_PER_FILE,
  RangeTextError,
  formatRanges,
  intersectionSize,
  intervalsSize,
  mergeCoverageFiles,
  parseRanges,
  toCoverageFiles,
  unionFileLines,
  unionIntervals
} from "./shared-reports-coverage-lines.js";
import "./shared-runtime.js";
export {
  MAX_FILES,
  MAX_RANGES_PER_FILE,
  RangeTextError,
  formatRanges,
  intersectionSize,
  intervalsSize,
  mergeCoverageFiles,
  parseRanges,
  toCoverageFiles,
  unionFileLines,
  unionIntervals
};
//# sourceMappingURL=reports-coverage-lines.js.map
