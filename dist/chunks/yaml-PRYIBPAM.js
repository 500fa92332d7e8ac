import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a}from"./chunk-OXOYP4P5.js";import"./chunk-SQHQ44SZ.js";import"./chunk-NVLZL4JK.js";import"./chunk-JXWD7QVC.js";import"./chunk-36EXPLUM.js";import"./chunk-U2ZSUMDP.js";export{a as loadYamlChecklist};
