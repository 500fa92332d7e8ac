import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-77Q4DB2I.js";import"./chunk-H7UUVUYE.js";import"./chunk-642PFLE2.js";import"./chunk-6THH22E6.js";import"./chunk-4XKQZPP6.js";import"./chunk-U2ZSUMDP.js";export{b as isReportFailure,c as readReport,a as readers};
