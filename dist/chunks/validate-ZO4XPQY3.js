import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{c as r,f as l,g as a,i,j as p,l as m}from"./chunk-RRVSD74H.js";import"./chunk-4XKQZPP6.js";import"./chunk-I2QKBDUQ.js";import{a as n}from"./chunk-U2ZSUMDP.js";var O={...l,checklist:{type:"string",short:"c",multiple:!0},format:{type:"string",short:"f"},infer:{type:"boolean",default:!0}};async function k(c,e){let{values:s,positionals:d}=a(c,O,"validate"),f=i(s.format,["text","json"]),h=p(s,e),{formatProblem:b,loadChecklists:u}=await import("./load-OBK5X5BK.js"),t=await u({workdir:h,patterns:m(s,d),infer:s.infer??!0});return f==="json"?e.stdout(`${JSON.stringify({valid:t.problems.length===0,checklists:t.checklists.map(o=>o.path),problems:t.problems},null,2)}
`):t.problems.length>0?e.stderr(`${t.problems.map(b).join(`
`)}
${t.problems.length} problem${t.problems.length===1?"":"s"}
`):e.stdout(t.checklists.map(o=>`${o.path}: valid
`).join("")),t.problems.length===0?0:r}n(k,"validate");export{k as validate};
