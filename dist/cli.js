#!/usr/bin/env node
import __rgModule from 'node:module'; try { __rgModule.enableCompileCache?.(); } catch {}
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{b as v}from"./chunks/chunk-A4VRF3N4.js";import{a as I,d as w}from"./chunks/chunk-36EXPLUM.js";import{a}from"./chunks/chunk-U2ZSUMDP.js";import{realpathSync as C}from"node:fs";import{readFile as S,writeFile as j}from"node:fs/promises";import{pathToFileURL as O}from"node:url";import y from"node:path";import{parseArgs as R}from"node:util";var A=0,M=1,p=2,L="0.1.0",E=`readiness-gate: a deployment checklist as a gate

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
`,Y={checklist:{type:"string",short:"c",multiple:!0},format:{type:"string",short:"f"},out:{type:"string",short:"o"},"working-directory":{type:"string",short:"C"},"min-score":{type:"string"},infer:{type:"boolean",default:!0},"coverage-report":{type:"string"},concurrency:{type:"string"},"timeout-minutes":{type:"string"},confirm:{type:"string",multiple:!0},color:{type:"boolean"},from:{type:"string"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}},f=class extends Error{static{a(this,"UsageError")}name="UsageError"};function k(e,t,r,s){if(e===void 0)return;let n=Number(e);if(e.trim()===""||!Number.isFinite(n)||n<r||n>s)throw new f(`--${t} must be a number from ${r} to ${s}, found "${e}"`);return n}a(k,"number");function b(e,t){let r=e??t[0];if(!t.includes(r))throw new f(`--format must be one of ${t.join(", ")}, found "${e}"`);return r}a(b,"format");async function _(e,t,r){let s;try{s=R({args:[...e],options:Y,allowPositionals:!0,allowNegative:!0,strict:!0})}catch(i){return t.stderr(`readiness-gate: ${i.message}

${E}`),p}let{values:n,positionals:l}=s;if(n.version)return t.stdout(`${L}
`),0;let[c,...d]=l;if(n.help||c===void 0||c==="help")return(c===void 0&&!n.help?t.stderr:t.stdout)(E),c===void 0&&!n.help?p:0;let o=y.resolve(t.cwd,n["working-directory"]??"."),m=n.color??(t.isTty&&!t.env.NO_COLOR&&t.env.TERM!=="dumb");try{switch(c){case"check":return await V(n,d,o,m,t,r);case"plan":return await D(n,d,o,m,t);case"validate":return await J(n,d,o,t);case"inspect":return await F(n,d,o,t);case"init":return await G(n,o,t);default:throw new f(`unknown command "${c}"; expected check, plan, validate, inspect or init`)}}catch(i){if(i instanceof f||i instanceof I)return t.stderr(`readiness-gate: ${i.message}
`),p;throw i}}a(_,"main");function P(e,t){return[...e.checklist??[],...t]}a(P,"checklistsOf");async function V(e,t,r,s,n,l){let[{runGate:c},{formatProblem:d},{renderJson:o},{renderMarkdown:m},{renderText:i}]=await Promise.all([import("./chunks/gate-B7ACNV77.js"),import("./chunks/load-U3QSAKH2.js"),import("./chunks/json-4YFK32SA.js"),import("./chunks/markdown-KMHSFF5D.js"),import("./chunks/text-5GZO7LUM.js")]),g=b(e.format,["text","markdown","json"]),h=k(e["min-score"],"min-score",0,100),T=k(e.concurrency,"concurrency",1,256),$=k(e["timeout-minutes"],"timeout-minutes",.01,1440),u=await c({workdir:r,checklists:P(e,t),infer:e.infer??!0,env:n.env,...h!==void 0?{minScore:h}:{},...T!==void 0?{concurrency:Math.floor(T)}:{},...$!==void 0?{budgetMs:$*6e4}:{},...e["coverage-report"]?{coverageReport:e["coverage-report"]}:{},...e.confirm?{confirmations:e.confirm}:{},...l?{signal:l}:{}});if(!u.verdict)return n.stderr(`${u.problems.map(d).join(`
`)}
${u.problems.length} problem${u.problems.length===1?"":"s"}: the gate did not decide.
`),p;let N=g==="json"?o(u.verdict):g==="markdown"?m(u.verdict):i(u.verdict,{color:s&&!e.out}),x=u.masker.mask(N);return e.out?await j(w(r,e.out,"--out"),x):n.stdout(x),u.verdict.ready?A:M}a(V,"check");async function D(e,t,r,s,n){let l=b(e.format,["text","json"]),[{formatProblem:c,loadChecklists:d},{toPlanJson:o},{renderPlanText:m}]=await Promise.all([import("./chunks/load-U3QSAKH2.js"),import("./chunks/json-4YFK32SA.js"),import("./chunks/text-5GZO7LUM.js")]),i=await d({workdir:r,patterns:P(e,t),infer:e.infer??!0,...e["coverage-report"]?{coverageReport:e["coverage-report"]}:{}});return i.problems.length>0?(n.stderr(`${i.problems.map(c).join(`
`)}
`),p):(n.stdout(l==="json"?`${JSON.stringify(o(i.checklists),null,2)}
`:m(i.checklists,{color:s})),0)}a(D,"plan");async function J(e,t,r,s){let n=b(e.format,["text","json"]),l=P(e,t),{formatProblem:c,loadChecklists:d}=await import("./chunks/load-U3QSAKH2.js"),o=await d({workdir:r,patterns:l,infer:e.infer??!0});return n==="json"?s.stdout(`${JSON.stringify({valid:o.problems.length===0,checklists:o.checklists.map(m=>m.path),problems:o.problems},null,2)}
`):o.problems.length>0?s.stderr(`${o.problems.map(c).join(`
`)}
${o.problems.length} problem${o.problems.length===1?"":"s"}
`):s.stdout(o.checklists.map(m=>`${m.path}: valid
`).join("")),o.problems.length===0?0:p}a(J,"validate");async function F(e,t,r,s){let n=b(e.format,["text","json"]);if(t.length!==1)throw new f("inspect takes one report path");let{inspectReport:l,renderInspectText:c}=await import("./chunks/inspect-XLOXH6NH.js"),d=y.resolve(s.cwd,t[0]),o=await l(d,r);return"error"in o?(s.stderr(`${o.error}
`),p):(s.stdout(n==="json"?`${JSON.stringify(o,null,2)}
`:c(o)),0)}a(F,"inspect");async function G(e,t,r){if(!e.from)throw new f("init needs --from CHECKLIST.md");let s=w(t,e.from,"--from"),n;try{n=await S(s,"utf8")}catch{throw new f(`cannot read ${e.from}`)}let l=y.relative(t,s).split(y.sep).join("/"),[{loadMarkdownChecklist:c},{renderInitYaml:d},{loadYamlChecklist:o},{formatProblem:m}]=await Promise.all([import("./chunks/markdown-4PVODSOC.js"),import("./chunks/init-QUAMXC2P.js"),import("./chunks/yaml-LNIXOQMB.js"),import("./chunks/load-U3QSAKH2.js")]),i=c(n,l,{infer:e.infer??!0,findReports:a(()=>[],"findReports")});if(i.problems.length>0)return r.stderr(`${i.problems.map(m).join(`
`)}
`),p;let g=d(i.checklist),h=o(g,`${l} (as YAML)`);return h.problems.length>0?(r.stderr(`internal error: the generated YAML is invalid:
${h.problems.map(m).join(`
`)}
`),p):(r.stdout(g),0)}a(G,"init");async function U(){let e=new AbortController,t=a(r=>{e.abort(),v(),process.stderr.write(`readiness-gate: stopped by ${r}
`),process.exit(r==="SIGINT"?130:143)},"stop");process.once("SIGTERM",t),process.once("SIGINT",t);try{process.exitCode=await _(process.argv.slice(2),{stdout:a(r=>process.stdout.write(r),"stdout"),stderr:a(r=>process.stderr.write(r),"stderr"),isTty:!!process.stdout.isTTY,env:process.env,cwd:process.cwd()},e.signal)}catch(r){process.stderr.write(`readiness-gate: internal error: ${r.stack??String(r)}
`),process.exitCode=p}}a(U,"run");function H(){let e=process.argv[1];if(!e)return!1;try{return import.meta.url===O(C(e)).href}catch{return!1}}a(H,"isEntryPoint");H()&&U();export{p as EXIT_BAD_INPUT,M as EXIT_NOT_READY,A as EXIT_READY,f as UsageError,_ as main,U as run};
