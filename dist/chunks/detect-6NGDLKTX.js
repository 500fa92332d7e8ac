import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-DCMRDDKS.js";import"./chunk-XY55WVUQ.js";import"./chunk-JXWD7QVC.js";import"./chunk-PSLW73KU.js";import"./chunk-U2ZSUMDP.js";export{b as isReportFailure,c as readReport,a as readers};
