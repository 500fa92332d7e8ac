import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-B3JLC5G6.js";import"./chunk-JXWD7QVC.js";import"./chunk-PQERYYLW.js";import"./chunk-MJQWHOEI.js";import"./chunk-U2ZSUMDP.js";export{b as isReportFailure,c as readReport,a as readers};
