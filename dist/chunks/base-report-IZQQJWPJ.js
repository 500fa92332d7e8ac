import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a,b,c,d}from"./chunk-PTXCBFJ4.js";import"./chunk-U2ZSUMDP.js";export{a as BASE_REPORT_SCHEMA,b as BaseReportError,d as baseItemOf,c as parseBaseReport};
