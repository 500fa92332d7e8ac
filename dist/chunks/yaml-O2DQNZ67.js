import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a}from"./chunk-S6AAIMN7.js";import"./chunk-PBVPGEYW.js";import"./chunk-ND3ETKCW.js";import"./chunk-QCBOEHI4.js";import"./chunk-JXWD7QVC.js";import"./chunk-PSLW73KU.js";import"./chunk-U2ZSUMDP.js";export{a as loadYamlChecklist};
