import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a}from"./chunk-ZTCR7RWO.js";import"./chunk-QRHXOGPX.js";import"./chunk-4ZPPBDAD.js";import"./chunk-QCBOEHI4.js";import"./chunk-JXWD7QVC.js";import"./chunk-6THH22E6.js";import"./chunk-4XKQZPP6.js";import"./chunk-U2ZSUMDP.js";export{a as loadYamlChecklist};
