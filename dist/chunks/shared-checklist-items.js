import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/checklist/items.ts
function flattenItems(checklist) {
  const out = [];
  const walkItems = /* @__PURE__ */ __name((items) => {
    for (const item of items) {
      out.push(item);
      walkItems(item.children);
    }
  }, "walkItems");
  const walkSections = /* @__PURE__ */ __name((sections) => {
    for (const section of sections) {
      walkItems(section.items);
      walkSections(section.sections);
    }
  }, "walkSections");
  walkItems(checklist.items);
  walkSections(checklist.sections);
  return out;
}
__name(flattenItems, "flattenItems");

export {
  flattenItems
};
//# sourceMappingURL=shared-checklist-items.js.map
