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
  colorOf,
  formatOption,
  numberOption,
  parseCommand,
  workdirOf
} from "./shared-cli-args.js";
import {
  resolveInside
} from "./shared-workspace-paths.js";
import "./shared-rg-builtin-path.js";
import "./shared-rg-builtin-fs.js";
import {
  __name
} from "./shared-runtime.js";

// src/cli/merge.ts
var MERGE_OPTIONS = {
  ...COMMON_OPTIONS,
  checklist: { type: "string", short: "c", multiple: true },
  format: { type: "string", short: "f" },
  out: { type: "string", short: "o" },
  "expect-shards": { type: "string" },
  commit: { type: "string" },
  "min-score": { type: "string" },
  infer: { type: "boolean", default: true },
  "coverage-report": { type: "string" },
  confirm: { type: "string", multiple: true },
  "fail-on": { type: "string" },
  base: { type: "string" },
  "base-report": { type: "string" },
  color: { type: "boolean" }
};
var FAIL_ON = ["blocking", "not-ready", "regression", "never"];
async function merge(argv, io) {
  const { values, positionals } = parseCommand(argv, MERGE_OPTIONS, "merge");
  const format = formatOption(values.format, ["text", "markdown", "json"]);
  const failOn = values["fail-on"] ?? "blocking";
  if (!FAIL_ON.includes(failOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, found "${failOn}"`);
  const minScore = numberOption(values["min-score"], "min-score", 0, 100);
  const commit = values.commit;
  const workdir = workdirOf(values, io);
  const baseReportFile = values["base-report"];
  const baseReport = baseReportFile === void 0 ? void 0 : await (await import("./cli-check.js")).readBaseReportFile(workdir, baseReportFile);
  const base = values.base;
  return mergeCommand({
    reports: positionals,
    expectShards: values["expect-shards"],
    checklists: values.checklist ?? [],
    workdir,
    cwd: io.cwd,
    ...base !== void 0 ? { base } : {},
    ...baseReport ? { baseReport } : {},
    format,
    failOn,
    ...values.out !== void 0 ? { out: values.out } : {},
    ...commit !== void 0 ? { commit } : {},
    ...minScore !== void 0 ? { minScore } : {},
    infer: values.infer ?? true,
    ...values["coverage-report"] ? { coverageReport: values["coverage-report"] } : {},
    ...values.confirm ? { confirmations: values.confirm } : {},
    color: colorOf(values, io),
    env: io.env,
    stdout: io.stdout,
    stderr: io.stderr
  });
}
__name(merge, "merge");
async function mergeCommand(input) {
  if (input.reports.length === 0) {
    input.stderr("readiness-gate: merge needs the shard reports (paths or globs)\n");
    return EXIT_BAD_INPUT;
  }
  if (input.expectShards === void 0) {
    input.stderr(
      "readiness-gate: merge needs --expect-shards: the number of shards, or their names (commas)\n"
    );
    return EXIT_BAD_INPUT;
  }
  const [{ runMerge }, { headCommit }, { failsStep }] = await Promise.all([
    import("./merge-run-merge.js"),
    import("./git-head-commit.js"),
    import("./gate-judge.js")
  ]);
  const commit = input.commit ?? await headCommit(input.workdir);
  const { ClockError, clockFromEnvironment } = await import("./clock-clock.js");
  let clock;
  try {
    clock = clockFromEnvironment(input.env, Date.now());
  } catch (error) {
    if (!(error instanceof ClockError)) throw error;
    input.stderr(`readiness-gate: ${error.message}
`);
    return EXIT_BAD_INPUT;
  }
  const outcome = await runMerge({
    clock,
    workdir: input.workdir,
    checklists: input.checklists,
    infer: input.infer,
    ...input.coverageReport ? { coverageReport: input.coverageReport } : {},
    reports: input.reports,
    reportsBase: input.cwd,
    expectShards: input.expectShards,
    commit,
    ...input.confirmations ? { confirmations: input.confirmations } : {},
    ...input.minScore !== void 0 ? { minScore: input.minScore } : {},
    ...input.base !== void 0 ? { changeRequest: { kind: "ref", baseRef: input.base } } : { noBaseReason: "the merge has no base (pass --base REF, e.g. --base origin/main)" },
    ...input.baseReport ? { baseReport: input.baseReport } : {},
    env: input.env
  });
  if (!("problems" in outcome)) {
    if (outcome.change?.range) input.stderr(`changed lines: ${outcome.change.range.how}
`);
    for (const note of outcome.change?.notes ?? []) input.stderr(`note: ${note}
`);
    if (outcome.change?.error)
      input.stderr(`the base could not be reached: ${outcome.change.error}
`);
  }
  if ("problems" in outcome) {
    input.stderr(
      `${outcome.masker.mask(outcome.problems.join("\n"))}
the merge did not decide (configuration error).
`
    );
    return EXIT_BAD_INPUT;
  }
  const render = await rendererFor(input.format, input.out === void 0 && input.color());
  const text = outcome.masker.mask(render(outcome.verdict));
  if (input.out) await writeFile(resolveInside(input.workdir, input.out, "--out"), text);
  else input.stdout(text);
  for (const blocker of outcome.blockers)
    input.stderr(`blocked: ${outcome.masker.mask(blocker)}
`);
  return failsStep(outcome.verdict, input.failOn ?? "blocking") ? EXIT_BLOCKED : EXIT_PASSED;
}
__name(mergeCommand, "mergeCommand");
async function rendererFor(format, color) {
  if (format === "json") {
    const { renderJson } = await import("./render-json.js");
    return (verdict) => renderJson(verdict);
  }
  if (format === "markdown") {
    const { renderMarkdown } = await import("./render-markdown.js");
    return (verdict) => renderMarkdown(verdict);
  }
  const { renderText } = await import("./render-text.js");
  return (verdict) => renderText(verdict, { color });
}
__name(rendererFor, "rendererFor");
export {
  MERGE_OPTIONS,
  merge,
  mergeCommand
};
//# sourceMappingURL=cli-merge.js.map
