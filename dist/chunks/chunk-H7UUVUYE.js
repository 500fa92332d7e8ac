import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{b as e}from"./chunk-U2ZSUMDP.js";var t=e("node:fs"),n=t;var o=t.existsSync;var c=t.fstatSync;var r=t.readFileSync;var s=t.realpathSync;var p=t.statSync;var a=t.writeSync;export{n as a,o as b,c,r as d,s as e,p as f,a as g};
