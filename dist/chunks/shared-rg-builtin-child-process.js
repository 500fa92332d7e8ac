import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  __require
} from "./shared-runtime.js";

// rg-builtin:child_process
var m = __require("node:child_process");
var execFile = /* @__PURE__ */ (() => m.execFile)();
var spawn = /* @__PURE__ */ (() => m.spawn)();

export {
  execFile,
  spawn
};
//# sourceMappingURL=shared-rg-builtin-child-process.js.map
