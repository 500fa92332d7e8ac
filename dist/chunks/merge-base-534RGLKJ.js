import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{b as a,c as b,d as c}from"./chunk-FJ52L7KS.js";import"./chunk-GYNRYBWF.js";import"./chunk-U2ZSUMDP.js";export{c as commitsBetween,a as mergeBaseOf,b as resolveCommit};
