import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{c as i,e as a,f as c,g as p,i as f,j as m}from"./chunk-RRVSD74H.js";import{a as e}from"./chunk-4XKQZPP6.js";import"./chunk-I2QKBDUQ.js";import{a as s}from"./chunk-U2ZSUMDP.js";var h={...c,format:{type:"string",short:"f"}};async function g(l,t){let{values:o,positionals:n}=p(l,h,"inspect"),O=f(o.format,["text","json"]),d=m(o,t);if(n.length!==1)throw new a("inspect takes one report path");let{inspectReport:u,renderInspectText:I}=await import("./inspect-ETOZFGHH.js"),w=e.resolve(t.cwd,n[0]),r=await u(w,d);return"error"in r?(t.stderr(`${r.error}
`),i):(t.stdout(O==="json"?`${JSON.stringify(r,null,2)}
`:I(r)),0)}s(g,"inspect");export{g as inspect};
