import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  formatScore
} from "./shared-gate-judge.js";
import {
  plural
} from "./shared-model.js";
import {
  __name
} from "./shared-runtime.js";

// src/render/headline.ts
function scorePhrase(verdict) {
  return verdict.score === null ? "no score" : `score ${formatScore(verdict.score)} (${verdict.level ?? ""})`;
}
__name(scorePhrase, "scorePhrase");
function verdictMark(verdict) {
  return verdict.ready ? "\u2705" : verdict.passed ? "\u{1F7E1}" : "\u274C";
}
__name(verdictMark, "verdictMark");
function notReadyBecause(verdict) {
  const pending = verdict.counts.pending;
  const failed = verdict.items.filter(
    (judged) => !judged.isBlocking && (judged.result.status === "failed" || judged.result.status === "errored")
  ).length;
  const parts = [
    pending > 0 ? `${plural(pending, "item")} ${pending === 1 ? "awaits" : "await"} a person` : "",
    failed > 0 ? `${plural(failed, "advisory item")} failed` : ""
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "the score is below the top level";
}
__name(notReadyBecause, "notReadyBecause");
function headlineText(verdict, options = {}) {
  const mark = options.mark === false ? "" : `${verdictMark(verdict)} `;
  if (!verdict.passed) {
    if (verdict.counts.blocking > 0)
      return `${mark}Blocked: ${plural(verdict.counts.blocking, "blocking item")} \xB7 ${scorePhrase(verdict)}`;
    return verdict.score === null ? `${mark}Blocked: no score < min-score ${verdict.minScore}` : `${mark}Blocked: score ${formatScore(verdict.score)} < min-score ${verdict.minScore}`;
  }
  if (verdict.ready) return `${mark}Ready: ${scorePhrase(verdict)}`;
  if (verdict.score === null) return `${mark}Not blocked, no score: every item was skipped`;
  return `${mark}Not blocked, not ready: ${notReadyBecause(verdict)} \xB7 ${scorePhrase(verdict)}`;
}
__name(headlineText, "headlineText");
function overallHeadline(verdict, options = {}) {
  if (verdict.checklists.length === 1) return headlineText(verdict.checklists[0], options);
  const blockedByScore = verdict.checklists.find((cv) => !cv.passed && cv.counts.blocking === 0);
  return headlineText(
    {
      passed: verdict.passed,
      ready: verdict.ready,
      score: verdict.score,
      level: verdict.level,
      minScore: blockedByScore?.minScore ?? 0,
      counts: verdict.counts,
      items: verdict.checklists.flatMap((cv) => cv.items)
    },
    options
  );
}
__name(overallHeadline, "overallHeadline");

// src/render/delta-line.ts
function score(value) {
  return value === null ? "no score" : formatScore(value);
}
__name(score, "score");
function deltaLine(delta, escape = (t) => t) {
  const parts = [`score ${score(delta.baseScore)} \u2192 ${score(delta.headScore)}`];
  if (delta.baseLevel !== delta.headLevel && delta.baseLevel !== null)
    parts[0] += `, ${escape(delta.baseLevel)} \u2192 ${escape(delta.headLevel ?? "no level")}`;
  const names = /* @__PURE__ */ __name((items) => items.slice(0, 3).map((item) => escape(item.title)).join("; ") + (items.length > 3 ? `; and ${items.length - 3} more` : ""), "names");
  if (delta.newlyBlocking.length > 0)
    parts.push(`${delta.newlyBlocking.length} newly blocking: ${names(delta.newlyBlocking)}`);
  if (delta.fixed.length > 0) parts.push(`${delta.fixed.length} fixed: ${names(delta.fixed)}`);
  if (delta.coverage)
    parts.push(`coverage ${delta.coverage.base.toFixed(1)}% \u2192 ${delta.coverage.head.toFixed(1)}%`);
  return `against the base: ${parts.join("; ")}`;
}
__name(deltaLine, "deltaLine");

export {
  headlineText,
  overallHeadline,
  deltaLine
};
//# sourceMappingURL=shared-render-headline.js.map
