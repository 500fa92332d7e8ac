import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  require_undici
} from "./shared-undici.js";
import "./shared-runtime.js";
export default require_undici();
//# sourceMappingURL=undici.js.map
