import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  __require
} from "./shared-runtime.js";

// rg-builtin:path
var m = __require("node:path");
var path_default = m;

export {
  path_default
};
//# sourceMappingURL=shared-rg-builtin-path.js.map
