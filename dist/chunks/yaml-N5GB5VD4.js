import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a}from"./chunk-35KE6PDE.js";import"./chunk-QRHXOGPX.js";import"./chunk-CHZC7D6C.js";import"./chunk-QCBOEHI4.js";import"./chunk-JXWD7QVC.js";import"./chunk-6THH22E6.js";import"./chunk-4XKQZPP6.js";import"./chunk-U2ZSUMDP.js";export{a as loadYamlChecklist};
