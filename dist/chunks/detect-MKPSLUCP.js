import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-CZ42E4V5.js";import"./chunk-UI5PTMGS.js";import"./chunk-6UCMNIRG.js";import"./chunk-MJQWHOEI.js";import"./chunk-U2ZSUMDP.js";export{b as isReportFailure,c as readReport,a as readers};
