import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{c as s,e as i,f as p,g as d,j as f}from"./chunk-RRVSD74H.js";import"./chunk-4XKQZPP6.js";import"./chunk-I2QKBDUQ.js";import{a as m}from"./chunk-U2ZSUMDP.js";var k={...p,from:{type:"string"},infer:{type:"boolean",default:!0},"coverage-report":{type:"string"}};async function v(g,t){let{values:e}=d(g,k,"init",!1),n=e.from;if(!n)throw new i("init needs --from CHECKLIST.md");let h=f(e,t),[{formatProblem:a,loadChecklists:u},{renderInitYaml:w},{loadYamlChecklist:I}]=await Promise.all([import("./load-OBK5X5BK.js"),import("./init-ID3E4SUS.js"),import("./yaml-UMF276Q3.js")]),r=await u({workdir:h,patterns:[n],infer:e.infer??!0,...e["coverage-report"]?{coverageReport:e["coverage-report"]}:{}});if(r.problems.length>0)return t.stderr(`${r.problems.map(a).join(`
`)}
`),s;if(r.checklists.length!==1)throw new i(`--from ${n} names ${r.checklists.length} checklists; give one`);let o=r.checklists[0],l=w(o),c=I(l,`${o.path} (as YAML)`);return c.problems.length>0?(t.stderr(`readiness-gate: internal error: the YAML written for ${o.path} is invalid:
${c.problems.map(a).join(`
`)}
`),s):(t.stdout(l),0)}m(v,"init");export{v as init};
