import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
var n="https://raw.githubusercontent.com/readiness-gate/readiness-gate/main/checklists/schema.json",o=["id","title","manual","blocking","weight","checked","skip","inferred","items"];export{n as a,o as b};
