import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  deltaLine,
  headlineText,
  overallHeadline,
  renderWaiversText
} from "./shared-render-waivers.js";
import "./shared-gate-waivers.js";
import "./shared-gate-judge.js";
import {
  flattenItems
} from "./shared-checklist-items.js";
import {
  getCheckKind
} from "./shared-checks-coverage.js";
import "./shared-rg-builtin-fs-promises.js";
import "./shared-model.js";
import "./shared-clock-clock.js";
import "./shared-process-split-command.js";
import "./shared-checks-linear-regex.js";
import "./shared-reports-scan-tally.js";
import "./shared-workspace-regular-file.js";
import "./shared-reports-types.js";
import "./shared-workspace-paths.js";
import "./shared-rg-builtin-path.js";
import "./shared-rg-builtin-fs.js";
import {
  __name
} from "./shared-runtime.js";

// src/render/text.ts
var OUTPUT_TAIL_LINES = 10;
var CODES = { red: 31, green: 32, yellow: 33, blue: 34, gray: 90, bold: 1 };
function painter(color) {
  return (code, text) => color ? `\x1B[${CODES[code]}m${text}\x1B[0m` : text;
}
__name(painter, "painter");
var MARKS = {
  passed: ["\u2714", "green"],
  failed: ["\u2718", "red"],
  errored: ["!", "red"],
  pending: ["\u25CB", "yellow"],
  skipped: ["-", "gray"],
  waived: ["~", "yellow"]
};
function clean(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}
__name(clean, "clean");
function renderText(verdict, options) {
  const paint = painter(options.color);
  const out = [];
  const headColor = /* @__PURE__ */ __name((v) => v.ready ? "green" : v.passed ? "yellow" : "red", "headColor");
  const headMark = /* @__PURE__ */ __name((v) => v.ready ? "\u2714" : v.passed ? "\u25CF" : "\u2718", "headMark");
  for (const cv of verdict.checklists) {
    out.push(
      `${paint("bold", paint(headColor(cv), `${headMark(cv)} ${headlineText(cv, { mark: false })}`))}`
    );
    out.push(
      `  ${paint("bold", clean(cv.checklist.title))} ${paint("gray", `(${cv.checklist.path})`)} \xB7 ${cv.counts.passed} passed, ${cv.counts.failed} failed, ${cv.counts.errored} errored, ${cv.counts.pending} pending, ${cv.counts.skipped} skipped${cv.counts.waived ? `, ${cv.counts.waived} waived` : ""} of ${cv.counts.total}${cv.minScore > 0 ? ` \xB7 min-score ${cv.minScore}` : ""}`
    );
    if (verdict.delta) out.push(`  ${clean(deltaLine(verdict.delta))}`);
    out.push("");
    const blocking = cv.items.filter((judged) => judged.isBlocking);
    if (blocking.length > 0) {
      out.push(paint("bold", "Blocking"));
      for (const { item, result } of blocking) {
        const [mark, color] = MARKS[result.status];
        out.push(
          `  ${paint(color, mark)} ${clean(item.title)} ${paint("gray", `${cv.checklist.path}:${item.line}`)}`
        );
        out.push(`      ${clean(result.summary)}`);
        if (result.output && result.status !== "pending") {
          const lines = result.output.replace(/\s+$/, "").split("\n");
          const shown = options.verbose ? lines : lines.slice(-OUTPUT_TAIL_LINES);
          if (shown.length < lines.length)
            out.push(
              paint(
                "gray",
                `      \u2026 last ${shown.length} of ${lines.length} lines (--verbose shows all)`
              )
            );
          for (const line of shown) out.push(paint("gray", `      \u2502 ${clean(line)}`));
        }
      }
      out.push("");
    }
    let section;
    for (const { item, result, isBlocking, confirmation } of cv.items) {
      const key = item.section.join(" \u203A ");
      if (key !== section) {
        section = key;
        out.push(paint("bold", key || "Items"));
      }
      const [mark, color] = MARKS[result.status];
      const indent = item.parent !== void 0 ? "    " : "  ";
      const tag = item.check ? `${item.check.kind}${item.inferred ? "*" : ""}` : "manual";
      out.push(
        `${indent}${paint(color, mark)} ${clean(item.title)} ${paint("gray", `[${tag}]`)}${isBlocking ? paint("red", " blocking") : item.blocking ? "" : paint("gray", " advisory")}`
      );
      const isPlainManual = !item.check && (result.status === "pending" || result.status === "passed") && !item.checked && !confirmation && !item.owners && !item.blocking;
      if (!isPlainManual) out.push(`${indent}    ${paint("gray", clean(result.summary))}`);
      if (!isBlocking && result.output && (result.status === "failed" || result.status === "errored")) {
        const lines = result.output.replace(/\s+$/, "").split("\n");
        for (const line of options.verbose ? lines : lines.slice(-OUTPUT_TAIL_LINES))
          out.push(paint("gray", `${indent}    \u2502 ${clean(line)}`));
      }
    }
    const waiverLines = renderWaiversText(cv);
    if (waiverLines.length > 0) out.push("", ...waiverLines.map(clean));
    out.push("");
  }
  if (verdict.checklists.length > 1) {
    out.push(
      paint(
        "bold",
        paint(
          headColor(verdict),
          `${headMark(verdict)} overall: ${overallHeadline(verdict, { mark: false })}`
        )
      )
    );
  }
  const anyInferred = verdict.checklists.some(
    (cv) => cv.items.some((judged) => judged.item.inferred)
  );
  out.push(
    paint(
      "gray",
      `${anyInferred ? "* inferred from the item's text \xB7 " : ""}${verdict.shards ? `merged from ${verdict.shards.length} shard${verdict.shards.length === 1 ? "" : "s"} (${clean(verdict.shards.join(", "))}) \xB7 ` : ""}${verdict.commit ? `commit ${verdict.commit.slice(0, 7)} \xB7 ` : ""}decided in ${(verdict.durationMs / 1e3).toFixed(1)} s`
    )
  );
  return `${out.join("\n")}
`;
}
__name(renderText, "renderText");
function renderPlanText(checklists, options) {
  const paint = painter(options.color);
  const out = [];
  for (const checklist of checklists) {
    const items = flattenItems(checklist);
    const automated = items.filter((item) => item.check).length;
    out.push(
      `${paint("bold", clean(checklist.title))} ${paint("gray", `(${checklist.path}, ${checklist.format})`)}`
    );
    out.push(
      `  ${items.length} items: ${automated} decided by the gate (${items.filter((item) => item.inferred).length} inferred), ${items.length - automated} manual`,
      ""
    );
    let section;
    for (const item of items) {
      const key = item.section.join(" \u203A ");
      if (key !== section) {
        section = key;
        out.push(paint("bold", key || "Items"));
      }
      const indent = item.parent !== void 0 ? "    " : "  ";
      const where = paint("gray", `:${item.line}`);
      if (item.check) {
        const label = `${item.check.kind}${item.inferred ? " (inferred)" : ""}`;
        out.push(`${indent}${paint("blue", "\u25B6")} ${clean(item.title)} ${where}`);
        out.push(
          `${indent}    ${paint("blue", label)}: ${clean(getCheckKind(item.check.kind).describe(item.check.options))}${item.blocking ? "" : paint("gray", " (advisory)")}`
        );
        if (item.note) out.push(`${indent}    ${paint("gray", clean(item.note))}`);
      } else if (item.skip !== void 0) {
        out.push(
          `${indent}${paint("gray", "-")} ${clean(item.title)} ${where} ${paint("gray", `skipped: ${clean(item.skip)}`)}`
        );
      } else {
        out.push(
          `${indent}${paint("yellow", "\u25CB")} ${clean(item.title)} ${where} ${paint("gray", item.checked ? "manual, ticked" : "manual")}`
        );
        if (item.note) out.push(`${indent}    ${paint("gray", `not run: ${clean(item.note)}`)}`);
      }
    }
    out.push("");
  }
  return `${out.join("\n")}`;
}
__name(renderPlanText, "renderPlanText");
export {
  renderPlanText,
  renderText
};
//# sourceMappingURL=render-text.js.map
