import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{c as j}from"./chunk-THG3U5JY.js";import{a as E,c as $}from"./chunk-QCBOEHI4.js";import{a as x,b as v,e as w}from"./chunk-PSLW73KU.js";import{c as N,e as O,g as A}from"./chunk-H7UUVUYE.js";import{a,b as C}from"./chunk-U2ZSUMDP.js";var D=C("node:url");var L=D.pathToFileURL;var F=C("node:util");var M=F.parseArgs;var B=0,H=1,u=2,Y="0.1.0",U=`readiness-gate: a deployment checklist as a gate

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
      --base REF             judge the change since the merge base of REF and HEAD
                             (patch coverage, scope: changed-lines)
      --base-report FILE     the base branch's JSON report (report@2): delta and ratchets
      --no-color             plain text even on a terminal

Exit: 0 ready (or valid), 1 not ready, 2 bad input.
`,J={checklist:{type:"string",short:"c",multiple:!0},format:{type:"string",short:"f"},out:{type:"string",short:"o"},"working-directory":{type:"string",short:"C"},"min-score":{type:"string"},infer:{type:"boolean",default:!0},"coverage-report":{type:"string"},concurrency:{type:"string"},"timeout-minutes":{type:"string"},confirm:{type:"string",multiple:!0},base:{type:"string"},"base-report":{type:"string"},color:{type:"boolean"},from:{type:"string"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}},m=class extends Error{static{a(this,"UsageError")}name="UsageError"};function S(e,t,r,i){if(e===void 0)return;let o=Number(e);if(e.trim()===""||!Number.isFinite(o)||o<r||o>i)throw new m(`--${t} must be a number from ${r} to ${i}, found "${e}"`);return o}a(S,"number");function T(e,t){let r=e??t[0];if(!t.includes(r))throw new m(`--format must be one of ${t.join(", ")}, found "${e}"`);return r}a(T,"format");async function q(e,t,r){let i;try{i=M({args:[...e],options:J,allowPositionals:!0,allowNegative:!0,strict:!0})}catch(c){return t.stderr(`readiness-gate: ${c.message}

${U}`),u}let{values:o,positionals:p}=i;if(o.version)return t.stdout(`${Y}
`),0;let[s,...d]=p;if(o.help||s===void 0||s==="help")return(s===void 0&&!o.help?t.stderr:t.stdout)(U),s===void 0&&!o.help?u:0;let n=x.resolve(t.cwd,o["working-directory"]??"."),l=a(()=>o.color??(t.isTty&&!t.env.NO_COLOR&&t.env.TERM!=="dumb"),"color");try{switch(s){case"check":return await G(o,d,n,l,t,r);case"plan":return await W(o,d,n,l,t);case"validate":return await X(o,d,n,t);case"inspect":return await z(o,d,n,t);case"init":return await Q(o,n,t);default:throw new m(`unknown command "${s}"; expected check, plan, validate, inspect or init`)}}catch(c){if(c instanceof m||c instanceof v)return t.stderr(`readiness-gate: ${c.message}
`),u;throw c}}a(q,"main");function P(e,t){return[...e.checklist??[],...t]}a(P,"checklistsOf");async function G(e,t,r,i,o,p){let s=T(e.format,["text","markdown","json"]),d=s==="text"&&!e.out&&i(),n=s==="json"?import("./json-4LK7ISMB.js").then(g=>b=>g.renderJson(b)):s==="markdown"?import("./markdown-7DS5NVEK.js").then(g=>b=>g.renderMarkdown(b)):import("./text-V3OSKBEW.js").then(g=>b=>g.renderText(b,{color:d}));n.catch(()=>{});let[{runGate:l},{formatProblem:c}]=await Promise.all([import("./gate-I3AIXHZ6.js"),import("./load-7OLO7WG6.js")]),h=S(e["min-score"],"min-score",0,100),y=S(e.concurrency,"concurrency",1,256),k=S(e["timeout-minutes"],"timeout-minutes",.01,1440),I=e["base-report"]===void 0?void 0:await K(r,e["base-report"]),f=await l({workdir:r,checklists:P(e,t),...e.base!==void 0?{changeRequest:{kind:"ref",baseRef:e.base}}:{noBaseReason:"the run has no base (pass --base REF, e.g. --base origin/main)"},...I?{baseReport:I}:{},infer:e.infer??!0,env:o.env,...h!==void 0?{minScore:h}:{},...y!==void 0?{concurrency:Math.floor(y)}:{},...k!==void 0?{budgetMs:k*6e4}:{},...e["coverage-report"]?{coverageReport:e["coverage-report"]}:{},...e.confirm?{confirmations:e.confirm}:{},...p?{signal:p}:{}});f.change?.range&&o.stderr(`changed lines: ${f.change.range.how}
`);for(let g of f.change?.notes??[])o.stderr(`note: ${g}
`);if(!f.verdict)return o.stderr(`${f.problems.map(c).join(`
`)}
${f.problems.length} problem${f.problems.length===1?"":"s"}: the gate did not decide.
`),u;let _=(await n)(f.verdict),R=f.masker.mask(_);return e.out?await $(w(r,e.out,"--out"),R):o.stdout(R),f.verdict.ready?B:H}a(G,"check");async function K(e,t){let{parseBaseReport:r,BaseReportError:i}=await import("./base-report-IZQQJWPJ.js"),o=w(e,t,"--base-report"),p;try{p=await E(o,"utf8")}catch(s){throw new m(`--base-report ${t}: ${s.code==="ENOENT"?"file not found":s.message}`)}try{return r(p,t)}catch(s){throw s instanceof i?new m(`--base-report ${s.message}`):s}}a(K,"readBaseReportFile");async function W(e,t,r,i,o){let p=T(e.format,["text","json"]),[{formatProblem:s,loadChecklists:d},{toPlanJson:n},{renderPlanText:l}]=await Promise.all([import("./load-7OLO7WG6.js"),import("./json-4LK7ISMB.js"),import("./text-V3OSKBEW.js")]),c=await d({workdir:r,patterns:P(e,t),infer:e.infer??!0,...e["coverage-report"]?{coverageReport:e["coverage-report"]}:{}});return c.problems.length>0?(o.stderr(`${c.problems.map(s).join(`
`)}
`),u):(o.stdout(p==="json"?`${JSON.stringify(n(c.checklists),null,2)}
`:l(c.checklists,{color:i()})),0)}a(W,"plan");async function X(e,t,r,i){let o=T(e.format,["text","json"]),p=P(e,t),{formatProblem:s,loadChecklists:d}=await import("./load-7OLO7WG6.js"),n=await d({workdir:r,patterns:p,infer:e.infer??!0});return o==="json"?i.stdout(`${JSON.stringify({valid:n.problems.length===0,checklists:n.checklists.map(l=>l.path),problems:n.problems},null,2)}
`):n.problems.length>0?i.stderr(`${n.problems.map(s).join(`
`)}
${n.problems.length} problem${n.problems.length===1?"":"s"}
`):i.stdout(n.checklists.map(l=>`${l.path}: valid
`).join("")),n.problems.length===0?0:u}a(X,"validate");async function z(e,t,r,i){let o=T(e.format,["text","json"]);if(t.length!==1)throw new m("inspect takes one report path");let{inspectReport:p,renderInspectText:s}=await import("./inspect-IQZAM6VI.js"),d=x.resolve(i.cwd,t[0]),n=await p(d,r);return"error"in n?(i.stderr(`${n.error}
`),u):(i.stdout(o==="json"?`${JSON.stringify(n,null,2)}
`:s(n)),0)}a(z,"inspect");async function Q(e,t,r){if(!e.from)throw new m("init needs --from CHECKLIST.md");let i=w(t,e.from,"--from"),o;try{o=await E(i,"utf8")}catch{throw new m(`cannot read ${e.from}`)}let p=x.relative(t,i).split(x.sep).join("/"),[{loadMarkdownChecklist:s},{renderInitYaml:d},{loadYamlChecklist:n},{formatProblem:l}]=await Promise.all([import("./markdown-S37F6HPT.js"),import("./init-OTYEE7WT.js"),import("./yaml-INNW7JUE.js"),import("./load-7OLO7WG6.js")]),c=s(o,p,{infer:e.infer??!0,findReports:a(()=>[],"findReports")});if(c.problems.length>0)return r.stderr(`${c.problems.map(l).join(`
`)}
`),u;let h=d(c.checklist),y=n(h,`${p} (as YAML)`);return y.problems.length>0?(r.stderr(`internal error: the generated YAML is invalid:
${y.problems.map(l).join(`
`)}
`),u):(r.stdout(h),0)}a(Q,"init");var V=!1;function Z(e){if(!V){let t=Buffer.from(e),r=0;try{for(;r<t.length;)r+=A(1,t,r);return}catch{V=!0,process.stdout.write(t.subarray(r));return}}process.stdout.write(e)}a(Z,"writeStdout");async function ee(){let e=new AbortController,t=a(r=>{e.abort(),j(),process.stderr.write(`readiness-gate: stopped by ${r}
`),process.exit(r==="SIGINT"?130:143)},"stop");process.once("SIGTERM",t),process.once("SIGINT",t);try{process.exitCode=await q(process.argv.slice(2),{stdout:Z,stderr:a(r=>process.stderr.write(r),"stderr"),get isTty(){try{if(!N(1).isCharacterDevice())return!1}catch{}return!!process.stdout.isTTY},env:process.env,cwd:process.cwd()},e.signal)}catch(r){process.stderr.write(`readiness-gate: internal error: ${r.stack??String(r)}
`),process.exitCode=u}}a(ee,"run");function te(){let e=process.argv[1];if(!e)return!1;try{return import.meta.url===L(O(e)).href}catch{return!1}}a(te,"isEntryPoint");te()&&ee();export{u as EXIT_BAD_INPUT,H as EXIT_NOT_READY,B as EXIT_READY,m as UsageError,q as main,ee as run};
