import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  TOTALS_ONLY_FORMATS,
  computePatchCoverage,
  patchCoverageOf
} from "./shared-checks-patch-coverage.js";
import "./shared-picomatch.js";
import "./shared-runtime.js";
export {
  TOTALS_ONLY_FORMATS,
  computePatchCoverage,
  patchCoverageOf
};
//# sourceMappingURL=checks-patch-coverage.js.map
