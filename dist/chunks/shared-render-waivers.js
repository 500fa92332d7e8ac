import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  describeWaiver
} from "./shared-gate-waivers.js";
import {
  formatScore
} from "./shared-gate-judge.js";
import {
  plural
} from "./shared-model.js";
import {
  __name
} from "./shared-runtime.js";

// src/render/escape.ts
var ZERO_WIDTH_SPACE = "\u200B";
function escapeText(text) {
  return text.replace(/\r?\n|\r/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_{}[\]()#+!|~])/g, "\\$1").replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_SPACE}`).replace(/:\/\//g, `:/${ZERO_WIDTH_SPACE}/`).replace(/^(\s*)([-=])/g, "$1\\$2");
}
__name(escapeText, "escapeText");
function escapeInline(text) {
  const parts = text.replace(/\r?\n|\r/g, " ").split(/(`[^`]+`)/g);
  return parts.map((part, index) => {
    if (index % 2 === 1) {
      const code = part.slice(1, -1).replace(/\|/g, "\\|").replace(/@/g, `@${ZERO_WIDTH_SPACE}`);
      return `\`${code}\``;
    }
    return escapeText(part);
  }).join("");
}
__name(escapeInline, "escapeInline");
function fenceFor(text) {
  let fence = "```";
  while (text.includes(fence)) fence += "`";
  return fence;
}
__name(fenceFor, "fenceFor");
function safeUrl(url) {
  if (!url) return void 0;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
    return parsed.toString().replace(/\)/g, "%29").replace(/ /g, "%20");
  } catch {
    return void 0;
  }
}
__name(safeUrl, "safeUrl");
function truncate(text, max) {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end--;
  return `${text.slice(0, end)}\u2026`;
}
__name(truncate, "truncate");

// src/render/waivers.ts
var STATE_LABEL = {
  active: "active",
  expiring: "expiring",
  expired: "expired",
  stale: "stale",
  "awaiting-review": "awaiting review"
};
function waiverLine(judged) {
  const days = Number.isFinite(judged.daysLeft) ? judged : void 0;
  const text = days ? describeWaiver(judged) : `${judged.waiver.finding ? `${judged.waiver.finding} ` : ""}by @${judged.waiver.by} until ${judged.waiver.until}: ${judged.waiver.reason}`;
  return `${judged.waiver.item}: ${text} [${STATE_LABEL[judged.state]}]${judged.isNew ? " \xB7 new in this pull request" : ""}`;
}
__name(waiverLine, "waiverLine");
function renderWaiversMarkdown(cv, lineUrl) {
  const waivers = cv.waivers ?? [];
  const weakenings = cv.weakenings ?? [];
  if (waivers.length === 0 && weakenings.length === 0) return "";
  const lines = [];
  const notable = ["expiring", "expired", "stale", "awaiting-review"].map((state) => [state, waivers.filter((judged) => judged.state === state).length]).filter(([, count]) => count > 0).map(([state, count]) => `${count} ${STATE_LABEL[state]}`);
  if (waivers.length > 0) {
    lines.push(
      `<details><summary>Waivers: ${waivers.length}${notable.length ? ` (${notable.join(", ")})` : ""}</summary>`,
      ""
    );
    for (const judged of waivers) {
      const url = safeUrl(lineUrl?.(cv.checklist.path, judged.waiver.line));
      const where = url ? ` ([line ${judged.waiver.line}](${url}))` : ` (line ${judged.waiver.line})`;
      lines.push(`- ${escapeInline(waiverLine(judged))}${where}`);
    }
    lines.push("", "</details>", "");
  }
  if (weakenings.length > 0) {
    lines.push("**Accountability settings changed in this pull request**", "");
    for (const weakening of weakenings) lines.push(`- ${escapeInline(weakening)}`);
    lines.push("");
  }
  return lines.join("\n");
}
__name(renderWaiversMarkdown, "renderWaiversMarkdown");
function renderWaiversText(cv) {
  const lines = (cv.waivers ?? []).map(
    (judged) => `  ${waiverLine(judged)} (${cv.checklist.path}:${judged.waiver.line})`
  );
  return [
    ...lines.length > 0 ? ["Waivers", ...lines] : [],
    ...cv.weakenings?.length ? ["Changed in this pull request", ...cv.weakenings.map((w) => `  ${w}`)] : []
  ];
}
__name(renderWaiversText, "renderWaiversText");
function waiverAnnotations(verdict, mask = (text) => text) {
  return verdict.checklists.flatMap(
    (cv) => (cv.waivers ?? []).filter((judged) => judged.state === "stale" || judged.state === "expired").map((judged) => ({
      path: cv.checklist.path,
      startLine: Math.max(1, judged.waiver.line),
      endLine: Math.max(1, judged.waiver.line),
      level: "warning",
      title: mask(
        `${judged.state === "stale" ? "Stale" : "Expired"} waiver: ${judged.waiver.item}`
      ),
      message: mask(describeWaiver(judged))
    }))
  );
}
__name(waiverAnnotations, "waiverAnnotations");
function confirmByCommand(cv, pending) {
  return pending.filter(
    (judged) => judged.item.check === void 0 && (judged.item.owners !== void 0 || cv.checklist.policy.confirmFrom === "review")
  );
}
__name(confirmByCommand, "confirmByCommand");
function confirmCommandBlock(items) {
  if (items.length === 0) return [];
  const lines = [
    "To confirm these, someone with write access who is not the author posts the line in a review, a review comment or a comment (`/unconfirm` takes it back):",
    ""
  ];
  for (const judged of items) {
    const owners = judged.item.owners ? ` (only ${judged.item.owners.map((owner) => owner.startsWith("@") ? owner : `@${owner}`).join(", ")})` : "";
    lines.push(`- \`/confirm ${judged.item.id}\`${escapeInline(owners)}`);
  }
  lines.push("");
  return lines;
}
__name(confirmCommandBlock, "confirmCommandBlock");

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
  escapeText,
  escapeInline,
  fenceFor,
  safeUrl,
  truncate,
  renderWaiversMarkdown,
  renderWaiversText,
  waiverAnnotations,
  confirmByCommand,
  confirmCommandBlock,
  headlineText,
  overallHeadline,
  deltaLine
};
//# sourceMappingURL=shared-render-waivers.js.map
