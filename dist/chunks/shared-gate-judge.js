import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  plural
} from "./shared-model.js";
import {
  __name
} from "./shared-runtime.js";

// src/gate/delta.ts
var DEFAULT_SCORE_TOLERANCE = 0.1;
function linesPct(metrics) {
  if (typeof metrics !== "object" || metrics === null) return void 0;
  const lines = metrics.lines;
  if (typeof lines !== "object" || lines === null) return void 0;
  const pct = lines.pct;
  return typeof pct === "number" && Number.isFinite(pct) ? pct : void 0;
}
__name(linesPct, "linesPct");
function computeDelta(verdict, base) {
  const newlyBlocking = [];
  const fixed = [];
  const ratchetsBroken = [];
  let coverage;
  for (const checklist of verdict.checklists) {
    const baseItems = base.items.get(checklist.checklist.path);
    for (const { item, result, isBlocking } of checklist.items) {
      const named = { checklist: checklist.checklist.path, id: item.id, title: item.title };
      const before = baseItems?.get(item.id);
      if (isBlocking && before?.isBlocking !== true) newlyBlocking.push(named);
      if (!isBlocking && before?.isBlocking === true) fixed.push(named);
      if (result.ratchetBroken) ratchetsBroken.push(named);
      if (coverage === void 0 && item.check?.kind === "coverage") {
        const head = linesPct(result.metrics);
        const was = linesPct(before?.metrics);
        if (head !== void 0 && was !== void 0) coverage = { base: was, head };
      }
    }
  }
  const headScore = Number.isFinite(verdict.score) ? verdict.score : null;
  return {
    origin: base.origin,
    ...base.commit ? { baseCommit: base.commit } : {},
    baseScore: base.score,
    headScore,
    score: base.score === null || headScore === null ? null : headScore - base.score,
    baseLevel: base.level,
    headLevel: verdict.level,
    newlyBlocking,
    fixed,
    ratchetsBroken,
    ...coverage ? { coverage } : {}
  };
}
__name(computeDelta, "computeDelta");
function deltaOutput(delta) {
  if (delta === void 0 || delta.score === null) return "";
  const rounded = Math.round(delta.score * 10) / 10;
  return `${rounded > 0 ? "+" : rounded < 0 ? "-" : ""}${Math.abs(rounded).toFixed(1)}`;
}
__name(deltaOutput, "deltaOutput");
function regressionOf(delta, tolerance = DEFAULT_SCORE_TOLERANCE) {
  const reasons = [];
  if (delta.newlyBlocking.length > 0)
    reasons.push(
      `${delta.newlyBlocking.length} newly blocking: ${delta.newlyBlocking.slice(0, 3).map((item) => item.title).join("; ")}`
    );
  if (delta.ratchetsBroken.length > 0)
    reasons.push(`ratchet broken: ${delta.ratchetsBroken.map((item) => item.title).join("; ")}`);
  if (delta.score !== null && delta.score < -tolerance)
    reasons.push(`score fell ${Math.abs(delta.score).toFixed(1)} points (tolerance ${tolerance})`);
  return { regressed: reasons.length > 0, reasons };
}
__name(regressionOf, "regressionOf");

// src/gate/judge.ts
var DEFAULT_LEVELS = [
  { name: "ready", min: 90 },
  { name: "nearly ready", min: 80 },
  { name: "not ready", min: 70 },
  { name: "do not deploy", min: 0 }
];
function isBlockingResult(item, result) {
  if (!item.blocking) return false;
  if (result.status === "failed" || result.status === "errored") return true;
  if (result.status !== "pending") return false;
  return item.check === void 0 || item.blockingDeclared === true;
}
__name(isBlockingResult, "isBlockingResult");
function emptyCounts() {
  return {
    total: 0,
    passed: 0,
    failed: 0,
    errored: 0,
    pending: 0,
    skipped: 0,
    waived: 0,
    blocking: 0
  };
}
__name(emptyCounts, "emptyCounts");
function addCounts(target, items) {
  for (const judged of items) {
    target.total++;
    target[judged.result.status]++;
    if (judged.isBlocking) target.blocking++;
  }
}
__name(addCounts, "addCounts");
function scoreOf(items) {
  let earned = 0;
  let possible = 0;
  for (const { item, result } of items) {
    if (result.status === "skipped") continue;
    possible += item.weight;
    if (result.status === "passed" || result.status === "waived") earned += item.weight;
  }
  return possible === 0 ? null : earned / possible * 100;
}
__name(scoreOf, "scoreOf");
function levelOf(score, levels) {
  if (score === null) return null;
  const sorted = [...levels].sort((a, b) => b.min - a.min);
  return (sorted.find((level) => score >= level.min) ?? sorted.at(-1) ?? { name: "unknown" }).name;
}
__name(levelOf, "levelOf");
function topLevelOf(levels) {
  return [...levels].sort((a, b) => b.min - a.min)[0]?.name ?? "ready";
}
__name(topLevelOf, "topLevelOf");
function formatScore(score) {
  if (score === null) return "no score";
  return (Math.floor(score * 10 + 1e-9) / 10).toFixed(1);
}
__name(formatScore, "formatScore");
function reasonFor(items, score, minScore, passed, ready) {
  const blocking = items.filter((judged) => judged.isBlocking);
  if (blocking.length > 0) {
    const names = blocking.slice(0, 3).map((judged) => judged.item.title);
    const more = blocking.length > 3 ? ` and ${blocking.length - 3} more` : "";
    return `${plural(blocking.length, "blocking item")}: ${names.join("; ")}${more}`;
  }
  if (!passed)
    return score === null ? `no score, and min-score is ${minScore}` : `score ${formatScore(score)} < min-score ${minScore}`;
  if (ready) return "no blocking item; every item passed or was waived";
  if (score === null) return "no score: every item was skipped";
  const pending = items.filter((judged) => judged.result.status === "pending").length;
  const failed = items.filter(
    (judged) => judged.result.status === "failed" || judged.result.status === "errored"
  ).length;
  const notes = [
    pending ? `${plural(pending, "item")} ${pending === 1 ? "awaits" : "await"} a person` : "",
    failed ? `${plural(failed, "advisory item")} failed` : ""
  ].filter(Boolean);
  return notes.length > 0 ? notes.join(", ") : "the score is below the top level";
}
__name(reasonFor, "reasonFor");
function judgeChecklist(checklist, results, options = {}, accountability = {}) {
  const items = results.map((entry) => ({
    ...entry,
    isBlocking: entry.enforceFrom === void 0 && isBlockingResult(entry.item, entry.result)
  }));
  const counts = emptyCounts();
  addCounts(counts, items);
  const score = scoreOf(items);
  const minScore = options.minScore ?? checklist.policy.minScore ?? 0;
  const levels = options.levels ?? checklist.policy.levels ?? DEFAULT_LEVELS;
  const level = levelOf(score, levels);
  const topLevel = topLevelOf(levels);
  const passed = counts.blocking === 0 && (score === null ? minScore === 0 : score >= minScore);
  const ready = passed && score !== null && level === topLevel;
  return {
    checklist,
    items,
    counts,
    score,
    level,
    minScore,
    passed,
    ready,
    topLevel,
    reason: reasonFor(items, score, minScore, passed, ready),
    ...accountability.waivers ? { waivers: accountability.waivers } : {},
    ...accountability.weakenings ? { weakenings: accountability.weakenings } : {}
  };
}
__name(judgeChecklist, "judgeChecklist");
function judgeAll(verdicts, durationMs, options = {}) {
  const all = verdicts.flatMap((verdict) => verdict.items);
  const counts = emptyCounts();
  addCounts(counts, all);
  const score = scoreOf(all);
  const levels = options.levels ?? (verdicts.length === 1 ? verdicts[0].checklist.policy.levels : void 0) ?? DEFAULT_LEVELS;
  return {
    passed: verdicts.length > 0 && verdicts.every((verdict) => verdict.passed),
    ready: verdicts.length > 0 && verdicts.every((verdict) => verdict.ready),
    score,
    level: levelOf(score, levels),
    counts,
    checklists: verdicts,
    durationMs,
    ...options.commit ? { commit: options.commit } : {}
  };
}
__name(judgeAll, "judgeAll");
function regressionReasons(verdict) {
  if (!verdict.delta) return void 0;
  const tolerance = verdict.checklists?.find((cv) => cv.checklist.policy.tolerance !== void 0)?.checklist.policy.tolerance;
  return regressionOf(verdict.delta, tolerance).reasons;
}
__name(regressionReasons, "regressionReasons");
function failsStep(verdict, failOn) {
  if (failOn === "never") return false;
  if (failOn === "not-ready") return !verdict.ready;
  if (failOn === "regression") {
    const reasons = regressionReasons(verdict);
    if (reasons !== void 0) return reasons.length > 0;
  }
  return !verdict.passed;
}
__name(failsStep, "failsStep");
function conclusionOf(verdict, failOn = "blocking") {
  const reasons = failOn === "regression" ? regressionReasons(verdict) : void 0;
  if (reasons !== void 0)
    return reasons.length > 0 ? "failure" : verdict.ready ? "success" : "neutral";
  if (!verdict.passed) return "failure";
  if (verdict.ready) return "success";
  return failOn === "not-ready" ? "failure" : "neutral";
}
__name(conclusionOf, "conclusionOf");

export {
  computeDelta,
  deltaOutput,
  DEFAULT_LEVELS,
  isBlockingResult,
  emptyCounts,
  scoreOf,
  levelOf,
  topLevelOf,
  formatScore,
  judgeChecklist,
  judgeAll,
  regressionReasons,
  failsStep,
  conclusionOf
};
//# sourceMappingURL=shared-gate-judge.js.map
