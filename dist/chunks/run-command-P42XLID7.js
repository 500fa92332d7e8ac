import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a as b,b as c,c as d,d as e}from"./chunk-KON5EXHO.js";import{c as a}from"./chunk-THG3U5JY.js";import"./chunk-H7UUVUYE.js";import"./chunk-U2ZSUMDP.js";export{b as DEFAULT_MAX_OUTPUT_BYTES,a as killAllCommands,c as quoteForCmd,d as resolveWindowsInvocation,e as runCommand};
