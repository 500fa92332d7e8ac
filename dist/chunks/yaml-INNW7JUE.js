import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a}from"./chunk-MLPAHHAL.js";import"./chunk-ZJFZIWCH.js";import"./chunk-LNCPA4NH.js";import"./chunk-QCBOEHI4.js";import"./chunk-JXWD7QVC.js";import"./chunk-PSLW73KU.js";import"./chunk-H7UUVUYE.js";import"./chunk-U2ZSUMDP.js";export{a as loadYamlChecklist};
