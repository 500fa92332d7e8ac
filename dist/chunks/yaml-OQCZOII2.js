import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a}from"./chunk-4WPZZZR5.js";import"./chunk-ZJFZIWCH.js";import"./chunk-CM6YPHLM.js";import"./chunk-QCBOEHI4.js";import"./chunk-BJK35OIJ.js";import"./chunk-JXWD7QVC.js";import"./chunk-PSLW73KU.js";import"./chunk-U2ZSUMDP.js";export{a as loadYamlChecklist};
