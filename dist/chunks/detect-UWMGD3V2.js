import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-NOXLFWZJ.js";import"./chunk-XY55WVUQ.js";import"./chunk-642PFLE2.js";import"./chunk-PSLW73KU.js";import"./chunk-U2ZSUMDP.js";export{b as isReportFailure,c as readReport,a as readers};
