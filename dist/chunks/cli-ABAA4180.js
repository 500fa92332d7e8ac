import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a as C,c as v}from"./chunk-QCBOEHI4.js";import{a as b,b as R,e as T}from"./chunk-PSLW73KU.js";import{c as O}from"./chunk-THG3U5JY.js";import{c as $,d as A,f as N}from"./chunk-XY55WVUQ.js";import{a,b as I}from"./chunk-U2ZSUMDP.js";var _=I("node:url");var M=_.pathToFileURL;var D=I("node:util");var j=D.parseArgs;var Y=0,H=1,m=2,F="0.1.0",L=`readiness-gate: a deployment checklist as a gate

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
      --no-color             plain text even on a terminal

Exit: 0 ready (or valid), 1 not ready, 2 bad input.
`,J={checklist:{type:"string",short:"c",multiple:!0},format:{type:"string",short:"f"},out:{type:"string",short:"o"},"working-directory":{type:"string",short:"C"},"min-score":{type:"string"},infer:{type:"boolean",default:!0},"coverage-report":{type:"string"},concurrency:{type:"string"},"timeout-minutes":{type:"string"},confirm:{type:"string",multiple:!0},color:{type:"boolean"},from:{type:"string"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}},f=class extends Error{static{a(this,"UsageError")}name="UsageError"};function P(t,e,r,s){if(t===void 0)return;let o=Number(t);if(t.trim()===""||!Number.isFinite(o)||o<r||o>s)throw new f(`--${e} must be a number from ${r} to ${s}, found "${t}"`);return o}a(P,"number");function w(t,e){let r=t??e[0];if(!e.includes(r))throw new f(`--format must be one of ${e.join(", ")}, found "${t}"`);return r}a(w,"format");async function B(t,e,r){let s;try{s=j({args:[...t],options:J,allowPositionals:!0,allowNegative:!0,strict:!0})}catch(c){return e.stderr(`readiness-gate: ${c.message}

${L}`),m}let{values:o,positionals:l}=s;if(o.version)return e.stdout(`${F}
`),0;let[i,...p]=l;if(o.help||i===void 0||i==="help")return(i===void 0&&!o.help?e.stderr:e.stdout)(L),i===void 0&&!o.help?m:0;let n=b.resolve(e.cwd,o["working-directory"]??"."),d=a(()=>o.color??(e.isTty&&!e.env.NO_COLOR&&e.env.TERM!=="dumb"),"color");try{switch(i){case"check":return await G(o,p,n,d,e,r);case"plan":return await q(o,p,n,d,e);case"validate":return await K(o,p,n,e);case"inspect":return await W(o,p,n,e);case"init":return await X(o,n,e);default:throw new f(`unknown command "${i}"; expected check, plan, validate, inspect or init`)}}catch(c){if(c instanceof f||c instanceof R)return e.stderr(`readiness-gate: ${c.message}
`),m;throw c}}a(B,"main");function S(t,e){return[...t.checklist??[],...e]}a(S,"checklistsOf");async function G(t,e,r,s,o,l){let i=w(t.format,["text","markdown","json"]),p=i==="text"&&!t.out&&s(),n=i==="json"?import("./json-X2SS2BMF.js").then(y=>x=>y.renderJson(x)):i==="markdown"?import("./markdown-I4Y76S5H.js").then(y=>x=>y.renderMarkdown(x)):import("./text-IPWONNIO.js").then(y=>x=>y.renderText(x,{color:p}));n.catch(()=>{});let[{runGate:d},{formatProblem:c}]=await Promise.all([import("./gate-HBY3JKO7.js"),import("./load-2YCHMUFJ.js")]),g=P(t["min-score"],"min-score",0,100),h=P(t.concurrency,"concurrency",1,256),E=P(t["timeout-minutes"],"timeout-minutes",.01,1440),u=await d({workdir:r,checklists:S(t,e),infer:t.infer??!0,env:o.env,...g!==void 0?{minScore:g}:{},...h!==void 0?{concurrency:Math.floor(h)}:{},...E!==void 0?{budgetMs:E*6e4}:{},...t["coverage-report"]?{coverageReport:t["coverage-report"]}:{},...t.confirm?{confirmations:t.confirm}:{},...l?{signal:l}:{}});if(!u.verdict)return o.stderr(`${u.problems.map(c).join(`
`)}
${u.problems.length} problem${u.problems.length===1?"":"s"}: the gate did not decide.
`),m;let V=(await n)(u.verdict),k=u.masker.mask(V);return t.out?await v(T(r,t.out,"--out"),k):o.stdout(k),u.verdict.ready?Y:H}a(G,"check");async function q(t,e,r,s,o){let l=w(t.format,["text","json"]),[{formatProblem:i,loadChecklists:p},{toPlanJson:n},{renderPlanText:d}]=await Promise.all([import("./load-2YCHMUFJ.js"),import("./json-X2SS2BMF.js"),import("./text-IPWONNIO.js")]),c=await p({workdir:r,patterns:S(t,e),infer:t.infer??!0,...t["coverage-report"]?{coverageReport:t["coverage-report"]}:{}});return c.problems.length>0?(o.stderr(`${c.problems.map(i).join(`
`)}
`),m):(o.stdout(l==="json"?`${JSON.stringify(n(c.checklists),null,2)}
`:d(c.checklists,{color:s()})),0)}a(q,"plan");async function K(t,e,r,s){let o=w(t.format,["text","json"]),l=S(t,e),{formatProblem:i,loadChecklists:p}=await import("./load-2YCHMUFJ.js"),n=await p({workdir:r,patterns:l,infer:t.infer??!0});return o==="json"?s.stdout(`${JSON.stringify({valid:n.problems.length===0,checklists:n.checklists.map(d=>d.path),problems:n.problems},null,2)}
`):n.problems.length>0?s.stderr(`${n.problems.map(i).join(`
`)}
${n.problems.length} problem${n.problems.length===1?"":"s"}
`):s.stdout(n.checklists.map(d=>`${d.path}: valid
`).join("")),n.problems.length===0?0:m}a(K,"validate");async function W(t,e,r,s){let o=w(t.format,["text","json"]);if(e.length!==1)throw new f("inspect takes one report path");let{inspectReport:l,renderInspectText:i}=await import("./inspect-GXMYD2T5.js"),p=b.resolve(s.cwd,e[0]),n=await l(p,r);return"error"in n?(s.stderr(`${n.error}
`),m):(s.stdout(o==="json"?`${JSON.stringify(n,null,2)}
`:i(n)),0)}a(W,"inspect");async function X(t,e,r){if(!t.from)throw new f("init needs --from CHECKLIST.md");let s=T(e,t.from,"--from"),o;try{o=await C(s,"utf8")}catch{throw new f(`cannot read ${t.from}`)}let l=b.relative(e,s).split(b.sep).join("/"),[{loadMarkdownChecklist:i},{renderInitYaml:p},{loadYamlChecklist:n},{formatProblem:d}]=await Promise.all([import("./markdown-H5ZI3ZBL.js"),import("./init-SGKBFASH.js"),import("./yaml-ZQSRYTKQ.js"),import("./load-2YCHMUFJ.js")]),c=i(o,l,{infer:t.infer??!0,findReports:a(()=>[],"findReports")});if(c.problems.length>0)return r.stderr(`${c.problems.map(d).join(`
`)}
`),m;let g=p(c.checklist),h=n(g,`${l} (as YAML)`);return h.problems.length>0?(r.stderr(`internal error: the generated YAML is invalid:
${h.problems.map(d).join(`
`)}
`),m):(r.stdout(g),0)}a(X,"init");var U=!1;function z(t){if(!U){let e=Buffer.from(t),r=0;try{for(;r<e.length;)r+=N(1,e,r);return}catch{U=!0,process.stdout.write(e.subarray(r));return}}process.stdout.write(t)}a(z,"writeStdout");async function Q(){let t=new AbortController,e=a(r=>{t.abort(),O(),process.stderr.write(`readiness-gate: stopped by ${r}
`),process.exit(r==="SIGINT"?130:143)},"stop");process.once("SIGTERM",e),process.once("SIGINT",e);try{process.exitCode=await B(process.argv.slice(2),{stdout:z,stderr:a(r=>process.stderr.write(r),"stderr"),get isTty(){try{if(!$(1).isCharacterDevice())return!1}catch{}return!!process.stdout.isTTY},env:process.env,cwd:process.cwd()},t.signal)}catch(r){process.stderr.write(`readiness-gate: internal error: ${r.stack??String(r)}
`),process.exitCode=m}}a(Q,"run");function Z(){let t=process.argv[1];if(!t)return!1;try{return import.meta.url===M(A(t)).href}catch{return!1}}a(Z,"isEntryPoint");Z()&&Q();export{m as EXIT_BAD_INPUT,H as EXIT_NOT_READY,Y as EXIT_READY,f as UsageError,B as main,Q as run};
