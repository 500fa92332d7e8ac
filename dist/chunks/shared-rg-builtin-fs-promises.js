import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  __name,
  __require
} from "./shared-runtime.js";

// rg-builtin:fs/promises
var fsp;
var m = new Proxy({}, { get: /* @__PURE__ */ __name((_, key) => (fsp ??= __require("node:fs/promises"))[key], "get") });
var readFile = /* @__PURE__ */ (() => __require("node:util").promisify(__require("node:fs").readFile))();
var stat = /* @__PURE__ */ (() => __require("node:util").promisify(__require("node:fs").stat))();
var writeFile = /* @__PURE__ */ (() => __require("node:util").promisify(__require("node:fs").writeFile))();

export {
  readFile,
  stat,
  writeFile
};
//# sourceMappingURL=shared-rg-builtin-fs-promises.js.map
