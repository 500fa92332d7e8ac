import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{b as e}from"./chunk-U2ZSUMDP.js";var o=e("node:path"),t=o;export{t as a};
