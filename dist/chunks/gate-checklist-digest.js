import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  checklistDigests
} from "./shared-gate-checklist-digest.js";
import "./shared-rg-builtin-crypto.js";
import "./shared-rg-builtin-fs-promises.js";
import "./shared-rg-builtin-path.js";
import "./shared-runtime.js";
export {
  checklistDigests
};
//# sourceMappingURL=gate-checklist-digest.js.map
