import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a}from"./chunk-VYCMGXLG.js";import"./chunk-4PRUIB5F.js";import"./chunk-ENOPFDMD.js";import"./chunk-EQTSLNE5.js";import"./chunk-I367ZSCK.js";import"./chunk-36EXPLUM.js";import"./chunk-U2ZSUMDP.js";export{a as loadYamlChecklist};
