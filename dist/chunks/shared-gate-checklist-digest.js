import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  createHash
} from "./shared-rg-builtin-crypto.js";
import {
  readFile
} from "./shared-rg-builtin-fs-promises.js";
import {
  path_default
} from "./shared-rg-builtin-path.js";
import {
  __name
} from "./shared-runtime.js";

// src/gate/checklist-digest.ts
async function checklistDigests(workdir, checklists) {
  const entries = await Promise.all(
    checklists.map(async (checklist) => {
      const bytes = await readFile(path_default.resolve(workdir, checklist.path));
      return [checklist.path, createHash("sha256").update(bytes).digest("hex")];
    })
  );
  return Object.fromEntries(entries);
}
__name(checklistDigests, "checklistDigests");

export {
  checklistDigests
};
//# sourceMappingURL=shared-gate-checklist-digest.js.map
