import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./shared-picomatch.js";
import "./shared-runtime.js";
export default require_picomatch();
//# sourceMappingURL=picomatch.js.map
