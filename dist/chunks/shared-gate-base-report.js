import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/gate/base-report.ts
var BASE_REPORT_SCHEMA = "readiness-gate/report@2";
var BaseReportError = class extends Error {
  static {
    __name(this, "BaseReportError");
  }
  name = "BaseReportError";
};
var STATUSES = /* @__PURE__ */ new Set([
  "passed",
  "failed",
  "errored",
  "pending",
  "skipped",
  "waived"
]);
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
__name(isObject, "isObject");
function parseBaseReport(text, origin) {
  let root;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw new BaseReportError(`${origin}: is not JSON (${error.message})`);
  }
  if (!isObject(root)) throw new BaseReportError(`${origin}: is not a readiness-gate report`);
  const schema = root["schema"];
  if (schema !== BASE_REPORT_SCHEMA) {
    throw new BaseReportError(
      typeof schema === "string" && schema.startsWith("readiness-gate/report@") ? `${origin}: is ${schema}; a base report must be ${BASE_REPORT_SCHEMA} (made by this version of the gate on the base branch)` : `${origin}: is not a ${BASE_REPORT_SCHEMA} JSON report (its "schema" is ${JSON.stringify(schema ?? null)})`
    );
  }
  const score = root["score"];
  if (score !== null && typeof score !== "number")
    throw new BaseReportError(`${origin}: "score" must be a number or null`);
  const checklists = root["checklists"];
  if (!Array.isArray(checklists))
    throw new BaseReportError(`${origin}: "checklists" must be a list`);
  const items = /* @__PURE__ */ new Map();
  checklists.forEach((checklist, c) => {
    if (!isObject(checklist) || typeof checklist["path"] !== "string")
      throw new BaseReportError(`${origin}: checklists[${c}] has no "path"`);
    const byId = /* @__PURE__ */ new Map();
    const list = checklist["items"];
    if (!Array.isArray(list))
      throw new BaseReportError(`${origin}: checklists[${c}].items must be a list`);
    list.forEach((item, i) => {
      if (!isObject(item) || typeof item["id"] !== "string" || !STATUSES.has(String(item["status"])))
        throw new BaseReportError(
          `${origin}: checklists[${c}].items[${i}] needs an id and a status`
        );
      byId.set(item["id"], {
        status: item["status"],
        title: typeof item["title"] === "string" ? item["title"] : item["id"],
        isBlocking: item["isBlocking"] === true,
        ...typeof item["kind"] === "string" ? { kind: item["kind"] } : {},
        ...isObject(item["metrics"]) ? { metrics: item["metrics"] } : {}
      });
    });
    items.set(checklist["path"], byId);
  });
  return {
    origin,
    ...typeof root["commit"] === "string" ? { commit: root["commit"] } : {},
    score,
    level: typeof root["level"] === "string" ? root["level"] : null,
    ...typeof root["passed"] === "boolean" ? { passed: root["passed"] } : {},
    items
  };
}
__name(parseBaseReport, "parseBaseReport");
function baseItemOf(base, checklistPath, itemId) {
  return base?.items.get(checklistPath)?.get(itemId);
}
__name(baseItemOf, "baseItemOf");

export {
  BASE_REPORT_SCHEMA,
  BaseReportError,
  parseBaseReport,
  baseItemOf
};
//# sourceMappingURL=shared-gate-base-report.js.map
