import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{b as a,c as b,d as c,e as d,f as e}from"./chunk-3JU3TTEZ.js";import"./chunk-QT3DZEQO.js";import"./chunk-NBEQYLIS.js";import"./chunk-U2ZSUMDP.js";export{a as STATUS_ICONS,b as renderChecklistMarkdown,d as renderFooter,c as renderMarkdown,e as renderProblemsMarkdown};
