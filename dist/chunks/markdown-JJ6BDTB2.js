import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{b as a,c as b,d as c,e as d,f as e}from"./chunk-QF4U2PEE.js";import"./chunk-DIFYIBNN.js";import"./chunk-Z3SA7D6X.js";import"./chunk-U2ZSUMDP.js";export{a as STATUS_ICONS,b as renderChecklistMarkdown,d as renderFooter,c as renderMarkdown,e as renderProblemsMarkdown};
