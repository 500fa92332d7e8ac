import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a}from"./chunk-DFZM3OUT.js";import"./chunk-U2ZSUMDP.js";export default a();
