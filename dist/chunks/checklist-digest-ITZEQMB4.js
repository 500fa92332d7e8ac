import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a}from"./chunk-QIP5MZSE.js";import"./chunk-EQUBV4HT.js";import"./chunk-QCBOEHI4.js";import"./chunk-4XKQZPP6.js";import"./chunk-U2ZSUMDP.js";export{a as checklistDigests};
