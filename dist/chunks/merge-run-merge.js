import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  patchCoverageOf
} from "./shared-checks-patch-coverage.js";
import {
  ReportPathIndex
} from "./shared-checks-report-path-index.js";
import {
  RangeTextError,
  mergeCoverageFiles,
  unionFileLines
} from "./shared-reports-coverage-lines.js";
import {
  checklistDigests
} from "./shared-gate-checklist-digest.js";
import "./shared-rg-builtin-crypto.js";
import {
  confirmationSet,
  judgeManual,
  loadMasked,
  prepareChange
} from "./shared-gate-run.js";
import "./shared-gate-confirm-commands.js";
import {
  applyItemWaiver,
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
  REPORT_SCHEMA,
  reportProblems
} from "./shared-render-report-validator.js";
import {
  formatProblem
} from "./shared-checklist-load.js";
import "./shared-checklist-yaml.js";
import "./shared-checklist-validators.js";
import "./shared-checklist-slug.js";
import "./shared-ajv.js";
import {
  flattenItems
} from "./shared-checklist-items.js";
import {
  judgeBandit,
  judgeCoverage,
  judgeLint,
  judgeTests,
  judgeTrivy,
  optionsOf,
  planPatch,
  sumTests
} from "./shared-checks-coverage.js";
import {
  stat
} from "./shared-rg-builtin-fs-promises.js";
import "./shared-model.js";
import {
  todayOf
} from "./shared-clock-clock.js";
import "./shared-checklist-usual-reports.js";
import "./shared-process-split-command.js";
import "./shared-picomatch.js";
import "./shared-checks-linear-regex.js";
import "./shared-reports-scan-tally.js";
import {
  readRegularFileSync
} from "./shared-workspace-regular-file.js";
import {
  MAX_JSON_BYTES,
  SEVERITIES,
  TRIVY_CLASSES,
  ratio
} from "./shared-reports-types.js";
import {
  displayPath
} from "./shared-workspace-paths.js";
import {
  path_default
} from "./shared-rg-builtin-path.js";
import "./shared-rg-builtin-fs.js";
import {
  __name
} from "./shared-runtime.js";

// src/merge/merge-shards.ts
function parseExpectShards(text) {
  const trimmed = text.trim();
  if (trimmed === "")
    return { error: "expect-shards is required: the number of shards, or their names" };
  if (/^\d+$/.test(trimmed)) {
    const count2 = Number(trimmed);
    return count2 >= 1 ? { count: count2 } : { error: `expect-shards must be at least 1, found ${trimmed}` };
  }
  const names = trimmed.split(/[\n,]/).map((name) => name.trim()).filter(Boolean);
  const seen = /* @__PURE__ */ new Set();
  for (const name of names) {
    if (seen.has(name)) return { error: `expect-shards names "${name}" twice` };
    seen.add(name);
  }
  return { names };
}
__name(parseExpectShards, "parseExpectShards");
var short = /* @__PURE__ */ __name((hash) => hash.slice(0, 12), "short");
function describeSchema(value) {
  return typeof value === "string" ? JSON.stringify(value.slice(0, 60)) : "no schema field";
}
__name(describeSchema, "describeSchema");
function admit(options) {
  const blockers = [...options.extraBlockers ?? []];
  const shards = [];
  const names = [];
  const whereSeen = /* @__PURE__ */ new Map();
  for (const { file, text } of options.reports) {
    let json;
    try {
      json = JSON.parse(text);
    } catch (error) {
      blockers.push(`${file} is not JSON (${error.message.slice(0, 120)})`);
      continue;
    }
    const declared = json?.schema;
    if (declared !== REPORT_SCHEMA) {
      blockers.push(
        `${file} is of another report schema (${describeSchema(declared)}; this run reads ${REPORT_SCHEMA})`
      );
      continue;
    }
    const problems = reportProblems(json);
    if (problems.length > 0) {
      blockers.push(
        `${file} does not fit ${REPORT_SCHEMA}: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? ` and ${problems.length - 3} more` : ""}`
      );
      continue;
    }
    const report = json;
    if (report.shard === void 0 || report.shard === null) {
      blockers.push(`${file} is not a shard report (no shard name: run it with shard: <name>)`);
      continue;
    }
    const name = report.shard;
    const earlier = whereSeen.get(name);
    if (earlier !== void 0)
      return { configError: `shard "${name}" reported twice: ${earlier} and ${file}` };
    whereSeen.set(name, file);
    names.push(name);
    const wrong = [];
    if (report.commit === void 0 || report.commit === null)
      wrong.push(`shard "${name}" (${file}) does not say its commit`);
    else if (options.commit === void 0)
      wrong.push(
        `shard "${name}" is of commit ${short(report.commit)}, and this run's commit is unknown`
      );
    else if (report.commit !== options.commit)
      wrong.push(
        `shard "${name}" (${file}) is of another commit: ${short(report.commit)}, this run is of ${short(options.commit)}`
      );
    const reported = new Map(report.checklists.map((cv) => [cv.path, cv]));
    for (const cv of report.checklists) {
      const ours = options.digests[cv.path];
      if (ours === void 0)
        wrong.push(
          `shard "${name}" ran another checklist: ${cv.path}, which this run does not have`
        );
      else if (cv.sha256 === void 0)
        wrong.push(`shard "${name}" does not say which version of ${cv.path} it ran (no sha256)`);
      else if (cv.sha256 !== ours)
        wrong.push(
          `shard "${name}" ran another checklist: ${cv.path} with sha256 ${short(cv.sha256)}, this checkout's is ${short(ours)}`
        );
    }
    for (const checklist of options.checklists)
      if (!reported.has(checklist.path))
        wrong.push(`shard "${name}" did not run the checklist ${checklist.path}`);
    if (wrong.length > 0) {
      blockers.push(...wrong);
      continue;
    }
    shards.push({
      name,
      items: new Map(
        report.checklists.map((cv) => [cv.path, new Map(cv.items.map((item) => [item.id, item]))])
      ),
      durationMs: report.durationMs ?? 0
    });
  }
  const expect = options.expect;
  if ("count" in expect) {
    if (names.length < expect.count)
      blockers.push(
        `expected ${expect.count} shards, ${names.length} reported${names.length > 0 ? ` (${names.join(", ")})` : ""}: ${expect.count - names.length} missing`
      );
    else if (names.length > expect.count)
      blockers.push(
        `expected ${expect.count} shards, ${names.length} reported (${names.join(", ")})`
      );
  } else {
    for (const name of expect.names)
      if (!whereSeen.has(name)) blockers.push(`expected shard "${name}" is missing (no report)`);
    for (const name of names)
      if (!expect.names.includes(name))
        blockers.push(`shard "${name}" is not among the expected (${expect.names.join(", ")})`);
  }
  return { shards, names, blockers };
}
__name(admit, "admit");
var SEVERITY = {
  errored: 5,
  failed: 4,
  pending: 3,
  waived: 2,
  passed: 1,
  skipped: 0
};
function worstOf(entries) {
  return entries.reduce(
    (worst, entry) => SEVERITY[entry.item.status] > SEVERITY[worst.item.status] ? entry : worst
  );
}
__name(worstOf, "worstOf");
function findingKey(finding) {
  return JSON.stringify([
    finding.file,
    finding.line,
    finding.endLine,
    finding.column,
    finding.endColumn,
    finding.level,
    finding.title,
    finding.message
  ]);
}
__name(findingKey, "findingKey");
function unionFindings(entries, max = 1e3) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const { item } of entries) {
    for (const finding of item.findings ?? []) {
      const key = findingKey(finding);
      if (seen.has(key)) continue;
      seen.add(key);
      if (out.length < max) out.push(finding);
    }
  }
  return out;
}
__name(unionFindings, "unionFindings");
function inShards(entries) {
  return entries.map((entry) => entry.shard).join(", ");
}
__name(inShards, "inShards");
function durationOf(entries) {
  return Math.max(0, ...entries.map((entry) => entry.item.durationMs ?? 0));
}
__name(durationOf, "durationOf");
function worstResult(entries) {
  const worst = worstOf(entries);
  const agree = entries.every(
    (entry) => entry.item.status === worst.item.status && entry.item.summary === worst.item.summary
  );
  const findings = unionFindings(entries);
  return {
    status: worst.item.status,
    summary: agree ? worst.item.summary : `${worst.item.summary} (in ${worst.shard})`,
    ...worst.item.metrics ? { metrics: worst.item.metrics } : {},
    ...findings.length > 0 ? { findings } : {},
    ...worst.item.output !== void 0 ? { output: worst.item.output } : {},
    durationMs: durationOf(entries)
  };
}
__name(worstResult, "worstResult");
function count(value) {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : NaN;
}
__name(count, "count");
function mergeTests(item, entries) {
  const counted = [];
  for (const { shard, item: json } of entries) {
    const m = json.metrics ?? {};
    const metrics2 = {
      total: count(m.total),
      passed: count(m.passed),
      failed: count(m.failed),
      errors: count(m.errors),
      skipped: count(m.skipped)
    };
    if (Object.values(metrics2).some(Number.isNaN))
      return {
        status: "errored",
        summary: `shard "${shard}" reported no test counts for this item`
      };
    counted.push({ metrics: metrics2 });
  }
  const metrics = sumTests(counted);
  const judged = judgeTests(optionsOf(item.check, "tests"), metrics);
  const findings = unionFindings(entries);
  return {
    ...judged,
    summary: `${judged.summary} (${entries.length} shard${entries.length === 1 ? "" : "s"} summed)`,
    metrics: { ...metrics },
    ...findings.length > 0 ? { findings } : {},
    durationMs: durationOf(entries)
  };
}
__name(mergeTests, "mergeTests");
function mergeCoverage(item, entries, context) {
  const options = optionsOf(item.check, "coverage");
  if (options["min-functions"] !== void 0) {
    return {
      status: "errored",
      summary: "min-functions cannot be judged from shard reports: function coverage does not merge from per-line data (use min-lines or min-branches for a merged item)"
    };
  }
  const plan = planPatch(options, context.changes, context.noBaseReason);
  if ("result" in plan) return { ...plan.result, durationMs: durationOf(entries) };
  const files = [];
  for (const { shard, item: json } of entries) {
    if (json.coverage === void 0)
      return {
        status: "errored",
        summary: `shard "${shard}" has no per-file lines for this item (its report records totals only, or the shard ran without shard:)`
      };
    files.push(json.coverage.files);
  }
  let merged;
  let patch;
  try {
    merged = mergeCoverageFiles(files);
    if (plan.wantsPatch && context.changes !== void 0)
      patch = mergedPatch(options, files, context.changes, merged.branches !== void 0);
  } catch (error) {
    if (!(error instanceof RangeTextError)) throw error;
    return {
      status: "errored",
      summary: `a shard's coverage lines are malformed: ${error.message}`
    };
  }
  const metrics = {
    lines: ratio(merged.lines.covered, merged.lines.total),
    branches: merged.branches ? ratio(merged.branches.covered, merged.branches.total) : null,
    functions: null
  };
  const baseItem = baseItemOf(context.baseReport, context.checklistPath, item.id);
  const judged = judgeCoverage(
    options,
    metrics,
    (figure) => figure === "branches" && merged.branches === void 0 ? "no shard recorded branch data" : `the shards' reports have no ${figure} to cover`,
    {
      ...baseItem ? { baseItem } : {},
      ...context.baseReport ? { hasBaseReport: true } : {}
    },
    patch === void 0 ? void 0 : { coverage: patch, noBranchData: /* @__PURE__ */ __name(() => "no shard recorded branch data", "noBranchData") },
    plan.patchSkipped
  );
  return {
    ...judged,
    summary: `${judged.summary} (union of ${entries.length} shard${entries.length === 1 ? "" : "s"}, ${merged.files} file${merged.files === 1 ? "" : "s"})`,
    durationMs: durationOf(entries)
  };
}
__name(mergeCoverage, "mergeCoverage");
function mergedPatch(options, files, changes, hasBranches) {
  const index = new ReportPathIndex(
    changes,
    options["source-roots"] ? { sourceRoots: options["source-roots"] } : {}
  );
  const byPath = /* @__PURE__ */ new Map();
  for (const shardFiles of files) {
    for (const [key, lines] of Object.entries(shardFiles)) {
      const path = index.resolveAnyFormat(key);
      if (path === void 0) continue;
      const list = byPath.get(path);
      if (list) list.push(lines);
      else byPath.set(path, [lines]);
    }
  }
  const united = /* @__PURE__ */ new Map();
  for (const [path, list] of byPath)
    united.set(path, unionFileLines(list, changes.file(path)?.ranges ?? []));
  const sources = options.sources === void 0 ? void 0 : typeof options.sources === "string" ? [options.sources] : options.sources;
  return patchCoverageOf(united, changes, sources, hasBranches);
}
__name(mergedPatch, "mergedPatch");
var LINT_LEVEL = {
  error: "errors",
  warning: "warnings",
  notice: "notes"
};
var BANDIT_LEVEL = {
  error: "high",
  warning: "medium",
  notice: "low"
};
var TRIVY_TITLE = /^(Vulnerability|Misconfiguration|Secret) (CRITICAL|HIGH|MEDIUM|LOW|UNKNOWN)$/;
var TRIVY_CLASS = {
  Vulnerability: "vulnerabilities",
  Misconfiguration: "misconfigurations",
  Secret: "secrets"
};
function counterFor(item) {
  const check = item.check;
  switch (check.kind) {
    case "lint":
      if (check.options.report === void 0) return void 0;
      return {
        keys: ["errors", "warnings", "notes"],
        classify: /* @__PURE__ */ __name((finding) => LINT_LEVEL[finding.level], "classify"),
        judge: /* @__PURE__ */ __name((m) => judgeLint(check.options, m), "judge")
      };
    case "bandit":
      return {
        keys: ["high", "medium", "low"],
        classify: /* @__PURE__ */ __name((finding) => BANDIT_LEVEL[finding.level], "classify"),
        judge: /* @__PURE__ */ __name((m) => judgeBandit(check.options, m), "judge")
      };
    case "trivy":
      return {
        keys: TRIVY_CLASSES.flatMap((c) => SEVERITIES.map((s) => `${c}.${s}`)),
        classify: /* @__PURE__ */ __name((finding) => {
          const match = TRIVY_TITLE.exec(finding.title ?? "");
          return match ? `${TRIVY_CLASS[match[1]]}.${match[2].toLowerCase()}` : void 0;
        }, "classify"),
        judge: /* @__PURE__ */ __name((m) => judgeTrivy(check.options, m), "judge")
      };
    case "scan":
      return {
        keys: TRIVY_CLASSES.flatMap((c) => SEVERITIES.map((s) => `${c}.${s}`)),
        classify: /* @__PURE__ */ __name((finding) => {
          const match = TRIVY_TITLE.exec(finding.title ?? "");
          if (match) return `${TRIVY_CLASS[match[1]]}.${match[2].toLowerCase()}`;
          const banditSeverity = BANDIT_LEVEL[finding.level];
          return banditSeverity ? `vulnerabilities.${banditSeverity}` : void 0;
        }, "classify"),
        judge: /* @__PURE__ */ __name((m) => judgeTrivy(
          { max: check.options.max ?? { critical: 0, high: 0 } },
          m
        ), "judge")
      };
    default:
      return void 0;
  }
}
__name(counterFor, "counterFor");
function flatCounts(metrics, keys) {
  const out = /* @__PURE__ */ new Map();
  for (const key of keys) {
    let value = metrics;
    for (const part of key.split("."))
      value = typeof value === "object" && value !== null ? value[part] : void 0;
    const n = count(value);
    if (Number.isNaN(n)) return void 0;
    out.set(key, n);
  }
  return out;
}
__name(flatCounts, "flatCounts");
function nestCounts(flat) {
  const out = {};
  for (const [key, value] of flat) {
    const [head, tail] = key.split(".");
    if (tail === void 0) out[head] = value;
    else (out[head] ??= {})[tail] = value;
  }
  return out;
}
__name(nestCounts, "nestCounts");
function mergeFindings(counter, entries) {
  const flats = [];
  for (const { shard, item: json } of entries) {
    const flat = flatCounts(json.metrics, counter.keys);
    if (!flat)
      return { status: "errored", summary: `shard "${shard}" reported no counts for this item` };
    flats.push(flat);
  }
  const union = unionFindings(entries, Number.POSITIVE_INFINITY);
  const sum = /* @__PURE__ */ __name((flat) => [...flat.values()].reduce((a, b) => a + b, 0), "sum");
  const complete = entries.every(
    ({ item: json }, index) => (json.findings?.length ?? 0) === sum(flats[index]) && (json.findings ?? []).every((finding) => counter.classify(finding) !== void 0)
  );
  let merged;
  let note = "";
  if (complete) {
    merged = new Map(counter.keys.map((key) => [key, 0]));
    for (const finding of union) {
      const key = counter.classify(finding);
      merged.set(key, merged.get(key) + 1);
    }
  } else {
    const same = /* @__PURE__ */ __name((flat) => counter.keys.every((key) => flat.get(key) === flats[0].get(key)), "same");
    const findingsOf = /* @__PURE__ */ __name((entry) => JSON.stringify((entry.item.findings ?? []).map(findingKey).sort()), "findingsOf");
    if (flats.every(same) && entries.every((entry) => findingsOf(entry) === findingsOf(entries[0]))) {
      merged = flats[0];
    } else {
      merged = new Map(
        counter.keys.map((key) => [key, flats.reduce((a, flat) => a + flat.get(key), 0)])
      );
      note = " (added up over the shards: their reports do not list every finding)";
    }
  }
  const metrics = nestCounts(merged);
  const judged = counter.judge(metrics);
  return {
    ...judged,
    summary: `${judged.summary}${note}`,
    metrics,
    ...union.length > 0 ? { findings: union.slice(0, 1e3) } : {},
    durationMs: durationOf(entries)
  };
}
__name(mergeFindings, "mergeFindings");
function mergeItem(item, entries, manual, context) {
  if (item.check === void 0) {
    const confirmed = entries.find((entry) => entry.item.status === "passed");
    return confirmed ? { status: "passed", summary: `${confirmed.item.summary} (in ${confirmed.shard})` } : manual();
  }
  if (entries.length === 0) return { status: "errored", summary: "no shard reported this item" };
  const foreign = entries.find((entry) => entry.item.kind !== item.check.kind);
  if (foreign)
    return {
      status: "errored",
      summary: `shard "${foreign.shard}" decided this item as ${foreign.item.kind}, the checklist says ${item.check.kind}`
    };
  const present = entries.filter((entry) => !entry.item.reportMissing);
  if (present.length === 0) {
    return {
      status: "errored",
      summary: `its report is missing in every shard (${inShards(entries)}): ${entries[0].item.summary}`,
      reportMissing: true
    };
  }
  const errored = present.find((entry) => entry.item.status === "errored");
  if (errored)
    return { ...worstResult(present), summary: `${errored.item.summary} (in ${errored.shard})` };
  const decided = present.filter((entry) => entry.item.status !== "skipped");
  if (decided.length === 0) return worstResult(present);
  switch (item.check.kind) {
    case "tests":
      return mergeTests(item, decided);
    case "coverage":
      return mergeCoverage(item, decided, context);
    case "lint":
    case "bandit":
    case "trivy": {
      const counter = counterFor(item);
      return counter ? mergeFindings(counter, decided) : worstResult(decided);
    }
    case "scan": {
      const merged = mergeFindings(counterFor(item), decided);
      const failedAlone = decided.find((entry) => entry.item.status === "failed");
      return merged.status === "passed" && failedAlone ? {
        ...merged,
        status: "failed",
        summary: `${failedAlone.item.summary} (in ${failedAlone.shard})`
      } : merged;
    }
    default:
      return worstResult(decided);
  }
}
__name(mergeItem, "mergeItem");
function blockerItem(blockers) {
  return {
    item: {
      id: "matrix-shards",
      title: "Every expected shard reported, of this commit and checklist",
      line: 1,
      column: 1,
      checked: false,
      blocking: true,
      weight: 0,
      inferred: false,
      section: ["Matrix shards"],
      children: []
    },
    result: { status: "errored", summary: blockers.join("; ") }
  };
}
__name(blockerItem, "blockerItem");
function mergeShards(options) {
  const admitted = admit(options);
  if ("configError" in admitted) return admitted;
  const { shards, blockers } = admitted;
  const confirmed = confirmationSet(options.confirmations ?? []);
  const verdicts = options.checklists.map((checklist, index) => {
    const fileMayConfirm = !["pr-body", "review"].includes(
      options.confirmFrom ?? checklist.policy.confirmFrom ?? "any"
    );
    const entries = flattenItems(checklist).map((item) => {
      const found = [];
      for (const shard of shards) {
        const json = shard.items.get(checklist.path)?.get(item.id);
        if (json) found.push({ shard: shard.name, item: json });
      }
      return {
        item,
        result: mergeItem(item, found, () => judgeManual(item, confirmed, fileMayConfirm), {
          checklistPath: checklist.path,
          ...options.changes ? { changes: options.changes } : {},
          ...options.noBaseReason ? { noBaseReason: options.noBaseReason } : {},
          ...options.baseReport ? { baseReport: options.baseReport } : {}
        })
      };
    });
    if (index === 0 && blockers.length > 0) entries.unshift(blockerItem(blockers));
    const today = options.today;
    if (today === void 0) return judgeChecklist(checklist, entries, options);
    const waivers = (checklist.waivers ?? []).map((waiver) => ({
      waiver,
      isNew: false,
      ...waiverStateOn(waiver, today, false)
    }));
    const judgedWaivers = new Map(waivers.map((judged2) => [judged2, judged2]));
    const accounted = entries.map(({ item, result }) => {
      const itemWaiver = waivers.find(
        (judged2) => judged2.waiver.item === item.id && judged2.waiver.finding === void 0
      );
      const applied = applyItemWaiver(
        item,
        result,
        itemWaiver,
        today,
        checklist.policy.enforceFrom
      );
      if (itemWaiver && applied.waiver) judgedWaivers.set(itemWaiver, applied.waiver);
      return {
        item,
        result: applied.result,
        ...applied.waiver ? { waiver: applied.waiver } : {},
        ...applied.enforceFrom ? { enforceFrom: applied.enforceFrom } : {}
      };
    });
    return judgeChecklist(checklist, accounted, options, {
      waivers: waivers.map((judged2) => judgedWaivers.get(judged2) ?? judged2)
    });
  });
  const durationMs = Math.max(0, ...shards.map((shard) => shard.durationMs));
  const merged = shards.map((shard) => shard.name);
  const judged = judgeAll(verdicts, durationMs, options);
  const verdict = {
    ...judged,
    ...options.baseReport ? { delta: computeDelta(judged, options.baseReport) } : {},
    shards: merged
  };
  return { verdict, blockers, merged };
}
__name(mergeShards, "mergeShards");

// src/merge/run-merge.ts
async function findReports(base, pattern) {
  if (!/[*?[\]{}]/.test(pattern)) {
    const file = path_default.resolve(base, pattern);
    try {
      return (await stat(file)).isFile() ? [file] : [];
    } catch {
      return [];
    }
  }
  const { glob } = await import("./tinyglobby.js");
  const found = await glob(pattern, {
    cwd: base,
    absolute: true,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false
  });
  return found.sort();
}
__name(findReports, "findReports");
async function runMerge(options) {
  const started = Date.now();
  const expect = parseExpectShards(options.expectShards);
  const { loaded, masker } = await loadMasked(options);
  if (loaded.problems.length > 0)
    return {
      problems: loaded.problems.map(formatProblem),
      checklistProblems: loaded.problems,
      masker
    };
  if ("error" in expect) return { problems: [expect.error], masker };
  const blockersBefore = [];
  const files = [];
  for (const pattern of options.reports) {
    const found = await findReports(options.reportsBase, pattern);
    if (found.length === 0) blockersBefore.push(`no shard report matches ${pattern}`);
    for (const file of found) if (!files.includes(file)) files.push(file);
  }
  const reports = [];
  for (const file of files) {
    const shown = displayPath(file, options.workdir);
    try {
      reports.push({
        file: shown,
        text: readRegularFileSync(file, MAX_JSON_BYTES).toString("utf8")
      });
    } catch (error) {
      blockersBefore.push(`${shown}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const digests = await checklistDigests(options.workdir, loaded.checklists);
  const change = await prepareChange(options, loaded.checklists);
  let changes = change.changes;
  let noBaseReason = change.noBaseReason;
  if (changes !== void 0 && options.changeRequest?.kind === "ref" && options.commit !== void 0 && changes.toCommit !== options.commit) {
    noBaseReason = `the changed lines are of ${changes.toCommit.slice(0, 12)}, and the shards are of ${options.commit.slice(0, 12)} (check out the shards' commit)`;
    changes = void 0;
  }
  const outcome = mergeShards({
    checklists: loaded.checklists,
    digests,
    commit: options.commit,
    expect,
    reports,
    ...options.confirmations ? { confirmations: options.confirmations } : {},
    ...options.confirmFrom ? { confirmFrom: options.confirmFrom } : {},
    ...options.minScore !== void 0 ? { minScore: options.minScore } : {},
    ...options.levels ? { levels: options.levels } : {},
    extraBlockers: blockersBefore,
    ...options.clock ? { today: todayOf(options.clock) } : {},
    ...changes ? { changes } : {},
    ...noBaseReason ? { noBaseReason } : {},
    ...options.baseReport ? { baseReport: options.baseReport } : {}
  });
  if ("configError" in outcome) return { problems: [outcome.configError], masker };
  return {
    ...outcome,
    verdict: {
      ...outcome.verdict,
      ...options.commit ? { commit: options.commit } : {},
      durationMs: Math.max(outcome.verdict.durationMs, Date.now() - started)
    },
    reportFiles: reports.map((report) => report.file),
    masker,
    ...change.change ? { change: change.change } : {}
  };
}
__name(runMerge, "runMerge");
export {
  runMerge
};
//# sourceMappingURL=merge-run-merge.js.map
