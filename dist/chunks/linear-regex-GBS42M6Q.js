import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a,b,c,d,e}from"./chunk-45MF3P6Q.js";import"./chunk-U2ZSUMDP.js";export{c as LinearRegexError,d as compileLinear,b as isLinearRegexLoaded,a as loadLinearRegex,e as testLinear};
