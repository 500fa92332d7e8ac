import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{c as v}from"./chunk-THG3U5JY.js";import{c as M,d as j,f as O}from"./chunk-XY55WVUQ.js";import{a as A,c as $}from"./chunk-QCBOEHI4.js";import{a as N,d as E}from"./chunk-6THH22E6.js";import{a as P}from"./chunk-4XKQZPP6.js";import{a,b as R}from"./chunk-U2ZSUMDP.js";var H=R("node:url");var L=H.pathToFileURL;var J=R("node:util");var U=J.parseArgs;var D=0,Y=1,u=2,F="0.1.0",V=`readiness-gate: a deployment checklist as a gate

Usage:
  readiness-gate check    [--checklist P]... [--format text|markdown|json] [--out FILE]
  readiness-gate plan     [--checklist P]... [--format text|json]
  readiness-gate validate  P...              [--format text|json]
  readiness-gate inspect   REPORT            [--format text|json]
  readiness-gate init     --from CHECKLIST.md
  readiness-gate merge     REPORT...  --expect-shards N|NAMES [--format text|markdown|json] [--out FILE]

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

Matrix shards:
      --shard NAME           (check) a shard of a matrix: writes a JSON shard report with each
                             coverage file's lines, and exits 0 whatever the verdict (the merge decides)
      --commit SHA           the commit the shard or merge is about (default: git HEAD of -C)
      --expect-shards N|A,B  (merge) how many shards, or their names; a missing one blocks

Exit: 0 ready (or valid), 1 not ready, 2 bad input.
`,B={checklist:{type:"string",short:"c",multiple:!0},format:{type:"string",short:"f"},out:{type:"string",short:"o"},"working-directory":{type:"string",short:"C"},"min-score":{type:"string"},infer:{type:"boolean",default:!0},"coverage-report":{type:"string"},concurrency:{type:"string"},"timeout-minutes":{type:"string"},confirm:{type:"string",multiple:!0},color:{type:"boolean"},from:{type:"string"},shard:{type:"string"},commit:{type:"string"},"expect-shards":{type:"string"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}},f=class extends Error{static{a(this,"UsageError")}name="UsageError"};function y(e,t,r,s){if(e===void 0)return;let o=Number(e);if(e.trim()===""||!Number.isFinite(o)||o<r||o>s)throw new f(`--${t} must be a number from ${r} to ${s}, found "${e}"`);return o}a(y,"number");function k(e,t){let r=e??t[0];if(!t.includes(r))throw new f(`--format must be one of ${t.join(", ")}, found "${e}"`);return r}a(k,"format");async function G(e,t,r){let s;try{s=U({args:[...e],options:B,allowPositionals:!0,allowNegative:!0,strict:!0})}catch(m){return t.stderr(`readiness-gate: ${m.message}

${V}`),u}let{values:o,positionals:d}=s;if(o.version)return t.stdout(`${F}
`),0;let[i,...c]=d;if(o.help||i===void 0||i==="help")return(i===void 0&&!o.help?t.stderr:t.stdout)(V),i===void 0&&!o.help?u:0;let n=P.resolve(t.cwd,o["working-directory"]??"."),p=a(()=>o.color??(t.isTty&&!t.env.NO_COLOR&&t.env.TERM!=="dumb"),"color");try{switch(i){case"check":return await q(o,c,n,p,t,r);case"plan":return await X(o,c,n,p,t);case"validate":return await z(o,c,n,t);case"inspect":return await Q(o,c,n,t);case"init":return await Z(o,n,t);case"merge":return await W(o,c,n,p,t);default:throw new f(`unknown command "${i}"; expected check, plan, validate, inspect, init or merge`)}}catch(m){if(m instanceof f||m instanceof N)return t.stderr(`readiness-gate: ${m.message}
`),u;throw m}}a(G,"main");function I(e,t){return[...e.checklist??[],...t]}a(I,"checklistsOf");async function q(e,t,r,s,o,d){let i=e.shard;if(i!==void 0&&i.trim()==="")throw new f("--shard needs a name");let c=k(e.format??(i!==void 0?"json":void 0),["text","markdown","json"]);if(i!==void 0&&c!=="json")throw new f("--shard writes a JSON shard report: use --format json (the default with --shard)");if(i!==void 0)return K(e,t,r,o,i.trim(),d);let n=c==="text"&&!e.out&&s(),p=c==="json"?import("./json-FQDFA6NZ.js").then(T=>S=>T.renderJson(S)):c==="markdown"?import("./markdown-ZY2TL4Z4.js").then(T=>S=>T.renderMarkdown(S)):import("./text-3Z5RPDER.js").then(T=>S=>T.renderText(S,{color:n}));p.catch(()=>{});let[{runGate:m},{formatProblem:h}]=await Promise.all([import("./gate-F5SGLVMI.js"),import("./load-EBUUTONZ.js")]),g=y(e["min-score"],"min-score",0,100),x=y(e.concurrency,"concurrency",1,256),b=y(e["timeout-minutes"],"timeout-minutes",.01,1440),l=await m({workdir:r,checklists:I(e,t),infer:e.infer??!0,env:o.env,...g!==void 0?{minScore:g}:{},...x!==void 0?{concurrency:Math.floor(x)}:{},...b!==void 0?{budgetMs:b*6e4}:{},...e["coverage-report"]?{coverageReport:e["coverage-report"]}:{},...e.confirm?{confirmations:e.confirm}:{},...d?{signal:d}:{}});if(!l.verdict)return o.stderr(`${l.problems.map(h).join(`
`)}
${l.problems.length} problem${l.problems.length===1?"":"s"}: the gate did not decide.
`),u;let C=(await p)(l.verdict),w=l.masker.mask(C);return e.out?await $(E(r,e.out,"--out"),w):o.stdout(w),l.verdict.ready?D:Y}a(q,"check");async function K(e,t,r,s,o,d){let[{runGate:i},{formatProblem:c},{renderJson:n},{checklistDigests:p},{headCommit:m}]=await Promise.all([import("./gate-F5SGLVMI.js"),import("./load-EBUUTONZ.js"),import("./json-FQDFA6NZ.js"),import("./checklist-digest-BRTCSVB7.js"),import("./head-commit-QW3744LS.js")]),h=e.commit??await m(r);if(h===void 0||!/^[0-9a-f]{40,64}$/.test(h))throw new f(`a shard report needs its commit: ${h===void 0?`${r} is not a git checkout; pass --commit SHA`:`--commit must be a full hex hash, found "${h}"`}`);let g=y(e["min-score"],"min-score",0,100),x=y(e.concurrency,"concurrency",1,256),b=y(e["timeout-minutes"],"timeout-minutes",.01,1440),l=await i({workdir:r,checklists:I(e,t),infer:e.infer??!0,env:s.env,keepCoverageLines:!0,...g!==void 0?{minScore:g}:{},...x!==void 0?{concurrency:Math.floor(x)}:{},...b!==void 0?{budgetMs:b*6e4}:{},...e["coverage-report"]?{coverageReport:e["coverage-report"]}:{},...e.confirm?{confirmations:e.confirm}:{},...d?{signal:d}:{}});if(!l.verdict)return s.stderr(`${l.problems.map(c).join(`
`)}
${l.problems.length} problem${l.problems.length===1?"":"s"}: the gate did not decide.
`),u;let C=await p(r,l.checklists),w=l.masker.mask(n(l.verdict,void 0,{shard:o,commit:h,checklistSha256:C}));return e.out?await $(E(r,e.out,"--out"),w):s.stdout(w),D}a(K,"checkShard");async function W(e,t,r,s,o){let d=k(e.format,["text","markdown","json"]),i=y(e["min-score"],"min-score",0,100),{mergeCommand:c}=await import("./merge-MY5W2AKI.js");return c({reports:t,expectShards:e["expect-shards"],checklists:e.checklist??[],workdir:r,cwd:o.cwd,format:d,...e.out?{out:e.out}:{},...e.commit?{commit:e.commit}:{},...i!==void 0?{minScore:i}:{},infer:e.infer??!0,...e["coverage-report"]?{coverageReport:e["coverage-report"]}:{},...e.confirm?{confirmations:e.confirm}:{},color:s,env:o.env,stdout:o.stdout,stderr:o.stderr})}a(W,"merge");async function X(e,t,r,s,o){let d=k(e.format,["text","json"]),[{formatProblem:i,loadChecklists:c},{toPlanJson:n},{renderPlanText:p}]=await Promise.all([import("./load-EBUUTONZ.js"),import("./json-FQDFA6NZ.js"),import("./text-3Z5RPDER.js")]),m=await c({workdir:r,patterns:I(e,t),infer:e.infer??!0,...e["coverage-report"]?{coverageReport:e["coverage-report"]}:{}});return m.problems.length>0?(o.stderr(`${m.problems.map(i).join(`
`)}
`),u):(o.stdout(d==="json"?`${JSON.stringify(n(m.checklists),null,2)}
`:p(m.checklists,{color:s()})),0)}a(X,"plan");async function z(e,t,r,s){let o=k(e.format,["text","json"]),d=I(e,t),{formatProblem:i,loadChecklists:c}=await import("./load-EBUUTONZ.js"),n=await c({workdir:r,patterns:d,infer:e.infer??!0});return o==="json"?s.stdout(`${JSON.stringify({valid:n.problems.length===0,checklists:n.checklists.map(p=>p.path),problems:n.problems},null,2)}
`):n.problems.length>0?s.stderr(`${n.problems.map(i).join(`
`)}
${n.problems.length} problem${n.problems.length===1?"":"s"}
`):s.stdout(n.checklists.map(p=>`${p.path}: valid
`).join("")),n.problems.length===0?0:u}a(z,"validate");async function Q(e,t,r,s){let o=k(e.format,["text","json"]);if(t.length!==1)throw new f("inspect takes one report path");let{inspectReport:d,renderInspectText:i}=await import("./inspect-4Y6UV52D.js"),c=P.resolve(s.cwd,t[0]),n=await d(c,r);return"error"in n?(s.stderr(`${n.error}
`),u):(s.stdout(o==="json"?`${JSON.stringify(n,null,2)}
`:i(n)),0)}a(Q,"inspect");async function Z(e,t,r){if(!e.from)throw new f("init needs --from CHECKLIST.md");let s=E(t,e.from,"--from"),o;try{o=await A(s,"utf8")}catch{throw new f(`cannot read ${e.from}`)}let d=P.relative(t,s).split(P.sep).join("/"),[{loadMarkdownChecklist:i},{renderInitYaml:c},{loadYamlChecklist:n},{formatProblem:p}]=await Promise.all([import("./markdown-FULE5WTW.js"),import("./init-TE3AYN2Y.js"),import("./yaml-BXYEJN6T.js"),import("./load-EBUUTONZ.js")]),m=i(o,d,{infer:e.infer??!0,findReports:a(()=>[],"findReports")});if(m.problems.length>0)return r.stderr(`${m.problems.map(p).join(`
`)}
`),u;let h=c(m.checklist),g=n(h,`${d} (as YAML)`);return g.problems.length>0?(r.stderr(`internal error: the generated YAML is invalid:
${g.problems.map(p).join(`
`)}
`),u):(r.stdout(h),0)}a(Z,"init");var _=!1;function ee(e){if(!_){let t=Buffer.from(e),r=0;try{for(;r<t.length;)r+=O(1,t,r);return}catch{_=!0,process.stdout.write(t.subarray(r));return}}process.stdout.write(e)}a(ee,"writeStdout");async function te(){let e=new AbortController,t=a(r=>{e.abort(),v(),process.stderr.write(`readiness-gate: stopped by ${r}
`),process.exit(r==="SIGINT"?130:143)},"stop");process.once("SIGTERM",t),process.once("SIGINT",t);try{process.exitCode=await G(process.argv.slice(2),{stdout:ee,stderr:a(r=>process.stderr.write(r),"stderr"),get isTty(){try{if(!M(1).isCharacterDevice())return!1}catch{}return!!process.stdout.isTTY},env:process.env,cwd:process.cwd()},e.signal)}catch(r){process.stderr.write(`readiness-gate: internal error: ${r.stack??String(r)}
`),process.exitCode=u}}a(te,"run");function re(){let e=process.argv[1];if(!e)return!1;try{return import.meta.url===L(j(e)).href}catch{return!1}}a(re,"isEntryPoint");re()&&te();export{u as EXIT_BAD_INPUT,Y as EXIT_NOT_READY,D as EXIT_READY,f as UsageError,G as main,te as run};
