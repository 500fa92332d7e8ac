import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{b as e}from"./chunk-U2ZSUMDP.js";var c=e("node:child_process");var o=c.spawn;export{o as a};
