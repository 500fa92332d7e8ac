import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  LinearRegexError,
  compileLinear,
  isLinearRegexLoaded,
  loadLinearRegex,
  testLinear
} from "./shared-checks-linear-regex.js";
import "./shared-runtime.js";
export {
  LinearRegexError,
  compileLinear,
  isLinearRegexLoaded,
  loadLinearRegex,
  testLinear
};
//# sourceMappingURL=checks-linear-regex.js.map
