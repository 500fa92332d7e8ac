import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a}from"./chunk-4K6XPTFW.js";import"./chunk-AGLGBGWS.js";import"./chunk-3I3ZIQXZ.js";import"./chunk-BJM5RQX6.js";import"./chunk-QCBOEHI4.js";import"./chunk-JXWD7QVC.js";import"./chunk-PSLW73KU.js";import"./chunk-U2ZSUMDP.js";export{a as loadYamlChecklist};
