import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{b as e}from"./chunk-U2ZSUMDP.js";var t=e("node:crypto");var r=t.createHash;export{r as a};
