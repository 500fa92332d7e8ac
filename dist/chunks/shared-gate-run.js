import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  loadChecklists,
  resolveFiles
} from "./shared-checklist-load.js";
import {
  flattenItems
} from "./shared-checklist-items.js";
import {
  normalizeTitle
} from "./shared-checklist-slug.js";
import {
  getCheckKind,
  refusalHere
} from "./shared-checks-coverage.js";
import {
  computeDelta,
  judgeAll,
  judgeChecklist
} from "./shared-gate-judge.js";
import {
  baseItemOf
} from "./shared-gate-base-report.js";
import {
  __name,
  __require
} from "./shared-runtime.js";

// rg-builtin:os
var m = __require("node:os");
var os_default = m;

// src/secrets/mask.ts
var MASK = "***";
var MIN_SECRET_LENGTH = 4;
var SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|KEY|CREDENTIAL|PRIVATE/i;
function secretNames(env) {
  return Object.keys(env).filter(
    (name) => SECRET_NAME.test(name) && env[name] !== void 0 && env[name] !== ""
  );
}
__name(secretNames, "secretNames");
function base64Forms(value) {
  const bytes = Buffer.from(value, "utf8");
  const forms = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64");
    const start = Math.ceil(8 * offset / 6);
    const end = Math.floor(8 * (offset + bytes.length) / 6);
    const stable = encoded.slice(start, end);
    forms.push(stable, stable.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return forms;
}
__name(base64Forms, "base64Forms");
function htmlForms(value) {
  const escaped = value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return [
    escaped.replace(/'/g, "&#39;"),
    escaped.replace(/'/g, "&#x27;"),
    escaped.replace(/'/g, "&apos;")
  ];
}
__name(htmlForms, "htmlForms");
function encodedForms(value) {
  const percent = encodeURIComponent(value);
  const hex = Buffer.from(value, "utf8").toString("hex");
  return [
    value,
    JSON.stringify(value).slice(1, -1),
    percent,
    percent.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
    // Characters encodeURIComponent leaves alone but other encoders escape.
    percent.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    ...base64Forms(value),
    hex,
    hex.toUpperCase(),
    ...htmlForms(value)
  ];
}
__name(encodedForms, "encodedForms");
function createMasker(initial = []) {
  const values = /* @__PURE__ */ new Set();
  let pattern;
  const add = /* @__PURE__ */ __name((value) => {
    if (value === void 0) return;
    const parts = [value, ...value.split(/\r?\n/)].map((part) => part.trim());
    const forms = [...new Set(parts)].filter((part) => part.length >= MIN_SECRET_LENGTH).flatMap(encodedForms);
    for (const form of forms) {
      const trimmed = form.trim();
      if (trimmed.length >= MIN_SECRET_LENGTH && !values.has(trimmed)) {
        values.add(trimmed);
        pattern = void 0;
      }
    }
  }, "add");
  for (const value of initial) add(value);
  return {
    add,
    values: /* @__PURE__ */ __name(() => [...values], "values"),
    mask(text) {
      if (values.size === 0 || text === "") return text;
      pattern ??= new RegExp(
        [...values].sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
        "g"
      );
      return text.replace(pattern, MASK);
    }
  };
}
__name(createMasker, "createMasker");

// src/gate/run.ts
async function mapConcurrent(inputs, limit, task) {
  const results = new Array(inputs.length);
  let next = 0;
  const worker = /* @__PURE__ */ __name(async () => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await task(inputs[index], index);
    }
  }, "worker");
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, inputs.length)) }, worker));
  return results;
}
__name(mapConcurrent, "mapConcurrent");
function confirmation(item, confirmed, fileMayConfirm) {
  if (confirmed.has(item.id.toLowerCase()) || confirmed.has(normalizeTitle(item.title)))
    return { status: "passed", summary: "ticked in the pull request's description" };
  if (item.checked && fileMayConfirm)
    return { status: "passed", summary: "ticked in the checklist file" };
  return void 0;
}
__name(confirmation, "confirmation");
function judgeManual(item, confirmed, fileMayConfirm) {
  return confirmation(item, confirmed, fileMayConfirm) ?? {
    status: "pending",
    summary: item.checked ? "ticked in the file, but only the pull request's description may confirm" : "awaits a person"
  };
}
__name(judgeManual, "judgeManual");
function untilAborted(promise, signal, fallback) {
  if (signal.aborted) return Promise.resolve(fallback());
  return new Promise((resolve, reject) => {
    const onAbort = /* @__PURE__ */ __name(() => resolve(fallback()), "onAbort");
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    );
  });
}
__name(untilAborted, "untilAborted");
async function decide(checklist, item, options, signal, budgetSec, deadline) {
  const now = options.now ?? Date.now;
  const check = item.check;
  const kind = getCheckKind(check.kind);
  if (signal.aborted) {
    return {
      status: "errored",
      summary: `not run: ${options.signal?.aborted ? "the run was cancelled" : `the gate's time budget (${budgetSec} s) ran out`}`
    };
  }
  const refusal = refusalHere(kind, check.options, options);
  if (refusal !== void 0) return { status: "errored", summary: refusal };
  const context = {
    workdir: options.workdir,
    env: options.env,
    runCommand: options.runCommand,
    resolveFiles: options.resolveFiles,
    mask: options.mask,
    isInferred: item.inferred,
    signal,
    defaultTimeoutSec: options.defaultTimeoutSec,
    mayRunCommands: options.mayRunCommands,
    remainingMs: /* @__PURE__ */ __name(() => deadline - now(), "remainingMs"),
    mayFetchHttp: options.mayFetchHttp ?? true,
    ...options.httpRefusedReason ? { httpRefusedReason: options.httpRefusedReason } : {},
    ...options.keepCoverageLines ? { keepCoverageLines: true } : {},
    ...options.changes ? { changes: options.changes } : {},
    ...options.noBaseReason ? { noBaseReason: options.noBaseReason } : {},
    hasBaseReport: options.baseReport !== void 0,
    ...withBaseItem(baseItemOf(options.baseReport, checklist.path, item.id))
  };
  const started = Date.now();
  try {
    const result = await untilAborted(kind.run(check.options, context), signal, () => ({
      status: "errored",
      summary: `not finished: ${options.signal?.aborted ? "the run was cancelled" : `the gate's time budget (${budgetSec} s) ran out`}`
    }));
    return {
      ...result,
      summary: options.mask(result.summary),
      durationMs: result.durationMs ?? Date.now() - started
    };
  } catch (error) {
    return {
      status: "errored",
      summary: options.mask(
        `internal error in the ${check.kind} check: ${error.message}`
      ),
      durationMs: Date.now() - started
    };
  }
}
__name(decide, "decide");
function confirmationSet(confirmations) {
  return new Set(
    confirmations.flatMap((text) => [text.trim().toLowerCase(), normalizeTitle(text)])
  );
}
__name(confirmationSet, "confirmationSet");
function withBaseItem(base) {
  if (base === void 0) return {};
  return { baseItem: { status: base.status, ...base.metrics ? { metrics: base.metrics } : {} } };
}
__name(withBaseItem, "withBaseItem");
async function runChecklists(checklists, options) {
  const budget = new AbortController();
  const onCancel = /* @__PURE__ */ __name(() => budget.abort(), "onCancel");
  options.signal?.addEventListener("abort", onCancel, { once: true });
  const timer = setTimeout(() => budget.abort(), options.budgetMs);
  timer.unref?.();
  const budgetSec = Math.round(options.budgetMs / 1e3);
  const deadline = (options.now ?? Date.now)() + options.budgetMs;
  const confirmed = confirmationSet(options.confirmations ?? []);
  try {
    const all = checklists.flatMap(
      (checklist) => flattenItems(checklist).map((item) => ({ checklist, item }))
    );
    const results = await mapConcurrent(all, options.concurrency, async ({ checklist, item }) => {
      const fileMayConfirm = (options.confirmFrom ?? checklist.policy.confirmFrom ?? "any") !== "pr-body";
      let result;
      if (item.skip !== void 0) result = { status: "skipped", summary: item.skip };
      else if (!item.check) result = judgeManual(item, confirmed, fileMayConfirm);
      else {
        options.onItemStarted?.(item);
        result = await decide(checklist, item, options, budget.signal, budgetSec, deadline);
        if (result.status === "pending")
          result = { ...result, ...confirmation(item, confirmed, fileMayConfirm) };
      }
      options.onItemDecided?.(item, result, checklist);
      return result;
    });
    return checklists.map((checklist) => {
      const entries = all.map((entry, index) => ({ ...entry, result: results[index] })).filter((entry) => entry.checklist === checklist);
      return judgeChecklist(checklist, entries, options);
    });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onCancel);
  }
}
__name(runChecklists, "runChecklists");

// src/gate/run-gate.ts
var CHANGE_OPTIONS = ["min-patch-lines", "min-patch-branches"];
function needsChanges(checklists) {
  return checklists.some(
    (checklist) => flattenItems(checklist).some((item) => {
      const options = item.check?.options;
      if (options === void 0) return false;
      if (CHANGE_OPTIONS.some((key) => options[key] !== void 0)) return true;
      return options["scope"] !== void 0 && options["scope"] !== "all";
    })
  );
}
__name(needsChanges, "needsChanges");
async function prepareChange(options, checklists) {
  if (!needsChanges(checklists)) return {};
  if (options.changeRequest === void 0)
    return {
      noBaseReason: options.noBaseReason ?? "the run has no base (the CLI needs --base REF, the action a pull_request or merge_group event)",
      change: { notes: [] }
    };
  const { changedLinesFor } = await import("./git-change-range.js");
  try {
    const { range, changes } = await changedLinesFor(options.changeRequest, {
      cwd: options.workdir,
      ...options.signal ? { signal: options.signal } : {}
    });
    return { changes, change: { range, notes: range.notes } };
  } catch (error) {
    const message = error.message;
    return {
      noBaseReason: `the base could not be reached: ${message}`,
      change: { notes: [], error: message }
    };
  }
}
__name(prepareChange, "prepareChange");
var DEFAULT_BUDGET_MS = 30 * 60 * 1e3;
var DEFAULT_COMMAND_TIMEOUT_SEC = 600;
function buildMasker(env, secrets, checklists) {
  const masker = createMasker(secrets);
  for (const name of secretNames(env)) masker.add(env[name]);
  for (const item of checklists.flatMap(flattenItems)) {
    if (item.check?.kind !== "env") continue;
    for (const name of item.check.options.required ?? [])
      masker.add(env[name]);
  }
  return masker;
}
__name(buildMasker, "buildMasker");
async function runCommand(request) {
  const { runCommand: run } = await import("./process-run-command.js");
  return run(request);
}
__name(runCommand, "runCommand");
async function runGate(options) {
  const started = Date.now();
  const loaded = await loadChecklists({
    workdir: options.workdir,
    patterns: options.checklists,
    infer: options.infer,
    ...options.coverageReport ? { coverageReport: options.coverageReport } : {}
  });
  const masker = buildMasker(options.env, options.secrets ?? [], loaded.checklists);
  if (loaded.problems.length > 0 && !(options.decideValid && loaded.checklists.length > 0))
    return { checklists: loaded.checklists, problems: loaded.problems, masker };
  options.onLoaded?.(loaded.checklists.reduce((sum, c) => sum + flattenItems(c).length, 0));
  const prepared = await prepareChange(options, loaded.checklists);
  const verdicts = await runChecklists(loaded.checklists, {
    ...prepared.changes ? { changes: prepared.changes } : {},
    ...prepared.noBaseReason ? { noBaseReason: prepared.noBaseReason } : {},
    ...options.baseReport ? { baseReport: options.baseReport } : {},
    workdir: options.workdir,
    env: options.env,
    concurrency: options.concurrency ?? Math.max(1, os_default.availableParallelism()),
    defaultTimeoutSec: options.defaultTimeoutSec ?? DEFAULT_COMMAND_TIMEOUT_SEC,
    budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS,
    mayRunCommands: options.mayRunCommands ?? true,
    ...options.commandsRefusedReason ? { commandsRefusedReason: options.commandsRefusedReason } : {},
    ...options.mayFetchHttp === void 0 ? {} : { mayFetchHttp: options.mayFetchHttp },
    ...options.httpRefusedReason ? { httpRefusedReason: options.httpRefusedReason } : {},
    ...options.confirmations ? { confirmations: options.confirmations } : {},
    ...options.confirmFrom ? { confirmFrom: options.confirmFrom } : {},
    ...options.minScore !== void 0 ? { minScore: options.minScore } : {},
    ...options.levels ? { levels: options.levels } : {},
    ...options.keepCoverageLines ? { keepCoverageLines: true } : {},
    runCommand,
    resolveFiles: /* @__PURE__ */ __name((pattern) => resolveFiles(options.workdir, pattern), "resolveFiles"),
    mask: masker.mask,
    ...options.signal ? { signal: options.signal } : {},
    ...options.onItemDecided ? { onItemDecided: options.onItemDecided } : {},
    ...options.onItemStarted ? { onItemStarted: options.onItemStarted } : {}
  });
  const judged = judgeAll(verdicts, Date.now() - started, {
    ...options.minScore !== void 0 ? { minScore: options.minScore } : {},
    ...options.levels ? { levels: options.levels } : {},
    ...options.commit ? { commit: options.commit } : {}
  });
  const verdict = options.baseReport ? { ...judged, delta: computeDelta(judged, options.baseReport) } : judged;
  return {
    verdict,
    checklists: loaded.checklists,
    problems: loaded.problems,
    masker,
    ...prepared.change ? { change: prepared.change } : {}
  };
}
__name(runGate, "runGate");

export {
  judgeManual,
  confirmationSet,
  needsChanges,
  DEFAULT_BUDGET_MS,
  DEFAULT_COMMAND_TIMEOUT_SEC,
  buildMasker,
  runGate
};
//# sourceMappingURL=shared-gate-run.js.map
