import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  parseConfirmCommands
} from "./shared-gate-confirm-commands.js";
import {
  applyItemWaiver,
  isInEffect,
  judgeFindingWaiver,
  waiverStateOn
} from "./shared-gate-waivers.js";
import {
  computeDelta,
  judgeAll,
  judgeChecklist
} from "./shared-gate-judge.js";
import {
  baseItemOf
} from "./shared-gate-base-report.js";
import {
  loadChecklists,
  resolveFiles
} from "./shared-checklist-load.js";
import {
  isNewWaiver,
  newWaiverDateProblems
} from "./shared-checklist-validators.js";
import {
  normalizeTitle
} from "./shared-checklist-slug.js";
import {
  flattenItems
} from "./shared-checklist-items.js";
import {
  getCheckKind,
  refusalHere
} from "./shared-checks-coverage.js";
import {
  todayOf
} from "./shared-clock-clock.js";
import {
  __name,
  __require
} from "./shared-runtime.js";

// rg-builtin:os
var m = __require("node:os");
var os_default = m;

// src/gate/sign-off.ts
function collectCommands(activity, commits) {
  const out = [];
  const push = /* @__PURE__ */ __name((body, by, at, on, via) => {
    if (!at) return;
    const atMs = Date.parse(at);
    if (!Number.isFinite(atMs)) return;
    for (const command of parseConfirmCommands(body))
      out.push({ ...command, by: by.toLowerCase(), atMs, at, on, via });
  }, "push");
  for (const review of activity.reviews) {
    if (review.state !== "APPROVED" && review.state !== "COMMENTED") continue;
    push(review.body, review.user, review.submittedAt, review.commitId, "review");
  }
  for (const comment of activity.reviewComments)
    push(comment.body, comment.user, comment.createdAt, comment.originalCommitId, "review-comment");
  const newestFirst = [...commits].sort((a, b) => b.committedAtMs - a.committedAtMs);
  for (const comment of activity.comments) {
    const atMs = Date.parse(comment.createdAt);
    const on = newestFirst.find((commit) => commit.committedAtMs <= atMs)?.sha ?? null;
    push(comment.body, comment.user, comment.createdAt, on, "comment");
  }
  return out.sort((a, b) => a.atMs - b.atMs);
}
__name(collectCommands, "collectCommands");
var short = /* @__PURE__ */ __name((sha) => sha ? sha.slice(0, 7) : "an unknown commit", "short");
function describeConfirmation(confirmation2) {
  if (confirmation2.via === "pr-body") return "ticked in the pull request's description";
  if (confirmation2.via === "file") return "ticked in the checklist file";
  return `confirmed by @${confirmation2.by ?? "someone"} on ${short(confirmation2.on)}`;
}
__name(describeConfirmation, "describeConfirmation");
function matches(command, item) {
  if (command.title !== void 0)
    return normalizeTitle(command.title) === normalizeTitle(item.title);
  return command.ids.some((id) => id.toLowerCase() === item.id.toLowerCase());
}
__name(matches, "matches");
function mayConfirm(login, item, activity) {
  if (login === activity.author.toLowerCase()) return false;
  if (!activity.writers.includes(login)) return false;
  if (!item.owners) return true;
  return item.owners.some((owner) => {
    const name = owner.toLowerCase();
    if (!name.includes("/")) return name.replace(/^@/, "") === login;
    const team = name.startsWith("@") ? name : `@${name}`;
    return activity.teamMembers?.[team]?.includes(login) ?? false;
  });
}
__name(mayConfirm, "mayConfirm");
function howToConfirm(item, confirmFrom, teamsUnknownReason) {
  if (!item.owners && confirmFrom !== "review") {
    return item.checked && confirmFrom === "pr-body" ? "ticked in the file, but only the pull request's description may confirm" : "awaits a person";
  }
  const who = item.owners ? `from ${item.owners.map((owner) => owner.startsWith("@") ? owner : `@${owner}`).join(" or ")}` : "from someone with write access who is not the author";
  const teamNote = item.owners?.some((owner) => owner.includes("/")) && teamsUnknownReason ? ` (team membership cannot be read: ${teamsUnknownReason})` : "";
  return `waiting for \`/confirm ${item.id}\` in a review or comment ${who}${teamNote}`;
}
__name(howToConfirm, "howToConfirm");
function decideManualItem(item, context) {
  const { confirmFrom, activity } = context;
  const byCommand = item.owners !== void 0 || confirmFrom !== "pr-body";
  if (byCommand && activity) {
    let latest;
    for (const command of context.commands) {
      if (!matches(command, item)) continue;
      if (mayConfirm(command.by, item, activity)) latest = command;
    }
    if (latest?.action === "confirm") {
      const confirmation2 = {
        by: latest.by,
        at: new Date(latest.atMs).toISOString(),
        on: latest.on,
        via: latest.via
      };
      return {
        result: { status: "passed", summary: describeConfirmation(confirmation2) },
        confirmation: confirmation2
      };
    }
  }
  if (item.owners === void 0 && confirmFrom !== "review") {
    if (context.ticked.has(item.id.toLowerCase()) || context.ticked.has(normalizeTitle(item.title))) {
      const confirmation2 = { by: null, at: null, on: null, via: "pr-body" };
      return {
        result: { status: "passed", summary: describeConfirmation(confirmation2) },
        confirmation: confirmation2
      };
    }
    if (item.checked && confirmFrom === "any") {
      const confirmation2 = { by: null, at: null, on: null, via: "file" };
      return {
        result: { status: "passed", summary: describeConfirmation(confirmation2) },
        confirmation: confirmation2
      };
    }
  }
  const ignoredTick = item.checked && (confirmFrom === "review" || item.owners !== void 0) ? "ticked in the file, which does not confirm here; " : "";
  return {
    result: {
      status: "pending",
      summary: `${ignoredTick}${howToConfirm(item, confirmFrom, activity?.teamsUnknownReason)}`
    }
  };
}
__name(decideManualItem, "decideManualItem");

// src/gate/weakenings.ts
var CONFIRM_STRENGTH = { any: 0, "pr-body": 1, review: 2 };
var later = /* @__PURE__ */ __name((head, base) => head !== void 0 && (base === void 0 || head > base), "later");
function policyWeakenings(base, head) {
  const out = [];
  const say = /* @__PURE__ */ __name((message) => {
    out.push({ message: `changed in this pull request: ${message}` });
  }, "say");
  const baseConfirm = base.confirmFrom ?? "any";
  const headConfirm = head.confirmFrom ?? "any";
  if (CONFIRM_STRENGTH[headConfirm] < CONFIRM_STRENGTH[baseConfirm])
    say(`policy confirm-from ${baseConfirm} \u2192 ${headConfirm}`);
  if (base.waivers === "reviewed" && head.waivers !== "reviewed")
    say(`policy waivers reviewed \u2192 ${head.waivers ?? "any"}`);
  if ((head.maxWaiverDays ?? 90) > (base.maxWaiverDays ?? 90))
    say(`policy max-waiver-days ${base.maxWaiverDays ?? 90} \u2192 ${head.maxWaiverDays ?? 90}`);
  if (later(head.enforceFrom, base.enforceFrom))
    say(`policy enforce-from ${base.enforceFrom ?? "(none)"} \u2192 ${head.enforceFrom}`);
  if ((head.minScore ?? 0) < (base.minScore ?? 0))
    say(`policy min-score ${base.minScore ?? 0} \u2192 ${head.minScore ?? 0}`);
  return out;
}
__name(policyWeakenings, "policyWeakenings");
function itemWeakenings(base, head) {
  const out = [];
  const say = /* @__PURE__ */ __name((message) => {
    out.push({ message: `changed in this pull request: ${head.id} ${message}`, itemId: head.id });
  }, "say");
  if (base.blocking && !head.blocking) say("blocking true \u2192 false");
  const missingOwners = (base.owners ?? []).filter(
    (owner) => !(head.owners ?? []).some((o) => o.toLowerCase() === owner.toLowerCase())
  );
  if (base.owners && (!head.owners || missingOwners.length > 0))
    say(`owners ${base.owners.join(", ")} \u2192 ${head.owners?.join(", ") ?? "(anyone)"}`);
  const missingCovers = (base.covers ?? []).filter((glob) => !(head.covers ?? []).includes(glob));
  if (missingCovers.length > 0) say(`covers no longer ${missingCovers.join(", ")}`);
  if (later(head.enforceFrom, base.enforceFrom))
    say(`enforce-from ${base.enforceFrom ?? "(none)"} \u2192 ${head.enforceFrom}`);
  return out;
}
__name(itemWeakenings, "itemWeakenings");
function findWeakenings(base, head) {
  const out = policyWeakenings(base.policy, head.policy);
  const headItems = new Map(flattenItems(head).map((item) => [item.id, item]));
  for (const baseItem of flattenItems(base)) {
    const headItem = headItems.get(baseItem.id);
    if (!headItem)
      out.push({ message: `changed in this pull request: item ${baseItem.id} removed` });
    else out.push(...itemWeakenings(baseItem, headItem));
  }
  return out;
}
__name(findWeakenings, "findWeakenings");
function mapItems(checklist, fn) {
  const mapItem = /* @__PURE__ */ __name((item) => fn({ ...item, children: item.children.map(mapItem) }), "mapItem");
  const mapSection = /* @__PURE__ */ __name((section) => ({
    ...section,
    items: section.items.map(mapItem),
    sections: section.sections.map(mapSection)
  }), "mapSection");
  return {
    ...checklist,
    items: checklist.items.map(mapItem),
    sections: checklist.sections.map(mapSection)
  };
}
__name(mapItems, "mapItems");
function withBaseSettings(head, base, pending) {
  if (pending.length === 0) return head;
  const policy = pending.some((w) => w.itemId === void 0) ? {
    ...head.policy,
    ...CONFIRM_STRENGTH[head.policy.confirmFrom ?? "any"] < CONFIRM_STRENGTH[base.policy.confirmFrom ?? "any"] ? { confirmFrom: base.policy.confirmFrom } : {},
    ...base.policy.waivers === "reviewed" ? { waivers: "reviewed" } : {},
    ...(head.policy.maxWaiverDays ?? 90) > (base.policy.maxWaiverDays ?? 90) ? { maxWaiverDays: base.policy.maxWaiverDays ?? 90 } : {},
    ...(head.policy.minScore ?? 0) < (base.policy.minScore ?? 0) ? { minScore: base.policy.minScore ?? 0 } : {},
    ...later(head.policy.enforceFrom, base.policy.enforceFrom) ? { enforceFrom: base.policy.enforceFrom } : {}
  } : head.policy;
  const baseItems = new Map(flattenItems(base).map((item) => [item.id, item]));
  const weakenedIds = new Set(pending.map((w) => w.itemId).filter(Boolean));
  const reverted = mapItems(head, (item) => {
    const before = baseItems.get(item.id);
    if (!before || !weakenedIds.has(item.id)) return item;
    const { owners: _owners, covers: _covers, enforceFrom: _enforceFrom, ...rest } = item;
    return {
      ...rest,
      blocking: item.blocking || before.blocking,
      ...before.owners ? { owners: before.owners } : {},
      ...before.covers || item.covers ? { covers: [.../* @__PURE__ */ new Set([...item.covers ?? [], ...before.covers ?? []])] } : {},
      ...later(item.enforceFrom, before.enforceFrom) ? before.enforceFrom ? { enforceFrom: before.enforceFrom } : {} : item.enforceFrom ? { enforceFrom: item.enforceFrom } : {}
    };
  });
  const cleanPolicy = Object.fromEntries(
    Object.entries(policy).filter(([, value]) => value !== void 0)
  );
  return { ...reverted, policy: cleanPolicy };
}
__name(withBaseSettings, "withBaseSettings");

// src/gate/accountability.ts
async function checklistAt(workdir, commit, checklist) {
  let text;
  try {
    const { fileAtCommit } = await import("./git-commits.js");
    text = (await fileAtCommit(commit, checklist.path, { cwd: workdir }))?.toString("utf8");
  } catch {
    return void 0;
  }
  if (text === void 0) return void 0;
  if (checklist.format === "yaml") {
    const { loadYamlChecklist } = await import("./checklist-yaml.js");
    return loadYamlChecklist(text, checklist.path).checklist;
  }
  const [{ loadMarkdownChecklist }, { TEXT_ONLY_CONTEXT }] = await Promise.all([
    import("./checklist-markdown.js"),
    import("./checklist-recognize.js")
  ]);
  const loaded = loadMarkdownChecklist(text, checklist.path, TEXT_ONLY_CONTEXT);
  return loaded.problems.length === 0 ? loaded.checklist : void 0;
}
__name(checklistAt, "checklistAt");
var sameWaiver = /* @__PURE__ */ __name((a, b) => a.item === b.item && (a.finding ?? "") === (b.finding ?? "") && a.until === b.until && a.by === b.by && a.reason === b.reason, "sameWaiver");
async function prepareAccountability(checklists, options) {
  const today = todayOf(options.clock);
  const problems = [];
  const judgedList = [];
  const accountability = /* @__PURE__ */ new Map();
  let people;
  const peopleOf = /* @__PURE__ */ __name(async () => {
    if (people) return people;
    const activity = await options.getActivity();
    if (!activity) return people = { approvals: [], commands: [] };
    const approvals = activity.reviews.filter(
      (review) => review.state === "APPROVED" && review.commitId && review.user.toLowerCase() !== activity.author.toLowerCase() && activity.writers.includes(review.user.toLowerCase())
    );
    let commits = [];
    if (activity.comments.length > 0) {
      try {
        const { commitsBetween } = await import("./git-changed-files.js");
        commits = await commitsBetween(options.workdir, options.baseCommit, activity.headSha);
      } catch {
        commits = [];
      }
    }
    return people = { activity, approvals, commands: collectCommands(activity, commits) };
  }, "peopleOf");
  for (const head of checklists) {
    const base = options.baseCommit ? await checklistAt(options.workdir, options.baseCommit, head) : void 0;
    const baseWaivers = options.baseCommit ? base?.waivers ?? [] : void 0;
    problems.push(...newWaiverDateProblems(head, baseWaivers, today));
    const approvedAt = /* @__PURE__ */ new Map();
    const atApproval = /* @__PURE__ */ __name(async (commit) => {
      if (!approvedAt.has(commit))
        approvedAt.set(commit, await checklistAt(options.workdir, commit, head));
      return approvedAt.get(commit);
    }, "atApproval");
    const isReviewed = head.policy.waivers === "reviewed" || base?.policy.waivers === "reviewed";
    const weakenings = base ? findWeakenings(base, head) : [];
    const pendingWeakenings = [];
    for (const weakening of weakenings) {
      let approved = false;
      if (isReviewed && base) {
        for (const review of (await peopleOf()).approvals) {
          const then = await atApproval(review.commitId);
          if (then && findWeakenings(base, then).some((w) => w.message === weakening.message)) {
            approved = true;
            break;
          }
        }
      }
      if (isReviewed && !approved) pendingWeakenings.push(weakening);
    }
    const judged = base ? withBaseSettings(head, base, pendingWeakenings) : head;
    const waivers = [];
    for (const waiver of head.waivers ?? []) {
      const isNew = isNewWaiver(waiver, baseWaivers);
      let awaiting = false;
      if (isNew && isReviewed) {
        awaiting = true;
        for (const review of (await peopleOf()).approvals) {
          const then = await atApproval(review.commitId);
          if (then?.waivers?.some((candidate) => sameWaiver(candidate, waiver))) {
            awaiting = false;
            break;
          }
        }
      }
      waivers.push({ waiver, isNew, ...waiverStateOn(waiver, today, awaiting) });
    }
    const confirmFrom = options.confirmFrom ?? judged.policy.confirmFrom ?? "any";
    const manual = /* @__PURE__ */ new Map();
    for (const item of flattenItems(judged)) {
      if (item.check) continue;
      const { activity, commands } = await peopleOf();
      let decision = decideManualItem(item, {
        confirmFrom,
        ticked: options.ticked,
        ...activity ? { activity } : {},
        commands
      });
      const on = decision.confirmation?.on;
      if (item.covers && on && decision.confirmation?.by && options.headCommit) {
        decision = await checkCovers(
          options.workdir,
          item.covers,
          on,
          options.headCommit,
          decision
        );
      }
      manual.set(item.id, decision);
    }
    judgedList.push(judged);
    accountability.set(judged, {
      today,
      waivers,
      manual,
      weakenings: weakenings.map(
        (w) => `${w.message}${pendingWeakenings.includes(w) ? " (judged as before until someone other than the author approves)" : ""}`
      )
    });
  }
  return { checklists: judgedList, accountability, problems };
}
__name(prepareAccountability, "prepareAccountability");
async function checkCovers(workdir, covers, on, head, decision) {
  const [{ default: picomatch }, { changedFilesBetween }] = await Promise.all([
    import("./picomatch.js"),
    import("./git-changed-files.js")
  ]);
  const isCovered = picomatch([...covers], { dot: true });
  let changed;
  try {
    changed = on === head ? [] : await changedFilesBetween(workdir, on, head);
  } catch {
    return {
      result: {
        status: "pending",
        summary: `${decision.result.summary}, but commit ${on.slice(0, 7)} is not in this checkout, so changes to ${covers.join(", ")} since then cannot be ruled out: fetch more history (fetch-depth: 0) or confirm again`
      }
    };
  }
  const touched = changed.filter((file) => isCovered(file));
  if (touched.length === 0) return decision;
  const shown = touched.slice(0, 3).join(", ") + (touched.length > 3 ? ` and ${touched.length - 3} more` : "");
  return {
    result: {
      status: "pending",
      summary: `stale: ${decision.result.summary}, but ${shown} changed since (covers ${covers.join(", ")}); confirm again`
    }
  };
}
__name(checkCovers, "checkCovers");

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
async function decide(checklist, item, options, signal, budgetSec, deadline, waivedFindings) {
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
    ...withBaseItem(baseItemOf(options.baseReport, checklist.path, item.id)),
    ...waivedFindings && waivedFindings.size > 0 ? { waivedFindings } : {}
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
    const manualDecisions = /* @__PURE__ */ new Map();
    const results = await mapConcurrent(
      all,
      options.concurrency,
      async ({ checklist, item }, index) => {
        const accountability = options.accountability?.get(checklist);
        const fileMayConfirm = (options.confirmFrom ?? checklist.policy.confirmFrom ?? "any") !== "pr-body";
        let result;
        if (item.skip !== void 0) result = { status: "skipped", summary: item.skip };
        else if (!item.check) {
          const decision = accountability?.manual.get(item.id);
          if (decision) {
            manualDecisions.set(index, decision);
            result = decision.result;
          } else result = judgeManual(item, confirmed, fileMayConfirm);
        } else {
          options.onItemStarted?.(item);
          const waivedFindings = new Set(
            (accountability?.waivers ?? []).filter(
              (judged) => judged.waiver.item === item.id && judged.waiver.finding !== void 0 && isInEffect(judged)
            ).map((judged) => judged.waiver.finding)
          );
          result = await decide(
            checklist,
            item,
            options,
            budget.signal,
            budgetSec,
            deadline,
            waivedFindings
          );
          if (result.status === "pending")
            result = { ...result, ...confirmation(item, confirmed, fileMayConfirm) };
        }
        options.onItemDecided?.(item, result, checklist);
        return result;
      }
    );
    return checklists.map((checklist) => {
      const accountability = options.accountability?.get(checklist);
      const judgedWaivers = /* @__PURE__ */ new Map();
      const entries = [];
      all.forEach((entry, index) => {
        if (entry.checklist !== checklist) return;
        const { item } = entry;
        let result = results[index];
        const confirmation2 = manualDecisions.get(index)?.confirmation;
        if (!accountability) {
          entries.push({ item, result });
          return;
        }
        for (const judged of accountability.waivers) {
          if (judged.waiver.item !== item.id || judged.waiver.finding === void 0) continue;
          judgedWaivers.set(judged, judgeFindingWaiver(judged, result));
        }
        if (accountability.judgesItemWaivers === false) {
          entries.push({ item, result, ...confirmation2 ? { confirmation: confirmation2 } : {} });
          return;
        }
        const itemWaiver = accountability.waivers.find(
          (judged) => judged.waiver.item === item.id && judged.waiver.finding === void 0
        );
        const applied = applyItemWaiver(
          item,
          result,
          itemWaiver,
          accountability.today,
          checklist.policy.enforceFrom
        );
        result = applied.result;
        if (itemWaiver && applied.waiver) judgedWaivers.set(itemWaiver, applied.waiver);
        entries.push({
          item,
          result,
          ...applied.waiver ? { waiver: applied.waiver } : {},
          ...confirmation2 ? { confirmation: confirmation2 } : {},
          ...applied.enforceFrom ? { enforceFrom: applied.enforceFrom } : {}
        });
      });
      return judgeChecklist(checklist, entries, options, {
        ...accountability ? {
          waivers: accountability.waivers.map((judged) => judgedWaivers.get(judged) ?? judged),
          weakenings: accountability.weakenings
        } : {}
      });
    });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onCancel);
  }
}
__name(runChecklists, "runChecklists");

// src/gate/run-gate.ts
function needsChanges(checklists) {
  return checklists.some(
    (checklist) => flattenItems(checklist).some((item) => item.check !== void 0 && judgesChange(item.check))
  );
}
__name(needsChanges, "needsChanges");
function judgesChange(check) {
  switch (check.kind) {
    case "coverage":
      return check.options["min-patch-lines"] !== void 0 || check.options["min-patch-branches"] !== void 0;
    case "lint":
    case "bandit":
    case "scan":
      return check.options.scope !== void 0 && check.options.scope !== "all";
    default:
      return false;
  }
}
__name(judgesChange, "judgesChange");
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
async function loadMasked(options) {
  const loaded = await loadChecklists({
    workdir: options.workdir,
    patterns: options.checklists,
    infer: options.infer,
    ...options.coverageReport ? { coverageReport: options.coverageReport } : {}
  });
  return { loaded, masker: buildMasker(options.env, options.secrets ?? [], loaded.checklists) };
}
__name(loadMasked, "loadMasked");
async function runCommand(request) {
  const { runCommand: run } = await import("./process-run-command.js");
  return run(request);
}
__name(runCommand, "runCommand");
async function runGate(options) {
  const started = Date.now();
  const { loaded, masker } = await loadMasked(options);
  if (loaded.problems.length > 0 && !(options.decideValid && loaded.checklists.length > 0))
    return { checklists: loaded.checklists, problems: loaded.problems, masker };
  let activity;
  const getActivity = /* @__PURE__ */ __name(() => activity ??= options.activity ? Promise.resolve(options.activity) : options.loadActivity?.(loaded.checklists) ?? Promise.resolve(void 0), "getActivity");
  const notes = [];
  if (options.baseUnavailable && loaded.checklists.some((checklist) => (checklist.waivers?.length ?? 0) > 0))
    notes.push(options.baseUnavailable);
  const prepared = await prepareAccountability(loaded.checklists, {
    workdir: options.workdir,
    clock: options.clock,
    ...options.baseCommit ? { baseCommit: options.baseCommit } : {},
    ...options.headCommit ? { headCommit: options.headCommit } : {},
    getActivity,
    ...options.confirmFrom ? { confirmFrom: options.confirmFrom } : {},
    ticked: new Set(
      (options.confirmations ?? []).flatMap((text) => [
        text.trim().toLowerCase(),
        normalizeTitle(text)
      ])
    )
  });
  if (prepared.problems.length > 0)
    return {
      checklists: loaded.checklists,
      problems: [...loaded.problems, ...prepared.problems],
      masker
    };
  options.onLoaded?.(prepared.checklists.reduce((sum, c) => sum + flattenItems(c).length, 0));
  const change = await prepareChange(options, prepared.checklists);
  const verdicts = await runChecklists(prepared.checklists, {
    ...change.changes ? { changes: change.changes } : {},
    ...change.noBaseReason ? { noBaseReason: change.noBaseReason } : {},
    ...options.baseReport ? { baseReport: options.baseReport } : {},
    accountability: options.keepCoverageLines ? new Map(
      [...prepared.accountability].map(([checklist, accountability]) => [
        checklist,
        { ...accountability, judgesItemWaivers: false }
      ])
    ) : prepared.accountability,
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
    notes,
    ...change.change ? { change: change.change } : {}
  };
}
__name(runGate, "runGate");

export {
  judgeManual,
  confirmationSet,
  needsChanges,
  prepareChange,
  DEFAULT_BUDGET_MS,
  DEFAULT_COMMAND_TIMEOUT_SEC,
  buildMasker,
  loadMasked,
  runGate
};
//# sourceMappingURL=shared-gate-run.js.map
