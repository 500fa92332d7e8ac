import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a}from"./chunk-5N2TTTJ4.js";import"./chunk-FWEAV5VI.js";import"./chunk-7TRCU4H2.js";import"./chunk-QCBOEHI4.js";import"./chunk-BJK35OIJ.js";import"./chunk-JXWD7QVC.js";import"./chunk-PSLW73KU.js";import"./chunk-U2ZSUMDP.js";export{a as loadYamlChecklist};
