import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a}from"./chunk-W5IPWDRR.js";import"./chunk-QRHXOGPX.js";import"./chunk-D7GGBW7V.js";import"./chunk-QCBOEHI4.js";import"./chunk-JXWD7QVC.js";import"./chunk-JTAFMQNW.js";import"./chunk-U2ZSUMDP.js";export{a as loadYamlChecklist};
