import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{c as L}from"./chunk-THG3U5JY.js";import{c as O,d as M,f as j}from"./chunk-XY55WVUQ.js";import{a as A,c as $}from"./chunk-QCBOEHI4.js";import{a as w,b as N,e as S}from"./chunk-PSLW73KU.js";import{a,b as R}from"./chunk-U2ZSUMDP.js";var G=R("node:url");var U=G.pathToFileURL;var B=R("node:util");var _=B.parseArgs;var J=0,W=1,u=2,q="0.1.0",V=`readiness-gate: a deployment checklist as a gate

Usage:
  readiness-gate check    [--checklist P]... [--format text|markdown|json] [--out FILE]
  readiness-gate plan     [--checklist P]... [--format text|json]
  readiness-gate validate  P...              [--format text|json]
  readiness-gate inspect   REPORT            [--format text|json]
  readiness-gate init     --from CHECKLIST.md

Options (check and plan):
  -c, --checklist P          checklist path or glob (repeatable; default: the first of
                             .github/readiness.yml, .github/readiness.yaml, readiness.yml,
                             DEPLOYMENT_CHECKLIST.md, docs/DEPLOYMENT_CHECKLIST.md)
  -C, --working-directory D  repository root; every path is relative to it (default: .)
      --min-score N          ready needs a score of at least N (0-100)
      --no-infer             do not recognize checks in Markdown items
      --coverage-report P    where recognized coverage items read
      --concurrency N        checks at once (default: CPU count)
      --timeout-minutes N    the whole gate's time budget (default 30)
      --confirm T            treat a manual item with this id or title as confirmed (repeatable)
      --confirm-from W       any, pr-body or review: overrides the checklist's policy
      --base REF             compare waivers and accountability settings with the merge base of REF and HEAD
      --no-color             plain text even on a terminal

Exit: 0 ready (or valid), 1 not ready, 2 bad input.
`,K={checklist:{type:"string",short:"c",multiple:!0},format:{type:"string",short:"f"},out:{type:"string",short:"o"},"working-directory":{type:"string",short:"C"},"min-score":{type:"string"},infer:{type:"boolean",default:!0},"coverage-report":{type:"string"},concurrency:{type:"string"},"timeout-minutes":{type:"string"},confirm:{type:"string",multiple:!0},base:{type:"string"},"confirm-from":{type:"string"},color:{type:"boolean"},from:{type:"string"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}},m=class extends Error{static{a(this,"UsageError")}name="UsageError"};function P(e,t,r,s){if(e===void 0)return;let o=Number(e);if(e.trim()===""||!Number.isFinite(o)||o<r||o>s)throw new m(`--${t} must be a number from ${r} to ${s}, found "${e}"`);return o}a(P,"number");function E(e,t){let r=e??t[0];if(!t.includes(r))throw new m(`--format must be one of ${t.join(", ")}, found "${e}"`);return r}a(E,"format");async function X(e,t,r){let s;try{s=_({args:[...e],options:K,allowPositionals:!0,allowNegative:!0,strict:!0})}catch(c){return t.stderr(`readiness-gate: ${c.message}

${V}`),u}let{values:o,positionals:l}=s;if(o.version)return t.stdout(`${q}
`),0;let[i,...p]=l;if(o.help||i===void 0||i==="help")return(i===void 0&&!o.help?t.stderr:t.stdout)(V),i===void 0&&!o.help?u:0;let n=w.resolve(t.cwd,o["working-directory"]??"."),d=a(()=>o.color??(t.isTty&&!t.env.NO_COLOR&&t.env.TERM!=="dumb"),"color");try{switch(i){case"check":return await z(o,p,n,d,t,r);case"plan":return await Q(o,p,n,d,t);case"validate":return await Z(o,p,n,t);case"inspect":return await ee(o,p,n,t);case"init":return await te(o,n,t);default:throw new m(`unknown command "${i}"; expected check, plan, validate, inspect or init`)}}catch(c){if(c instanceof m||c instanceof N)return t.stderr(`readiness-gate: ${c.message}
`),u;throw c}}a(X,"main");function k(e,t){return[...e.checklist??[],...t]}a(k,"checklistsOf");async function z(e,t,r,s,o,l){let i=E(e.format,["text","markdown","json"]),p=i==="text"&&!e.out&&s(),n=i==="json"?import("./json-YEA3VB5Y.js").then(f=>h=>f.renderJson(h)):i==="markdown"?import("./markdown-5SYHCSA2.js").then(f=>h=>f.renderMarkdown(h)):import("./text-QY5W335C.js").then(f=>h=>f.renderText(h,{color:p}));n.catch(()=>{});let[{runGate:d},{formatProblem:c}]=await Promise.all([import("./gate-VJ6DOG25.js"),import("./load-MT4P2TYU.js")]),y=P(e["min-score"],"min-score",0,100),b=P(e.concurrency,"concurrency",1,256),I=P(e["timeout-minutes"],"timeout-minutes",.01,1440),{ClockError:F,clockFromEnvironment:H}=await import("./clock-XHJPNSXL.js"),v;try{v=H(o.env,Date.now())}catch(f){throw f instanceof F?new m(f.message):f}let x=e["confirm-from"];if(x!==void 0&&!["any","pr-body","review"].includes(x))throw new m(`--confirm-from must be one of any, pr-body, review, found "${x}"`);let T;if(e.base){let{mergeBaseOf:f}=await import("./merge-base-SLG3PAOY.js");try{T=await f(r,e.base,"HEAD")}catch(h){throw new m(`--base ${e.base}: ${h.message}`)}}let g=await d({clock:v,...T?{baseCommit:T}:{},...x?{confirmFrom:x}:{},workdir:r,checklists:k(e,t),infer:e.infer??!0,env:o.env,...y!==void 0?{minScore:y}:{},...b!==void 0?{concurrency:Math.floor(b)}:{},...I!==void 0?{budgetMs:I*6e4}:{},...e["coverage-report"]?{coverageReport:e["coverage-report"]}:{},...e.confirm?{confirmations:e.confirm}:{},...l?{signal:l}:{}});if(!g.verdict)return o.stderr(`${g.problems.map(c).join(`
`)}
${g.problems.length} problem${g.problems.length===1?"":"s"}: the gate did not decide.
`),u;let Y=(await n)(g.verdict),C=g.masker.mask(Y);return e.out?await $(S(r,e.out,"--out"),C):o.stdout(C),g.verdict.ready?J:W}a(z,"check");async function Q(e,t,r,s,o){let l=E(e.format,["text","json"]),[{formatProblem:i,loadChecklists:p},{toPlanJson:n},{renderPlanText:d}]=await Promise.all([import("./load-MT4P2TYU.js"),import("./json-YEA3VB5Y.js"),import("./text-QY5W335C.js")]),c=await p({workdir:r,patterns:k(e,t),infer:e.infer??!0,...e["coverage-report"]?{coverageReport:e["coverage-report"]}:{}});return c.problems.length>0?(o.stderr(`${c.problems.map(i).join(`
`)}
`),u):(o.stdout(l==="json"?`${JSON.stringify(n(c.checklists),null,2)}
`:d(c.checklists,{color:s()})),0)}a(Q,"plan");async function Z(e,t,r,s){let o=E(e.format,["text","json"]),l=k(e,t),{formatProblem:i,loadChecklists:p}=await import("./load-MT4P2TYU.js"),n=await p({workdir:r,patterns:l,infer:e.infer??!0});return o==="json"?s.stdout(`${JSON.stringify({valid:n.problems.length===0,checklists:n.checklists.map(d=>d.path),problems:n.problems},null,2)}
`):n.problems.length>0?s.stderr(`${n.problems.map(i).join(`
`)}
${n.problems.length} problem${n.problems.length===1?"":"s"}
`):s.stdout(n.checklists.map(d=>`${d.path}: valid
`).join("")),n.problems.length===0?0:u}a(Z,"validate");async function ee(e,t,r,s){let o=E(e.format,["text","json"]);if(t.length!==1)throw new m("inspect takes one report path");let{inspectReport:l,renderInspectText:i}=await import("./inspect-V7625IWS.js"),p=w.resolve(s.cwd,t[0]),n=await l(p,r);return"error"in n?(s.stderr(`${n.error}
`),u):(s.stdout(o==="json"?`${JSON.stringify(n,null,2)}
`:i(n)),0)}a(ee,"inspect");async function te(e,t,r){if(!e.from)throw new m("init needs --from CHECKLIST.md");let s=S(t,e.from,"--from"),o;try{o=await A(s,"utf8")}catch{throw new m(`cannot read ${e.from}`)}let l=w.relative(t,s).split(w.sep).join("/"),[{loadMarkdownChecklist:i},{renderInitYaml:p},{loadYamlChecklist:n},{formatProblem:d}]=await Promise.all([import("./markdown-CMLXLN5G.js"),import("./init-F5OY2ZN4.js"),import("./yaml-2Y7NE4L4.js"),import("./load-MT4P2TYU.js")]),c=i(o,l,{infer:e.infer??!0,findReports:a(()=>[],"findReports")});if(c.problems.length>0)return r.stderr(`${c.problems.map(d).join(`
`)}
`),u;let y=p(c.checklist),b=n(y,`${l} (as YAML)`);return b.problems.length>0?(r.stderr(`internal error: the generated YAML is invalid:
${b.problems.map(d).join(`
`)}
`),u):(r.stdout(y),0)}a(te,"init");var D=!1;function re(e){if(!D){let t=Buffer.from(e),r=0;try{for(;r<t.length;)r+=j(1,t,r);return}catch{D=!0,process.stdout.write(t.subarray(r));return}}process.stdout.write(e)}a(re,"writeStdout");async function oe(){let e=new AbortController,t=a(r=>{e.abort(),L(),process.stderr.write(`readiness-gate: stopped by ${r}
`),process.exit(r==="SIGINT"?130:143)},"stop");process.once("SIGTERM",t),process.once("SIGINT",t);try{process.exitCode=await X(process.argv.slice(2),{stdout:re,stderr:a(r=>process.stderr.write(r),"stderr"),get isTty(){try{if(!O(1).isCharacterDevice())return!1}catch{}return!!process.stdout.isTTY},env:process.env,cwd:process.cwd()},e.signal)}catch(r){process.stderr.write(`readiness-gate: internal error: ${r.stack??String(r)}
`),process.exitCode=u}}a(oe,"run");function ne(){let e=process.argv[1];if(!e)return!1;try{return import.meta.url===U(M(e)).href}catch{return!1}}a(ne,"isEntryPoint");ne()&&oe();export{u as EXIT_BAD_INPUT,W as EXIT_NOT_READY,J as EXIT_READY,m as UsageError,X as main,oe as run};
