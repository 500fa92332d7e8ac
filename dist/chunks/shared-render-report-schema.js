import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  flattenItems
} from "./shared-checklist-items.js";
import {
  CHECK_KIND_NAMES,
  getCheckKind
} from "./shared-checks-http.js";
import {
  __name
} from "./shared-runtime.js";

// src/render/json-shape.ts
function fitsType(type, current) {
  const actual = typeOf(current);
  if (type === "integer") return Number.isInteger(current);
  if (type === "number") return actual === "number" && Number.isFinite(current);
  return actual === type;
}
__name(fitsType, "fitsType");
function typeOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
__name(typeOf, "typeOf");
function describe(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}\u2026` : text;
}
__name(describe, "describe");
function checkShape(schema, value, path = "", limit = 20) {
  const problems = [];
  const at = path === "" ? "(top)" : path;
  const visit = /* @__PURE__ */ __name((node, current, where) => {
    if (problems.length >= limit) return;
    const label = where === "" ? at : where;
    if (node.const !== void 0 && current !== node.const) {
      problems.push(`${label}: expected ${describe(node.const)}, found ${describe(current)}`);
      return;
    }
    if (node.enum && !node.enum.includes(current)) {
      problems.push(
        `${label}: expected one of ${node.enum.map(describe).join(", ")}, found ${describe(current)}`
      );
      return;
    }
    if (node.type) {
      const types = Array.isArray(node.type) ? node.type : [node.type];
      if (!types.some((type) => fitsType(type, current))) {
        const named = types.map(
          (type) => type === "integer" ? "an integer" : `a${/^[aeiou]/.test(type) ? "n" : ""} ${type}`
        );
        problems.push(`${label}: expected ${named.join(" or ")}, found ${describe(current)}`);
        return;
      }
    }
    if (typeof current === "number") {
      if (node.minimum !== void 0 && current < node.minimum)
        problems.push(`${label}: expected at least ${node.minimum}, found ${current}`);
      if (node.maximum !== void 0 && current > node.maximum)
        problems.push(`${label}: expected at most ${node.maximum}, found ${current}`);
    }
    if (typeof current === "string" && node.pattern !== void 0 && !new RegExp(node.pattern, "u").test(current)) {
      problems.push(`${label}: expected to match ${node.pattern}, found ${describe(current)}`);
    }
    if (Array.isArray(current) && node.items) {
      const items = node.items;
      current.forEach((entry, index) => visit(items, entry, `${where}[${index}]`));
    }
    if (typeOf(current) === "object" && (node.properties || node.required || node.additionalProperties === false)) {
      const record = current;
      const prefix = where === "" ? "" : `${where}.`;
      for (const key of node.required ?? []) {
        if (!(key in record)) problems.push(`${prefix}${key}: required, missing`);
      }
      for (const [key, entry] of Object.entries(record)) {
        const child = node.properties?.[key];
        if (child) visit(child, entry, `${prefix}${key}`);
        else if (node.additionalProperties === false) problems.push(`${prefix}${key}: unknown key`);
      }
    }
  }, "visit");
  visit(schema, value, path);
  return problems.slice(0, limit);
}
__name(checkShape, "checkShape");

// src/render/report-schema.ts
var REPORT_SCHEMA = "readiness-gate/report@2";
var STATUSES = ["passed", "failed", "errored", "pending", "skipped", "waived"];
var KINDS = [...CHECK_KIND_NAMES, "manual"];
var RANGES = "^(\\d+(-\\d+)?(,\\d+(-\\d+)?)*)?$";
var counts = {
  type: "object",
  properties: Object.fromEntries(
    ["total", ...STATUSES, "blocking"].map((key) => [key, { type: "integer", minimum: 0 }])
  ),
  required: ["total", ...STATUSES, "blocking"],
  additionalProperties: false
};
var finding = {
  type: "object",
  properties: {
    file: { type: "string" },
    line: { type: "integer", minimum: 1 },
    endLine: { type: "integer", minimum: 1 },
    column: { type: "integer", minimum: 1 },
    endColumn: { type: "integer", minimum: 1 },
    level: { enum: ["error", "warning", "notice"] },
    title: { type: "string" },
    message: { type: "string" }
  },
  required: ["level", "message"]
};
function buildReportSchema() {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "readiness-gate report",
    description: "The verdict of one run of readiness-gate (check --format json, and the Action's report output).",
    type: "object",
    properties: {
      schema: { const: REPORT_SCHEMA },
      source: {
        type: "object",
        description: "Where the report was made, so a publish run (workflow_run) knows which pull request and commit it is about.",
        properties: {
          repository: { type: "string", pattern: "^[^/\\s]+/[^/\\s]+$", description: "owner/name" },
          event: {
            type: "string",
            description: "The event that started the run (pull_request, push, ...)."
          },
          pullRequest: {
            type: "integer",
            minimum: 1,
            description: "The pull request number, on pull request events."
          },
          headSha: {
            type: "string",
            pattern: "^[0-9a-f]{40,64}$",
            description: "The commit the verdict is about: the pull request head, the merge group head, else GITHUB_SHA."
          }
        },
        required: ["repository", "event"],
        additionalProperties: false
      },
      passed: {
        type: "boolean",
        description: "The gate: no item blocks and the score reaches min-score (may this merge?)."
      },
      ready: {
        type: "boolean",
        description: "Readiness: the gate passes and the level is the top level (may this ship?)."
      },
      shards: {
        type: "array",
        items: { type: "string" },
        description: "A merged verdict: the shards that took part."
      },
      score: {
        type: ["number", "null"],
        minimum: 0,
        maximum: 100,
        description: "Unrounded; shown with one decimal. null when every item was skipped."
      },
      level: { type: ["string", "null"], description: "The score level; null with no score." },
      commit: {
        type: ["string", "null"],
        description: "The judged commit (the pull request head, or HEAD), or null when unknown; a merge accepts only shards of its own commit."
      },
      shard: {
        type: ["string", "null"],
        minLength: 1,
        description: "A shard run (matrix job): its name, as the shard input or --shard gave it; else null."
      },
      invalid: {
        type: "array",
        description: "Several checklists where some are invalid: their problems; the valid ones have their verdict below.",
        items: {
          type: "object",
          properties: {
            file: { type: "string" },
            line: { type: "integer", minimum: 0 },
            column: { type: "integer", minimum: 0 },
            message: { type: "string" },
            keyPath: { type: "string" }
          },
          required: ["file", "line", "column", "message"],
          additionalProperties: false
        }
      },
      counts,
      durationMs: { type: "number", minimum: 0 },
      checklists: {
        type: "array",
        items: {
          type: "object",
          properties: {
            path: { type: "string" },
            sha256: {
              type: "string",
              pattern: "^[0-9a-f]{64}$",
              description: "A shard run: SHA-256 of the checklist file's bytes."
            },
            title: { type: "string" },
            passed: { type: "boolean" },
            ready: { type: "boolean" },
            score: { type: ["number", "null"], minimum: 0, maximum: 100 },
            level: { type: ["string", "null"] },
            minScore: { type: "number", minimum: 0, maximum: 100 },
            reason: { type: "string" },
            counts,
            items: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  id: { type: "string" },
                  parent: { type: "string" },
                  title: { type: "string" },
                  section: { type: "array", items: { type: "string" } },
                  line: { type: "integer", minimum: 0 },
                  kind: { enum: KINDS },
                  inferred: { type: "boolean" },
                  blocking: { type: "boolean" },
                  weight: { type: "number", minimum: 0 },
                  status: { enum: STATUSES },
                  isBlocking: { type: "boolean" },
                  summary: { type: "string" },
                  note: {
                    type: "string",
                    description: "Why a recognized check is advisory, or why an item naming a command is not run."
                  },
                  metrics: {
                    type: "object",
                    description: "Per kind, with camelCase names (command: exitCode, durationMs; tests: total, passed, failed, errors, skipped; ...).",
                    propertyNames: { pattern: "^[a-z][A-Za-z0-9]*$" }
                  },
                  findings: { type: "array", items: finding },
                  durationMs: { type: "number", minimum: 0 },
                  output: { type: "string" },
                  reportMissing: {
                    const: true,
                    description: "Errored only because its report file is missing: in a merge, absent from this shard."
                  },
                  coverage: {
                    type: "object",
                    description: "A shard run's coverage item: each file's lines, for the merge.",
                    properties: {
                      files: {
                        type: "object",
                        additionalProperties: {
                          type: "object",
                          properties: {
                            covered: { type: "string", pattern: RANGES },
                            coverable: { type: "string", pattern: RANGES },
                            branches: {
                              type: "object",
                              additionalProperties: {
                                type: "array",
                                items: { type: "integer", minimum: 0 },
                                minItems: 2,
                                maxItems: 2
                              }
                            }
                          },
                          required: ["covered", "coverable"],
                          additionalProperties: false
                        }
                      }
                    },
                    required: ["files"],
                    additionalProperties: false
                  }
                },
                required: [
                  "id",
                  "title",
                  "section",
                  "line",
                  "kind",
                  "inferred",
                  "blocking",
                  "weight",
                  "status",
                  "isBlocking",
                  "summary"
                ],
                additionalProperties: false
              }
            }
          },
          required: ["path", "title", "passed", "ready", "score", "level", "counts", "items"],
          additionalProperties: false
        }
      }
    },
    required: ["schema", "passed", "ready", "score", "level", "commit", "counts", "checklists"],
    additionalProperties: false
  };
}
__name(buildReportSchema, "buildReportSchema");

// src/render/json.ts
var ERROR_SCHEMA = "readiness-gate/error@1";
var PLAN_SCHEMA = "readiness-gate/plan@1";
function itemBase(item) {
  return {
    id: item.id,
    ...item.parent !== void 0 ? { parent: item.parent } : {},
    title: item.title,
    section: item.section,
    line: item.line,
    kind: item.check?.kind ?? "manual",
    inferred: item.inferred,
    blocking: item.blocking,
    weight: item.weight
  };
}
__name(itemBase, "itemBase");
function toReportJson(verdict, source, options = {}) {
  const { invalid, shard } = options;
  return {
    schema: REPORT_SCHEMA,
    passed: invalid?.length ? false : verdict.passed,
    ready: invalid?.length ? false : verdict.ready,
    score: verdict.score,
    level: verdict.level,
    commit: shard?.commit ?? verdict.commit ?? source?.headSha ?? null,
    shard: shard?.shard ?? null,
    ...verdict.shards ? { shards: verdict.shards } : {},
    ...source ? { source } : {},
    ...invalid?.length ? {
      invalid: invalid.map((problem) => ({
        file: problem.file,
        line: problem.line,
        column: problem.column,
        message: problem.message,
        ...problem.keyPath !== void 0 ? { keyPath: problem.keyPath } : {}
      }))
    } : {},
    counts: verdict.counts,
    durationMs: verdict.durationMs,
    checklists: verdict.checklists.map((cv) => ({
      path: cv.checklist.path,
      ...shard?.checklistSha256[cv.checklist.path] !== void 0 ? { sha256: shard.checklistSha256[cv.checklist.path] } : {},
      title: cv.checklist.title,
      passed: cv.passed,
      ready: cv.ready,
      score: cv.score,
      level: cv.level,
      minScore: cv.minScore,
      reason: cv.reason,
      counts: cv.counts,
      items: cv.items.map(({ item, result, isBlocking }) => ({
        ...itemBase(item),
        status: result.status,
        isBlocking,
        summary: result.summary,
        ...item.note !== void 0 ? { note: item.note } : {},
        ...result.metrics ? { metrics: result.metrics } : {},
        ...result.findings?.length ? { findings: result.findings } : {},
        ...result.durationMs !== void 0 ? { durationMs: result.durationMs } : {},
        ...result.output ? { output: result.output } : {},
        ...result.reportMissing ? { reportMissing: true } : {},
        ...result.coverageFiles ? { coverage: { files: result.coverageFiles } } : {}
      }))
    }))
  };
}
__name(toReportJson, "toReportJson");
function renderErrorJson(problems, error = "invalid-checklist") {
  return `${JSON.stringify(
    {
      schema: ERROR_SCHEMA,
      error,
      problems: problems.map((problem) => ({
        file: problem.file,
        line: problem.line,
        column: problem.column,
        message: problem.message,
        keyPath: problem.keyPath ?? null
      }))
    },
    null,
    2
  )}
`;
}
__name(renderErrorJson, "renderErrorJson");
function renderJson(verdict, source, options = {}) {
  const json = toReportJson(verdict, source, options);
  const hasLines = verdict.checklists.some(
    (cv) => cv.items.some((judged) => judged.result.coverageFiles !== void 0)
  );
  return `${hasLines ? JSON.stringify(json) : JSON.stringify(json, null, 2)}
`;
}
__name(renderJson, "renderJson");
var ReportShapeError = class extends Error {
  constructor(problems) {
    super(
      `not a readiness-gate/report@2 JSON report:
${problems.map((problem) => `  ${problem}`).join("\n")}`
    );
    this.problems = problems;
  }
  problems;
  static {
    __name(this, "ReportShapeError");
  }
  name = "ReportShapeError";
};
function itemFromJson(json) {
  const item = {
    id: json.id,
    ...json.parent !== void 0 ? { parent: json.parent } : {},
    title: json.title,
    line: json.line,
    column: 1,
    checked: json.kind === "manual" && json.status === "passed",
    ...json.kind === "manual" ? {} : { check: { kind: json.kind, options: {} } },
    blocking: json.blocking,
    weight: json.weight,
    inferred: json.inferred,
    ...json.note !== void 0 ? { note: json.note } : {},
    section: json.section,
    children: []
  };
  const findings = json.findings;
  return {
    item,
    result: {
      status: json.status,
      summary: json.summary,
      ...json.metrics ? { metrics: json.metrics } : {},
      ...findings ? { findings } : {},
      ...json.durationMs !== void 0 ? { durationMs: json.durationMs } : {},
      ...json.output !== void 0 ? { output: json.output } : {},
      ...json.reportMissing ? { reportMissing: true } : {},
      ...json.coverage ? { coverageFiles: json.coverage.files } : {}
    },
    isBlocking: json.isBlocking
  };
}
__name(itemFromJson, "itemFromJson");
function checklistFromJson(json) {
  const items = json.items.map(itemFromJson);
  const checklist = {
    path: json.path,
    format: /\.(md|markdown)$/i.test(json.path) ? "markdown" : "yaml",
    title: json.title,
    policy: json.minScore !== void 0 ? { minScore: json.minScore } : {},
    sections: [],
    items: items.map((judged) => judged.item)
  };
  return {
    checklist,
    items,
    counts: json.counts,
    score: json.score,
    level: json.level,
    minScore: json.minScore ?? 0,
    passed: json.passed,
    ready: json.ready,
    topLevel: "ready",
    reason: json.reason ?? ""
  };
}
__name(checklistFromJson, "checklistFromJson");
function verdictFromReport(json) {
  const schema = json?.schema;
  if (typeof schema === "string" && schema !== REPORT_SCHEMA && schema.startsWith("readiness-gate/"))
    throw new ReportShapeError([
      `schema: this is a ${schema} report; this version reads ${REPORT_SCHEMA} only (make the report again with this version)`
    ]);
  const problems = checkShape(buildReportSchema(), json);
  if (problems.length > 0) throw new ReportShapeError(problems);
  const report = json;
  const verdict = {
    passed: report.passed,
    ready: report.ready,
    score: report.score,
    level: report.level,
    counts: report.counts,
    checklists: report.checklists.map(checklistFromJson),
    durationMs: report.durationMs ?? 0,
    ...report.commit ? { commit: report.commit } : {},
    ...report.shards ? { shards: report.shards } : {}
  };
  const shard = typeof report.shard === "string" ? {
    shard: report.shard,
    commit: report.commit ?? "",
    checklistSha256: Object.fromEntries(
      report.checklists.flatMap((cv) => cv.sha256 ? [[cv.path, cv.sha256]] : [])
    )
  } : void 0;
  return {
    verdict,
    ...report.source ? { source: report.source } : {},
    ...shard ? { shard } : {}
  };
}
__name(verdictFromReport, "verdictFromReport");
function toPlanJson(checklists) {
  return {
    schema: PLAN_SCHEMA,
    checklists: checklists.map((checklist) => ({
      path: checklist.path,
      title: checklist.title,
      format: checklist.format,
      policy: checklist.policy,
      items: flattenItems(checklist).map((item) => ({
        ...itemBase(item),
        ...item.check ? {
          check: item.check.options,
          describe: getCheckKind(item.check.kind).describe(item.check.options)
        } : {},
        ...item.check === void 0 ? { checked: item.checked } : {},
        ...item.note ? { note: item.note } : {}
      }))
    }))
  };
}
__name(toPlanJson, "toPlanJson");

export {
  checkShape,
  REPORT_SCHEMA,
  buildReportSchema,
  ERROR_SCHEMA,
  PLAN_SCHEMA,
  toReportJson,
  renderErrorJson,
  renderJson,
  ReportShapeError,
  verdictFromReport,
  toPlanJson
};
//# sourceMappingURL=shared-render-report-schema.js.map
