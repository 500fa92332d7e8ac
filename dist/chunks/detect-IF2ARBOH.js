import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-TBBNC64G.js";import"./chunk-BN2PPGLS.js";import"./chunk-GOBSY26B.js";import"./chunk-3NSZ3K7W.js";import"./chunk-I2QKBDUQ.js";import"./chunk-4XKQZPP6.js";import"./chunk-U2ZSUMDP.js";export{b as isReportFailure,c as readReport,a as readers};
