import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-K5BPZFAE.js";import"./chunk-Z64YF3LS.js";import"./chunk-3NSZ3K7W.js";import"./chunk-I2QKBDUQ.js";import"./chunk-4XKQZPP6.js";import"./chunk-U2ZSUMDP.js";export{b as isReportFailure,c as readReport,a as readers};
