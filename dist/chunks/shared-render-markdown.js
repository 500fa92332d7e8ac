import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  confirmByCommand,
  confirmCommandBlock,
  deltaLine,
  escapeInline,
  escapeText,
  fenceFor,
  headlineText,
  overallHeadline,
  renderWaiversMarkdown,
  safeUrl,
  truncate
} from "./shared-render-waivers.js";
import {
  plural
} from "./shared-model.js";
import {
  __name
} from "./shared-runtime.js";

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
__name(defaultStringLength, "defaultStringLength");
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
__name(markdownTable, "markdownTable");
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
__name(serialize, "serialize");
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}
__name(toAlignment, "toAlignment");

// src/render/markdown.ts
var STATUS_ICONS = {
  passed: "\u2705",
  failed: "\u274C",
  errored: "\u26A0\uFE0F",
  pending: "\u23F3",
  skipped: "\u23ED\uFE0F",
  waived: "\u{1F7E1}"
};
var OUTPUT_LINES_INLINE = 10;
var OUTPUT_LINES_COLLAPSED = 60;
var FINDINGS_SHOWN = 5;
var MAX_SECTION_BLOCKS = 8;
function kindLabel(judged) {
  const kind = judged.item.check?.kind ?? "manual";
  return judged.item.inferred ? `${kind} (inferred)` : kind;
}
__name(kindLabel, "kindLabel");
function itemLink(judged, checklistPath, options) {
  const title = escapeInline(judged.item.title);
  const url = safeUrl(options.lineUrl?.(checklistPath, judged.item.line));
  return url ? `[${title}](${url})` : title;
}
__name(itemLink, "itemLink");
function depthOf(judged, byId) {
  let depth = 0;
  for (let parent = judged.item.parent; parent !== void 0 && depth < 10; parent = byId.get(parent)?.item.parent)
    depth++;
  return depth;
}
__name(depthOf, "depthOf");
function commitRef(commit, url) {
  if (!commit || !/^[0-9a-f]{7,64}$/i.test(commit)) return void 0;
  const short = `\`${commit.slice(0, 7)}\``;
  const safe = safeUrl(url);
  return safe ? `[${short}](${safe})` : short;
}
__name(commitRef, "commitRef");
function countsPhrase(cv) {
  const c = cv.counts;
  const parts = [
    `${c.passed} passed`,
    c.failed ? `${c.failed} failed` : "",
    c.errored ? `${c.errored} errored` : "",
    c.pending ? `${c.pending} pending` : "",
    c.waived ? `${c.waived} waived` : "",
    c.skipped ? `${c.skipped} skipped` : ""
  ].filter(Boolean);
  return `${parts.join(" \xB7 ")} of ${c.total}`;
}
__name(countsPhrase, "countsPhrase");
function changesPhrase(cv, changes) {
  if (!changes) return void 0;
  const byId = new Map(cv.items.map((judged) => [judged.item.id, judged]));
  const passingTitles = changes.newlyPassing.map((id) => byId.get(id)?.item.title).filter((title) => title !== void 0);
  const parts = [
    changes.newlyBlocking.length > 0 ? `${changes.newlyBlocking.length} newly blocking` : "",
    passingTitles.length > 0 ? `${passingTitles.length} newly passing (${passingTitles.slice(0, 3).map((title) => escapeInline(truncate(title, 60))).join("; ")}${passingTitles.length > 3 ? `; ${passingTitles.length - 3} more` : ""})` : ""
  ].filter(Boolean);
  return `since the previous run: ${parts.length > 0 ? parts.join(", ") : "no item changed"}`;
}
__name(changesPhrase, "changesPhrase");
function fenced(text, indent) {
  const fence = fenceFor(text);
  return [fence, ...text.split("\n"), fence].map((line) => `${indent}${line}`);
}
__name(fenced, "fenced");
function findingLine(finding) {
  const where = finding.file ? `\`${finding.file.replace(/`/g, "'")}${finding.line ? `:${finding.line}` : ""}\` ` : "";
  const title = finding.title ? `**${escapeText(truncate(finding.title, 120))}**: ` : "";
  return `${where}${title}${escapeText(truncate(finding.message.split("\n")[0] ?? "", 200))}`;
}
__name(findingLine, "findingLine");
var LEVEL_RANK = { error: 0, warning: 1, notice: 2 };
function coverageEvidence(judged) {
  if (judged.item.check?.kind !== "coverage" || !judged.result.metrics) return void 0;
  const parts = [];
  for (const figure of ["lines", "branches", "functions"]) {
    const value = judged.result.metrics[figure];
    if (value && typeof value.pct === "number")
      parts.push(
        `${figure} ${(Math.floor(value.pct * 10) / 10).toFixed(1)}% (${value.covered} of ${value.total})`
      );
  }
  return parts.length > 0 ? parts.join(" \xB7 ") : void 0;
}
__name(coverageEvidence, "coverageEvidence");
function blockingEntry(judged, cv, options, isNew) {
  const { result } = judged;
  const reason = result.status === "pending" ? `${escapeInline(result.summary)}: a required sign-off` : escapeInline(result.summary);
  const lines = [
    `- ${STATUS_ICONS[result.status]} **${itemLink(judged, cv.checklist.path, options)}**: ${reason}${isNew ? " \xB7 _new_" : ""}`
  ];
  const coverage = coverageEvidence(judged);
  if (coverage) lines.push(`  - ${coverage}`);
  const findings = [...result.findings ?? []].sort(
    (a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]
  );
  for (const finding of findings.slice(0, FINDINGS_SHOWN))
    lines.push(`  - ${findingLine(finding)}`);
  if (findings.length > FINDINGS_SHOWN)
    lines.push(`  - \u2026 and ${findings.length - FINDINGS_SHOWN} more (annotations on the check run)`);
  if (options.includeOutput !== false && result.output) {
    const all = result.output.replace(/\s+$/, "").split("\n");
    lines.push("", ...fenced(all.slice(-OUTPUT_LINES_INLINE).join("\n"), "  "));
    if (all.length > OUTPUT_LINES_INLINE) {
      const longer = all.slice(-OUTPUT_LINES_COLLAPSED);
      lines.push(
        "",
        `  <details><summary>Last ${longer.length} lines of output</summary>`,
        "",
        ...fenced(longer.join("\n"), "  "),
        "",
        "  </details>"
      );
    }
    lines.push("");
  }
  return lines;
}
__name(blockingEntry, "blockingEntry");
function awaitingBlock(cv) {
  const pending = cv.items.filter((judged) => judged.result.status === "pending");
  if (pending.length === 0) return [];
  const blocking = pending.filter((judged) => judged.isBlocking).length;
  const uninstalled = pending.filter((judged) => judged.item.check !== void 0).length;
  const prBodyOnly = cv.checklist.policy.confirmFrom === "pr-body";
  const byCommand = confirmByCommand(cv, pending);
  const ticked = pending.filter((judged) => !byCommand.includes(judged));
  const list = ticked.map((judged) => `- [ ] ${judged.item.title.replace(/\s+/g, " ")}`).join("\n");
  return [
    `<details><summary>\u23F3 <b>${plural(pending.length, "item")} ${pending.length === 1 ? "awaits" : "await"} a person</b>${blocking > 0 ? ` (${blocking} blocking)` : " (not blocking)"}</summary>`,
    "",
    ...ticked.length > 0 ? [
      `To confirm an item, tick its box in this pull request's description${prBodyOnly ? "" : " (or in the checklist file)"}: the gate runs again when the description is edited. Paste this list into the description to start:`,
      ""
    ] : [],
    ...uninstalled > 0 ? [
      `${uninstalled === 1 ? "One of them is a check" : `${uninstalled} of them are checks`} whose program is not installed in this job: install it there and the gate decides ${uninstalled === 1 ? "it" : "them"} itself.`,
      ""
    ] : [],
    ...ticked.length > 0 ? [...fenced(list, ""), ""] : [],
    ...confirmCommandBlock(byCommand),
    "</details>",
    ""
  ];
}
__name(awaitingBlock, "awaitingBlock");
function sectionKey(judged) {
  return judged.item.section.join(" \u203A ");
}
__name(sectionKey, "sectionKey");
function sectionSummary(items) {
  const count = /* @__PURE__ */ __name((status) => items.filter((judged) => judged.result.status === status).length, "count");
  const parts = [
    `${count("passed") + count("waived")}/${items.length} passed`,
    count("failed") ? `${count("failed")} failed` : "",
    count("errored") ? `${count("errored")} errored` : "",
    count("pending") ? `${count("pending")} pending` : "",
    count("skipped") ? `${count("skipped")} skipped` : ""
  ].filter(Boolean);
  return parts.join(", ");
}
__name(sectionSummary, "sectionSummary");
function tagOf(judged) {
  if (judged.item.check && !judged.item.blocking) return " <sub>advisory</sub>";
  if (!judged.item.check && judged.item.blocking) return " <sub>required</sub>";
  return "";
}
__name(tagOf, "tagOf");
function sectionTable(items, cv, byId, options) {
  return markdownTable(
    [
      ["", "Item", "Check", "Result"],
      ...items.map((judged) => [
        STATUS_ICONS[judged.result.status],
        `${"\u21B3 ".repeat(depthOf(judged, byId))}${itemLink(judged, cv.checklist.path, options)}${tagOf(judged)}`,
        kindLabel(judged),
        escapeInline(judged.result.summary)
      ])
    ],
    // Headers left-aligned over left-aligned text; the status icon centred.
    { alignDelimiters: false, align: ["c", "l", "l", "l"] }
  );
}
__name(sectionTable, "sectionTable");
function sectionBlocks(cv, options) {
  const byId = new Map(cv.items.map((judged) => [judged.item.id, judged]));
  const sections = /* @__PURE__ */ new Map();
  for (const judged of cv.items) {
    const key = sectionKey(judged);
    sections.set(key, [...sections.get(key) ?? [], judged]);
  }
  const lines = [];
  if (sections.size <= MAX_SECTION_BLOCKS) {
    for (const [key, items] of sections) {
      lines.push(
        `<details><summary><b>${key === "" ? "Items" : escapeText(key)}</b>: ${sectionSummary(items)}</summary>`,
        "",
        sectionTable(items, cv, byId, options),
        "",
        "</details>",
        ""
      );
    }
    return lines;
  }
  lines.push(
    `<details><summary><b>All ${cv.items.length} items</b>, in ${sections.size} sections: ${sectionSummary(cv.items)}</summary>`,
    ""
  );
  for (const [key, items] of sections) {
    lines.push(
      `**${key === "" ? "Items" : escapeText(key)}**: ${sectionSummary(items)}`,
      "",
      sectionTable(items, cv, byId, options),
      ""
    );
  }
  lines.push("</details>", "");
  return lines;
}
__name(sectionBlocks, "sectionBlocks");
function renderChecklistMarkdown(cv, options = {}) {
  const level = options.headingLevel ?? 2;
  const sub = "#".repeat(level + 1);
  const lines = [];
  lines.push(`${"#".repeat(level)} ${escapeInline(headlineText(cv))}`, "");
  const changes = options.changes?.(cv.checklist.path);
  const countsLine = [
    `**${escapeInline(cv.checklist.title)}**`,
    countsPhrase(cv),
    commitRef(options.commit, options.commitUrl) ? `commit ${commitRef(options.commit, options.commitUrl)}` : "",
    changesPhrase(cv, changes) ?? ""
  ].filter(Boolean);
  lines.push(countsLine.join(" \xB7 "), "");
  if (options.delta) lines.push(escapeText(deltaLine(options.delta)), "");
  const blocking = cv.items.filter((judged) => judged.isBlocking);
  if (blocking.length > 0) {
    lines.push(`${sub} ${plural(blocking.length, "blocking item")}`, "");
    const newly = new Set(changes?.newlyBlocking ?? []);
    const listed = blocking.slice(0, options.maxBlockingListed ?? 25);
    for (const judged of listed)
      lines.push(...blockingEntry(judged, cv, options, newly.has(judged.item.id)));
    if (listed.length < blocking.length)
      lines.push(`- \u2026 and ${blocking.length - listed.length} more, in the tables below`);
    lines.push("");
  }
  const advisory = cv.items.filter(
    (judged) => !judged.isBlocking && (judged.result.status === "failed" || judged.result.status === "errored")
  );
  if (advisory.length > 0) {
    lines.push(`${sub} ${plural(advisory.length, "advisory item")} failed (not blocking)`, "");
    for (const judged of advisory.slice(0, options.maxBlockingListed ?? 25))
      lines.push(
        `- ${STATUS_ICONS[judged.result.status]} ${itemLink(judged, cv.checklist.path, options)}: ${escapeInline(judged.result.summary)}`
      );
    if (advisory.length > (options.maxBlockingListed ?? 25))
      lines.push(
        `- \u2026 and ${advisory.length - (options.maxBlockingListed ?? 25)} more, in the tables below`
      );
    lines.push("");
  }
  const waivers = renderWaiversMarkdown(cv, options.lineUrl);
  if (waivers) lines.push(waivers);
  lines.push(...awaitingBlock(cv));
  lines.push(...sectionBlocks(cv, options));
  return lines.join("\n");
}
__name(renderChecklistMarkdown, "renderChecklistMarkdown");
function renderMarkdown(verdict, options = {}) {
  const parts = [];
  const several = verdict.checklists.length > 1;
  if (several) {
    parts.push(
      `## ${escapeInline(overallHeadline(verdict))}`,
      "",
      `${verdict.checklists.length} checklists \xB7 ${countsPhrase(verdict)}`,
      ""
    );
  }
  for (const cv of verdict.checklists) {
    parts.push(
      renderChecklistMarkdown(cv, {
        ...options,
        ...verdict.commit ? { commit: verdict.commit } : {},
        ...verdict.delta && options.delta === void 0 ? { delta: verdict.delta } : {},
        headingLevel: several ? 3 : options.headingLevel ?? 2
      })
    );
  }
  if (!options.omitFooter) parts.push(renderFooter(verdict, options));
  return parts.join("\n");
}
__name(renderMarkdown, "renderMarkdown");
function renderFooter(verdict, options) {
  const run = safeUrl(options.runUrl);
  const commit = commitRef(verdict.commit, options.commitUrl);
  return `${shardsLine(verdict)}<sub>${commit ? `commit ${commit} \xB7 ` : ""}decided in ${(verdict.durationMs / 1e3).toFixed(1)} s${run ? ` \xB7 [workflow run](${run})` : ""} \xB7 readiness-gate</sub>
`;
}
__name(renderFooter, "renderFooter");
function shardsLine(verdict) {
  if (verdict.shards === void 0) return "";
  const names = verdict.shards.map((name) => `**${escapeInline(name)}**`);
  return `Merged from ${verdict.shards.length} shard${verdict.shards.length === 1 ? "" : "s"}: ${names.length > 0 ? names.join(", ") : "none"}.

`;
}
__name(shardsLine, "shardsLine");
function renderProblemsMarkdown(problems, options = {}) {
  const commit = commitRef(options.commit, options.commitUrl);
  const lines = [
    `## \u274C Invalid checklist: no verdict was reached${commit ? ` for commit ${commit}` : " for this commit"}`,
    "",
    `The gate did not decide anything: fix ${problems.length === 1 ? "this problem" : `these ${problems.length} problems`}, and it runs again on the next push. Any earlier verdict no longer applies.`,
    ""
  ];
  for (const problem of problems) {
    const where = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
    const url = problem.line > 0 ? safeUrl(options.lineUrl?.(problem.file, problem.line)) : void 0;
    const shown = `\`${where.replace(/`/g, "'")}\``;
    lines.push(
      `- ${url ? `[${shown}](${url})` : shown}: ${problem.keyPath ? `\`${problem.keyPath.replace(/`/g, "'")}\`: ` : ""}${escapeText(problem.message)}`
    );
  }
  lines.push("");
  const run = safeUrl(options.runUrl);
  lines.push(`<sub>${run ? `[workflow run](${run}) \xB7 ` : ""}readiness-gate</sub>`, "");
  return lines.join("\n");
}
__name(renderProblemsMarkdown, "renderProblemsMarkdown");

export {
  STATUS_ICONS,
  renderChecklistMarkdown,
  renderMarkdown,
  renderFooter,
  renderProblemsMarkdown
};
//# sourceMappingURL=shared-render-markdown.js.map
