import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a}from"./chunk-RGFLDPJY.js";import"./chunk-3CHHVVJI.js";import"./chunk-EMRSCALD.js";import"./chunk-QCBOEHI4.js";import"./chunk-642PFLE2.js";import"./chunk-PSLW73KU.js";import"./chunk-U2ZSUMDP.js";export{a as loadYamlChecklist};
