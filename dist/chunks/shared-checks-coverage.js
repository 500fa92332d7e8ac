import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  stat
} from "./shared-rg-builtin-fs-promises.js";
import {
  plural
} from "./shared-model.js";
import {
  ShellSyntaxError,
  splitCommand
} from "./shared-process-split-command.js";
import {
  LinearRegexError,
  compileLinear,
  isLinearRegexLoaded,
  loadLinearRegex,
  testLinear
} from "./shared-checks-linear-regex.js";
import {
  entryKey,
  trivyFindings
} from "./shared-reports-scan-tally.js";
import {
  readRegularFileSync
} from "./shared-workspace-regular-file.js";
import {
  SEVERITIES,
  TRIVY_CLASSES,
  ratio,
  zeroSeverities
} from "./shared-reports-types.js";
import {
  confineReal,
  resolveRealInside
} from "./shared-workspace-paths.js";
import {
  path_default
} from "./shared-rg-builtin-path.js";
import {
  lstatSync,
  readFileSync,
  statSync
} from "./shared-rg-builtin-fs.js";
import {
  __name
} from "./shared-runtime.js";

// src/checks/refusal.ts
var REFUSED_ON_PULL_REQUEST_TARGET = "refused on pull_request_target: commands, requests and file-content checks do not run next to a write token (set allow-commands-on-pull-request-target to allow)";
function refusalHere(module, options, run9) {
  if (run9.mayRunCommands) return void 0;
  if (!module.runsCommand(options) && !(module.refusedWithCommands?.(options) ?? false))
    return void 0;
  return run9.commandsRefusedReason ?? REFUSED_ON_PULL_REQUEST_TARGET;
}
__name(refusalHere, "refusalHere");

// src/checks/command.ts
var argvSchema = { type: "array", items: { type: "string" }, minItems: 1 };
var commandOptionsSchema = {
  type: "object",
  description: "Runs a command; passes when its exit code is as expected.",
  properties: {
    run: {
      description: "A command line (split into words as a shell would, without shell features), or a list of command lines and argv lists: all must pass.",
      oneOf: [
        { type: "string", minLength: 1 },
        {
          type: "array",
          minItems: 1,
          items: { oneOf: [{ type: "string", minLength: 1 }, argvSchema] }
        }
      ]
    },
    shell: {
      type: "string",
      description: "Hands each command line to this shell (bash, sh, pwsh, cmd, ...).",
      minLength: 1
    },
    timeout: {
      type: "number",
      exclusiveMinimum: 0,
      description: "Seconds before the command and its process group are killed (default 600)."
    },
    "expect-exit": {
      description: "Exit code (or codes) that count as passing (default 0).",
      oneOf: [{ type: "integer" }, { type: "array", items: { type: "integer" }, minItems: 1 }]
    },
    cwd: { type: "string", description: "Working directory, relative to the repository root." },
    env: {
      type: "object",
      additionalProperties: { type: "string" },
      description: "Extra environment variables."
    }
  },
  required: ["run"],
  additionalProperties: false
};
function commandLines(run9) {
  const entries = typeof run9 === "string" ? [run9] : run9;
  return entries.map(
    (entry) => typeof entry === "string" ? { display: entry, line: entry } : { display: entry.join(" "), argv: [...entry], line: entry.join(" ") }
  );
}
__name(commandLines, "commandLines");
function describe(options) {
  const lines = commandLines(options.run).map((c) => c.display);
  return `run: ${lines.join(" ; ")}${options.shell ? ` (in ${options.shell})` : ""}`;
}
__name(describe, "describe");
async function runCommands(options, context) {
  const started = Date.now();
  const expected = options["expect-exit"] === void 0 ? [0] : typeof options["expect-exit"] === "number" ? [options["expect-exit"]] : [...options["expect-exit"]];
  const timeoutSec = options.timeout ?? context.defaultTimeoutSec;
  let cwd;
  try {
    cwd = options.cwd ? resolveRealInside(context.workdir, options.cwd, "cwd") : context.workdir;
    if (!statSync(cwd).isDirectory()) throw new Error(`cwd "${options.cwd}" is not a directory`);
  } catch (error) {
    const message = error.code === "ENOENT" ? `cwd "${options.cwd}" does not exist` : error.message;
    return { status: "errored", summary: message, durationMs: 0 };
  }
  if (!context.mayRunCommands) {
    return { status: "errored", summary: REFUSED_ON_PULL_REQUEST_TARGET, durationMs: 0 };
  }
  const outputs = [];
  let lastExit = null;
  for (const command of commandLines(options.run)) {
    let argv = command.argv;
    if (!argv && !options.shell) {
      try {
        argv = splitCommand(command.line);
      } catch (error) {
        if (error instanceof ShellSyntaxError) {
          return {
            status: "errored",
            summary: `\`${context.mask(command.display)}\`: ${error.message}`,
            durationMs: Date.now() - started
          };
        }
        throw error;
      }
    }
    const outside = context.isInferred && argv ? argumentLeavingWorkspace(cwd, argv.slice(1), context.workdir) : void 0;
    if (outside !== void 0)
      return { status: "errored", summary: outside, durationMs: Date.now() - started };
    if (context.isInferred && argv?.[0]?.includes("/")) {
      const missing = missingLocalProgram(cwd, argv[0], context.workdir);
      if (missing !== void 0)
        return {
          status: "pending",
          summary: `${missing} is not installed here: install it in the job or tick the item`,
          durationMs: Date.now() - started
        };
    }
    const outcome = await context.runCommand({
      ...argv ? { argv } : { script: command.line, shell: options.shell },
      cwd,
      env: { ...context.env, ...options.env },
      timeoutMs: timeoutSec * 1e3,
      signal: context.signal
    });
    const shown = context.mask(command.display);
    if (outcome.output) outputs.push(`$ ${shown}
${context.mask(outcome.output)}`);
    lastExit = outcome.exitCode;
    const output = bounded(outputs.join("\n"));
    const durationMs2 = Date.now() - started;
    const metrics = { exitCode: outcome.exitCode, durationMs: durationMs2 };
    if (outcome.notFound) {
      const program = argv?.[0] ?? command.display.split(/\s+/)[0] ?? command.display;
      return context.isInferred ? {
        status: "pending",
        summary: `${program.split("/").pop() ?? program} is not installed here: install it in the job or tick the item`,
        metrics,
        durationMs: durationMs2,
        output
      } : {
        status: "errored",
        summary: `\`${shown}\`: command not found`,
        metrics,
        durationMs: durationMs2,
        output
      };
    }
    if (outcome.timedOut) {
      return {
        status: "errored",
        summary: `\`${shown}\` timed out after ${timeoutSec} s (process group killed)`,
        metrics,
        durationMs: durationMs2,
        output
      };
    }
    if (outcome.cancelled) {
      return {
        status: "errored",
        summary: `\`${shown}\` was cancelled (the gate ran out of time or was stopped)`,
        metrics,
        durationMs: durationMs2,
        output
      };
    }
    if (outcome.exitCode === null) {
      return {
        status: "errored",
        summary: `\`${shown}\` could not run: ${outcome.error ?? "killed by a signal"}`,
        metrics,
        durationMs: durationMs2,
        output
      };
    }
    if (!expected.includes(outcome.exitCode)) {
      return {
        status: "failed",
        summary: `\`${shown}\` exited ${outcome.exitCode}${expected.length === 1 && expected[0] === 0 ? "" : ` (expected ${expected.join(" or ")})`}`,
        metrics,
        durationMs: durationMs2,
        output,
        exitCode: outcome.exitCode
      };
    }
  }
  const durationMs = Date.now() - started;
  const all = commandLines(options.run);
  return {
    status: "passed",
    summary: all.length === 1 ? `\`${context.mask(all[0].display)}\` exited ${lastExit ?? 0}` : `${all.length} commands passed`,
    metrics: { exitCode: lastExit, durationMs },
    durationMs,
    output: bounded(outputs.join("\n")),
    exitCode: lastExit
  };
}
__name(runCommands, "runCommands");
function missingLocalProgram(cwd, program, workdir) {
  const tool = program.split("/").pop() ?? program;
  try {
    const absolute = path_default.resolve(cwd, program);
    const real = confineReal(workdir, absolute, "program", program);
    return statSync(real).isFile() ? void 0 : tool;
  } catch {
    return tool;
  }
}
__name(missingLocalProgram, "missingLocalProgram");
function argumentLeavingWorkspace(cwd, args, workdir) {
  for (const arg of args) {
    const value = arg.startsWith("-") ? arg.slice(arg.indexOf("=") + 1) : arg;
    if (value === "" || value === arg.slice(0, 1) || arg.startsWith("-") && !arg.includes("="))
      continue;
    const absolute = path_default.resolve(cwd, value.split("::")[0]);
    try {
      lstatSync(absolute);
    } catch {
      continue;
    }
    try {
      confineReal(workdir, absolute, "argument", value);
    } catch (error) {
      return error.message;
    }
  }
  return void 0;
}
__name(argumentLeavingWorkspace, "argumentLeavingWorkspace");
var MAX_KEPT_OUTPUT = 16 * 1024;
function bounded(text) {
  return text.length > MAX_KEPT_OUTPUT ? `\u2026${text.slice(text.length - MAX_KEPT_OUTPUT)}` : text;
}
__name(bounded, "bounded");
var commandCheck = {
  kind: "command",
  optionsSchema: commandOptionsSchema,
  describe,
  runsCommand: /* @__PURE__ */ __name(() => true, "runsCommand"),
  run: /* @__PURE__ */ __name((options, context) => runCommands(options, context), "run")
};

// src/checks/env.ts
var ENV_NAME_SOURCE = "^[A-Za-z_][A-Za-z0-9_]*$";
var envCheck = {
  kind: "env",
  optionsSchema: {
    type: "object",
    description: "Passes when every named environment variable is set and non-empty (values are never printed).",
    properties: {
      required: {
        type: "array",
        minItems: 1,
        items: { type: "string", pattern: ENV_NAME_SOURCE },
        description: "Variable names."
      }
    },
    required: ["required"],
    additionalProperties: false
  },
  describe: /* @__PURE__ */ __name((options) => `env: ${options.required.join(", ")}`, "describe"),
  runsCommand: /* @__PURE__ */ __name(() => false, "runsCommand"),
  run: /* @__PURE__ */ __name(async (options, context) => {
    const missing = options.required.filter((name) => (context.env[name] ?? "").trim() === "");
    if (missing.length === 0) {
      return {
        status: "passed",
        summary: `${options.required.length === 1 ? options.required[0] + " is" : `all ${options.required.length} variables are`} set`,
        metrics: { missing }
      };
    }
    return {
      status: "failed",
      summary: `${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set`,
      metrics: { missing }
    };
  }, "run")
};

// src/checks/file.ts
var CONDITIONS = ["exists", "absent", "contains", "matches", "gitignored"];
var MAX_SEARCH_BYTES = 64 * 1024 * 1024;
async function isPresent(absolute) {
  try {
    await stat(absolute);
    return true;
  } catch {
    return false;
  }
}
__name(isPresent, "isPresent");
function readText(absolute, shown, context) {
  let bytes;
  try {
    bytes = readRegularFileSync(absolute, MAX_SEARCH_BYTES);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR")
      return { status: "failed", summary: `${shown} does not exist` };
    return {
      status: "errored",
      summary: `${shown} cannot be searched: ${error.message}`
    };
  }
  const text = bytes.toString("utf8");
  if (context.mask(text) !== text)
    return {
      status: "errored",
      summary: `${shown} holds a secret value (in some encoding); it is not searched`
    };
  return text;
}
__name(readText, "readText");
async function git(context, args) {
  const outcome = await context.runCommand({
    argv: ["git", ...args],
    cwd: context.workdir,
    env: context.env,
    timeoutMs: 3e4,
    signal: context.signal
  });
  return outcome.notFound ? "missing" : outcome.exitCode;
}
__name(git, "git");
async function checkGitignored(path, context) {
  const ignored = await git(context, ["check-ignore", "-q", "--no-index", "--", path]);
  if (ignored === "missing") return { status: "errored", summary: "git is not installed" };
  if (ignored === 128 || ignored === null)
    return {
      status: "errored",
      summary: `git check-ignore failed for ${path} (is this a git repository?)`
    };
  const tracked = await git(context, ["ls-files", "--error-unmatch", "--", path]);
  if (tracked === 0) return { status: "failed", summary: `${path} is committed to the repository` };
  if (ignored !== 0) return { status: "failed", summary: `${path} is not ignored by .gitignore` };
  return { status: "passed", summary: `${path} is ignored by git and not committed` };
}
__name(checkGitignored, "checkGitignored");
async function run(options, context) {
  let absolute;
  try {
    absolute = resolveRealInside(context.workdir, options.path, "file path");
  } catch (error) {
    return { status: "errored", summary: error.message };
  }
  const shown = options.path;
  if (options.gitignored) return checkGitignored(shown, context);
  if (options.absent) {
    return await isPresent(absolute) ? { status: "failed", summary: `${shown} exists but must not` } : { status: "passed", summary: `${shown} is absent` };
  }
  if (options.contains !== void 0 || options.matches !== void 0) {
    const text = readText(absolute, shown, context);
    if (typeof text !== "string") return text;
    if (options.contains !== void 0) {
      return text.includes(options.contains) ? { status: "passed", summary: `${shown} contains the text` } : {
        status: "failed",
        summary: `${shown} does not contain "${options.contains.slice(0, 80)}"`
      };
    }
    let found;
    await loadLinearRegex();
    try {
      found = testLinear(compileLinear(options.matches), text, context.remainingMs?.());
    } catch (error) {
      if (error instanceof LinearRegexError)
        return { status: "errored", summary: `${shown}: ${error.message}` };
      throw error;
    }
    return found ? { status: "passed", summary: `${shown} matches /${options.matches}/` } : { status: "failed", summary: `${shown} does not match /${options.matches}/` };
  }
  return await isPresent(absolute) ? { status: "passed", summary: `${shown} exists` } : { status: "failed", summary: `${shown} does not exist` };
}
__name(run, "run");
var fileCheck = {
  kind: "file",
  optionsSchema: {
    type: "object",
    description: "Passes when the condition on the path holds: exists, absent, contains (literal text), matches (a regular expression), or gitignored (ignored by git and not tracked).",
    properties: {
      path: { type: "string", minLength: 1, description: "Relative to the repository root." },
      exists: { const: true },
      absent: { const: true },
      contains: { type: "string", minLength: 1 },
      matches: { type: "string", minLength: 1 },
      gitignored: { const: true }
    },
    required: ["path"],
    additionalProperties: false
  },
  validate: /* @__PURE__ */ __name((options) => {
    const given = CONDITIONS.filter((key) => options[key] !== void 0);
    const problems = [];
    if (given.length === 0)
      problems.push({ message: `needs one condition: ${CONDITIONS.join(", ")}` });
    if (given.length > 1)
      problems.push({
        key: given[1],
        message: `has ${given.join(" and ")}: give one condition per item`
      });
    if (options.matches !== void 0 && isLinearRegexLoaded()) {
      try {
        compileLinear(options.matches);
      } catch (error) {
        problems.push({ key: "matches", message: error.message });
      }
    }
    return problems;
  }, "validate"),
  describe: /* @__PURE__ */ __name((options) => {
    const condition = CONDITIONS.find((key) => options[key] !== void 0) ?? "exists";
    const value = condition === "contains" || condition === "matches" ? ` ${JSON.stringify(options[condition])}` : "";
    return `file: ${options.path} ${condition}${value}`;
  }, "describe"),
  runsCommand: /* @__PURE__ */ __name(() => false, "runsCommand"),
  // Pass/fail on `contains` or `matches` is an oracle on the file's bytes.
  refusedWithCommands: /* @__PURE__ */ __name((options) => options.contains !== void 0 || options.matches !== void 0, "refusedWithCommands"),
  run
};

// src/checks/report-files.ts
var reportOptionSchema = {
  description: "Report path or glob, relative to the repository root, or a list of them (several files are combined).",
  oneOf: [
    { type: "string", minLength: 1 },
    { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 }
  ]
};
function reportPatterns(report) {
  return typeof report === "string" ? [report] : report;
}
__name(reportPatterns, "reportPatterns");
function describeReport(report) {
  return reportPatterns(report).join(", ");
}
__name(describeReport, "describeReport");
async function readReports(report, context, options) {
  const files = [];
  for (const pattern of reportPatterns(report)) {
    let found;
    try {
      found = await context.resolveFiles(pattern);
    } catch (error) {
      return {
        errored: {
          status: "errored",
          summary: error instanceof Error ? error.message : String(error)
        }
      };
    }
    if (found.length === 0) {
      const isPattern = /[*?[\]{}]/.test(pattern);
      return {
        errored: {
          status: "errored",
          summary: isPattern ? `no report matches ${pattern}` : `report ${pattern} not found`,
          reportMissing: true
        }
      };
    }
    for (const file of found) if (!files.includes(file)) files.push(file);
  }
  const wantDetail = (options.alwaysDetail ?? false) || (options.wantDetail ?? false) && files.length > 1 || options.patchDetail !== void 0;
  const keepDetail = files.length === 1 && !(options.alwaysDetail ?? false) ? options.patchDetail : void 0;
  const { isReportFailure, readReport } = await import("./reports-detect.js");
  const results = await Promise.all(
    files.map(
      (file) => readReport(file, {
        workdir: context.workdir,
        family: options.family,
        ...options.formats ? { formats: options.formats } : {},
        wantDetail,
        ...keepDetail === void 0 ? {} : { keepDetail },
        ...options.findingScope === void 0 ? {} : { findingScope: options.findingScope }
      })
    )
  );
  const reports = [];
  for (const result of results) {
    if (isReportFailure(result)) return { errored: { status: "errored", summary: result.error } };
    reports.push(result);
  }
  return { reports };
}
__name(readReports, "readReports");
function collectFindings(reports, max = 1e3) {
  const findings = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      if (findings.length >= max) return findings;
      findings.push(finding);
    }
  }
  return findings;
}
__name(collectFindings, "collectFindings");
function percent(value) {
  return `${value.toFixed(1)}%`;
}
__name(percent, "percent");
function fromReports(reports) {
  return reports.length === 1 ? reports[0].file : `${reports.length} reports`;
}
__name(fromReports, "fromReports");
async function runBeforeReport(options, context) {
  if (options.run === void 0) return {};
  const ran = await runCommands(
    { run: options.run, ...options.timeout === void 0 ? {} : { timeout: options.timeout } },
    context
  );
  if (ran.status !== "passed" && ran.status !== "failed") return { decided: ran };
  return ran.output ? { output: ran.output } : {};
}
__name(runBeforeReport, "runBeforeReport");

// src/checks/tests.ts
var testsOptionsSchema = {
  type: "object",
  description: "Test reports (JUnit XML, NUnit 3 and 2 XML, TRX, xUnit.net v2 XML, go test -json; the format detected): passes when failed + errors \u2264 max-failures and total \u2265 min-total.",
  properties: {
    report: reportOptionSchema,
    run: {
      type: "string",
      minLength: 1,
      description: "A command that writes the report first (its exit code does not decide; the report does)."
    },
    "max-failures": {
      type: "integer",
      minimum: 0,
      description: "Failed plus errored tests allowed (default 0)."
    },
    "min-total": {
      type: "integer",
      minimum: 0,
      description: "Fewest tests the reports must contain (default 1)."
    },
    timeout: {
      type: "number",
      exclusiveMinimum: 0,
      description: "Seconds before `run` is killed (default 600)."
    }
  },
  required: ["report"],
  additionalProperties: false
};
function sumTests(reports) {
  const total = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const { metrics } of reports) {
    total.total += metrics.total;
    total.passed += metrics.passed;
    total.failed += metrics.failed;
    total.errors += metrics.errors;
    total.skipped += metrics.skipped;
  }
  return total;
}
__name(sumTests, "sumTests");
function describeCounts(metrics) {
  const parts = [`${metrics.total} ${metrics.total === 1 ? "test" : "tests"}`];
  if (metrics.failed > 0) parts.push(`${metrics.failed} failed`);
  if (metrics.errors > 0)
    parts.push(`${metrics.errors} ${metrics.errors === 1 ? "error" : "errors"}`);
  if (metrics.skipped > 0) parts.push(`${metrics.skipped} skipped`);
  if (metrics.failed === 0 && metrics.errors === 0 && metrics.total > 0)
    parts.push(metrics.skipped > 0 ? "the rest passed" : "all passed");
  return parts.join(", ");
}
__name(describeCounts, "describeCounts");
function judgeTests(options, metrics) {
  const maxFailures = options["max-failures"] ?? 0;
  const minTotal = options["min-total"] ?? 1;
  const bad = metrics.failed + metrics.errors;
  const counts = describeCounts(metrics);
  let status = "passed";
  let summary = counts;
  if (bad > maxFailures) {
    status = "failed";
    if (maxFailures > 0) summary = `${counts} (${bad} > ${maxFailures} allowed)`;
  } else if (metrics.total < minTotal) {
    status = "failed";
    summary = `${counts} < ${minTotal} required`;
  } else if (bad > 0) {
    summary = `${counts} (\u2264 ${maxFailures} allowed)`;
  }
  return { status, summary };
}
__name(judgeTests, "judgeTests");
async function run2(options, context) {
  const started = Date.now();
  const before = await runBeforeReport(options, context);
  if ("decided" in before) return before.decided;
  const { output } = before;
  const read = await readReports(options.report, context, { family: "tests" });
  if ("errored" in read)
    return { ...read.errored, durationMs: Date.now() - started, ...output ? { output } : {} };
  const metrics = sumTests(read.reports);
  const { status, summary } = judgeTests(options, metrics);
  return {
    status,
    summary,
    metrics: { ...metrics },
    findings: collectFindings(read.reports),
    durationMs: Date.now() - started,
    ...output ? { output } : {}
  };
}
__name(run2, "run");
var testsCheck = {
  kind: "tests",
  optionsSchema: testsOptionsSchema,
  describe: /* @__PURE__ */ __name((options) => options.run ? `run: ${options.run}; report: ${describeReport(options.report)}` : `report: ${describeReport(options.report)}`, "describe"),
  runsCommand: /* @__PURE__ */ __name((options) => options.run !== void 0, "runsCommand"),
  run: run2
};

// src/reports/coverage-merge.ts
function mergeCoverage(reports) {
  if (reports.length === 1)
    return { metrics: reports[0].metrics, has: reports[0].has, method: "single" };
  const has = {
    lines: reports.some((r) => r.has.lines),
    branches: reports.some((r) => r.has.branches),
    functions: reports.some((r) => r.has.functions)
  };
  if (reports.every((r) => r.detail !== void 0)) {
    const files = /* @__PURE__ */ new Map();
    for (const report of reports) {
      for (const [name, file] of report.detail) {
        const merged = files.get(name);
        if (merged === void 0) {
          files.set(name, {
            lines: new Map(file.lines),
            branches: new Map(file.branches),
            functions: new Map(file.functions)
          });
          continue;
        }
        for (const [line, hits] of file.lines)
          merged.lines.set(line, (merged.lines.get(line) ?? 0) + hits);
        for (const [key, [covered, total]] of file.branches) {
          const previous = merged.branches.get(key);
          merged.branches.set(
            key,
            previous ? [Math.max(previous[0], covered), Math.max(previous[1], total)] : [covered, total]
          );
        }
        for (const [key, hits] of file.functions)
          merged.functions.set(key, (merged.functions.get(key) ?? 0) + hits);
      }
    }
    let linesCovered = 0;
    let linesTotal = 0;
    let brCovered = 0;
    let brTotal = 0;
    let fnCovered = 0;
    let fnTotal = 0;
    for (const file of files.values()) {
      linesTotal += file.lines.size;
      for (const hits of file.lines.values()) if (hits > 0) linesCovered++;
      for (const [covered, total] of file.branches.values()) {
        brCovered += covered;
        brTotal += total;
      }
      fnTotal += file.functions.size;
      for (const hits of file.functions.values()) if (hits > 0) fnCovered++;
    }
    return {
      metrics: {
        lines: has.lines ? ratio(linesCovered, linesTotal) : null,
        branches: has.branches ? ratio(brCovered, brTotal) : null,
        functions: has.functions ? ratio(fnCovered, fnTotal) : null
      },
      has,
      method: "union"
    };
  }
  const sum = /* @__PURE__ */ __name((key) => {
    let covered = 0;
    let total = 0;
    let any = false;
    for (const report of reports) {
      const figure = report.metrics[key];
      if (figure === null) continue;
      any = true;
      covered += figure.covered;
      total += figure.total;
    }
    return any ? ratio(covered, total) : null;
  }, "sum");
  return {
    metrics: { lines: sum("lines"), branches: sum("branches"), functions: sum("functions") },
    has,
    method: "sum"
  };
}
__name(mergeCoverage, "mergeCoverage");

// src/checks/coverage.ts
var DEFAULT_TOLERANCE = 0.1;
var percentSchema = /* @__PURE__ */ __name((what) => ({
  type: "number",
  minimum: 0,
  maximum: 100,
  description: `Lowest ${what} coverage, in percent.`
}), "percentSchema");
var ratchetSchema = /* @__PURE__ */ __name((what) => ({
  description: `Lowest ${what} coverage, in percent, or \`base\`: not below the base report's figure minus \`tolerance\`.`,
  oneOf: [percentSchema(what), { const: "base" }]
}), "ratchetSchema");
var coverageOptionsSchema = {
  type: "object",
  description: "A coverage report (lcov, Cobertura, JaCoCo, Clover, coverage.py JSON, Istanbul, Go): passes when every given minimum is met, over the whole report or over the changed lines.",
  properties: {
    report: reportOptionSchema,
    "min-lines": ratchetSchema("line"),
    "min-branches": ratchetSchema("branch"),
    "min-functions": percentSchema("function"),
    "min-patch-lines": percentSchema("changed-line"),
    "min-patch-branches": percentSchema("changed-line branch"),
    sources: {
      description: "Globs of the source files the report should cover: a changed file matching them but missing from the report counts as uncovered.",
      oneOf: [
        { type: "string", minLength: 1 },
        { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 }
      ]
    },
    "source-roots": {
      type: "array",
      items: { type: "string", minLength: 1 },
      description: "Folders that report paths are relative to (JaCoCo writes package/File.java); default src/main/java, src/main/kotlin, src/test/java, \u2026 and src."
    },
    tolerance: {
      type: "number",
      minimum: 0,
      description: "Points a `base` minimum may fall below the base report (default 0.1)."
    },
    "min-lines-fallback": percentSchema("line (used by `min-lines: base` without a base report)"),
    "min-branches-fallback": percentSchema(
      "branch (used by `min-branches: base` without a base report)"
    ),
    "when-no-base": {
      enum: ["errored", "skipped"],
      description: "A run with no base (a push, the CLI without --base): patch minimums are errored (default) or skipped."
    }
  },
  required: ["report"],
  additionalProperties: false
};
var MINIMUMS = [
  ["lines", "min-lines"],
  ["branches", "min-branches"],
  ["functions", "min-functions"]
];
var PATCH_MINIMUMS = ["min-patch-lines", "min-patch-branches"];
function validate(options) {
  if (MINIMUMS.some(([, option]) => options[option] !== void 0) || PATCH_MINIMUMS.some((option) => options[option] !== void 0))
    return [];
  return [
    {
      message: "coverage needs at least one minimum: min-lines, min-branches, min-functions, min-patch-lines or min-patch-branches"
    }
  ];
}
__name(validate, "validate");
function describe2(options) {
  const minimums = MINIMUMS.filter(([, option]) => options[option] !== void 0).map(
    ([figure, option]) => options[option] === "base" ? `${figure} \u2265 base` : `${figure} \u2265 ${options[option]}%`
  );
  if (options["min-patch-lines"] !== void 0)
    minimums.push(`changed lines \u2265 ${options["min-patch-lines"]}%`);
  if (options["min-patch-branches"] !== void 0)
    minimums.push(`changed branches \u2265 ${options["min-patch-branches"]}%`);
  return `${minimums.join(", ")} in ${describeReport(options.report)}`;
}
__name(describe2, "describe");
function noDataReason(figure, reports) {
  const formats = [...new Set(reports.map((r) => r.format))].join(", ");
  const recorded = reports.some((r) => r.has[figure]);
  return recorded ? `${fromReports(reports)} has no ${figure} to cover (0 ${figure} measured)` : `${fromReports(reports)} (${formats}) has no ${figure} data`;
}
__name(noDataReason, "noDataReason");
function baseFigure(baseItem, figure) {
  const value = baseItem?.metrics?.[figure];
  if (typeof value !== "object" || value === null) return void 0;
  const pct = value.pct;
  return typeof pct === "number" && Number.isFinite(pct) ? pct : void 0;
}
__name(baseFigure, "baseFigure");
function goModuleFinder(workdir, moduleOf) {
  const byDir = /* @__PURE__ */ new Map();
  const moduleIn = /* @__PURE__ */ __name((dir) => {
    if (!byDir.has(dir)) {
      let found;
      try {
        found = moduleOf(readFileSync(path_default.join(workdir, dir, "go.mod"), "utf8"));
      } catch {
        found = void 0;
      }
      byDir.set(dir, found);
    }
    return byDir.get(dir);
  }, "moduleIn");
  return (file) => {
    for (let dir = path_default.posix.dirname(file); ; dir = path_default.posix.dirname(dir)) {
      const key = dir === "." ? "" : dir;
      const module = moduleIn(key);
      if (module !== void 0) return { dir: key, module };
      if (key === "") return void 0;
    }
  };
}
__name(goModuleFinder, "goModuleFinder");
function judgeTotals(options, metrics, noData, context, verdicts) {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  for (const [figure, option] of MINIMUMS) {
    const wanted = options[option];
    if (wanted === void 0) continue;
    const value = metrics[figure];
    if (value === null) return `${option} is set but ${noData(figure)}`;
    if (wanted !== "base") {
      if (value.pct < wanted) verdicts.below.push(`${figure} ${percent(value.pct)} < ${wanted}%`);
      else verdicts.met.push(`${figure} ${percent(value.pct)} \u2265 ${wanted}%`);
      continue;
    }
    const ratchet = figure;
    const base = baseFigure(context.baseItem, ratchet);
    if (base === void 0 && context.deferRatchets) {
      verdicts.met.push(`${figure} ${percent(value.pct)} (ratchet judged in the merge)`);
      continue;
    }
    if (base === void 0) {
      const fallback = options[`min-${ratchet}-fallback`];
      if (fallback === void 0)
        return `${option}: base needs a base report with this item's ${figure} (${context.hasBaseReport ? "the base report has none for it" : "no base report; set base-report, or min-" + ratchet + "-fallback"})`;
      if (value.pct < fallback)
        verdicts.below.push(`${figure} ${percent(value.pct)} < ${fallback}% (no base report)`);
      else verdicts.met.push(`${figure} ${percent(value.pct)} \u2265 ${fallback}% (no base report)`);
      continue;
    }
    const change = `${figure} ${percent(base)} \u2192 ${percent(value.pct)}`;
    if (value.pct < base - tolerance) {
      verdicts.ratchetBroken = true;
      verdicts.below.push(`${change}, below the base by more than ${tolerance} points`);
    } else verdicts.met.push(`${change} (base ${percent(base)}, tolerance ${tolerance})`);
  }
  return void 0;
}
__name(judgeTotals, "judgeTotals");
function uncoveredHint(patch) {
  const places = patch.lines.files.filter((file) => file.uncoveredLines.length > 0).slice(0, 2).map(
    (file) => `${file.path}:${file.uncoveredLines.slice(0, 5).join(",")}${file.uncoveredLines.length > 5 ? ",\u2026" : ""}`
  );
  return places.length > 0 ? `; not covered: ${places.join(", ")}` : "";
}
__name(uncoveredHint, "uncoveredHint");
function judgePatch(options, patch, noBranchData, verdicts) {
  const missing = patch.missing.length > 0 ? ` (${plural(patch.missing.length, "changed file")} missing from the report: ${patch.missing.slice(0, 3).join(", ")}${patch.missing.length > 3 ? ", \u2026" : ""})` : "";
  const minLines = options["min-patch-lines"];
  if (minLines !== void 0) {
    const { covered, total, pct } = patch.lines;
    if (pct === null) verdicts.met.push("no coverable changed lines");
    else if (pct < minLines)
      verdicts.below.push(
        `changed lines ${percent(pct)} (${covered}/${total}) < ${minLines}%${missing}${uncoveredHint(patch)}`
      );
    else verdicts.met.push(`changed lines ${percent(pct)} (${covered}/${total}) \u2265 ${minLines}%`);
  }
  const minBranches = options["min-patch-branches"];
  if (minBranches !== void 0) {
    if (patch.branches === null) return `min-patch-branches is set but ${noBranchData()}`;
    const { covered, total, pct } = patch.branches;
    if (pct === null) verdicts.met.push("no coverable changed branches");
    else if (pct < minBranches)
      verdicts.below.push(
        `changed branches ${percent(pct)} (${covered}/${total}) < ${minBranches}%`
      );
    else
      verdicts.met.push(`changed branches ${percent(pct)} (${covered}/${total}) \u2265 ${minBranches}%`);
  }
  return void 0;
}
__name(judgePatch, "judgePatch");
function planPatch(options, changes, noBaseReason, deferred = false) {
  const wantsPatch = PATCH_MINIMUMS.some((option) => options[option] !== void 0);
  if (!wantsPatch || changes !== void 0) return { wantsPatch };
  const reason = noBaseReason ?? "this run has no base to compare with";
  if (deferred) return { wantsPatch: false, patchSkipped: "patch minimums judged in the merge" };
  if (options["when-no-base"] !== "skipped") {
    const option = PATCH_MINIMUMS.find((o) => options[o] !== void 0);
    return {
      result: { status: "errored", summary: `${option} needs the changed lines, but ${reason}` }
    };
  }
  if (!MINIMUMS.some(([, option]) => options[option] !== void 0))
    return { result: { status: "skipped", summary: `patch coverage not judged: ${reason}` } };
  return { wantsPatch: false, patchSkipped: "patch minimums skipped (no base)" };
}
__name(planPatch, "planPatch");
function ratioMetric(ratio2) {
  return { covered: ratio2.covered, total: ratio2.total, pct: ratio2.pct };
}
__name(ratioMetric, "ratioMetric");
async function run3(options, context) {
  const started = Date.now();
  const problems = validate(options);
  if (problems.length > 0)
    return { status: "errored", summary: problems[0].message, durationMs: 0 };
  const plan = planPatch(options, context.changes, context.noBaseReason, context.keepCoverageLines);
  if ("result" in plan) return { ...plan.result, durationMs: Date.now() - started };
  const { wantsPatch, patchSkipped } = plan;
  const patchModules = wantsPatch && context.changes !== void 0 ? await Promise.all([import("./checks-patch-coverage.js"), import("./checks-report-path-index.js")]) : void 0;
  let index;
  if (patchModules !== void 0 && context.changes !== void 0) {
    const [, { goModuleOf, ReportPathIndex: PathIndex }] = patchModules;
    index = new PathIndex(context.changes, {
      ...options["source-roots"] ? { sourceRoots: options["source-roots"] } : {},
      goModuleOf: goModuleFinder(context.workdir, goModuleOf)
    });
  }
  const read = await readReports(options.report, context, {
    family: "coverage",
    wantDetail: true,
    alwaysDetail: context.keepCoverageLines ?? false,
    ...index ? { patchDetail: /* @__PURE__ */ __name((key) => index.mayMatch(key), "patchDetail") } : {}
  });
  if ("errored" in read) return { ...read.errored, durationMs: Date.now() - started };
  const merged = mergeCoverage(read.reports);
  const metrics = {
    lines: merged.metrics.lines,
    branches: merged.metrics.branches,
    functions: merged.metrics.functions
  };
  const verdicts = { below: [], met: [], ratchetBroken: false };
  const erroredWith = /* @__PURE__ */ __name((summary2) => ({
    status: "errored",
    summary: summary2,
    metrics,
    durationMs: Date.now() - started
  }), "erroredWith");
  const totalsProblem = judgeTotals(
    options,
    merged.metrics,
    (figure) => noDataReason(figure, read.reports),
    {
      ...context.baseItem ? { baseItem: context.baseItem } : {},
      ...context.hasBaseReport ? { hasBaseReport: true } : {},
      ...context.keepCoverageLines ? { deferRatchets: true } : {}
    },
    verdicts
  );
  if (index !== void 0 && patchModules !== void 0 && context.changes !== void 0) {
    const [{ computePatchCoverage, TOTALS_ONLY_FORMATS }] = patchModules;
    const totalsOnly = read.reports.find((r) => TOTALS_ONLY_FORMATS.has(r.format));
    if (totalsOnly !== void 0)
      return erroredWith(
        `${totalsOnly.file} (coverage-summary.json) has totals only, no per-line data for patch coverage; point report at coverage-final.json`
      );
    const sources = options.sources === void 0 ? void 0 : typeof options.sources === "string" ? [options.sources] : options.sources;
    const patch = computePatchCoverage(read.reports, context.changes, index, sources);
    metrics["patch"] = { ...ratioMetric(patch.lines), files: patch.lines.files };
    if (patch.branches !== null) metrics["patchBranches"] = ratioMetric(patch.branches);
    if (totalsProblem !== void 0) return erroredWith(totalsProblem);
    const patchProblem = judgePatch(
      options,
      patch,
      () => `${fromReports(read.reports)} (${[...new Set(read.reports.map((r) => r.format))].join(", ")}) has no per-line branch data`,
      verdicts
    );
    if (patchProblem !== void 0) return erroredWith(patchProblem);
  }
  if (totalsProblem !== void 0) return erroredWith(totalsProblem);
  if (patchSkipped !== void 0) verdicts.met.push(patchSkipped);
  const summary = verdicts.below.length > 0 ? verdicts.below.join(", ") : verdicts.met.join(", ");
  const kept = context.keepCoverageLines ? await shardLines(read.reports) : void 0;
  return {
    status: verdicts.below.length > 0 ? "failed" : "passed",
    // The merge then says this shard has no per-file lines; the run says why.
    summary: kept && "problem" in kept ? `${summary} (${kept.problem})` : summary,
    metrics,
    ...verdicts.ratchetBroken ? { ratchetBroken: true } : {},
    ...kept && "files" in kept ? { coverageFiles: kept.files } : {},
    durationMs: Date.now() - started
  };
}
__name(run3, "run");
function judgeCoverage(options, metrics, noData, base = {}, patch, patchSkipped) {
  const verdicts = { below: [], met: [], ratchetBroken: false };
  const out = { ...metrics };
  const problem = judgeTotals(options, metrics, noData, base, verdicts);
  if (patch !== void 0) {
    out["patch"] = { ...ratioMetric(patch.coverage.lines), files: patch.coverage.lines.files };
    if (patch.coverage.branches !== null)
      out["patchBranches"] = ratioMetric(patch.coverage.branches);
  }
  const patchProblem = problem === void 0 && patch !== void 0 ? judgePatch(options, patch.coverage, patch.noBranchData, verdicts) : void 0;
  if (problem !== void 0 || patchProblem !== void 0)
    return { status: "errored", summary: problem ?? patchProblem, metrics: out };
  if (patchSkipped !== void 0) verdicts.met.push(patchSkipped);
  return {
    status: verdicts.below.length > 0 ? "failed" : "passed",
    summary: verdicts.below.length > 0 ? verdicts.below.join(", ") : verdicts.met.join(", "),
    metrics: out,
    ...verdicts.ratchetBroken ? { ratchetBroken: true } : {}
  };
}
__name(judgeCoverage, "judgeCoverage");
async function shardLines(reports) {
  if (reports.some((report) => report.detail === void 0)) return void 0;
  const { toCoverageFiles, RangeTextError } = await import("./reports-coverage-lines.js");
  const convert = /* @__PURE__ */ __name((detail) => {
    try {
      return { files: toCoverageFiles(detail) };
    } catch (error) {
      if (!(error instanceof RangeTextError)) throw error;
      return { problem: `per-file lines not kept for the merge: ${error.message}` };
    }
  }, "convert");
  if (reports.length === 1) return convert(reports[0].detail);
  const joined = /* @__PURE__ */ new Map();
  for (const report of reports) {
    for (const [name, file] of report.detail) {
      const previous = joined.get(name);
      if (!previous) {
        joined.set(name, {
          lines: new Map(file.lines),
          branches: new Map(file.branches),
          functions: file.functions
        });
        continue;
      }
      for (const [line, hits] of file.lines)
        previous.lines.set(line, (previous.lines.get(line) ?? 0) + hits);
      for (const [key, [hit, total]] of file.branches) {
        const old = previous.branches.get(key);
        previous.branches.set(
          key,
          old ? [Math.max(old[0], hit), Math.max(old[1], total)] : [hit, total]
        );
      }
    }
  }
  return convert(joined);
}
__name(shardLines, "shardLines");
var coverageCheck = {
  kind: "coverage",
  optionsSchema: coverageOptionsSchema,
  validate,
  describe: describe2,
  runsCommand: /* @__PURE__ */ __name(() => false, "runsCommand"),
  run: run3
};

// src/checks/finding-scope.ts
var SCOPES = ["changed-lines", "changed-files", "all"];
var scopeOptionSchema = {
  enum: SCOPES,
  description: "Which findings count toward the limits and the metrics: those on changed lines, in changed files, or all (default). Every finding is still listed, marked inScope."
};
function findingScope(scope, changes) {
  if (scope === "changed-files")
    return (finding) => finding.file !== void 0 && changes.hasFile(finding.file);
  return (finding) => finding.file !== void 0 && finding.line !== void 0 && changes.touchesLines(finding.file, finding.line, finding.endLine ?? finding.line);
}
__name(findingScope, "findingScope");
function scopeFor(scope, whenNoBase, context) {
  if (scope === void 0 || scope === "all") return {};
  if (context.changes === void 0) {
    const reason = context.noBaseReason ?? "this run has no base to compare with";
    return whenNoBase === "skipped" ? { decided: { status: "skipped", summary: `scope ${scope} not judged: ${reason}` } } : {
      decided: {
        status: "errored",
        summary: `scope: ${scope} needs the changed lines, but ${reason}`
      }
    };
  }
  return { scope: findingScope(scope, context.changes), label: scope.replace("-", " ") };
}
__name(scopeFor, "scopeFor");
var whenNoBaseSchema = {
  enum: ["errored", "skipped"],
  description: "A run with no base (a push, the CLI without --base): options that need the changed lines make the item errored (default) or skipped."
};

// src/checks/lint.ts
var LINT_FORMATS = [
  "sarif",
  "eslint-json",
  "pylint-json",
  "flake8",
  "mypy",
  "checkstyle"
];
var lintOptionsSchema = {
  type: "object",
  description: "A lint report (SARIF, ESLint JSON, pylint JSON, flake8, mypy, checkstyle): passes when errors \u2264 max-errors and warnings \u2264 max-warnings; with only `run`, the linter must exit 0.",
  properties: {
    report: reportOptionSchema,
    run: {
      type: "string",
      minLength: 1,
      description: "Runs the linter first; without `report`, its exit code decides."
    },
    "max-errors": { type: "integer", minimum: 0, description: "Errors allowed (default 0)." },
    "max-warnings": {
      type: "integer",
      minimum: 0,
      description: "Warnings allowed (default: no limit)."
    },
    timeout: {
      type: "number",
      exclusiveMinimum: 0,
      description: "Seconds before `run` is killed (default 600)."
    },
    format: {
      enum: LINT_FORMATS,
      description: "Read the report only as this format (default: detected from its content). With flake8, an empty file is a clean run."
    },
    scope: scopeOptionSchema,
    "when-no-base": whenNoBaseSchema
  },
  anyOf: [{ required: ["report"] }, { required: ["run"] }],
  additionalProperties: false
};
function validate2(options) {
  if (options.report === void 0 && options.run === void 0)
    return [{ message: "lint needs a report, a run command, or both" }];
  if (options.scope !== void 0 && options.scope !== "all" && options.report === void 0)
    return [
      {
        key: "scope",
        message: `scope: ${options.scope} needs a report (an exit code has no lines to scope)`
      }
    ];
  return [];
}
__name(validate2, "validate");
function sumLint(reports) {
  const sum = { errors: 0, warnings: 0, notes: 0 };
  for (const { metrics } of reports) {
    sum.errors += metrics.errors;
    sum.warnings += metrics.warnings;
    sum.notes += metrics.notes;
  }
  return sum;
}
__name(sumLint, "sumLint");
function judgeLint(options, metrics, scope = {}) {
  const maxErrors = options["max-errors"] ?? 0;
  const maxWarnings = options["max-warnings"];
  const over = [];
  if (metrics.errors > maxErrors)
    over.push(`${plural(metrics.errors, "error")} > ${maxErrors} allowed`);
  if (maxWarnings !== void 0 && metrics.warnings > maxWarnings)
    over.push(`${plural(metrics.warnings, "warning")} > ${maxWarnings} allowed`);
  const where = scope.label ? ` on ${scope.label}${scope.outOfScope ? ` (${plural(scope.outOfScope, "finding")} elsewhere not counted)` : ""}` : "";
  const counts = `${plural(metrics.errors, "error")}, ${plural(metrics.warnings, "warning")}${metrics.notes > 0 ? `, ${plural(metrics.notes, "note")}` : ""}${where}`;
  return {
    status: over.length > 0 ? "failed" : "passed",
    summary: over.length > 0 ? over.join(", ") + where : counts
  };
}
__name(judgeLint, "judgeLint");
async function run4(options, context) {
  const started = Date.now();
  if (options.report === void 0) {
    if (options.run !== void 0)
      return runCommands(
        {
          run: options.run,
          ...options.timeout === void 0 ? {} : { timeout: options.timeout }
        },
        context
      );
    return {
      status: "errored",
      summary: "lint needs a report, a run command, or both",
      durationMs: 0
    };
  }
  const scoped = scopeFor(options.scope, options["when-no-base"], context);
  if ("decided" in scoped) return { ...scoped.decided, durationMs: Date.now() - started };
  const before = await runBeforeReport(options, context);
  if ("decided" in before) return before.decided;
  const { output } = before;
  const read = await readReports(options.report, context, {
    family: "lint",
    ...options.format ? { formats: [options.format] } : {},
    ...scoped.scope ? { findingScope: scoped.scope } : {}
  });
  if ("errored" in read)
    return { ...read.errored, durationMs: Date.now() - started, ...output ? { output } : {} };
  const summed = sumLint(read.reports);
  const waived = /* @__PURE__ */ new Set();
  let findings = collectFindings(read.reports);
  const metrics = { ...summed };
  if (context.waivedFindings?.size) {
    findings = findings.filter((finding) => {
      const rule = finding.title;
      if (rule === void 0 || !context.waivedFindings.has(rule)) return true;
      waived.add(rule);
      if (finding.inScope === false) return false;
      if (finding.level === "error") metrics.errors--;
      else if (finding.level === "warning") metrics.warnings--;
      else metrics.notes--;
      return false;
    });
  }
  const outOfScope = scoped.scope ? read.reports.reduce((sum, report) => sum + (report.outOfScope ?? 0), 0) : void 0;
  const judged = judgeLint(options, metrics, {
    ...scoped.label ? { label: scoped.label } : {},
    ...outOfScope === void 0 ? {} : { outOfScope }
  });
  return {
    status: judged.status,
    summary: judged.summary + (waived.size > 0 ? ` (waived: ${[...waived].join(", ")})` : ""),
    metrics: { ...metrics, ...outOfScope === void 0 ? {} : { outOfScope } },
    findings,
    durationMs: Date.now() - started,
    ...output ? { output } : {},
    ...waived.size > 0 ? { waivedFindings: [...waived] } : {}
  };
}
__name(run4, "run");
var lintCheck = {
  kind: "lint",
  optionsSchema: lintOptionsSchema,
  validate: validate2,
  describe: /* @__PURE__ */ __name((options) => [
    options.run ? `run: ${options.run}` : void 0,
    options.report ? `report: ${describeReport(options.report)}` : void 0
  ].filter(Boolean).join("; "), "describe"),
  runsCommand: /* @__PURE__ */ __name((options) => options.run !== void 0, "runsCommand"),
  run: run4
};

// src/checks/bandit.ts
var LEVELS = ["high", "medium", "low"];
var RANK = { high: 3, medium: 2, low: 1 };
var countSchema = { type: "integer", minimum: 0 };
var banditOptionsSchema = {
  type: "object",
  description: "A bandit JSON report: passes when, per severity, findings at or above min-confidence are within max.",
  properties: {
    report: reportOptionSchema,
    max: {
      type: "object",
      description: "Findings allowed per severity (default { high: 0 }; a severity not given is unlimited).",
      properties: { high: countSchema, medium: countSchema, low: countSchema },
      additionalProperties: false
    },
    "min-confidence": {
      enum: ["low", "medium", "high"],
      description: "Only findings at or above this confidence count (default low)."
    },
    scope: scopeOptionSchema,
    "when-no-base": whenNoBaseSchema
  },
  required: ["report"],
  additionalProperties: false
};
function judgeBandit(options, counted, scopeLabel) {
  const minConfidence = options["min-confidence"] ?? "low";
  const max = options.max ?? { high: 0 };
  const over = LEVELS.filter(
    (level) => max[level] !== void 0 && counted[level] > max[level]
  ).map((level) => `${counted[level]} ${level.toUpperCase()} > ${max[level]} allowed`);
  const confidenceNote = (minConfidence === "low" ? "" : ` (confidence \u2265 ${minConfidence})`) + (scopeLabel ? ` on ${scopeLabel}` : "");
  const counts = LEVELS.map((level) => `${counted[level]} ${level.toUpperCase()}`).join(", ");
  return {
    status: over.length > 0 ? "failed" : "passed",
    summary: (over.length > 0 ? over.join(", ") : counts) + confidenceNote
  };
}
__name(judgeBandit, "judgeBandit");
async function run5(options, context) {
  const started = Date.now();
  const scoped = scopeFor(options.scope, options["when-no-base"], context);
  if ("decided" in scoped) return { ...scoped.decided, durationMs: Date.now() - started };
  const read = await readReports(options.report, context, {
    family: "security",
    formats: ["bandit-json"],
    ...scoped.scope ? { findingScope: scoped.scope } : {}
  });
  if ("errored" in read) return { ...read.errored, durationMs: Date.now() - started };
  const minConfidence = options["min-confidence"] ?? "low";
  const counted = { high: 0, medium: 0, low: 0 };
  const findings = [];
  const waived = /* @__PURE__ */ new Set();
  for (const report of read.reports) {
    for (const severity of LEVELS) {
      for (const confidence of LEVELS)
        if (RANK[confidence] >= RANK[minConfidence])
          counted[severity] += report.matrix[severity][confidence];
    }
    report.findings.forEach((finding, i) => {
      const testId = report.findingTestId?.[i];
      const severity = report.findingSeverity?.[i];
      if (testId !== void 0 && severity !== void 0 && context.waivedFindings?.has(testId)) {
        waived.add(testId);
        if (finding.inScope !== false && RANK[report.findingConfidence[i] ?? "low"] >= RANK[minConfidence])
          counted[severity]--;
        return;
      }
      if (findings.length < 1e3 && RANK[report.findingConfidence[i] ?? "low"] >= RANK[minConfidence])
        findings.push(finding);
    });
  }
  const metrics = {
    ...counted,
    ...scoped.scope ? { outOfScope: read.reports.reduce((sum, report) => sum + (report.outOfScope ?? 0), 0) } : {}
  };
  const judged = judgeBandit(options, counted, scoped.label);
  return {
    status: judged.status,
    summary: judged.summary + (waived.size > 0 ? ` (waived: ${[...waived].join(", ")})` : ""),
    metrics: { ...metrics },
    findings,
    durationMs: Date.now() - started,
    ...waived.size > 0 ? { waivedFindings: [...waived] } : {}
  };
}
__name(run5, "run");
var banditCheck = {
  kind: "bandit",
  optionsSchema: banditOptionsSchema,
  describe: /* @__PURE__ */ __name((options) => {
    const max = options.max ?? { high: 0 };
    const limits = LEVELS.filter((level) => max[level] !== void 0).map(
      (level) => `${level} \u2264 ${max[level]}`
    );
    return `${limits.join(", ")} in ${describeReport(options.report)}`;
  }, "describe"),
  runsCommand: /* @__PURE__ */ __name(() => false, "runsCommand"),
  run: run5
};

// src/checks/trivy.ts
var countSchema2 = { type: "integer", minimum: 0 };
var severityLimitsSchema = {
  type: "object",
  properties: Object.fromEntries(SEVERITIES.map((s) => [s, countSchema2])),
  additionalProperties: false
};
var trivyOptionsSchema = {
  type: "object",
  description: "A trivy JSON (schema 2) or SARIF report: passes when every count is within max after ignore-unfixed and ignore.",
  properties: {
    report: reportOptionSchema,
    max: {
      type: "object",
      description: "Findings allowed per severity in each class (default { critical: 0, high: 0 }), or per class (vulnerabilities, misconfigurations, secrets) with its own severities. A severity not given is unlimited.",
      properties: {
        ...Object.fromEntries(SEVERITIES.map((s) => [s, countSchema2])),
        ...Object.fromEntries(TRIVY_CLASSES.map((c) => [c, severityLimitsSchema]))
      },
      additionalProperties: false
    },
    "ignore-unfixed": {
      type: "boolean",
      description: "Leave out vulnerabilities that have no fixed version."
    },
    ignore: {
      type: "array",
      items: { type: "string", minLength: 1 },
      description: "Vulnerability, misconfiguration or secret rule ids to leave out."
    }
  },
  required: ["report"],
  additionalProperties: false
};
var CLASS_NOUN = {
  vulnerabilities: ["vulnerability", "vulnerabilities"],
  misconfigurations: ["misconfiguration", "misconfigurations"],
  secrets: ["secret", "secrets"]
};
function limitFor(max, trivyClass, severity) {
  return max[trivyClass]?.[severity] ?? max[severity];
}
__name(limitFor, "limitFor");
function classNoun(trivyClass, count) {
  return CLASS_NOUN[trivyClass][count === 1 ? 0 : 1];
}
__name(classNoun, "classNoun");
function overLimits(max, metrics) {
  const over = [];
  for (const trivyClass of TRIVY_CLASSES) {
    for (const severity of SEVERITIES) {
      const limit = limitFor(max, trivyClass, severity);
      const count = metrics[trivyClass][severity];
      if (limit !== void 0 && count > limit)
        over.push(
          `${count} ${severity.toUpperCase()} ${classNoun(trivyClass, count)} > ${limit} allowed`
        );
    }
  }
  return over;
}
__name(overLimits, "overLimits");
function judgeTrivy(options, metrics) {
  const over = overLimits(options.max ?? { critical: 0, high: 0 }, metrics);
  const totals = TRIVY_CLASSES.map((c) => {
    const count = SEVERITIES.reduce((sum, s) => sum + metrics[c][s], 0);
    return `${count} ${classNoun(c, count)}`;
  }).join(", ");
  return {
    status: over.length > 0 ? "failed" : "passed",
    summary: over.length > 0 ? over.join(", ") : totals
  };
}
__name(judgeTrivy, "judgeTrivy");
async function run6(options, context) {
  const started = Date.now();
  const read = await readReports(options.report, context, {
    family: "security",
    formats: ["trivy-json", "trivy-sarif"]
  });
  if ("errored" in read) return { ...read.errored, durationMs: Date.now() - started };
  const ignored = new Set(options.ignore ?? []);
  const ignoreUnfixed = options["ignore-unfixed"] ?? false;
  const max = options.max ?? { critical: 0, high: 0 };
  const metrics = {
    vulnerabilities: zeroSeverities(),
    misconfigurations: zeroSeverities(),
    secrets: zeroSeverities()
  };
  const kept = [];
  let leftOut = 0;
  const waived = /* @__PURE__ */ new Set();
  for (const report of read.reports) {
    for (const entry of report.entries) {
      if (context.waivedFindings?.has(entry.id)) {
        waived.add(entry.id);
        continue;
      }
      if (ignored.has(entry.id) || ignoreUnfixed && entry.class === "vulnerabilities" && !entry.isFixed) {
        leftOut++;
        continue;
      }
      metrics[entry.class][entry.severity]++;
      kept.push(entry);
    }
  }
  const judged = judgeTrivy(options, metrics);
  const ignoredNote = (leftOut > 0 ? ` (${leftOut} ignored)` : "") + (waived.size > 0 ? ` (waived: ${[...waived].join(", ")})` : "");
  const failing = kept.filter((entry) => {
    const limit = limitFor(max, entry.class, entry.severity);
    return limit !== void 0 && metrics[entry.class][entry.severity] > limit;
  });
  return {
    status: judged.status,
    summary: judged.summary + ignoredNote,
    metrics: { ...metrics },
    findings: trivyFindings(failing.length > 0 ? failing : kept),
    durationMs: Date.now() - started,
    ...waived.size > 0 ? { waivedFindings: [...waived] } : {}
  };
}
__name(run6, "run");
var trivyCheck = {
  kind: "trivy",
  optionsSchema: trivyOptionsSchema,
  describe: /* @__PURE__ */ __name((options) => {
    const max = options.max ?? { critical: 0, high: 0 };
    const parts = Object.entries(max).map(
      ([key, value]) => typeof value === "number" ? `${key} \u2264 ${value}` : `${key}: ${Object.entries(value ?? {}).map(([s, n]) => `${s} \u2264 ${String(n)}`).join(", ")}`
    );
    const extras = [
      options["ignore-unfixed"] ? "ignoring unfixed" : "",
      options.ignore?.length ? `${options.ignore.length} ids ignored` : ""
    ].filter(Boolean);
    return `${parts.join(", ")} in ${describeReport(options.report)}${extras.length ? ` (${extras.join(", ")})` : ""}`;
  }, "describe"),
  runsCommand: /* @__PURE__ */ __name(() => false, "runsCommand"),
  run: run6
};

// src/checks/scan.ts
var SCAN_FORMATS = [
  "grype-json",
  "osv-scanner-json",
  "npm-audit-json",
  "pip-audit-json",
  "gitleaks-json",
  "sarif-security",
  "trivy-json",
  "trivy-sarif",
  "bandit-json"
];
var DEFAULT_MAX = { critical: 0, high: 0 };
var DEFAULT_MAX_WITHOUT_SEVERITY = { critical: 0, high: 0, unknown: 0 };
var scanOptionsSchema = {
  type: "object",
  description: "A vulnerability or secret scanner report (grype, osv-scanner, npm audit, pip-audit, gitleaks JSON, SARIF with security severities, trivy, bandit; the format detected): passes when every count is within max after ignore-unfixed and ignore, each flaw counted once per package and version.",
  properties: {
    report: reportOptionSchema,
    max: {
      ...trivyOptionsSchema.properties.max,
      description: "Findings allowed per severity (default { critical: 0, high: 0 }, and unknown: 0 for a format without severities such as pip-audit), or per class (vulnerabilities, misconfigurations, secrets) with its own severities. A severity not given is unlimited."
    },
    "ignore-unfixed": trivyOptionsSchema.properties["ignore-unfixed"],
    ignore: {
      type: "array",
      items: { type: "string", minLength: 1 },
      description: "Vulnerability or rule ids to leave out; an id matches any of its aliases (CVE, GHSA)."
    },
    scope: {
      ...scopeOptionSchema,
      description: `${scopeOptionSchema.description} A finding without a file (a dependency's flaw) counts only under all; one without a line only under changed-files.`
    },
    "when-no-base": whenNoBaseSchema
  },
  required: ["report"],
  additionalProperties: false
};
function isIgnored(entry, ignored) {
  if (ignored.size === 0) return false;
  if (ignored.has(entry.id) || (entry.aliases ?? []).some((alias) => ignored.has(alias)))
    return true;
  const advisories = entry.advisories ?? [];
  return advisories.length > 0 && advisories.every((advisory) => ignored.has(advisory));
}
__name(isIgnored, "isIgnored");
async function run7(options, context) {
  const started = Date.now();
  const scoped = scopeFor(options.scope, options["when-no-base"], context);
  if ("decided" in scoped) return { ...scoped.decided, durationMs: Date.now() - started };
  const read = await readReports(options.report, context, {
    family: "security",
    formats: SCAN_FORMATS,
    // Bandit's reader applies the scope itself (its counts leave out the findings outside it).
    ...scoped.scope ? { findingScope: scoped.scope } : {}
  });
  if ("errored" in read) return { ...read.errored, durationMs: Date.now() - started };
  const ignored = new Set(options.ignore ?? []);
  const ignoreUnfixed = options["ignore-unfixed"] ?? false;
  const hasUnrated = read.reports.some((report) => report.kind === "scan" && !report.hasSeverity);
  const max = options.max ?? (hasUnrated ? DEFAULT_MAX_WITHOUT_SEVERITY : DEFAULT_MAX);
  const metrics = {
    vulnerabilities: zeroSeverities(),
    misconfigurations: zeroSeverities(),
    secrets: zeroSeverities()
  };
  const kept = [];
  const outside = [];
  const banditFindings = [];
  const seen = /* @__PURE__ */ new Set();
  let leftOut = 0;
  let outOfScope = 0;
  const waived = /* @__PURE__ */ new Set();
  const waiverOf = /* @__PURE__ */ __name((entry) => [entry.id, ...entry.aliases ?? []].find((id) => context.waivedFindings?.has(id)), "waiverOf");
  for (const report of read.reports) {
    if (report.kind === "bandit") {
      outOfScope += report.outOfScope ?? 0;
      for (const severity of ["high", "medium", "low"])
        metrics.vulnerabilities[severity] += report.metrics[severity];
      banditFindings.push(...collectFindings([report]));
      continue;
    }
    for (const entry of report.entries) {
      const key = entryKey(entry);
      if (seen.has(key)) continue;
      seen.add(key);
      const waivedId = waiverOf(entry);
      if (waivedId !== void 0) {
        waived.add(waivedId);
        continue;
      }
      if (isIgnored(entry, ignored) || ignoreUnfixed && entry.class === "vulnerabilities" && !entry.isFixed) {
        leftOut++;
        continue;
      }
      if (scoped.scope && !scoped.scope({
        ...entry.file === void 0 ? {} : { file: entry.file },
        ...entry.line === void 0 ? {} : { line: entry.line }
      })) {
        outOfScope++;
        outside.push(entry);
        continue;
      }
      metrics[entry.class][entry.severity]++;
      kept.push(entry);
    }
  }
  const over = overLimits(max, metrics);
  const counted = TRIVY_CLASSES.filter(
    (c) => SEVERITIES.some((s) => metrics[c][s] > 0) || c === "vulnerabilities"
  ).map((c) => describeClass(c, metrics[c]));
  const ignoredNote = (leftOut > 0 ? ` (${leftOut} ignored)` : "") + (waived.size > 0 ? ` (waived: ${[...waived].join(", ")})` : "");
  const where = scoped.label ? ` on ${scoped.label}${outOfScope ? ` (${outOfScope} elsewhere not counted)` : ""}` : "";
  const isOver = /* @__PURE__ */ __name((entry) => {
    const limit = limitFor(max, entry.class, entry.severity);
    return limit !== void 0 && metrics[entry.class][entry.severity] > limit;
  }, "isOver");
  const failing = kept.filter(isOver);
  const marked = /* @__PURE__ */ __name((findings, inScope) => scoped.scope ? findings.map((finding) => ({ ...finding, inScope })) : findings, "marked");
  return {
    status: over.length > 0 ? "failed" : "passed",
    summary: (over.length > 0 ? over.join(", ") : counted.join("; ")) + where + ignoredNote,
    metrics: { ...metrics, ...scoped.scope ? { outOfScope } : {} },
    // Counted findings first; those outside the scope after them, still listed.
    findings: [
      ...marked(trivyFindings(failing.length > 0 ? failing : kept), true),
      ...banditFindings,
      ...marked(trivyFindings(outside), false)
    ].slice(0, 1e3),
    durationMs: Date.now() - started,
    ...waived.size > 0 ? { waivedFindings: [...waived] } : {}
  };
}
__name(run7, "run");
function describeClass(scanClass, counts) {
  const total = SEVERITIES.reduce((sum, s) => sum + counts[s], 0);
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return `${total} ${classNoun(scanClass, total)}${parts.length > 0 ? ` (${parts.join(", ")})` : ""}`;
}
__name(describeClass, "describeClass");
var scanCheck = {
  kind: "scan",
  optionsSchema: scanOptionsSchema,
  describe: /* @__PURE__ */ __name((options) => {
    const limits = options.max ? Object.entries(options.max).map(
      ([key, value]) => typeof value === "number" ? `${key} \u2264 ${value}` : `${key}: ${Object.entries(value ?? {}).map(([s, n]) => `${s} \u2264 ${String(n)}`).join(", ")}`
    ).join(", ") : "critical \u2264 0, high \u2264 0";
    const extras = [
      options["ignore-unfixed"] ? "ignoring unfixed" : "",
      options.ignore?.length ? `${options.ignore.length} ids ignored` : "",
      options.scope && options.scope !== "all" ? `on ${options.scope.replace("-", " ")}` : ""
    ].filter(Boolean);
    return `${limits} in ${describeReport(options.report)}${extras.length ? ` (${extras.join(", ")})` : ""}`;
  }, "describe"),
  runsCommand: /* @__PURE__ */ __name(() => false, "runsCommand"),
  run: run7
};

// src/checks/http.ts
var MAX_BODY_BYTES = 1024 * 1024;
var MAX_REDIRECTS = 5;
var SHOWN_BODY_CHARS = 2e3;
var seconds = { type: "number", exclusiveMinimum: 0, maximum: 3600 };
var statusCode = { type: "integer", minimum: 100, maximum: 599 };
var httpOptionsSchema = {
  type: "object",
  description: "Requests a URL (GET, TLS verified, the proxy variables applied): passes when it answers with the expected status, and with the text given in contains, within its retries. Declared only, never inferred; refused on pull_request_target unless allowed.",
  properties: {
    url: {
      type: "string",
      pattern: "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$",
      description: "An http:// or https:// URL."
    },
    status: {
      description: "Expected status code, or a list of them (default 200).",
      oneOf: [statusCode, { type: "array", items: statusCode, minItems: 1 }]
    },
    contains: {
      type: "string",
      minLength: 1,
      description: "Literal text the body must contain (its first 1 MiB is read)."
    },
    timeout: { ...seconds, description: "Seconds for one attempt, body included (default 10)." },
    retries: {
      type: "integer",
      minimum: 0,
      maximum: 100,
      description: "Attempts after the first, for a service still starting (default 0)."
    },
    interval: { ...seconds, description: "Seconds between attempts (default 2)." },
    follow: {
      type: "boolean",
      description: "Follow redirects (default false: a redirect is the answer judged)."
    }
  },
  required: ["url"],
  additionalProperties: false
};
function expectedStatuses(options) {
  if (options.status === void 0) return [200];
  return typeof options.status === "number" ? [options.status] : options.status;
}
__name(expectedStatuses, "expectedStatuses");
function mismatch(attempt, options) {
  if ("error" in attempt) return attempt.error;
  const expected = expectedStatuses(options);
  if (!expected.includes(attempt.status)) {
    const redirect = attempt.status >= 300 && attempt.status < 400 && !options.follow ? ` (a redirect${attempt.location ? ` to ${attempt.location}` : ""}; set follow: true to follow it)` : "";
    return `answered ${attempt.status}, expected ${expected.join(" or ")}${redirect}`;
  }
  if (options.contains !== void 0 && !attempt.body.includes(options.contains)) {
    return `answered ${attempt.status} without ${JSON.stringify(options.contains)} in its body${attempt.isTruncated ? " (first 1 MiB read)" : ""}`;
  }
  return void 0;
}
__name(mismatch, "mismatch");
async function run8(options, context) {
  const started = Date.now();
  if (!context.mayFetchHttp) {
    return {
      status: "errored",
      summary: context.httpRefusedReason ?? "http checks do not run on pull_request_target, where a write token sits next to code from a fork (set allow-on-pull-request-target: http to allow)",
      durationMs: 0
    };
  }
  const attempts = 1 + (options.retries ?? 0);
  const timeoutMs = (options.timeout ?? 10) * 1e3;
  const intervalMs = (options.interval ?? 2) * 1e3;
  const dispatchers = new Dispatchers(await loadUndici(), context.env);
  let last;
  let attempt = 1;
  try {
    for (; attempt <= attempts; attempt++) {
      last = await withDeadline(
        fetchOnce(options, dispatchers, timeoutMs, context.signal),
        timeoutMs
      );
      if (mismatch(last, options) === void 0 || context.signal.aborted) break;
      if (attempt < attempts && !await pause(intervalMs, context.signal)) break;
    }
  } finally {
    await dispatchers.destroy();
  }
  const durationMs = Date.now() - started;
  const tried = Math.min(attempt, attempts);
  const triedNote = attempts > 1 ? ` (attempt ${tried} of ${attempts})` : "";
  const status = last && !("error" in last) ? last.status : null;
  const metrics = { status, attempts: tried, durationMs };
  const shown = context.mask(options.url);
  if (context.signal.aborted && (last === void 0 || mismatch(last, options) !== void 0)) {
    return {
      status: "errored",
      summary: `GET ${shown}: not decided (the gate ran out of time or was stopped)`,
      metrics,
      durationMs
    };
  }
  const problem = mismatch(last, options);
  if (problem === void 0) {
    return {
      status: "passed",
      summary: `GET ${shown} answered ${status}${options.contains !== void 0 ? ` with ${JSON.stringify(options.contains)}` : ""}${triedNote}`,
      metrics,
      durationMs
    };
  }
  const output = last && !("error" in last) && last.body !== "" ? context.mask(last.body.slice(0, SHOWN_BODY_CHARS)) : void 0;
  return {
    // No answer (refused, timed out, TLS or DNS failure) leaves the check undecided.
    status: "error" in last ? "errored" : "failed",
    summary: `GET ${shown} ${problem}${attempts > 1 ? ` after ${attempts} attempts` : ""}`,
    metrics,
    durationMs,
    ...output ? { output } : {}
  };
}
__name(run8, "run");
var VERIFIED = { rejectUnauthorized: true };
var Dispatchers = class {
  constructor(undici, env) {
    this.undici = undici;
    this.env = env;
    this.noProxy = (env["NO_PROXY"] ?? env["no_proxy"] ?? "").split(/[\s,]+/).map((entry) => entry.trim().toLowerCase()).filter(Boolean);
  }
  undici;
  env;
  static {
    __name(this, "Dispatchers");
  }
  direct;
  proxied = /* @__PURE__ */ new Map();
  noProxy;
  for(url) {
    const proxy = this.proxyFor(url);
    if (proxy === void 0) return this.direct ??= new this.undici.Agent({ connect: VERIFIED });
    let agent = this.proxied.get(proxy);
    if (agent === void 0) {
      agent = new this.undici.ProxyAgent({ uri: proxy, requestTls: VERIFIED, proxyTls: VERIFIED });
      this.proxied.set(proxy, agent);
    }
    return agent;
  }
  proxyFor(url) {
    const env = this.env;
    const proxy = url.protocol === "https:" ? env["HTTPS_PROXY"] ?? env["https_proxy"] ?? env["HTTP_PROXY"] ?? env["http_proxy"] : env["HTTP_PROXY"] ?? env["http_proxy"];
    if (proxy === void 0 || proxy.trim() === "" || this.isExempt(url)) return void 0;
    return proxy.trim();
  }
  /** NO_PROXY as curl reads it: `*`, a host, `.domain` or `domain` (its subdomains too), with an optional port. */
  isExempt(url) {
    const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
    const port = url.port || (url.protocol === "https:" ? "443" : "80");
    return this.noProxy.some((entry) => {
      if (entry === "*") return true;
      const match = /^(.*?)(?::(\d+))?$/.exec(entry);
      const name = match[1].replace(/^\*?\./, "").replace(/^\[|\]$/g, "");
      if (match[2] !== void 0 && match[2] !== port) return false;
      return host === name || host.endsWith(`.${name}`);
    });
  }
  async destroy() {
    const all = [...this.proxied.values(), ...this.direct ? [this.direct] : []];
    await Promise.all(all.map((agent) => agent.destroy().catch(() => void 0)));
  }
};
async function loadUndici() {
  const loaded = await import("./undici.js");
  return typeof loaded.ProxyAgent === "function" ? loaded : loaded.default;
}
__name(loadUndici, "loadUndici");
async function withDeadline(attempt, timeoutMs) {
  let timer;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(
      () => resolve({ error: `did not answer within ${timeoutMs / 1e3} s`, isTimeout: true }),
      timeoutMs + 50
    );
  });
  try {
    return await Promise.race([attempt, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
__name(withDeadline, "withDeadline");
async function fetchOnce(options, dispatchers, timeoutMs, gateSignal) {
  const { request } = await loadUndici();
  const signal = AbortSignal.any([gateSignal, AbortSignal.timeout(timeoutMs)]);
  let url = options.url;
  try {
    for (let hop = 0; ; hop++) {
      const response = await request(url, {
        method: "GET",
        dispatcher: dispatchers.for(new URL(url)),
        signal,
        headers: { "user-agent": "readiness-gate", accept: "*/*" }
      });
      const location = headerValue(response.headers["location"]);
      const isRedirect = response.statusCode >= 300 && response.statusCode < 400 && location;
      if (isRedirect && options.follow) {
        await response.body.dump({ limit: 64 * 1024 }).catch(() => void 0);
        const next = new URL(location, url);
        if (next.protocol !== "http:" && next.protocol !== "https:")
          return { error: `redirected to a ${next.protocol} URL`, isTimeout: false };
        if (hop >= MAX_REDIRECTS)
          return { error: `more than ${MAX_REDIRECTS} redirects`, isTimeout: false };
        url = next.href;
        continue;
      }
      const { body, isTruncated } = await readBounded(response.body);
      return {
        status: response.statusCode,
        body,
        isTruncated,
        ...location ? { location } : {}
      };
    }
  } catch (error) {
    if (signal.aborted && !gateSignal.aborted)
      return { error: `did not answer within ${timeoutMs / 1e3} s`, isTimeout: true };
    return { error: `could not be reached: ${describeError(error)}`, isTimeout: false };
  }
}
__name(fetchOnce, "fetchOnce");
async function readBounded(body) {
  const chunks = [];
  let size = 0;
  for await (const chunk of body) {
    const room = MAX_BODY_BYTES - size;
    if (chunk.length >= room) {
      chunks.push(chunk.subarray(0, room));
      body.on("error", () => void 0);
      body.destroy();
      return { body: Buffer.concat(chunks).toString("utf8"), isTruncated: true };
    }
    chunks.push(chunk);
    size += chunk.length;
  }
  return { body: Buffer.concat(chunks).toString("utf8"), isTruncated: false };
}
__name(readBounded, "readBounded");
function headerValue(value) {
  return Array.isArray(value) ? value[0] : value;
}
__name(headerValue, "headerValue");
function describeError(error) {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
  const message = cause instanceof Error ? cause.message : String(cause);
  return code && !message.includes(code) ? `${code} ${message}` : message;
}
__name(describeError, "describeError");
function pause(ms, signal) {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    const onAbort = /* @__PURE__ */ __name(() => {
      clearTimeout(timer);
      resolve(false);
    }, "onAbort");
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
__name(pause, "pause");
var httpCheck = {
  kind: "http",
  optionsSchema: httpOptionsSchema,
  describe: /* @__PURE__ */ __name((options) => {
    const expected = expectedStatuses(options).join(" or ");
    const retries = options.retries ? `, ${options.retries} retries` : "";
    return `GET ${options.url} \u2192 ${expected}${options.contains !== void 0 ? ` containing ${JSON.stringify(options.contains)}` : ""}${retries}`;
  }, "describe"),
  runsCommand: /* @__PURE__ */ __name(() => false, "runsCommand"),
  run: run8
};

// src/checks/registry.ts
var modules = {
  command: commandCheck,
  tests: testsCheck,
  coverage: coverageCheck,
  lint: lintCheck,
  bandit: banditCheck,
  trivy: trivyCheck,
  scan: scanCheck,
  http: httpCheck,
  env: envCheck,
  file: fileCheck
};
var checkKinds = new Map(
  Object.entries(modules).map(([kind, module]) => {
    if (module.kind !== kind) throw new Error(`check kind ${kind} is registered as ${module.kind}`);
    return [
      kind,
      module
    ];
  })
);
var CHECK_KIND_NAMES = [...checkKinds.keys()];
function isCheckKind(name) {
  return Object.hasOwn(modules, name);
}
__name(isCheckKind, "isCheckKind");
function getCheckKind(kind) {
  if (!isCheckKind(kind)) throw new Error(`unknown check kind ${String(kind)}`);
  return modules[kind];
}
__name(getCheckKind, "getCheckKind");
function checkSpecOf(kind, options) {
  return { kind, options };
}
__name(checkSpecOf, "checkSpecOf");
function optionsOf(check, kind) {
  if (check?.kind !== kind)
    throw new Error(`expected a ${kind} check, not ${check?.kind ?? "none"}`);
  return check.options;
}
__name(optionsOf, "optionsOf");
function extraOptionProblems(kind, options) {
  const check = checkSpecOf(kind, options);
  return getCheckKind(check.kind).validate?.(check.options) ?? [];
}
__name(extraOptionProblems, "extraOptionProblems");

export {
  refusalHere,
  ENV_NAME_SOURCE,
  sumTests,
  judgeTests,
  planPatch,
  judgeCoverage,
  judgeLint,
  judgeBandit,
  judgeTrivy,
  checkKinds,
  CHECK_KIND_NAMES,
  isCheckKind,
  getCheckKind,
  checkSpecOf,
  optionsOf,
  extraOptionProblems
};
//# sourceMappingURL=shared-checks-coverage.js.map
