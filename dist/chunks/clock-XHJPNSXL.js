import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a,b,c,d,e,f}from"./chunk-LJ2UBYHI.js";import"./chunk-U2ZSUMDP.js";export{a as ClockError,b as clockFromEnvironment,e as daysBetween,f as isoOf,c as parseDate,d as todayOf};
