import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a,b,c,d,e,f}from"./chunk-EY5CK5VH.js";import"./chunk-TVLEJCK7.js";import"./chunk-QCDBHFOM.js";import"./chunk-U2ZSUMDP.js";export{a as STATUS_ICONS,c as renderChecklistMarkdown,e as renderFooter,b as renderHeadline,d as renderMarkdown,f as renderProblemsMarkdown};
