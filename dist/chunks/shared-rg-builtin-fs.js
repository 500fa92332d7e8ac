import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  __require
} from "./shared-runtime.js";

// rg-builtin:fs
var m = __require("node:fs");
var fs_default = m;
var existsSync = /* @__PURE__ */ (() => m.existsSync)();
var fstatSync = /* @__PURE__ */ (() => m.fstatSync)();
var lstatSync = /* @__PURE__ */ (() => m.lstatSync)();
var readFileSync = /* @__PURE__ */ (() => m.readFileSync)();
var realpathSync = /* @__PURE__ */ (() => m.realpathSync)();
var statSync = /* @__PURE__ */ (() => m.statSync)();
var writeSync = /* @__PURE__ */ (() => m.writeSync)();

export {
  fs_default,
  existsSync,
  fstatSync,
  lstatSync,
  readFileSync,
  realpathSync,
  statSync,
  writeSync
};
//# sourceMappingURL=shared-rg-builtin-fs.js.map
