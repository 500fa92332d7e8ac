import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a,b,c,d,e,f,g,h,i,j,k}from"./chunk-C23QBK7L.js";import"./chunk-U2ZSUMDP.js";export{a as DEFAULT_LEVELS,k as conclusionOf,c as emptyCounts,j as failsStep,g as formatScore,b as isBlockingResult,i as judgeAll,h as judgeChecklist,e as levelOf,d as scoreOf,f as topLevelOf};
