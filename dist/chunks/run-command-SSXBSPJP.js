import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a as b,b as c,c as d,d as e}from"./chunk-33P4XJN3.js";import{c as a}from"./chunk-QFBGJXTS.js";import"./chunk-XY55WVUQ.js";import"./chunk-U2ZSUMDP.js";export{b as DEFAULT_MAX_OUTPUT_BYTES,a as killAllCommands,c as quoteForCmd,d as resolveWindowsInvocation,e as runCommand};
