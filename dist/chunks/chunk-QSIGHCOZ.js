import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
var o="https://raw.githubusercontent.com/readiness-gate/readiness-gate/main/checklists/schema.json",s=["id","title","manual","blocking","weight","owners","covers","enforce-from","checked","skip","inferred","items"];export{o as a,s as b};
