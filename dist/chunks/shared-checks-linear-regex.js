import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  __name,
  __require
} from "./shared-runtime.js";

// rg-builtin:vm
var m = __require("node:vm");
var vm_default = m;

// src/checks/linear-regex.ts
var engine;
async function loadLinearRegex() {
  engine ??= await import("./re2js.js");
}
__name(loadLinearRegex, "loadLinearRegex");
function isLinearRegexLoaded() {
  return engine !== void 0;
}
__name(isLinearRegexLoaded, "isLinearRegexLoaded");
var LinearRegexError = class extends Error {
  static {
    __name(this, "LinearRegexError");
  }
  name = "LinearRegexError";
};
var MAX_PATTERN_LENGTH = 1e3;
var MAX_MATCH_MS = 1e4;
function compileLinear(pattern) {
  if (pattern.length > MAX_PATTERN_LENGTH)
    throw new LinearRegexError(
      `is ${pattern.length} characters long; patterns are limited to ${MAX_PATTERN_LENGTH}`
    );
  if (!engine) throw new Error("loadLinearRegex() must be awaited before compiling a pattern");
  try {
    return engine.RE2JS.compile(pattern, engine.RE2JS.MULTILINE);
  } catch (error) {
    throw new LinearRegexError(
      `is not a regular expression the linear-time engine (RE2) accepts: ${error.message} (backreferences and lookaround are not supported)`
    );
  }
}
__name(compileLinear, "compileLinear");
function testLinear(pattern, text, remainingMs = MAX_MATCH_MS) {
  const timeout = Math.max(1, Math.min(MAX_MATCH_MS, Math.floor(remainingMs)));
  try {
    return vm_default.runInNewContext("find()", { find: /* @__PURE__ */ __name(() => pattern.matcher(text).find(), "find") }, { timeout });
  } catch (error) {
    if (error.code === "ERR_SCRIPT_EXECUTION_TIMEOUT")
      throw new LinearRegexError(
        `the match was stopped after ${timeout} ms (the gate's time budget)`
      );
    throw error;
  }
}
__name(testLinear, "testLinear");

export {
  loadLinearRegex,
  isLinearRegexLoaded,
  LinearRegexError,
  compileLinear,
  testLinear
};
//# sourceMappingURL=shared-checks-linear-regex.js.map
