import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import{a as T,b,c as n,d as y,e as l}from"./chunk-NG4BUBRN.js";import{c as g}from"./chunk-THG3U5JY.js";import{c as d,e as m,g as u}from"./chunk-H7UUVUYE.js";import{a as h}from"./chunk-6THH22E6.js";import"./chunk-4XKQZPP6.js";import{a,b as E}from"./chunk-U2ZSUMDP.js";var C=E("node:url");var w=C.pathToFileURL;var p=`readiness-gate: a deployment checklist as a gate

Usage:
  readiness-gate check    [--checklist P]... [--format text|markdown|json] [--out FILE] [--verbose]
  readiness-gate plan     [--checklist P]... [--format text|json]
  readiness-gate validate  P...              [--format text|json]
  readiness-gate inspect   REPORT            [--format text|json]
  readiness-gate init     --from CHECKLIST.md

  readiness-gate --version | --help | COMMAND --help

The gate passes when no item blocks (and the score reaches --min-score); the run is ready
when the gate passes and the score's level is the top one.
Exit: 0 passes, 1 blocked (as --fail-on says), 2 bad input.
`,x=`  -c, --checklist P          checklist path or glob (repeatable; default: the first of
                             .github/readiness.yml, .github/readiness.yaml, readiness.yml,
                             DEPLOYMENT_CHECKLIST.md, docs/DEPLOYMENT_CHECKLIST.md)
  -C, --working-directory D  repository root; every path is relative to it (default: .)
      --no-infer             do not recognize checks in Markdown items
      --coverage-report P    where recognized coverage items read`,c={check:`readiness-gate check: decides the checklist here, as a pull request would see it

Usage: readiness-gate check [--checklist P]... [options]

${x}
  -f, --format F             text (default), markdown or json
  -o, --out FILE             write the report to FILE instead of standard output
      --fail-on WHEN         blocking (default: exit 1 when the gate is blocked),
                             not-ready (exit 1 unless ready), never
      --min-score N          the gate needs a score of at least N (0-100)
      --concurrency N        checks at once (default: CPU count)
      --timeout-minutes N    the whole gate's time budget (default 30)
      --confirm T            treat the item with this id or title as confirmed (repeatable)
      --confirm-from W       any, pr-body or review: overrides the checklist's policy
      --base REF             compare waivers and accountability settings with the merge base
                             of REF and HEAD
      --verbose              all of a failed command's output (default: its last lines)
      --no-color             plain text even on a terminal

Exit: 0 passes, 1 blocked (as --fail-on says), 2 bad input.
`,plan:`readiness-gate plan: what would run, what is manual, what was recognized and why; runs nothing

Usage: readiness-gate plan [--checklist P]... [--format text|json]

${x}
  -f, --format F             text (default) or json

Exit: 0, or 2 for an invalid checklist.
`,validate:`readiness-gate validate: checks checklists, every problem at file:line:col

Usage: readiness-gate validate P... [--format text|json]

  -C, --working-directory D  repository root (default: .)
  -f, --format F             text (default) or json

Exit: 0 valid, 2 invalid.
`,inspect:`readiness-gate inspect: a report's detected format and its figures

Usage: readiness-gate inspect REPORT [--format text|json]

  -C, --working-directory D  repository root, for the paths in the report (default: .)
  -f, --format F             text (default) or json

Exit: 0, or 2 when the file cannot be read.
`,init:`readiness-gate init: the equivalent YAML checklist of a Markdown one, on standard output

Usage: readiness-gate init --from CHECKLIST.md

  -C, --working-directory D  repository root (default: .)
      --no-infer             write every item as manual
      --coverage-report P    where recognized coverage items read

Checking the YAML in the same folder gives every item the status the Markdown gives it.
Exit: 0, or 2.
`};var v=["check","plan","validate","inspect","init"];async function P(o,e,t,r){switch(o){case"check":return(await import("./check-MVDGWVE6.js")).check(e,t,r);case"plan":return(await import("./plan-ONN2YD3D.js")).plan(e,t);case"validate":return(await import("./validate-E6YZDFNV.js")).validate(e,t);case"inspect":return(await import("./inspect-B2V4DLZW.js")).inspect(e,t);case"init":return(await import("./init-V5NPSGSB.js")).init(e,t)}}a(P,"runCommand");async function S(o,e,t){let[r,...i]=o;if(r===void 0)return e.stderr(p),n;if(r==="--version")return e.stdout(`${y}
`),0;if(r==="--help"||r==="-h"||r==="help"){let s=r==="help"?i[0]:void 0;return e.stdout(s&&s in c?c[s]:p),0}if(!v.includes(r))return e.stderr(r.startsWith("-")?`readiness-gate: unknown option ${r} (see readiness-gate --help)
`:`readiness-gate: unknown command "${r}"; expected ${v.join(", ")} (see readiness-gate --help)
`),n;let f=r;if(i.includes("--help")||i.includes("-h"))return e.stdout(c[f]),0;try{return await P(f,i,e,t)}catch(s){if(s instanceof l||s instanceof h)return e.stderr(`readiness-gate: ${s.message}
`),n;throw s}}a(S,"main");var k=!1;function U(o){if(!k){let e=Buffer.from(o),t=0;try{for(;t<e.length;)t+=u(1,e,t);return}catch{k=!0,process.stdout.write(e.subarray(t));return}}process.stdout.write(o)}a(U,"writeStdout");async function I(){let o=new AbortController,e=a(t=>{o.abort(),g(),process.stderr.write(`readiness-gate: stopped by ${t}
`),process.exit(t==="SIGINT"?130:143)},"stop");process.once("SIGTERM",e),process.once("SIGINT",e);try{process.exitCode=await S(process.argv.slice(2),{stdout:U,stderr:a(t=>process.stderr.write(t),"stderr"),get isStderrTty(){try{if(!d(2).isCharacterDevice())return!1}catch{}return!!process.stderr.isTTY},get isTty(){try{if(!d(1).isCharacterDevice())return!1}catch{}return!!process.stdout.isTTY},env:process.env,cwd:process.cwd()},o.signal)}catch(t){process.stderr.write(`readiness-gate: internal error: ${t.stack??String(t)}
`),process.exitCode=n}}a(I,"run");function L(){let o=process.argv[1];if(!o)return!1;try{return import.meta.url===w(m(o)).href}catch{return!1}}a(L,"isEntryPoint");L()&&I();export{n as EXIT_BAD_INPUT,b as EXIT_BLOCKED,T as EXIT_PASSED,l as UsageError,S as main,I as run};
