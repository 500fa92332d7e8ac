import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  EXIT_BAD_INPUT,
  EXIT_BLOCKED,
  EXIT_PASSED,
  UsageError,
  VERSION
} from "./shared-cli-args.js";
import {
  killAllCommands
} from "./shared-process-live-commands.js";
import {
  PathError
} from "./shared-workspace-paths.js";
import "./shared-rg-builtin-path.js";
import {
  fstatSync,
  realpathSync,
  writeSync
} from "./shared-rg-builtin-fs.js";
import {
  __name,
  __require
} from "./shared-runtime.js";

// rg-builtin:url
var m = __require("node:url");
var pathToFileURL = /* @__PURE__ */ (() => m.pathToFileURL)();

// src/cli/help.ts
var USAGE = `readiness-gate: a deployment checklist as a gate

Usage:
  readiness-gate check    [--checklist P]... [--format text|markdown|json] [--out FILE] [--verbose]
  readiness-gate plan     [--checklist P]... [--format text|json]
  readiness-gate validate  P...              [--format text|json]
  readiness-gate inspect   REPORT            [--format text|json]
  readiness-gate init     --from CHECKLIST.md
  readiness-gate merge     REPORT...  --expect-shards N|NAMES [--format text|markdown|json] [--out FILE]

  readiness-gate --version | --help | COMMAND --help

The gate passes when no item blocks (and the score reaches --min-score); the run is ready
when the gate passes and the score's level is the top one.
Exit: 0 passes, 1 blocked (as --fail-on says), 2 bad input.
`;
var CHECKLIST_OPTIONS = `  -c, --checklist P          checklist path or glob (repeatable; default: the first of
                             .github/readiness.yml, .github/readiness.yaml, readiness.yml,
                             DEPLOYMENT_CHECKLIST.md, docs/DEPLOYMENT_CHECKLIST.md)
  -C, --working-directory D  repository root; every path is relative to it (default: .)
      --no-infer             do not recognize checks in Markdown items
      --coverage-report P    where recognized coverage items read`;
var COMMAND_HELP = {
  check: `readiness-gate check: decides the checklist here, as a pull request would see it

Usage: readiness-gate check [--checklist P]... [options]

${CHECKLIST_OPTIONS}
  -f, --format F             text (default), markdown or json
  -o, --out FILE             write the report to FILE instead of standard output
      --fail-on WHEN         blocking (default: exit 1 when the gate is blocked),
                             not-ready (exit 1 unless ready), regression (exit 1 only
                             when worse than --base-report; without it, as blocking), never
      --base REF             judge the change since the merge base of REF and HEAD
                             (patch coverage, scope: changed-lines)
      --base-report FILE     the base branch's JSON report (report@2): delta and ratchets
      --min-score N          the gate needs a score of at least N (0-100)
      --concurrency N        checks at once (default: CPU count)
      --timeout-minutes N    the whole gate's time budget (default 30)
      --confirm T            treat the item with this id or title as confirmed (repeatable)
      --confirm-from W       any, pr-body or review: overrides the checklist's policy
      --base REF             compare waivers and accountability settings with the merge base
                             of REF and HEAD
      --verbose              all of a failed command's output (default: its last lines)
      --no-color             plain text even on a terminal

Matrix shards:
      --shard NAME           a shard of a matrix: writes a JSON shard report with each
                             coverage file's lines, and exits 0 whatever the verdict (merge decides)
      --commit SHA           the commit the shard is about (default: git HEAD of -C)

Exit: 0 passes, 1 blocked (as --fail-on says), 2 bad input.
`,
  merge: `readiness-gate merge: the shard reports of a matrix as one verdict, as one check run would give it

Usage: readiness-gate merge REPORT... --expect-shards N|NAMES [options]

  REPORT                     shard reports (check --shard), paths or globs from the current folder
      --expect-shards N|A,B  how many shards, or their names; a missing one blocks
      --commit SHA           the commit the shards must be of (default: git HEAD of -C)
      --base REF             judge patch coverage on the change since the merge base of REF and HEAD
      --base-report FILE     the base branch's JSON report: ratchets (min-lines: base), the delta
${CHECKLIST_OPTIONS}
  -f, --format F             text (default), markdown or json
  -o, --out FILE             write the merged report to FILE instead of standard output
      --fail-on WHEN         blocking (default), not-ready, regression, never: as for check
      --min-score N          the gate needs a score of at least N (0-100)
      --confirm T            treat the item with this id or title as confirmed (repeatable)
      --no-color             plain text even on a terminal

A missing shard, a report of another commit, of another checklist or of another report
schema blocks the verdict and is named; a duplicate shard name is bad input.
Exit: 0 passes, 1 blocked (as --fail-on says), 2 bad input.
`,
  plan: `readiness-gate plan: what would run, what is manual, what was recognized and why; runs nothing

Usage: readiness-gate plan [--checklist P]... [--format text|json]

${CHECKLIST_OPTIONS}
  -f, --format F             text (default) or json

Exit: 0, or 2 for an invalid checklist.
`,
  validate: `readiness-gate validate: checks checklists, every problem at file:line:col

Usage: readiness-gate validate P... [--format text|json]

  -C, --working-directory D  repository root (default: .)
  -f, --format F             text (default) or json

Exit: 0 valid, 2 invalid.
`,
  inspect: `readiness-gate inspect: a report's detected format and its figures

Usage: readiness-gate inspect REPORT [--format text|json]

  -C, --working-directory D  repository root, for the paths in the report (default: .)
  -f, --format F             text (default) or json

Exit: 0, or 2 when the file cannot be read.
`,
  init: `readiness-gate init: the equivalent YAML checklist of a Markdown one, on standard output

Usage: readiness-gate init --from CHECKLIST.md

  -C, --working-directory D  repository root (default: .)
      --no-infer             write every item as manual
      --coverage-report P    where recognized coverage items read

Checking the YAML in the same folder gives every item the status the Markdown gives it.
Exit: 0, or 2.
`
};

// src/cli/index.ts
var COMMANDS = ["check", "plan", "validate", "inspect", "init", "merge"];
async function runCommand(command, argv, io, signal) {
  switch (command) {
    case "check":
      return (await import("./cli-check.js")).check(argv, io, signal);
    case "plan":
      return (await import("./cli-plan.js")).plan(argv, io);
    case "validate":
      return (await import("./cli-validate.js")).validate(argv, io);
    case "inspect":
      return (await import("./cli-inspect.js")).inspect(argv, io);
    case "init":
      return (await import("./cli-init.js")).init(argv, io);
    case "merge":
      return (await import("./cli-merge.js")).merge(argv, io);
  }
}
__name(runCommand, "runCommand");
async function main(argv, io, signal) {
  const [first, ...rest] = argv;
  if (first === void 0) {
    io.stderr(USAGE);
    return EXIT_BAD_INPUT;
  }
  if (first === "--version") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" ? rest[0] : void 0;
    io.stdout(topic && topic in COMMAND_HELP ? COMMAND_HELP[topic] : USAGE);
    return 0;
  }
  if (!COMMANDS.includes(first)) {
    io.stderr(
      first.startsWith("-") ? `readiness-gate: unknown option ${first} (see readiness-gate --help)
` : `readiness-gate: unknown command "${first}"; expected ${COMMANDS.join(", ")} (see readiness-gate --help)
`
    );
    return EXIT_BAD_INPUT;
  }
  const command = first;
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(COMMAND_HELP[command]);
    return 0;
  }
  try {
    return await runCommand(command, rest, io, signal);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PathError) {
      io.stderr(`readiness-gate: ${error.message}
`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}
__name(main, "main");
var stdoutIsStream = false;
function writeStdout(text) {
  if (!stdoutIsStream) {
    const bytes = Buffer.from(text);
    let offset = 0;
    try {
      while (offset < bytes.length) offset += writeSync(1, bytes, offset);
      return;
    } catch {
      stdoutIsStream = true;
      process.stdout.write(bytes.subarray(offset));
      return;
    }
  }
  process.stdout.write(text);
}
__name(writeStdout, "writeStdout");
async function run() {
  const controller = new AbortController();
  const stop = /* @__PURE__ */ __name((signal) => {
    controller.abort();
    killAllCommands();
    process.stderr.write(`readiness-gate: stopped by ${signal}
`);
    process.exit(signal === "SIGINT" ? 130 : 143);
  }, "stop");
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  try {
    process.exitCode = await main(
      process.argv.slice(2),
      {
        stdout: writeStdout,
        stderr: /* @__PURE__ */ __name((text) => process.stderr.write(text), "stderr"),
        get isStderrTty() {
          try {
            if (!fstatSync(2).isCharacterDevice()) return false;
          } catch {
          }
          return Boolean(process.stderr.isTTY);
        },
        get isTty() {
          try {
            if (!fstatSync(1).isCharacterDevice()) return false;
          } catch {
          }
          return Boolean(process.stdout.isTTY);
        },
        env: process.env,
        cwd: process.cwd()
      },
      controller.signal
    );
  } catch (error) {
    process.stderr.write(
      `readiness-gate: internal error: ${error.stack ?? String(error)}
`
    );
    process.exitCode = EXIT_BAD_INPUT;
  }
}
__name(run, "run");
function isEntryPoint() {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}
__name(isEntryPoint, "isEntryPoint");
if (isEntryPoint()) void run();
export {
  EXIT_BAD_INPUT,
  EXIT_BLOCKED,
  EXIT_PASSED,
  UsageError,
  main,
  run
};
//# sourceMappingURL=cli-main.js.map
