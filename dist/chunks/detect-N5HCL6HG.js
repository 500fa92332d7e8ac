import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-Y5VSWW66.js";import"./chunk-U6ZMYSAL.js";import"./chunk-6UCMNIRG.js";import"./chunk-MJQWHOEI.js";import"./chunk-U2ZSUMDP.js";export{b as isReportFailure,c as readReport,a as readers};
