import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  __require
} from "./shared-runtime.js";

// rg-builtin:crypto
var m = __require("node:crypto");
var createHash = /* @__PURE__ */ (() => m.createHash)();

export {
  createHash
};
//# sourceMappingURL=shared-rg-builtin-crypto.js.map
