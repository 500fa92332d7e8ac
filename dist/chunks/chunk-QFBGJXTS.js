import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a as n}from"./chunk-U2ZSUMDP.js";var e=new Map;function i(o,t){e.set(o,t)}n(i,"trackCommand");function l(o){e.delete(o)}n(l,"untrackCommand");function r(){for(let o of e.values())o();e.clear()}n(r,"killAllCommands");export{i as a,l as b,r as c};
