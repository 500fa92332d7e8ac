import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a as e}from"./chunk-U2ZSUMDP.js";function m(i){let n=[],o=e(s=>{for(let t of s)n.push(t),o(t.children)},"walkItems"),c=e(s=>{for(let t of s)o(t.items),c(t.sections)},"walkSections");return o(i.items),c(i.sections),n}e(m,"flattenItems");export{m as a};
