import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-RSUSOEDM.js";import"./chunk-3WD4S5GA.js";import"./chunk-GOBSY26B.js";import"./chunk-MUBETNWB.js";import"./chunk-4XKQZPP6.js";import"./chunk-I2QKBDUQ.js";import"./chunk-U2ZSUMDP.js";export{b as isReportFailure,c as readReport,a as readers};
