#!/usr/bin/env node
import __rgModule from 'node:module'; try { __rgModule.enableCompileCache?.(); } catch {}
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a as v,d as P}from"./chunks/chunk-36EXPLUM.js";import{c as E}from"./chunks/chunk-THG3U5JY.js";import{a as c}from"./chunks/chunk-U2ZSUMDP.js";import{realpathSync as S}from"node:fs";import{readFile as j,writeFile as O}from"node:fs/promises";import{pathToFileURL as R}from"node:url";import w from"node:path";import{parseArgs as A}from"node:util";var V=0,M=1,p=2,L="0.1.0",C=`readiness-gate: a deployment checklist as a gate

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
`,Y={checklist:{type:"string",short:"c",multiple:!0},format:{type:"string",short:"f"},out:{type:"string",short:"o"},"working-directory":{type:"string",short:"C"},"min-score":{type:"string"},infer:{type:"boolean",default:!0},"coverage-report":{type:"string"},concurrency:{type:"string"},"timeout-minutes":{type:"string"},confirm:{type:"string",multiple:!0},color:{type:"boolean"},from:{type:"string"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}},u=class extends Error{static{c(this,"UsageError")}name="UsageError"};function T(e,t,r,s){if(e===void 0)return;let n=Number(e);if(e.trim()===""||!Number.isFinite(n)||n<r||n>s)throw new u(`--${t} must be a number from ${r} to ${s}, found "${e}"`);return n}c(T,"number");function k(e,t){let r=e??t[0];if(!t.includes(r))throw new u(`--format must be one of ${t.join(", ")}, found "${e}"`);return r}c(k,"format");async function _(e,t,r){let s;try{s=A({args:[...e],options:Y,allowPositionals:!0,allowNegative:!0,strict:!0})}catch(a){return t.stderr(`readiness-gate: ${a.message}

${C}`),p}let{values:n,positionals:l}=s;if(n.version)return t.stdout(`${L}
`),0;let[i,...d]=l;if(n.help||i===void 0||i==="help")return(i===void 0&&!n.help?t.stderr:t.stdout)(C),i===void 0&&!n.help?p:0;let o=w.resolve(t.cwd,n["working-directory"]??"."),m=n.color??(t.isTty&&!t.env.NO_COLOR&&t.env.TERM!=="dumb");try{switch(i){case"check":return await D(n,d,o,m,t,r);case"plan":return await J(n,d,o,m,t);case"validate":return await F(n,d,o,t);case"inspect":return await G(n,d,o,t);case"init":return await U(n,o,t);default:throw new u(`unknown command "${i}"; expected check, plan, validate, inspect or init`)}}catch(a){if(a instanceof u||a instanceof v)return t.stderr(`readiness-gate: ${a.message}
`),p;throw a}}c(_,"main");function x(e,t){return[...e.checklist??[],...t]}c(x,"checklistsOf");async function D(e,t,r,s,n,l){let i=k(e.format,["text","markdown","json"]),d=s&&!e.out,o=i==="json"?import("./chunks/json-6KVEEA4J.js").then(y=>b=>y.renderJson(b)):i==="markdown"?import("./chunks/markdown-KMHSFF5D.js").then(y=>b=>y.renderMarkdown(b)):import("./chunks/text-GKBWTDMC.js").then(y=>b=>y.renderText(b,{color:d}));o.catch(()=>{});let[{runGate:m},{formatProblem:a}]=await Promise.all([import("./chunks/gate-CSFKJBLW.js"),import("./chunks/load-BXM7AAPU.js")]),g=T(e["min-score"],"min-score",0,100),h=T(e.concurrency,"concurrency",1,256),$=T(e["timeout-minutes"],"timeout-minutes",.01,1440),f=await m({workdir:r,checklists:x(e,t),infer:e.infer??!0,env:n.env,...g!==void 0?{minScore:g}:{},...h!==void 0?{concurrency:Math.floor(h)}:{},...$!==void 0?{budgetMs:$*6e4}:{},...e["coverage-report"]?{coverageReport:e["coverage-report"]}:{},...e.confirm?{confirmations:e.confirm}:{},...l?{signal:l}:{}});if(!f.verdict)return n.stderr(`${f.problems.map(a).join(`
`)}
${f.problems.length} problem${f.problems.length===1?"":"s"}: the gate did not decide.
`),p;let N=(await o)(f.verdict),I=f.masker.mask(N);return e.out?await O(P(r,e.out,"--out"),I):n.stdout(I),f.verdict.ready?V:M}c(D,"check");async function J(e,t,r,s,n){let l=k(e.format,["text","json"]),[{formatProblem:i,loadChecklists:d},{toPlanJson:o},{renderPlanText:m}]=await Promise.all([import("./chunks/load-BXM7AAPU.js"),import("./chunks/json-6KVEEA4J.js"),import("./chunks/text-GKBWTDMC.js")]),a=await d({workdir:r,patterns:x(e,t),infer:e.infer??!0,...e["coverage-report"]?{coverageReport:e["coverage-report"]}:{}});return a.problems.length>0?(n.stderr(`${a.problems.map(i).join(`
`)}
`),p):(n.stdout(l==="json"?`${JSON.stringify(o(a.checklists),null,2)}
`:m(a.checklists,{color:s})),0)}c(J,"plan");async function F(e,t,r,s){let n=k(e.format,["text","json"]),l=x(e,t),{formatProblem:i,loadChecklists:d}=await import("./chunks/load-BXM7AAPU.js"),o=await d({workdir:r,patterns:l,infer:e.infer??!0});return n==="json"?s.stdout(`${JSON.stringify({valid:o.problems.length===0,checklists:o.checklists.map(m=>m.path),problems:o.problems},null,2)}
`):o.problems.length>0?s.stderr(`${o.problems.map(i).join(`
`)}
${o.problems.length} problem${o.problems.length===1?"":"s"}
`):s.stdout(o.checklists.map(m=>`${m.path}: valid
`).join("")),o.problems.length===0?0:p}c(F,"validate");async function G(e,t,r,s){let n=k(e.format,["text","json"]);if(t.length!==1)throw new u("inspect takes one report path");let{inspectReport:l,renderInspectText:i}=await import("./chunks/inspect-W3DONDSE.js"),d=w.resolve(s.cwd,t[0]),o=await l(d,r);return"error"in o?(s.stderr(`${o.error}
`),p):(s.stdout(n==="json"?`${JSON.stringify(o,null,2)}
`:i(o)),0)}c(G,"inspect");async function U(e,t,r){if(!e.from)throw new u("init needs --from CHECKLIST.md");let s=P(t,e.from,"--from"),n;try{n=await j(s,"utf8")}catch{throw new u(`cannot read ${e.from}`)}let l=w.relative(t,s).split(w.sep).join("/"),[{loadMarkdownChecklist:i},{renderInitYaml:d},{loadYamlChecklist:o},{formatProblem:m}]=await Promise.all([import("./chunks/markdown-FCRWZV6J.js"),import("./chunks/init-K3QRL5KZ.js"),import("./chunks/yaml-PRYIBPAM.js"),import("./chunks/load-BXM7AAPU.js")]),a=i(n,l,{infer:e.infer??!0,findReports:c(()=>[],"findReports")});if(a.problems.length>0)return r.stderr(`${a.problems.map(m).join(`
`)}
`),p;let g=d(a.checklist),h=o(g,`${l} (as YAML)`);return h.problems.length>0?(r.stderr(`internal error: the generated YAML is invalid:
${h.problems.map(m).join(`
`)}
`),p):(r.stdout(g),0)}c(U,"init");async function H(){let e=new AbortController,t=c(r=>{e.abort(),E(),process.stderr.write(`readiness-gate: stopped by ${r}
`),process.exit(r==="SIGINT"?130:143)},"stop");process.once("SIGTERM",t),process.once("SIGINT",t);try{process.exitCode=await _(process.argv.slice(2),{stdout:c(r=>process.stdout.write(r),"stdout"),stderr:c(r=>process.stderr.write(r),"stderr"),isTty:!!process.stdout.isTTY,env:process.env,cwd:process.cwd()},e.signal)}catch(r){process.stderr.write(`readiness-gate: internal error: ${r.stack??String(r)}
`),process.exitCode=p}}c(H,"run");function K(){let e=process.argv[1];if(!e)return!1;try{return import.meta.url===R(S(e)).href}catch{return!1}}c(K,"isEntryPoint");K()&&H();export{p as EXIT_BAD_INPUT,M as EXIT_NOT_READY,V as EXIT_READY,u as UsageError,_ as main,H as run};
