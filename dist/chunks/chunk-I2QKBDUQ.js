import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{b as e}from"./chunk-U2ZSUMDP.js";var t=e("node:fs"),n=t;var o=t.existsSync;var c=t.fstatSync;var r=t.lstatSync;var s=t.readFileSync;var p=t.realpathSync;var a=t.statSync;var x=t.writeSync;export{n as a,o as b,c,r as d,s as e,p as f,a as g,x as h};
