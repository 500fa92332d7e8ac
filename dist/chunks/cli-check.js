import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  writeFile
} from "./shared-rg-builtin-fs-promises.js";
import {
  COMMON_OPTIONS,
  EXIT_BAD_INPUT,
  EXIT_BLOCKED,
  EXIT_PASSED,
  UsageError,
  checklistsOf,
  colorOf,
  formatOption,
  numberOption,
  parseCommand,
  workdirOf
} from "./shared-cli-args.js";
import {
  readRegularFileSync
} from "./shared-workspace-regular-file.js";
import {
  resolveRealInside
} from "./shared-workspace-paths.js";
import {
  path_default
} from "./shared-rg-builtin-path.js";
import {
  statSync
} from "./shared-rg-builtin-fs.js";
import {
  __name
} from "./shared-runtime.js";

// src/cli/progress.ts
var SHOW_AFTER_MS = 1e3;
var REFRESH_MS = 200;
function startProgress(write) {
  let total = 0;
  let decided = 0;
  const running = /* @__PURE__ */ new Map();
  let shown = false;
  const draw = /* @__PURE__ */ __name(() => {
    const now = [...running.values()];
    const what = now.length > 0 ? ` \xB7 running: ${now.slice(0, 2).join(", ")}${now.length > 2 ? ` +${now.length - 2}` : ""}` : "";
    const columns = process.stderr.columns || 80;
    const line = `${decided}/${total} decided${what}`;
    write(`\r\x1B[2K${line.length > columns - 1 ? `${line.slice(0, columns - 2)}\u2026` : line}`);
    shown = true;
  }, "draw");
  let timer;
  const delay = setTimeout(() => {
    draw();
    timer = setInterval(draw, REFRESH_MS);
    timer.unref?.();
  }, SHOW_AFTER_MS);
  delay.unref?.();
  return {
    loaded: /* @__PURE__ */ __name((count) => {
      total = count;
    }, "loaded"),
    started: /* @__PURE__ */ __name((item) => {
      running.set(item.id, item.title.length > 40 ? `${item.title.slice(0, 39)}\u2026` : item.title);
    }, "started"),
    decided: /* @__PURE__ */ __name((item) => {
      running.delete(item.id);
      decided += 1;
    }, "decided"),
    stop: /* @__PURE__ */ __name(() => {
      clearTimeout(delay);
      if (timer) clearInterval(timer);
      if (shown) write("\r\x1B[2K");
    }, "stop")
  };
}
__name(startProgress, "startProgress");

// src/cli/check.ts
var CHECK_OPTIONS = {
  ...COMMON_OPTIONS,
  checklist: { type: "string", short: "c", multiple: true },
  format: { type: "string", short: "f" },
  out: { type: "string", short: "o" },
  "min-score": { type: "string" },
  infer: { type: "boolean", default: true },
  "coverage-report": { type: "string" },
  concurrency: { type: "string" },
  "timeout-minutes": { type: "string" },
  confirm: { type: "string", multiple: true },
  "confirm-from": { type: "string" },
  "fail-on": { type: "string" },
  base: { type: "string" },
  "base-report": { type: "string" },
  verbose: { type: "boolean" },
  color: { type: "boolean" },
  shard: { type: "string" },
  commit: { type: "string" }
};
var FAIL_ON = ["blocking", "not-ready", "regression", "never"];
async function check(argv, io, signal) {
  const { values, positionals } = parseCommand(argv, CHECK_OPTIONS, "check");
  const shard = values.shard;
  const chosen = formatOption(values.format ?? (shard !== void 0 ? "json" : void 0), [
    "text",
    "markdown",
    "json"
  ]);
  try {
    if (shard !== void 0) {
      if (shard.trim() === "") throw new UsageError("--shard needs a name");
      if (chosen !== "json")
        throw new UsageError(
          "--shard writes a JSON shard report: use --format json (the default with --shard)"
        );
      return await checkShard(values, positionals, shard.trim(), io, signal);
    }
    if (values.commit !== void 0)
      throw new UsageError("--commit names a shard's commit: use it with --shard");
    return await checkWith(values, positionals, chosen, io, signal);
  } catch (error) {
    if (chosen === "json" && error instanceof UsageError) {
      const { renderErrorJson } = await import("./render-json.js");
      io.stdout(
        renderErrorJson([{ file: "", line: 0, column: 0, message: error.message }], "bad-usage")
      );
      io.stderr(`readiness-gate: ${error.message}
`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}
__name(check, "check");
async function checkWith(values, positionals, chosen, io, signal) {
  const workdir = workdirOf(values, io);
  const outFile = outFileOf(values, workdir);
  const failOn = values["fail-on"] ?? "blocking";
  if (!FAIL_ON.includes(failOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, found "${failOn}"`);
  const limits = limitsOf(values);
  const base = values.base;
  const baseReportFile = values["base-report"];
  const baseReport = baseReportFile === void 0 ? void 0 : await readBaseReportFile(workdir, baseReportFile);
  const verbose = values.verbose === true;
  const color = colorOf(values, io);
  const textColor = chosen === "text" && outFile === void 0 && color();
  const renderer = chosen === "json" ? import("./render-json.js").then((m) => (verdict) => m.renderJson(verdict)) : chosen === "markdown" ? import("./render-markdown.js").then(
    (m) => (verdict) => m.renderMarkdown(verdict)
  ) : import("./render-text.js").then(
    (m) => (verdict) => m.renderText(verdict, { color: textColor, verbose })
  );
  renderer.catch(() => void 0);
  const [{ runGate }, { failsStep }, { headCommit }] = await Promise.all([
    import("./gate-run-gate.js"),
    import("./gate-judge.js"),
    import("./cli-commit.js")
  ]);
  const clock = await clockOf(io.env);
  const confirmFrom = values["confirm-from"];
  if (confirmFrom !== void 0 && !["any", "pr-body", "review"].includes(confirmFrom))
    throw new UsageError(
      `--confirm-from must be one of any, pr-body, review, found "${confirmFrom}"`
    );
  let baseCommit;
  if (base) {
    const { mergeBase } = await import("./git-commits.js");
    try {
      baseCommit = await mergeBase(base, "HEAD", { cwd: workdir });
    } catch (error) {
      throw new UsageError(`--base ${base}: ${error.message}`);
    }
    if (baseCommit === void 0)
      throw new UsageError(`--base ${base}: it shares no commit with HEAD in this checkout`);
  }
  const progress = io.isStderrTty ? startProgress(io.stderr) : void 0;
  const commit = headCommit(workdir);
  let outcome;
  try {
    outcome = await runGate({
      clock,
      ...baseCommit ? { baseCommit } : {},
      ...confirmFrom ? { confirmFrom } : {},
      workdir,
      checklists: checklistsOf(values, positionals),
      ...base !== void 0 ? { changeRequest: { kind: "ref", baseRef: base } } : { noBaseReason: "the run has no base (pass --base REF, e.g. --base origin/main)" },
      ...baseReport ? { baseReport } : {},
      infer: values.infer ?? true,
      env: io.env,
      ...commit ? { commit } : {},
      ...limits,
      ...signal ? { signal } : {},
      ...progress ? {
        onLoaded: progress.loaded,
        onItemStarted: /* @__PURE__ */ __name((item) => progress.started(item), "onItemStarted"),
        onItemDecided: /* @__PURE__ */ __name((item) => progress.decided(item), "onItemDecided")
      } : {}
    });
  } finally {
    progress?.stop();
  }
  if (outcome.change?.range) io.stderr(`changed lines: ${outcome.change.range.how}
`);
  for (const note of outcome.change?.notes ?? []) io.stderr(`note: ${note}
`);
  if (outcome.change?.error) io.stderr(`the base could not be reached: ${outcome.change.error}
`);
  if (!outcome.verdict) {
    if (chosen === "json") {
      const { renderErrorJson } = await import("./render-json.js");
      io.stdout(outcome.masker.mask(renderErrorJson(outcome.problems)));
    }
    return noVerdict(outcome.problems, outcome.masker.mask, io);
  }
  const text = outcome.masker.mask((await renderer)(outcome.verdict));
  if (outFile !== void 0) await writeFile(outFile, text);
  else io.stdout(text);
  return failsStep(outcome.verdict, failOn) ? EXIT_BLOCKED : EXIT_PASSED;
}
__name(checkWith, "checkWith");
function outFileOf(values, workdir) {
  const out = values.out;
  if (out === void 0) return void 0;
  const outFile = resolveRealInside(workdir, out, "--out");
  let isFolder = false;
  try {
    isFolder = statSync(outFile).isDirectory();
  } catch {
  }
  if (isFolder) throw new UsageError(`--out ${out} is a folder; give a file's path`);
  return outFile;
}
__name(outFileOf, "outFileOf");
async function checkShard(values, positionals, shard, io, signal) {
  const workdir = workdirOf(values, io);
  const outFile = outFileOf(values, workdir);
  const [{ runGate }, { renderJson, renderErrorJson }, { checklistDigests }] = await Promise.all([
    import("./gate-run-gate.js"),
    import("./render-json.js"),
    import("./gate-checklist-digest.js")
  ]);
  const commit = values.commit ?? await (await import("./git-head-commit.js")).headCommit(workdir);
  if (commit === void 0 || !/^[0-9a-f]{40,64}$/.test(commit))
    throw new UsageError(
      `a shard report needs its commit: ${commit === void 0 ? `${workdir} is not a git checkout; pass --commit SHA` : `--commit must be a full hex hash, found "${commit}"`}`
    );
  const limits = limitsOf(values);
  const clock = await clockOf(io.env);
  const outcome = await runGate({
    clock,
    workdir,
    checklists: checklistsOf(values, positionals),
    infer: values.infer ?? true,
    env: io.env,
    commit,
    keepCoverageLines: true,
    ...limits,
    ...signal ? { signal } : {}
  });
  if (!outcome.verdict) {
    io.stdout(outcome.masker.mask(renderErrorJson(outcome.problems)));
    return noVerdict(outcome.problems, outcome.masker.mask, io);
  }
  const checklistSha256 = await checklistDigests(workdir, outcome.checklists);
  const text = outcome.masker.mask(
    renderJson(outcome.verdict, void 0, { shard: { shard, commit, checklistSha256 } })
  );
  if (outFile !== void 0) await writeFile(outFile, text);
  else io.stdout(text);
  return EXIT_PASSED;
}
__name(checkShard, "checkShard");
function limitsOf(values) {
  const minScore = numberOption(values["min-score"], "min-score", 0, 100);
  const concurrency = numberOption(values.concurrency, "concurrency", 1, 256, true);
  const budgetMinutes = numberOption(values["timeout-minutes"], "timeout-minutes", 0.01, 24 * 60);
  return {
    ...minScore !== void 0 ? { minScore } : {},
    ...concurrency !== void 0 ? { concurrency } : {},
    ...budgetMinutes !== void 0 ? { budgetMs: budgetMinutes * 6e4 } : {},
    ...values["coverage-report"] ? { coverageReport: values["coverage-report"] } : {},
    ...values.confirm ? { confirmations: values.confirm } : {}
  };
}
__name(limitsOf, "limitsOf");
async function clockOf(env) {
  const { ClockError, clockFromEnvironment } = await import("./clock-clock.js");
  try {
    return clockFromEnvironment(env, Date.now());
  } catch (error) {
    if (error instanceof ClockError) throw new UsageError(error.message);
    throw error;
  }
}
__name(clockOf, "clockOf");
async function noVerdict(problems, mask, io) {
  const { formatProblem } = await import("./checklist-load.js");
  io.stderr(
    mask(
      `${problems.map(formatProblem).join("\n")}
${problems.length} problem${problems.length === 1 ? "" : "s"}: no verdict was reached.
`
    )
  );
  return EXIT_BAD_INPUT;
}
__name(noVerdict, "noVerdict");
async function readBaseReportFile(workdir, file) {
  const { parseBaseReport, BaseReportError } = await import("./gate-base-report.js");
  let text;
  try {
    text = readRegularFileSync(path_default.resolve(workdir, file), 256 * 1024 * 1024).toString("utf8");
  } catch (error) {
    throw new UsageError(
      `--base-report ${file}: ${error.code === "ENOENT" ? "file not found" : error.message}`
    );
  }
  try {
    return parseBaseReport(text, file);
  } catch (error) {
    if (error instanceof BaseReportError) throw new UsageError(`--base-report ${error.message}`);
    throw error;
  }
}
__name(readBaseReportFile, "readBaseReportFile");
export {
  CHECK_OPTIONS,
  check,
  readBaseReportFile
};
//# sourceMappingURL=cli-check.js.map
