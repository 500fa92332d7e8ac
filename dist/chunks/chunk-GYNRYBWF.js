import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{b as c}from"./chunk-U2ZSUMDP.js";var e=c("node:child_process");var o=e.execFile;var t=e.spawn;export{o as a,t as b};
