import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/checklist/schema.ts
var SCHEMA_ID = "https://raw.githubusercontent.com/readiness-gate/readiness-gate/main/checklists/schema.json";
var ITEM_KEYS = [
  "id",
  "title",
  "manual",
  "blocking",
  "weight",
  "owners",
  "covers",
  "enforce-from",
  "checked",
  "skip",
  "inferred",
  "items"
];

export {
  SCHEMA_ID,
  ITEM_KEYS
};
//# sourceMappingURL=shared-checklist-schema.js.map
