import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./shared-ajv.js";
import {
  flattenItems
} from "./shared-checklist-items.js";
import {
  CHECK_KIND_NAMES,
  checkSpecOf,
  getCheckKind
} from "./shared-checks-coverage.js";
import {
  __name
} from "./shared-runtime.js";

// src/render/report-validator.ts
var report = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "readiness-gate report", "description": "The verdict of one run of readiness-gate (check --format json, and the Action's report output).", "type": "object", "properties": { "schema": { "const": "readiness-gate/report@2" }, "source": { "type": "object", "description": "Where the report was made, so a publish run (workflow_run) knows which pull request and commit it is about.", "properties": { "repository": { "type": "string", "pattern": "^[^/\\s]+/[^/\\s]+$", "description": "owner/name" }, "event": { "type": "string", "description": "The event that started the run (pull_request, push, ...)." }, "pullRequest": { "type": "integer", "minimum": 1, "description": "The pull request number, on pull request events." }, "headSha": { "type": "string", "pattern": "^[0-9a-f]{40,64}$", "description": "The commit the verdict is about: the pull request head, the merge group head, else GITHUB_SHA." } }, "required": ["repository", "event"], "additionalProperties": false }, "passed": { "type": "boolean", "description": "The gate: no item blocks and the score reaches min-score (may this merge?)." }, "ready": { "type": "boolean", "description": "Readiness: the gate passes and the level is the top level (may this ship?)." }, "shards": { "type": "array", "items": { "type": "string" }, "description": "A merged verdict: the shards that took part." }, "score": { "type": ["number", "null"], "minimum": 0, "maximum": 100, "description": "Unrounded; shown with one decimal. null when every item was skipped." }, "level": { "type": ["string", "null"], "description": "The score level; null with no score." }, "commit": { "type": ["string", "null"], "description": "The judged commit (the pull request head, or HEAD), or null when unknown; a merge accepts only shards of its own commit." }, "shard": { "type": ["string", "null"], "minLength": 1, "description": "A shard run (matrix job): its name, as the shard input or --shard gave it; else null." }, "invalid": { "type": "array", "description": "Several checklists where some are invalid: their problems; the valid ones have their verdict below.", "items": { "type": "object", "properties": { "file": { "type": "string" }, "line": { "type": "integer", "minimum": 0 }, "column": { "type": "integer", "minimum": 0 }, "message": { "type": "string" }, "keyPath": { "type": "string" } }, "required": ["file", "line", "column", "message"], "additionalProperties": false } }, "counts": { "type": "object", "properties": { "total": { "type": "integer", "minimum": 0 }, "passed": { "type": "integer", "minimum": 0 }, "failed": { "type": "integer", "minimum": 0 }, "errored": { "type": "integer", "minimum": 0 }, "pending": { "type": "integer", "minimum": 0 }, "skipped": { "type": "integer", "minimum": 0 }, "waived": { "type": "integer", "minimum": 0 }, "blocking": { "type": "integer", "minimum": 0 } }, "required": ["total", "passed", "failed", "errored", "pending", "skipped", "waived", "blocking"], "additionalProperties": false }, "durationMs": { "type": "number", "minimum": 0 }, "delta": { "type": "object", "description": "This run against the base branch's report (base-report), items matched by checklist path and id.", "properties": { "origin": { "type": "string" }, "baseCommit": { "type": "string" }, "baseScore": { "type": ["number", "null"] }, "headScore": { "type": ["number", "null"] }, "score": { "type": ["number", "null"], "description": "head \u2212 base, unrounded." }, "baseLevel": { "type": ["string", "null"] }, "headLevel": { "type": ["string", "null"] }, "newlyBlocking": { "type": "array", "items": { "type": "object", "properties": { "checklist": { "type": "string" }, "id": { "type": "string" }, "title": { "type": "string" } }, "required": ["checklist", "id", "title"], "additionalProperties": false } }, "fixed": { "type": "array", "items": { "type": "object", "properties": { "checklist": { "type": "string" }, "id": { "type": "string" }, "title": { "type": "string" } }, "required": ["checklist", "id", "title"], "additionalProperties": false } }, "ratchetsBroken": { "type": "array", "items": { "type": "object", "properties": { "checklist": { "type": "string" }, "id": { "type": "string" }, "title": { "type": "string" } }, "required": ["checklist", "id", "title"], "additionalProperties": false } }, "coverage": { "type": "object", "properties": { "base": { "type": "number" }, "head": { "type": "number" } }, "required": ["base", "head"], "additionalProperties": false } }, "required": ["origin", "baseScore", "headScore", "score", "newlyBlocking", "fixed", "ratchetsBroken"], "additionalProperties": false }, "checklists": { "type": "array", "items": { "type": "object", "properties": { "path": { "type": "string" }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$", "description": "A shard run: SHA-256 of the checklist file's bytes." }, "title": { "type": "string" }, "passed": { "type": "boolean" }, "ready": { "type": "boolean" }, "score": { "type": ["number", "null"], "minimum": 0, "maximum": 100 }, "level": { "type": ["string", "null"] }, "minScore": { "type": "number", "minimum": 0, "maximum": 100 }, "reason": { "type": "string" }, "counts": { "type": "object", "properties": { "total": { "type": "integer", "minimum": 0 }, "passed": { "type": "integer", "minimum": 0 }, "failed": { "type": "integer", "minimum": 0 }, "errored": { "type": "integer", "minimum": 0 }, "pending": { "type": "integer", "minimum": 0 }, "skipped": { "type": "integer", "minimum": 0 }, "waived": { "type": "integer", "minimum": 0 }, "blocking": { "type": "integer", "minimum": 0 } }, "required": ["total", "passed", "failed", "errored", "pending", "skipped", "waived", "blocking"], "additionalProperties": false }, "items": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string" }, "parent": { "type": "string" }, "title": { "type": "string" }, "section": { "type": "array", "items": { "type": "string" } }, "line": { "type": "integer", "minimum": 0 }, "kind": { "enum": ["command", "tests", "coverage", "lint", "bandit", "trivy", "scan", "http", "env", "file", "manual"] }, "inferred": { "type": "boolean" }, "blocking": { "type": "boolean" }, "weight": { "type": "number", "minimum": 0 }, "status": { "enum": ["passed", "failed", "errored", "pending", "skipped", "waived"] }, "isBlocking": { "type": "boolean" }, "summary": { "type": "string" }, "note": { "type": "string", "description": "Why a recognized check is advisory, or why an item naming a command is not run." }, "metrics": { "type": "object", "description": "Per kind, with camelCase names (command: exitCode, durationMs; tests: total, passed, failed, errors, skipped; ...).", "propertyNames": { "pattern": "^[a-z][A-Za-z0-9]*$" } }, "findings": { "type": "array", "items": { "type": "object", "properties": { "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "endLine": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 }, "endColumn": { "type": "integer", "minimum": 1 }, "level": { "enum": ["error", "warning", "notice"] }, "title": { "type": "string" }, "message": { "type": "string" }, "inScope": { "type": "boolean", "description": "Under the check's scope (changed-lines, changed-files): whether it counted." } }, "required": ["level", "message"] } }, "durationMs": { "type": "number", "minimum": 0 }, "output": { "type": "string" }, "confirmedBy": { "description": "Who confirmed the item (login), or null." }, "confirmedAt": { "description": "When (ISO 8601 UTC), or null." }, "confirmedOn": { "description": "On which commit, or null." }, "confirmedVia": { "enum": ["pr-body", "file", "review", "review-comment", "comment", null] }, "enforceFrom": { "type": "string", "description": "The enforce-from date still ahead: the failure does not block yet." }, "reportMissing": { "const": true, "description": "Errored only because its report file is missing: in a merge, absent from this shard." }, "coverage": { "type": "object", "description": "A shard run's coverage item: each file's lines, for the merge.", "properties": { "files": { "type": "object", "additionalProperties": { "type": "object", "properties": { "covered": { "type": "string", "pattern": "^(\\d+(-\\d+)?(,\\d+(-\\d+)?)*)?$" }, "coverable": { "type": "string", "pattern": "^(\\d+(-\\d+)?(,\\d+(-\\d+)?)*)?$" }, "branches": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "integer", "minimum": 0 }, "minItems": 2, "maxItems": 2 } } }, "required": ["covered", "coverable"], "additionalProperties": false } } }, "required": ["files"], "additionalProperties": false } }, "required": ["id", "title", "section", "line", "kind", "inferred", "blocking", "weight", "status", "isBlocking", "summary"], "additionalProperties": false } }, "waivers": { "type": "array", "items": { "type": "object", "properties": { "item": { "type": "string" }, "finding": { "description": "The waived finding id, or null for the whole item." }, "by": { "type": "string" }, "until": { "type": "string" }, "reason": { "type": "string" }, "line": { "type": "integer", "minimum": 0 }, "state": { "enum": ["active", "expiring", "expired", "stale", "awaiting-review"] }, "isNew": { "type": "boolean" } }, "required": ["item", "finding", "by", "until", "reason", "line", "state", "isNew"], "additionalProperties": false } }, "weakenings": { "type": "array", "items": { "type": "string" } } }, "required": ["path", "title", "passed", "ready", "score", "level", "counts", "items"], "additionalProperties": false } } }, "required": ["schema", "passed", "ready", "score", "level", "commit", "counts", "checklists"], "additionalProperties": false };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern0 = new RegExp("^[^/\\s]+/[^/\\s]+$", "u");
var pattern1 = new RegExp("^[0-9a-f]{40,64}$", "u");
var pattern2 = new RegExp("^[0-9a-f]{64}$", "u");
var pattern3 = new RegExp("^[a-z][A-Za-z0-9]*$", "u");
var pattern4 = new RegExp("^(\\d+(-\\d+)?(,\\d+(-\\d+)?)*)?$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.passed === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.ready === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ready" }, message: "must have required property 'ready'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.score === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property 'score'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.level === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property 'level'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.commit === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.counts === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "counts" }, message: "must have required property 'counts'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.checklists === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checklists" }, message: "must have required property 'checklists'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.schema !== void 0) {
      let data0 = data.schema;
      if ("readiness-gate/report@2" !== data0) {
        const err9 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/const", keyword: "const", params: { allowedValue: "readiness-gate/report@2" }, message: "must be equal to constant", schema: "readiness-gate/report@2", parentSchema: schema11.properties.schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data1 = data.source;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.repository === void 0) {
          const err10 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'", schema: schema11.properties.source.required, parentSchema: schema11.properties.source, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data1.event === void 0) {
          const err11 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'", schema: schema11.properties.source.required, parentSchema: schema11.properties.source, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "repository" || key1 === "event" || key1 === "pullRequest" || key1 === "headSha")) {
            const err12 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.source, data: data1 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.repository !== void 0) {
          let data2 = data1.repository;
          if (typeof data2 === "string") {
            if (!pattern0.test(data2)) {
              const err13 = { instancePath: instancePath + "/source/repository", schemaPath: "#/properties/source/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[^/\\s]+/[^/\\s]+$" }, message: 'must match pattern "^[^/\\s]+/[^/\\s]+$"', schema: "^[^/\\s]+/[^/\\s]+$", parentSchema: schema11.properties.source.properties.repository, data: data2 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/source/repository", schemaPath: "#/properties/source/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.source.properties.repository.type, parentSchema: schema11.properties.source.properties.repository, data: data2 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data1.event !== void 0) {
          let data3 = data1.event;
          if (typeof data3 !== "string") {
            const err15 = { instancePath: instancePath + "/source/event", schemaPath: "#/properties/source/properties/event/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.source.properties.event.type, parentSchema: schema11.properties.source.properties.event, data: data3 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data1.pullRequest !== void 0) {
          let data4 = data1.pullRequest;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
            const err16 = { instancePath: instancePath + "/source/pullRequest", schemaPath: "#/properties/source/properties/pullRequest/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.source.properties.pullRequest.type, parentSchema: schema11.properties.source.properties.pullRequest, data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data4 == "number") {
            if (data4 < 1 || isNaN(data4)) {
              const err17 = { instancePath: instancePath + "/source/pullRequest", schemaPath: "#/properties/source/properties/pullRequest/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.source.properties.pullRequest, data: data4 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data1.headSha !== void 0) {
          let data5 = data1.headSha;
          if (typeof data5 === "string") {
            if (!pattern1.test(data5)) {
              const err18 = { instancePath: instancePath + "/source/headSha", schemaPath: "#/properties/source/properties/headSha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40,64}$" }, message: 'must match pattern "^[0-9a-f]{40,64}$"', schema: "^[0-9a-f]{40,64}$", parentSchema: schema11.properties.source.properties.headSha, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/source/headSha", schemaPath: "#/properties/source/properties/headSha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.source.properties.headSha.type, parentSchema: schema11.properties.source.properties.headSha, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.source.type, parentSchema: schema11.properties.source, data: data1 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.passed !== void 0) {
      let data6 = data.passed;
      if (typeof data6 !== "boolean") {
        const err21 = { instancePath: instancePath + "/passed", schemaPath: "#/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.passed.type, parentSchema: schema11.properties.passed, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.ready !== void 0) {
      let data7 = data.ready;
      if (typeof data7 !== "boolean") {
        const err22 = { instancePath: instancePath + "/ready", schemaPath: "#/properties/ready/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.ready.type, parentSchema: schema11.properties.ready, data: data7 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.shards !== void 0) {
      let data8 = data.shards;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (typeof data9 !== "string") {
            const err23 = { instancePath: instancePath + "/shards/" + i0, schemaPath: "#/properties/shards/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.shards.items.type, parentSchema: schema11.properties.shards.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/shards", schemaPath: "#/properties/shards/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.shards.type, parentSchema: schema11.properties.shards, data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.score !== void 0) {
      let data10 = data.score;
      if (!(typeof data10 == "number") && data10 !== null) {
        const err25 = { instancePath: instancePath + "/score", schemaPath: "#/properties/score/type", keyword: "type", params: { type: schema11.properties.score.type }, message: "must be number,null", schema: schema11.properties.score.type, parentSchema: schema11.properties.score, data: data10 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data10 == "number") {
        if (data10 > 100 || isNaN(data10)) {
          const err26 = { instancePath: instancePath + "/score", schemaPath: "#/properties/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.score, data: data10 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data10 < 0 || isNaN(data10)) {
          const err27 = { instancePath: instancePath + "/score", schemaPath: "#/properties/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.score, data: data10 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
    if (data.level !== void 0) {
      let data11 = data.level;
      if (typeof data11 !== "string" && data11 !== null) {
        const err28 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: schema11.properties.level.type }, message: "must be string,null", schema: schema11.properties.level.type, parentSchema: schema11.properties.level, data: data11 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.commit !== void 0) {
      let data12 = data.commit;
      if (typeof data12 !== "string" && data12 !== null) {
        const err29 = { instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: schema11.properties.commit.type }, message: "must be string,null", schema: schema11.properties.commit.type, parentSchema: schema11.properties.commit, data: data12 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.shard !== void 0) {
      let data13 = data.shard;
      if (typeof data13 !== "string" && data13 !== null) {
        const err30 = { instancePath: instancePath + "/shard", schemaPath: "#/properties/shard/type", keyword: "type", params: { type: schema11.properties.shard.type }, message: "must be string,null", schema: schema11.properties.shard.type, parentSchema: schema11.properties.shard, data: data13 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (typeof data13 === "string") {
        if (func3(data13) < 1) {
          const err31 = { instancePath: instancePath + "/shard", schemaPath: "#/properties/shard/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.shard, data: data13 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
    }
    if (data.invalid !== void 0) {
      let data14 = data.invalid;
      if (Array.isArray(data14)) {
        const len1 = data14.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data15 = data14[i1];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.file === void 0) {
              const err32 = { instancePath: instancePath + "/invalid/" + i1, schemaPath: "#/properties/invalid/items/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema11.properties.invalid.items.required, parentSchema: schema11.properties.invalid.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data15.line === void 0) {
              const err33 = { instancePath: instancePath + "/invalid/" + i1, schemaPath: "#/properties/invalid/items/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'", schema: schema11.properties.invalid.items.required, parentSchema: schema11.properties.invalid.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data15.column === void 0) {
              const err34 = { instancePath: instancePath + "/invalid/" + i1, schemaPath: "#/properties/invalid/items/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema11.properties.invalid.items.required, parentSchema: schema11.properties.invalid.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data15.message === void 0) {
              const err35 = { instancePath: instancePath + "/invalid/" + i1, schemaPath: "#/properties/invalid/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema11.properties.invalid.items.required, parentSchema: schema11.properties.invalid.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            for (const key2 in data15) {
              if (!(key2 === "file" || key2 === "line" || key2 === "column" || key2 === "message" || key2 === "keyPath")) {
                const err36 = { instancePath: instancePath + "/invalid/" + i1, schemaPath: "#/properties/invalid/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.invalid.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data15.file !== void 0) {
              let data16 = data15.file;
              if (typeof data16 !== "string") {
                const err37 = { instancePath: instancePath + "/invalid/" + i1 + "/file", schemaPath: "#/properties/invalid/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.invalid.items.properties.file.type, parentSchema: schema11.properties.invalid.items.properties.file, data: data16 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data15.line !== void 0) {
              let data17 = data15.line;
              if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)))) {
                const err38 = { instancePath: instancePath + "/invalid/" + i1 + "/line", schemaPath: "#/properties/invalid/items/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.invalid.items.properties.line.type, parentSchema: schema11.properties.invalid.items.properties.line, data: data17 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              if (typeof data17 == "number") {
                if (data17 < 0 || isNaN(data17)) {
                  const err39 = { instancePath: instancePath + "/invalid/" + i1 + "/line", schemaPath: "#/properties/invalid/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.invalid.items.properties.line, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              }
            }
            if (data15.column !== void 0) {
              let data18 = data15.column;
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
                const err40 = { instancePath: instancePath + "/invalid/" + i1 + "/column", schemaPath: "#/properties/invalid/items/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.invalid.items.properties.column.type, parentSchema: schema11.properties.invalid.items.properties.column, data: data18 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              if (typeof data18 == "number") {
                if (data18 < 0 || isNaN(data18)) {
                  const err41 = { instancePath: instancePath + "/invalid/" + i1 + "/column", schemaPath: "#/properties/invalid/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.invalid.items.properties.column, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              }
            }
            if (data15.message !== void 0) {
              let data19 = data15.message;
              if (typeof data19 !== "string") {
                const err42 = { instancePath: instancePath + "/invalid/" + i1 + "/message", schemaPath: "#/properties/invalid/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.invalid.items.properties.message.type, parentSchema: schema11.properties.invalid.items.properties.message, data: data19 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data15.keyPath !== void 0) {
              let data20 = data15.keyPath;
              if (typeof data20 !== "string") {
                const err43 = { instancePath: instancePath + "/invalid/" + i1 + "/keyPath", schemaPath: "#/properties/invalid/items/properties/keyPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.invalid.items.properties.keyPath.type, parentSchema: schema11.properties.invalid.items.properties.keyPath, data: data20 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/invalid/" + i1, schemaPath: "#/properties/invalid/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.invalid.items.type, parentSchema: schema11.properties.invalid.items, data: data15 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/invalid", schemaPath: "#/properties/invalid/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.invalid.type, parentSchema: schema11.properties.invalid, data: data14 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.counts !== void 0) {
      let data21 = data.counts;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.total === void 0) {
          const err46 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property 'total'", schema: schema11.properties.counts.required, parentSchema: schema11.properties.counts, data: data21 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data21.passed === void 0) {
          const err47 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'", schema: schema11.properties.counts.required, parentSchema: schema11.properties.counts, data: data21 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (data21.failed === void 0) {
          const err48 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "failed" }, message: "must have required property 'failed'", schema: schema11.properties.counts.required, parentSchema: schema11.properties.counts, data: data21 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        if (data21.errored === void 0) {
          const err49 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "errored" }, message: "must have required property 'errored'", schema: schema11.properties.counts.required, parentSchema: schema11.properties.counts, data: data21 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        if (data21.pending === void 0) {
          const err50 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "pending" }, message: "must have required property 'pending'", schema: schema11.properties.counts.required, parentSchema: schema11.properties.counts, data: data21 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        if (data21.skipped === void 0) {
          const err51 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "skipped" }, message: "must have required property 'skipped'", schema: schema11.properties.counts.required, parentSchema: schema11.properties.counts, data: data21 };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        if (data21.waived === void 0) {
          const err52 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "waived" }, message: "must have required property 'waived'", schema: schema11.properties.counts.required, parentSchema: schema11.properties.counts, data: data21 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        if (data21.blocking === void 0) {
          const err53 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "blocking" }, message: "must have required property 'blocking'", schema: schema11.properties.counts.required, parentSchema: schema11.properties.counts, data: data21 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        for (const key3 in data21) {
          if (!(key3 === "total" || key3 === "passed" || key3 === "failed" || key3 === "errored" || key3 === "pending" || key3 === "skipped" || key3 === "waived" || key3 === "blocking")) {
            const err54 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.counts, data: data21 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data21.total !== void 0) {
          let data22 = data21.total;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)))) {
            const err55 = { instancePath: instancePath + "/counts/total", schemaPath: "#/properties/counts/properties/total/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.counts.properties.total.type, parentSchema: schema11.properties.counts.properties.total, data: data22 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          if (typeof data22 == "number") {
            if (data22 < 0 || isNaN(data22)) {
              const err56 = { instancePath: instancePath + "/counts/total", schemaPath: "#/properties/counts/properties/total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.counts.properties.total, data: data22 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
        }
        if (data21.passed !== void 0) {
          let data23 = data21.passed;
          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)))) {
            const err57 = { instancePath: instancePath + "/counts/passed", schemaPath: "#/properties/counts/properties/passed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.counts.properties.passed.type, parentSchema: schema11.properties.counts.properties.passed, data: data23 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (typeof data23 == "number") {
            if (data23 < 0 || isNaN(data23)) {
              const err58 = { instancePath: instancePath + "/counts/passed", schemaPath: "#/properties/counts/properties/passed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.counts.properties.passed, data: data23 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
        }
        if (data21.failed !== void 0) {
          let data24 = data21.failed;
          if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)))) {
            const err59 = { instancePath: instancePath + "/counts/failed", schemaPath: "#/properties/counts/properties/failed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.counts.properties.failed.type, parentSchema: schema11.properties.counts.properties.failed, data: data24 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (typeof data24 == "number") {
            if (data24 < 0 || isNaN(data24)) {
              const err60 = { instancePath: instancePath + "/counts/failed", schemaPath: "#/properties/counts/properties/failed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.counts.properties.failed, data: data24 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          }
        }
        if (data21.errored !== void 0) {
          let data25 = data21.errored;
          if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)))) {
            const err61 = { instancePath: instancePath + "/counts/errored", schemaPath: "#/properties/counts/properties/errored/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.counts.properties.errored.type, parentSchema: schema11.properties.counts.properties.errored, data: data25 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          if (typeof data25 == "number") {
            if (data25 < 0 || isNaN(data25)) {
              const err62 = { instancePath: instancePath + "/counts/errored", schemaPath: "#/properties/counts/properties/errored/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.counts.properties.errored, data: data25 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
        }
        if (data21.pending !== void 0) {
          let data26 = data21.pending;
          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)))) {
            const err63 = { instancePath: instancePath + "/counts/pending", schemaPath: "#/properties/counts/properties/pending/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.counts.properties.pending.type, parentSchema: schema11.properties.counts.properties.pending, data: data26 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          if (typeof data26 == "number") {
            if (data26 < 0 || isNaN(data26)) {
              const err64 = { instancePath: instancePath + "/counts/pending", schemaPath: "#/properties/counts/properties/pending/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.counts.properties.pending, data: data26 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          }
        }
        if (data21.skipped !== void 0) {
          let data27 = data21.skipped;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)))) {
            const err65 = { instancePath: instancePath + "/counts/skipped", schemaPath: "#/properties/counts/properties/skipped/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.counts.properties.skipped.type, parentSchema: schema11.properties.counts.properties.skipped, data: data27 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
          if (typeof data27 == "number") {
            if (data27 < 0 || isNaN(data27)) {
              const err66 = { instancePath: instancePath + "/counts/skipped", schemaPath: "#/properties/counts/properties/skipped/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.counts.properties.skipped, data: data27 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          }
        }
        if (data21.waived !== void 0) {
          let data28 = data21.waived;
          if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)))) {
            const err67 = { instancePath: instancePath + "/counts/waived", schemaPath: "#/properties/counts/properties/waived/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.counts.properties.waived.type, parentSchema: schema11.properties.counts.properties.waived, data: data28 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          if (typeof data28 == "number") {
            if (data28 < 0 || isNaN(data28)) {
              const err68 = { instancePath: instancePath + "/counts/waived", schemaPath: "#/properties/counts/properties/waived/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.counts.properties.waived, data: data28 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          }
        }
        if (data21.blocking !== void 0) {
          let data29 = data21.blocking;
          if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)))) {
            const err69 = { instancePath: instancePath + "/counts/blocking", schemaPath: "#/properties/counts/properties/blocking/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.counts.properties.blocking.type, parentSchema: schema11.properties.counts.properties.blocking, data: data29 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (typeof data29 == "number") {
            if (data29 < 0 || isNaN(data29)) {
              const err70 = { instancePath: instancePath + "/counts/blocking", schemaPath: "#/properties/counts/properties/blocking/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.counts.properties.blocking, data: data29 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.counts.type, parentSchema: schema11.properties.counts, data: data21 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.durationMs !== void 0) {
      let data30 = data.durationMs;
      if (typeof data30 == "number") {
        if (data30 < 0 || isNaN(data30)) {
          const err72 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.durationMs, data: data30 };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
      } else {
        const err73 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.durationMs.type, parentSchema: schema11.properties.durationMs, data: data30 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.delta !== void 0) {
      let data31 = data.delta;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        if (data31.origin === void 0) {
          const err74 = { instancePath: instancePath + "/delta", schemaPath: "#/properties/delta/required", keyword: "required", params: { missingProperty: "origin" }, message: "must have required property 'origin'", schema: schema11.properties.delta.required, parentSchema: schema11.properties.delta, data: data31 };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
        if (data31.baseScore === void 0) {
          const err75 = { instancePath: instancePath + "/delta", schemaPath: "#/properties/delta/required", keyword: "required", params: { missingProperty: "baseScore" }, message: "must have required property 'baseScore'", schema: schema11.properties.delta.required, parentSchema: schema11.properties.delta, data: data31 };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        if (data31.headScore === void 0) {
          const err76 = { instancePath: instancePath + "/delta", schemaPath: "#/properties/delta/required", keyword: "required", params: { missingProperty: "headScore" }, message: "must have required property 'headScore'", schema: schema11.properties.delta.required, parentSchema: schema11.properties.delta, data: data31 };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        if (data31.score === void 0) {
          const err77 = { instancePath: instancePath + "/delta", schemaPath: "#/properties/delta/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property 'score'", schema: schema11.properties.delta.required, parentSchema: schema11.properties.delta, data: data31 };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
        if (data31.newlyBlocking === void 0) {
          const err78 = { instancePath: instancePath + "/delta", schemaPath: "#/properties/delta/required", keyword: "required", params: { missingProperty: "newlyBlocking" }, message: "must have required property 'newlyBlocking'", schema: schema11.properties.delta.required, parentSchema: schema11.properties.delta, data: data31 };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
        if (data31.fixed === void 0) {
          const err79 = { instancePath: instancePath + "/delta", schemaPath: "#/properties/delta/required", keyword: "required", params: { missingProperty: "fixed" }, message: "must have required property 'fixed'", schema: schema11.properties.delta.required, parentSchema: schema11.properties.delta, data: data31 };
          if (vErrors === null) {
            vErrors = [err79];
          } else {
            vErrors.push(err79);
          }
          errors++;
        }
        if (data31.ratchetsBroken === void 0) {
          const err80 = { instancePath: instancePath + "/delta", schemaPath: "#/properties/delta/required", keyword: "required", params: { missingProperty: "ratchetsBroken" }, message: "must have required property 'ratchetsBroken'", schema: schema11.properties.delta.required, parentSchema: schema11.properties.delta, data: data31 };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
        for (const key4 in data31) {
          if (!func2.call(schema11.properties.delta.properties, key4)) {
            const err81 = { instancePath: instancePath + "/delta", schemaPath: "#/properties/delta/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.delta, data: data31 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data31.origin !== void 0) {
          let data32 = data31.origin;
          if (typeof data32 !== "string") {
            const err82 = { instancePath: instancePath + "/delta/origin", schemaPath: "#/properties/delta/properties/origin/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.delta.properties.origin.type, parentSchema: schema11.properties.delta.properties.origin, data: data32 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data31.baseCommit !== void 0) {
          let data33 = data31.baseCommit;
          if (typeof data33 !== "string") {
            const err83 = { instancePath: instancePath + "/delta/baseCommit", schemaPath: "#/properties/delta/properties/baseCommit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.delta.properties.baseCommit.type, parentSchema: schema11.properties.delta.properties.baseCommit, data: data33 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data31.baseScore !== void 0) {
          let data34 = data31.baseScore;
          if (!(typeof data34 == "number") && data34 !== null) {
            const err84 = { instancePath: instancePath + "/delta/baseScore", schemaPath: "#/properties/delta/properties/baseScore/type", keyword: "type", params: { type: schema11.properties.delta.properties.baseScore.type }, message: "must be number,null", schema: schema11.properties.delta.properties.baseScore.type, parentSchema: schema11.properties.delta.properties.baseScore, data: data34 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data31.headScore !== void 0) {
          let data35 = data31.headScore;
          if (!(typeof data35 == "number") && data35 !== null) {
            const err85 = { instancePath: instancePath + "/delta/headScore", schemaPath: "#/properties/delta/properties/headScore/type", keyword: "type", params: { type: schema11.properties.delta.properties.headScore.type }, message: "must be number,null", schema: schema11.properties.delta.properties.headScore.type, parentSchema: schema11.properties.delta.properties.headScore, data: data35 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data31.score !== void 0) {
          let data36 = data31.score;
          if (!(typeof data36 == "number") && data36 !== null) {
            const err86 = { instancePath: instancePath + "/delta/score", schemaPath: "#/properties/delta/properties/score/type", keyword: "type", params: { type: schema11.properties.delta.properties.score.type }, message: "must be number,null", schema: schema11.properties.delta.properties.score.type, parentSchema: schema11.properties.delta.properties.score, data: data36 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data31.baseLevel !== void 0) {
          let data37 = data31.baseLevel;
          if (typeof data37 !== "string" && data37 !== null) {
            const err87 = { instancePath: instancePath + "/delta/baseLevel", schemaPath: "#/properties/delta/properties/baseLevel/type", keyword: "type", params: { type: schema11.properties.delta.properties.baseLevel.type }, message: "must be string,null", schema: schema11.properties.delta.properties.baseLevel.type, parentSchema: schema11.properties.delta.properties.baseLevel, data: data37 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data31.headLevel !== void 0) {
          let data38 = data31.headLevel;
          if (typeof data38 !== "string" && data38 !== null) {
            const err88 = { instancePath: instancePath + "/delta/headLevel", schemaPath: "#/properties/delta/properties/headLevel/type", keyword: "type", params: { type: schema11.properties.delta.properties.headLevel.type }, message: "must be string,null", schema: schema11.properties.delta.properties.headLevel.type, parentSchema: schema11.properties.delta.properties.headLevel, data: data38 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data31.newlyBlocking !== void 0) {
          let data39 = data31.newlyBlocking;
          if (Array.isArray(data39)) {
            const len2 = data39.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data40 = data39[i2];
              if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                if (data40.checklist === void 0) {
                  const err89 = { instancePath: instancePath + "/delta/newlyBlocking/" + i2, schemaPath: "#/properties/delta/properties/newlyBlocking/items/required", keyword: "required", params: { missingProperty: "checklist" }, message: "must have required property 'checklist'", schema: schema11.properties.delta.properties.newlyBlocking.items.required, parentSchema: schema11.properties.delta.properties.newlyBlocking.items, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
                if (data40.id === void 0) {
                  const err90 = { instancePath: instancePath + "/delta/newlyBlocking/" + i2, schemaPath: "#/properties/delta/properties/newlyBlocking/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.delta.properties.newlyBlocking.items.required, parentSchema: schema11.properties.delta.properties.newlyBlocking.items, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
                if (data40.title === void 0) {
                  const err91 = { instancePath: instancePath + "/delta/newlyBlocking/" + i2, schemaPath: "#/properties/delta/properties/newlyBlocking/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.properties.delta.properties.newlyBlocking.items.required, parentSchema: schema11.properties.delta.properties.newlyBlocking.items, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
                for (const key5 in data40) {
                  if (!(key5 === "checklist" || key5 === "id" || key5 === "title")) {
                    const err92 = { instancePath: instancePath + "/delta/newlyBlocking/" + i2, schemaPath: "#/properties/delta/properties/newlyBlocking/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.delta.properties.newlyBlocking.items, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                if (data40.checklist !== void 0) {
                  let data41 = data40.checklist;
                  if (typeof data41 !== "string") {
                    const err93 = { instancePath: instancePath + "/delta/newlyBlocking/" + i2 + "/checklist", schemaPath: "#/properties/delta/properties/newlyBlocking/items/properties/checklist/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.delta.properties.newlyBlocking.items.properties.checklist.type, parentSchema: schema11.properties.delta.properties.newlyBlocking.items.properties.checklist, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
                if (data40.id !== void 0) {
                  let data42 = data40.id;
                  if (typeof data42 !== "string") {
                    const err94 = { instancePath: instancePath + "/delta/newlyBlocking/" + i2 + "/id", schemaPath: "#/properties/delta/properties/newlyBlocking/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.delta.properties.newlyBlocking.items.properties.id.type, parentSchema: schema11.properties.delta.properties.newlyBlocking.items.properties.id, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
                if (data40.title !== void 0) {
                  let data43 = data40.title;
                  if (typeof data43 !== "string") {
                    const err95 = { instancePath: instancePath + "/delta/newlyBlocking/" + i2 + "/title", schemaPath: "#/properties/delta/properties/newlyBlocking/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.delta.properties.newlyBlocking.items.properties.title.type, parentSchema: schema11.properties.delta.properties.newlyBlocking.items.properties.title, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
              } else {
                const err96 = { instancePath: instancePath + "/delta/newlyBlocking/" + i2, schemaPath: "#/properties/delta/properties/newlyBlocking/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.delta.properties.newlyBlocking.items.type, parentSchema: schema11.properties.delta.properties.newlyBlocking.items, data: data40 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
          } else {
            const err97 = { instancePath: instancePath + "/delta/newlyBlocking", schemaPath: "#/properties/delta/properties/newlyBlocking/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.delta.properties.newlyBlocking.type, parentSchema: schema11.properties.delta.properties.newlyBlocking, data: data39 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data31.fixed !== void 0) {
          let data44 = data31.fixed;
          if (Array.isArray(data44)) {
            const len3 = data44.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data45 = data44[i3];
              if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                if (data45.checklist === void 0) {
                  const err98 = { instancePath: instancePath + "/delta/fixed/" + i3, schemaPath: "#/properties/delta/properties/fixed/items/required", keyword: "required", params: { missingProperty: "checklist" }, message: "must have required property 'checklist'", schema: schema11.properties.delta.properties.fixed.items.required, parentSchema: schema11.properties.delta.properties.fixed.items, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
                if (data45.id === void 0) {
                  const err99 = { instancePath: instancePath + "/delta/fixed/" + i3, schemaPath: "#/properties/delta/properties/fixed/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.delta.properties.fixed.items.required, parentSchema: schema11.properties.delta.properties.fixed.items, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
                if (data45.title === void 0) {
                  const err100 = { instancePath: instancePath + "/delta/fixed/" + i3, schemaPath: "#/properties/delta/properties/fixed/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.properties.delta.properties.fixed.items.required, parentSchema: schema11.properties.delta.properties.fixed.items, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
                for (const key6 in data45) {
                  if (!(key6 === "checklist" || key6 === "id" || key6 === "title")) {
                    const err101 = { instancePath: instancePath + "/delta/fixed/" + i3, schemaPath: "#/properties/delta/properties/fixed/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.delta.properties.fixed.items, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                }
                if (data45.checklist !== void 0) {
                  let data46 = data45.checklist;
                  if (typeof data46 !== "string") {
                    const err102 = { instancePath: instancePath + "/delta/fixed/" + i3 + "/checklist", schemaPath: "#/properties/delta/properties/fixed/items/properties/checklist/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.delta.properties.fixed.items.properties.checklist.type, parentSchema: schema11.properties.delta.properties.fixed.items.properties.checklist, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                if (data45.id !== void 0) {
                  let data47 = data45.id;
                  if (typeof data47 !== "string") {
                    const err103 = { instancePath: instancePath + "/delta/fixed/" + i3 + "/id", schemaPath: "#/properties/delta/properties/fixed/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.delta.properties.fixed.items.properties.id.type, parentSchema: schema11.properties.delta.properties.fixed.items.properties.id, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
                if (data45.title !== void 0) {
                  let data48 = data45.title;
                  if (typeof data48 !== "string") {
                    const err104 = { instancePath: instancePath + "/delta/fixed/" + i3 + "/title", schemaPath: "#/properties/delta/properties/fixed/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.delta.properties.fixed.items.properties.title.type, parentSchema: schema11.properties.delta.properties.fixed.items.properties.title, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
              } else {
                const err105 = { instancePath: instancePath + "/delta/fixed/" + i3, schemaPath: "#/properties/delta/properties/fixed/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.delta.properties.fixed.items.type, parentSchema: schema11.properties.delta.properties.fixed.items, data: data45 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
          } else {
            const err106 = { instancePath: instancePath + "/delta/fixed", schemaPath: "#/properties/delta/properties/fixed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.delta.properties.fixed.type, parentSchema: schema11.properties.delta.properties.fixed, data: data44 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data31.ratchetsBroken !== void 0) {
          let data49 = data31.ratchetsBroken;
          if (Array.isArray(data49)) {
            const len4 = data49.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data50 = data49[i4];
              if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                if (data50.checklist === void 0) {
                  const err107 = { instancePath: instancePath + "/delta/ratchetsBroken/" + i4, schemaPath: "#/properties/delta/properties/ratchetsBroken/items/required", keyword: "required", params: { missingProperty: "checklist" }, message: "must have required property 'checklist'", schema: schema11.properties.delta.properties.ratchetsBroken.items.required, parentSchema: schema11.properties.delta.properties.ratchetsBroken.items, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
                if (data50.id === void 0) {
                  const err108 = { instancePath: instancePath + "/delta/ratchetsBroken/" + i4, schemaPath: "#/properties/delta/properties/ratchetsBroken/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.delta.properties.ratchetsBroken.items.required, parentSchema: schema11.properties.delta.properties.ratchetsBroken.items, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
                if (data50.title === void 0) {
                  const err109 = { instancePath: instancePath + "/delta/ratchetsBroken/" + i4, schemaPath: "#/properties/delta/properties/ratchetsBroken/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.properties.delta.properties.ratchetsBroken.items.required, parentSchema: schema11.properties.delta.properties.ratchetsBroken.items, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
                for (const key7 in data50) {
                  if (!(key7 === "checklist" || key7 === "id" || key7 === "title")) {
                    const err110 = { instancePath: instancePath + "/delta/ratchetsBroken/" + i4, schemaPath: "#/properties/delta/properties/ratchetsBroken/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.delta.properties.ratchetsBroken.items, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (data50.checklist !== void 0) {
                  let data51 = data50.checklist;
                  if (typeof data51 !== "string") {
                    const err111 = { instancePath: instancePath + "/delta/ratchetsBroken/" + i4 + "/checklist", schemaPath: "#/properties/delta/properties/ratchetsBroken/items/properties/checklist/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.delta.properties.ratchetsBroken.items.properties.checklist.type, parentSchema: schema11.properties.delta.properties.ratchetsBroken.items.properties.checklist, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
                if (data50.id !== void 0) {
                  let data52 = data50.id;
                  if (typeof data52 !== "string") {
                    const err112 = { instancePath: instancePath + "/delta/ratchetsBroken/" + i4 + "/id", schemaPath: "#/properties/delta/properties/ratchetsBroken/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.delta.properties.ratchetsBroken.items.properties.id.type, parentSchema: schema11.properties.delta.properties.ratchetsBroken.items.properties.id, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
                if (data50.title !== void 0) {
                  let data53 = data50.title;
                  if (typeof data53 !== "string") {
                    const err113 = { instancePath: instancePath + "/delta/ratchetsBroken/" + i4 + "/title", schemaPath: "#/properties/delta/properties/ratchetsBroken/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.delta.properties.ratchetsBroken.items.properties.title.type, parentSchema: schema11.properties.delta.properties.ratchetsBroken.items.properties.title, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
              } else {
                const err114 = { instancePath: instancePath + "/delta/ratchetsBroken/" + i4, schemaPath: "#/properties/delta/properties/ratchetsBroken/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.delta.properties.ratchetsBroken.items.type, parentSchema: schema11.properties.delta.properties.ratchetsBroken.items, data: data50 };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
          } else {
            const err115 = { instancePath: instancePath + "/delta/ratchetsBroken", schemaPath: "#/properties/delta/properties/ratchetsBroken/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.delta.properties.ratchetsBroken.type, parentSchema: schema11.properties.delta.properties.ratchetsBroken, data: data49 };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
        if (data31.coverage !== void 0) {
          let data54 = data31.coverage;
          if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
            if (data54.base === void 0) {
              const err116 = { instancePath: instancePath + "/delta/coverage", schemaPath: "#/properties/delta/properties/coverage/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'", schema: schema11.properties.delta.properties.coverage.required, parentSchema: schema11.properties.delta.properties.coverage, data: data54 };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
            if (data54.head === void 0) {
              const err117 = { instancePath: instancePath + "/delta/coverage", schemaPath: "#/properties/delta/properties/coverage/required", keyword: "required", params: { missingProperty: "head" }, message: "must have required property 'head'", schema: schema11.properties.delta.properties.coverage.required, parentSchema: schema11.properties.delta.properties.coverage, data: data54 };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
            for (const key8 in data54) {
              if (!(key8 === "base" || key8 === "head")) {
                const err118 = { instancePath: instancePath + "/delta/coverage", schemaPath: "#/properties/delta/properties/coverage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.delta.properties.coverage, data: data54 };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
            }
            if (data54.base !== void 0) {
              let data55 = data54.base;
              if (!(typeof data55 == "number")) {
                const err119 = { instancePath: instancePath + "/delta/coverage/base", schemaPath: "#/properties/delta/properties/coverage/properties/base/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.delta.properties.coverage.properties.base.type, parentSchema: schema11.properties.delta.properties.coverage.properties.base, data: data55 };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
            }
            if (data54.head !== void 0) {
              let data56 = data54.head;
              if (!(typeof data56 == "number")) {
                const err120 = { instancePath: instancePath + "/delta/coverage/head", schemaPath: "#/properties/delta/properties/coverage/properties/head/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.delta.properties.coverage.properties.head.type, parentSchema: schema11.properties.delta.properties.coverage.properties.head, data: data56 };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
            }
          } else {
            const err121 = { instancePath: instancePath + "/delta/coverage", schemaPath: "#/properties/delta/properties/coverage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.delta.properties.coverage.type, parentSchema: schema11.properties.delta.properties.coverage, data: data54 };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
        }
      } else {
        const err122 = { instancePath: instancePath + "/delta", schemaPath: "#/properties/delta/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.delta.type, parentSchema: schema11.properties.delta, data: data31 };
        if (vErrors === null) {
          vErrors = [err122];
        } else {
          vErrors.push(err122);
        }
        errors++;
      }
    }
    if (data.checklists !== void 0) {
      let data57 = data.checklists;
      if (Array.isArray(data57)) {
        const len5 = data57.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data58 = data57[i5];
          if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
            if (data58.path === void 0) {
              const err123 = { instancePath: instancePath + "/checklists/" + i5, schemaPath: "#/properties/checklists/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema11.properties.checklists.items.required, parentSchema: schema11.properties.checklists.items, data: data58 };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
            if (data58.title === void 0) {
              const err124 = { instancePath: instancePath + "/checklists/" + i5, schemaPath: "#/properties/checklists/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.properties.checklists.items.required, parentSchema: schema11.properties.checklists.items, data: data58 };
              if (vErrors === null) {
                vErrors = [err124];
              } else {
                vErrors.push(err124);
              }
              errors++;
            }
            if (data58.passed === void 0) {
              const err125 = { instancePath: instancePath + "/checklists/" + i5, schemaPath: "#/properties/checklists/items/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'", schema: schema11.properties.checklists.items.required, parentSchema: schema11.properties.checklists.items, data: data58 };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
            if (data58.ready === void 0) {
              const err126 = { instancePath: instancePath + "/checklists/" + i5, schemaPath: "#/properties/checklists/items/required", keyword: "required", params: { missingProperty: "ready" }, message: "must have required property 'ready'", schema: schema11.properties.checklists.items.required, parentSchema: schema11.properties.checklists.items, data: data58 };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
            if (data58.score === void 0) {
              const err127 = { instancePath: instancePath + "/checklists/" + i5, schemaPath: "#/properties/checklists/items/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property 'score'", schema: schema11.properties.checklists.items.required, parentSchema: schema11.properties.checklists.items, data: data58 };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
            if (data58.level === void 0) {
              const err128 = { instancePath: instancePath + "/checklists/" + i5, schemaPath: "#/properties/checklists/items/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property 'level'", schema: schema11.properties.checklists.items.required, parentSchema: schema11.properties.checklists.items, data: data58 };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
            if (data58.counts === void 0) {
              const err129 = { instancePath: instancePath + "/checklists/" + i5, schemaPath: "#/properties/checklists/items/required", keyword: "required", params: { missingProperty: "counts" }, message: "must have required property 'counts'", schema: schema11.properties.checklists.items.required, parentSchema: schema11.properties.checklists.items, data: data58 };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
            if (data58.items === void 0) {
              const err130 = { instancePath: instancePath + "/checklists/" + i5, schemaPath: "#/properties/checklists/items/required", keyword: "required", params: { missingProperty: "items" }, message: "must have required property 'items'", schema: schema11.properties.checklists.items.required, parentSchema: schema11.properties.checklists.items, data: data58 };
              if (vErrors === null) {
                vErrors = [err130];
              } else {
                vErrors.push(err130);
              }
              errors++;
            }
            for (const key9 in data58) {
              if (!func2.call(schema11.properties.checklists.items.properties, key9)) {
                const err131 = { instancePath: instancePath + "/checklists/" + i5, schemaPath: "#/properties/checklists/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checklists.items, data: data58 };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
            }
            if (data58.path !== void 0) {
              let data59 = data58.path;
              if (typeof data59 !== "string") {
                const err132 = { instancePath: instancePath + "/checklists/" + i5 + "/path", schemaPath: "#/properties/checklists/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.path.type, parentSchema: schema11.properties.checklists.items.properties.path, data: data59 };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
            if (data58.sha256 !== void 0) {
              let data60 = data58.sha256;
              if (typeof data60 === "string") {
                if (!pattern2.test(data60)) {
                  const err133 = { instancePath: instancePath + "/checklists/" + i5 + "/sha256", schemaPath: "#/properties/checklists/items/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema11.properties.checklists.items.properties.sha256, data: data60 };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
              } else {
                const err134 = { instancePath: instancePath + "/checklists/" + i5 + "/sha256", schemaPath: "#/properties/checklists/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.sha256.type, parentSchema: schema11.properties.checklists.items.properties.sha256, data: data60 };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            }
            if (data58.title !== void 0) {
              let data61 = data58.title;
              if (typeof data61 !== "string") {
                const err135 = { instancePath: instancePath + "/checklists/" + i5 + "/title", schemaPath: "#/properties/checklists/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.title.type, parentSchema: schema11.properties.checklists.items.properties.title, data: data61 };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
            if (data58.passed !== void 0) {
              let data62 = data58.passed;
              if (typeof data62 !== "boolean") {
                const err136 = { instancePath: instancePath + "/checklists/" + i5 + "/passed", schemaPath: "#/properties/checklists/items/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.checklists.items.properties.passed.type, parentSchema: schema11.properties.checklists.items.properties.passed, data: data62 };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
            if (data58.ready !== void 0) {
              let data63 = data58.ready;
              if (typeof data63 !== "boolean") {
                const err137 = { instancePath: instancePath + "/checklists/" + i5 + "/ready", schemaPath: "#/properties/checklists/items/properties/ready/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.checklists.items.properties.ready.type, parentSchema: schema11.properties.checklists.items.properties.ready, data: data63 };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data58.score !== void 0) {
              let data64 = data58.score;
              if (!(typeof data64 == "number") && data64 !== null) {
                const err138 = { instancePath: instancePath + "/checklists/" + i5 + "/score", schemaPath: "#/properties/checklists/items/properties/score/type", keyword: "type", params: { type: schema11.properties.checklists.items.properties.score.type }, message: "must be number,null", schema: schema11.properties.checklists.items.properties.score.type, parentSchema: schema11.properties.checklists.items.properties.score, data: data64 };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
              if (typeof data64 == "number") {
                if (data64 > 100 || isNaN(data64)) {
                  const err139 = { instancePath: instancePath + "/checklists/" + i5 + "/score", schemaPath: "#/properties/checklists/items/properties/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.checklists.items.properties.score, data: data64 };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
                if (data64 < 0 || isNaN(data64)) {
                  const err140 = { instancePath: instancePath + "/checklists/" + i5 + "/score", schemaPath: "#/properties/checklists/items/properties/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checklists.items.properties.score, data: data64 };
                  if (vErrors === null) {
                    vErrors = [err140];
                  } else {
                    vErrors.push(err140);
                  }
                  errors++;
                }
              }
            }
            if (data58.level !== void 0) {
              let data65 = data58.level;
              if (typeof data65 !== "string" && data65 !== null) {
                const err141 = { instancePath: instancePath + "/checklists/" + i5 + "/level", schemaPath: "#/properties/checklists/items/properties/level/type", keyword: "type", params: { type: schema11.properties.checklists.items.properties.level.type }, message: "must be string,null", schema: schema11.properties.checklists.items.properties.level.type, parentSchema: schema11.properties.checklists.items.properties.level, data: data65 };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
            if (data58.minScore !== void 0) {
              let data66 = data58.minScore;
              if (typeof data66 == "number") {
                if (data66 > 100 || isNaN(data66)) {
                  const err142 = { instancePath: instancePath + "/checklists/" + i5 + "/minScore", schemaPath: "#/properties/checklists/items/properties/minScore/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.checklists.items.properties.minScore, data: data66 };
                  if (vErrors === null) {
                    vErrors = [err142];
                  } else {
                    vErrors.push(err142);
                  }
                  errors++;
                }
                if (data66 < 0 || isNaN(data66)) {
                  const err143 = { instancePath: instancePath + "/checklists/" + i5 + "/minScore", schemaPath: "#/properties/checklists/items/properties/minScore/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checklists.items.properties.minScore, data: data66 };
                  if (vErrors === null) {
                    vErrors = [err143];
                  } else {
                    vErrors.push(err143);
                  }
                  errors++;
                }
              } else {
                const err144 = { instancePath: instancePath + "/checklists/" + i5 + "/minScore", schemaPath: "#/properties/checklists/items/properties/minScore/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.checklists.items.properties.minScore.type, parentSchema: schema11.properties.checklists.items.properties.minScore, data: data66 };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
            }
            if (data58.reason !== void 0) {
              let data67 = data58.reason;
              if (typeof data67 !== "string") {
                const err145 = { instancePath: instancePath + "/checklists/" + i5 + "/reason", schemaPath: "#/properties/checklists/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.reason.type, parentSchema: schema11.properties.checklists.items.properties.reason, data: data67 };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              }
            }
            if (data58.counts !== void 0) {
              let data68 = data58.counts;
              if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                if (data68.total === void 0) {
                  const err146 = { instancePath: instancePath + "/checklists/" + i5 + "/counts", schemaPath: "#/properties/checklists/items/properties/counts/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property 'total'", schema: schema11.properties.checklists.items.properties.counts.required, parentSchema: schema11.properties.checklists.items.properties.counts, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err146];
                  } else {
                    vErrors.push(err146);
                  }
                  errors++;
                }
                if (data68.passed === void 0) {
                  const err147 = { instancePath: instancePath + "/checklists/" + i5 + "/counts", schemaPath: "#/properties/checklists/items/properties/counts/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'", schema: schema11.properties.checklists.items.properties.counts.required, parentSchema: schema11.properties.checklists.items.properties.counts, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
                if (data68.failed === void 0) {
                  const err148 = { instancePath: instancePath + "/checklists/" + i5 + "/counts", schemaPath: "#/properties/checklists/items/properties/counts/required", keyword: "required", params: { missingProperty: "failed" }, message: "must have required property 'failed'", schema: schema11.properties.checklists.items.properties.counts.required, parentSchema: schema11.properties.checklists.items.properties.counts, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err148];
                  } else {
                    vErrors.push(err148);
                  }
                  errors++;
                }
                if (data68.errored === void 0) {
                  const err149 = { instancePath: instancePath + "/checklists/" + i5 + "/counts", schemaPath: "#/properties/checklists/items/properties/counts/required", keyword: "required", params: { missingProperty: "errored" }, message: "must have required property 'errored'", schema: schema11.properties.checklists.items.properties.counts.required, parentSchema: schema11.properties.checklists.items.properties.counts, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
                if (data68.pending === void 0) {
                  const err150 = { instancePath: instancePath + "/checklists/" + i5 + "/counts", schemaPath: "#/properties/checklists/items/properties/counts/required", keyword: "required", params: { missingProperty: "pending" }, message: "must have required property 'pending'", schema: schema11.properties.checklists.items.properties.counts.required, parentSchema: schema11.properties.checklists.items.properties.counts, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err150];
                  } else {
                    vErrors.push(err150);
                  }
                  errors++;
                }
                if (data68.skipped === void 0) {
                  const err151 = { instancePath: instancePath + "/checklists/" + i5 + "/counts", schemaPath: "#/properties/checklists/items/properties/counts/required", keyword: "required", params: { missingProperty: "skipped" }, message: "must have required property 'skipped'", schema: schema11.properties.checklists.items.properties.counts.required, parentSchema: schema11.properties.checklists.items.properties.counts, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err151];
                  } else {
                    vErrors.push(err151);
                  }
                  errors++;
                }
                if (data68.waived === void 0) {
                  const err152 = { instancePath: instancePath + "/checklists/" + i5 + "/counts", schemaPath: "#/properties/checklists/items/properties/counts/required", keyword: "required", params: { missingProperty: "waived" }, message: "must have required property 'waived'", schema: schema11.properties.checklists.items.properties.counts.required, parentSchema: schema11.properties.checklists.items.properties.counts, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err152];
                  } else {
                    vErrors.push(err152);
                  }
                  errors++;
                }
                if (data68.blocking === void 0) {
                  const err153 = { instancePath: instancePath + "/checklists/" + i5 + "/counts", schemaPath: "#/properties/checklists/items/properties/counts/required", keyword: "required", params: { missingProperty: "blocking" }, message: "must have required property 'blocking'", schema: schema11.properties.checklists.items.properties.counts.required, parentSchema: schema11.properties.checklists.items.properties.counts, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
                for (const key10 in data68) {
                  if (!(key10 === "total" || key10 === "passed" || key10 === "failed" || key10 === "errored" || key10 === "pending" || key10 === "skipped" || key10 === "waived" || key10 === "blocking")) {
                    const err154 = { instancePath: instancePath + "/checklists/" + i5 + "/counts", schemaPath: "#/properties/checklists/items/properties/counts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checklists.items.properties.counts, data: data68 };
                    if (vErrors === null) {
                      vErrors = [err154];
                    } else {
                      vErrors.push(err154);
                    }
                    errors++;
                  }
                }
                if (data68.total !== void 0) {
                  let data69 = data68.total;
                  if (!(typeof data69 == "number" && (!(data69 % 1) && !isNaN(data69)))) {
                    const err155 = { instancePath: instancePath + "/checklists/" + i5 + "/counts/total", schemaPath: "#/properties/checklists/items/properties/counts/properties/total/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checklists.items.properties.counts.properties.total.type, parentSchema: schema11.properties.checklists.items.properties.counts.properties.total, data: data69 };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                  if (typeof data69 == "number") {
                    if (data69 < 0 || isNaN(data69)) {
                      const err156 = { instancePath: instancePath + "/checklists/" + i5 + "/counts/total", schemaPath: "#/properties/checklists/items/properties/counts/properties/total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checklists.items.properties.counts.properties.total, data: data69 };
                      if (vErrors === null) {
                        vErrors = [err156];
                      } else {
                        vErrors.push(err156);
                      }
                      errors++;
                    }
                  }
                }
                if (data68.passed !== void 0) {
                  let data70 = data68.passed;
                  if (!(typeof data70 == "number" && (!(data70 % 1) && !isNaN(data70)))) {
                    const err157 = { instancePath: instancePath + "/checklists/" + i5 + "/counts/passed", schemaPath: "#/properties/checklists/items/properties/counts/properties/passed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checklists.items.properties.counts.properties.passed.type, parentSchema: schema11.properties.checklists.items.properties.counts.properties.passed, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err157];
                    } else {
                      vErrors.push(err157);
                    }
                    errors++;
                  }
                  if (typeof data70 == "number") {
                    if (data70 < 0 || isNaN(data70)) {
                      const err158 = { instancePath: instancePath + "/checklists/" + i5 + "/counts/passed", schemaPath: "#/properties/checklists/items/properties/counts/properties/passed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checklists.items.properties.counts.properties.passed, data: data70 };
                      if (vErrors === null) {
                        vErrors = [err158];
                      } else {
                        vErrors.push(err158);
                      }
                      errors++;
                    }
                  }
                }
                if (data68.failed !== void 0) {
                  let data71 = data68.failed;
                  if (!(typeof data71 == "number" && (!(data71 % 1) && !isNaN(data71)))) {
                    const err159 = { instancePath: instancePath + "/checklists/" + i5 + "/counts/failed", schemaPath: "#/properties/checklists/items/properties/counts/properties/failed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checklists.items.properties.counts.properties.failed.type, parentSchema: schema11.properties.checklists.items.properties.counts.properties.failed, data: data71 };
                    if (vErrors === null) {
                      vErrors = [err159];
                    } else {
                      vErrors.push(err159);
                    }
                    errors++;
                  }
                  if (typeof data71 == "number") {
                    if (data71 < 0 || isNaN(data71)) {
                      const err160 = { instancePath: instancePath + "/checklists/" + i5 + "/counts/failed", schemaPath: "#/properties/checklists/items/properties/counts/properties/failed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checklists.items.properties.counts.properties.failed, data: data71 };
                      if (vErrors === null) {
                        vErrors = [err160];
                      } else {
                        vErrors.push(err160);
                      }
                      errors++;
                    }
                  }
                }
                if (data68.errored !== void 0) {
                  let data72 = data68.errored;
                  if (!(typeof data72 == "number" && (!(data72 % 1) && !isNaN(data72)))) {
                    const err161 = { instancePath: instancePath + "/checklists/" + i5 + "/counts/errored", schemaPath: "#/properties/checklists/items/properties/counts/properties/errored/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checklists.items.properties.counts.properties.errored.type, parentSchema: schema11.properties.checklists.items.properties.counts.properties.errored, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err161];
                    } else {
                      vErrors.push(err161);
                    }
                    errors++;
                  }
                  if (typeof data72 == "number") {
                    if (data72 < 0 || isNaN(data72)) {
                      const err162 = { instancePath: instancePath + "/checklists/" + i5 + "/counts/errored", schemaPath: "#/properties/checklists/items/properties/counts/properties/errored/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checklists.items.properties.counts.properties.errored, data: data72 };
                      if (vErrors === null) {
                        vErrors = [err162];
                      } else {
                        vErrors.push(err162);
                      }
                      errors++;
                    }
                  }
                }
                if (data68.pending !== void 0) {
                  let data73 = data68.pending;
                  if (!(typeof data73 == "number" && (!(data73 % 1) && !isNaN(data73)))) {
                    const err163 = { instancePath: instancePath + "/checklists/" + i5 + "/counts/pending", schemaPath: "#/properties/checklists/items/properties/counts/properties/pending/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checklists.items.properties.counts.properties.pending.type, parentSchema: schema11.properties.checklists.items.properties.counts.properties.pending, data: data73 };
                    if (vErrors === null) {
                      vErrors = [err163];
                    } else {
                      vErrors.push(err163);
                    }
                    errors++;
                  }
                  if (typeof data73 == "number") {
                    if (data73 < 0 || isNaN(data73)) {
                      const err164 = { instancePath: instancePath + "/checklists/" + i5 + "/counts/pending", schemaPath: "#/properties/checklists/items/properties/counts/properties/pending/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checklists.items.properties.counts.properties.pending, data: data73 };
                      if (vErrors === null) {
                        vErrors = [err164];
                      } else {
                        vErrors.push(err164);
                      }
                      errors++;
                    }
                  }
                }
                if (data68.skipped !== void 0) {
                  let data74 = data68.skipped;
                  if (!(typeof data74 == "number" && (!(data74 % 1) && !isNaN(data74)))) {
                    const err165 = { instancePath: instancePath + "/checklists/" + i5 + "/counts/skipped", schemaPath: "#/properties/checklists/items/properties/counts/properties/skipped/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checklists.items.properties.counts.properties.skipped.type, parentSchema: schema11.properties.checklists.items.properties.counts.properties.skipped, data: data74 };
                    if (vErrors === null) {
                      vErrors = [err165];
                    } else {
                      vErrors.push(err165);
                    }
                    errors++;
                  }
                  if (typeof data74 == "number") {
                    if (data74 < 0 || isNaN(data74)) {
                      const err166 = { instancePath: instancePath + "/checklists/" + i5 + "/counts/skipped", schemaPath: "#/properties/checklists/items/properties/counts/properties/skipped/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checklists.items.properties.counts.properties.skipped, data: data74 };
                      if (vErrors === null) {
                        vErrors = [err166];
                      } else {
                        vErrors.push(err166);
                      }
                      errors++;
                    }
                  }
                }
                if (data68.waived !== void 0) {
                  let data75 = data68.waived;
                  if (!(typeof data75 == "number" && (!(data75 % 1) && !isNaN(data75)))) {
                    const err167 = { instancePath: instancePath + "/checklists/" + i5 + "/counts/waived", schemaPath: "#/properties/checklists/items/properties/counts/properties/waived/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checklists.items.properties.counts.properties.waived.type, parentSchema: schema11.properties.checklists.items.properties.counts.properties.waived, data: data75 };
                    if (vErrors === null) {
                      vErrors = [err167];
                    } else {
                      vErrors.push(err167);
                    }
                    errors++;
                  }
                  if (typeof data75 == "number") {
                    if (data75 < 0 || isNaN(data75)) {
                      const err168 = { instancePath: instancePath + "/checklists/" + i5 + "/counts/waived", schemaPath: "#/properties/checklists/items/properties/counts/properties/waived/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checklists.items.properties.counts.properties.waived, data: data75 };
                      if (vErrors === null) {
                        vErrors = [err168];
                      } else {
                        vErrors.push(err168);
                      }
                      errors++;
                    }
                  }
                }
                if (data68.blocking !== void 0) {
                  let data76 = data68.blocking;
                  if (!(typeof data76 == "number" && (!(data76 % 1) && !isNaN(data76)))) {
                    const err169 = { instancePath: instancePath + "/checklists/" + i5 + "/counts/blocking", schemaPath: "#/properties/checklists/items/properties/counts/properties/blocking/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checklists.items.properties.counts.properties.blocking.type, parentSchema: schema11.properties.checklists.items.properties.counts.properties.blocking, data: data76 };
                    if (vErrors === null) {
                      vErrors = [err169];
                    } else {
                      vErrors.push(err169);
                    }
                    errors++;
                  }
                  if (typeof data76 == "number") {
                    if (data76 < 0 || isNaN(data76)) {
                      const err170 = { instancePath: instancePath + "/checklists/" + i5 + "/counts/blocking", schemaPath: "#/properties/checklists/items/properties/counts/properties/blocking/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checklists.items.properties.counts.properties.blocking, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err170];
                      } else {
                        vErrors.push(err170);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err171 = { instancePath: instancePath + "/checklists/" + i5 + "/counts", schemaPath: "#/properties/checklists/items/properties/counts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checklists.items.properties.counts.type, parentSchema: schema11.properties.checklists.items.properties.counts, data: data68 };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data58.items !== void 0) {
              let data77 = data58.items;
              if (Array.isArray(data77)) {
                const len6 = data77.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data78 = data77[i6];
                  if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                    if (data78.id === void 0) {
                      const err172 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6, schemaPath: "#/properties/checklists/items/properties/items/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.checklists.items.properties.items.items.required, parentSchema: schema11.properties.checklists.items.properties.items.items, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err172];
                      } else {
                        vErrors.push(err172);
                      }
                      errors++;
                    }
                    if (data78.title === void 0) {
                      const err173 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6, schemaPath: "#/properties/checklists/items/properties/items/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.properties.checklists.items.properties.items.items.required, parentSchema: schema11.properties.checklists.items.properties.items.items, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err173];
                      } else {
                        vErrors.push(err173);
                      }
                      errors++;
                    }
                    if (data78.section === void 0) {
                      const err174 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6, schemaPath: "#/properties/checklists/items/properties/items/items/required", keyword: "required", params: { missingProperty: "section" }, message: "must have required property 'section'", schema: schema11.properties.checklists.items.properties.items.items.required, parentSchema: schema11.properties.checklists.items.properties.items.items, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err174];
                      } else {
                        vErrors.push(err174);
                      }
                      errors++;
                    }
                    if (data78.line === void 0) {
                      const err175 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6, schemaPath: "#/properties/checklists/items/properties/items/items/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'", schema: schema11.properties.checklists.items.properties.items.items.required, parentSchema: schema11.properties.checklists.items.properties.items.items, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err175];
                      } else {
                        vErrors.push(err175);
                      }
                      errors++;
                    }
                    if (data78.kind === void 0) {
                      const err176 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6, schemaPath: "#/properties/checklists/items/properties/items/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.properties.checklists.items.properties.items.items.required, parentSchema: schema11.properties.checklists.items.properties.items.items, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err176];
                      } else {
                        vErrors.push(err176);
                      }
                      errors++;
                    }
                    if (data78.inferred === void 0) {
                      const err177 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6, schemaPath: "#/properties/checklists/items/properties/items/items/required", keyword: "required", params: { missingProperty: "inferred" }, message: "must have required property 'inferred'", schema: schema11.properties.checklists.items.properties.items.items.required, parentSchema: schema11.properties.checklists.items.properties.items.items, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err177];
                      } else {
                        vErrors.push(err177);
                      }
                      errors++;
                    }
                    if (data78.blocking === void 0) {
                      const err178 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6, schemaPath: "#/properties/checklists/items/properties/items/items/required", keyword: "required", params: { missingProperty: "blocking" }, message: "must have required property 'blocking'", schema: schema11.properties.checklists.items.properties.items.items.required, parentSchema: schema11.properties.checklists.items.properties.items.items, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err178];
                      } else {
                        vErrors.push(err178);
                      }
                      errors++;
                    }
                    if (data78.weight === void 0) {
                      const err179 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6, schemaPath: "#/properties/checklists/items/properties/items/items/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property 'weight'", schema: schema11.properties.checklists.items.properties.items.items.required, parentSchema: schema11.properties.checklists.items.properties.items.items, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err179];
                      } else {
                        vErrors.push(err179);
                      }
                      errors++;
                    }
                    if (data78.status === void 0) {
                      const err180 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6, schemaPath: "#/properties/checklists/items/properties/items/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema11.properties.checklists.items.properties.items.items.required, parentSchema: schema11.properties.checklists.items.properties.items.items, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err180];
                      } else {
                        vErrors.push(err180);
                      }
                      errors++;
                    }
                    if (data78.isBlocking === void 0) {
                      const err181 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6, schemaPath: "#/properties/checklists/items/properties/items/items/required", keyword: "required", params: { missingProperty: "isBlocking" }, message: "must have required property 'isBlocking'", schema: schema11.properties.checklists.items.properties.items.items.required, parentSchema: schema11.properties.checklists.items.properties.items.items, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err181];
                      } else {
                        vErrors.push(err181);
                      }
                      errors++;
                    }
                    if (data78.summary === void 0) {
                      const err182 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6, schemaPath: "#/properties/checklists/items/properties/items/items/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema11.properties.checklists.items.properties.items.items.required, parentSchema: schema11.properties.checklists.items.properties.items.items, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err182];
                      } else {
                        vErrors.push(err182);
                      }
                      errors++;
                    }
                    for (const key11 in data78) {
                      if (!func2.call(schema11.properties.checklists.items.properties.items.items.properties, key11)) {
                        const err183 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6, schemaPath: "#/properties/checklists/items/properties/items/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checklists.items.properties.items.items, data: data78 };
                        if (vErrors === null) {
                          vErrors = [err183];
                        } else {
                          vErrors.push(err183);
                        }
                        errors++;
                      }
                    }
                    if (data78.id !== void 0) {
                      let data79 = data78.id;
                      if (typeof data79 !== "string") {
                        const err184 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/id", schemaPath: "#/properties/checklists/items/properties/items/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.items.items.properties.id.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.id, data: data79 };
                        if (vErrors === null) {
                          vErrors = [err184];
                        } else {
                          vErrors.push(err184);
                        }
                        errors++;
                      }
                    }
                    if (data78.parent !== void 0) {
                      let data80 = data78.parent;
                      if (typeof data80 !== "string") {
                        const err185 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/parent", schemaPath: "#/properties/checklists/items/properties/items/items/properties/parent/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.items.items.properties.parent.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.parent, data: data80 };
                        if (vErrors === null) {
                          vErrors = [err185];
                        } else {
                          vErrors.push(err185);
                        }
                        errors++;
                      }
                    }
                    if (data78.title !== void 0) {
                      let data81 = data78.title;
                      if (typeof data81 !== "string") {
                        const err186 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/title", schemaPath: "#/properties/checklists/items/properties/items/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.items.items.properties.title.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.title, data: data81 };
                        if (vErrors === null) {
                          vErrors = [err186];
                        } else {
                          vErrors.push(err186);
                        }
                        errors++;
                      }
                    }
                    if (data78.section !== void 0) {
                      let data82 = data78.section;
                      if (Array.isArray(data82)) {
                        const len7 = data82.length;
                        for (let i7 = 0; i7 < len7; i7++) {
                          let data83 = data82[i7];
                          if (typeof data83 !== "string") {
                            const err187 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/section/" + i7, schemaPath: "#/properties/checklists/items/properties/items/items/properties/section/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.items.items.properties.section.items.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.section.items, data: data83 };
                            if (vErrors === null) {
                              vErrors = [err187];
                            } else {
                              vErrors.push(err187);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err188 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/section", schemaPath: "#/properties/checklists/items/properties/items/items/properties/section/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.checklists.items.properties.items.items.properties.section.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.section, data: data82 };
                        if (vErrors === null) {
                          vErrors = [err188];
                        } else {
                          vErrors.push(err188);
                        }
                        errors++;
                      }
                    }
                    if (data78.line !== void 0) {
                      let data84 = data78.line;
                      if (!(typeof data84 == "number" && (!(data84 % 1) && !isNaN(data84)))) {
                        const err189 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/line", schemaPath: "#/properties/checklists/items/properties/items/items/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checklists.items.properties.items.items.properties.line.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.line, data: data84 };
                        if (vErrors === null) {
                          vErrors = [err189];
                        } else {
                          vErrors.push(err189);
                        }
                        errors++;
                      }
                      if (typeof data84 == "number") {
                        if (data84 < 0 || isNaN(data84)) {
                          const err190 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/line", schemaPath: "#/properties/checklists/items/properties/items/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.line, data: data84 };
                          if (vErrors === null) {
                            vErrors = [err190];
                          } else {
                            vErrors.push(err190);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data78.kind !== void 0) {
                      let data85 = data78.kind;
                      if (!(data85 === "command" || data85 === "tests" || data85 === "coverage" || data85 === "lint" || data85 === "bandit" || data85 === "trivy" || data85 === "scan" || data85 === "http" || data85 === "env" || data85 === "file" || data85 === "manual")) {
                        const err191 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/kind", schemaPath: "#/properties/checklists/items/properties/items/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.checklists.items.properties.items.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checklists.items.properties.items.items.properties.kind.enum, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.kind, data: data85 };
                        if (vErrors === null) {
                          vErrors = [err191];
                        } else {
                          vErrors.push(err191);
                        }
                        errors++;
                      }
                    }
                    if (data78.inferred !== void 0) {
                      let data86 = data78.inferred;
                      if (typeof data86 !== "boolean") {
                        const err192 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/inferred", schemaPath: "#/properties/checklists/items/properties/items/items/properties/inferred/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.checklists.items.properties.items.items.properties.inferred.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.inferred, data: data86 };
                        if (vErrors === null) {
                          vErrors = [err192];
                        } else {
                          vErrors.push(err192);
                        }
                        errors++;
                      }
                    }
                    if (data78.blocking !== void 0) {
                      let data87 = data78.blocking;
                      if (typeof data87 !== "boolean") {
                        const err193 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/blocking", schemaPath: "#/properties/checklists/items/properties/items/items/properties/blocking/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.checklists.items.properties.items.items.properties.blocking.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.blocking, data: data87 };
                        if (vErrors === null) {
                          vErrors = [err193];
                        } else {
                          vErrors.push(err193);
                        }
                        errors++;
                      }
                    }
                    if (data78.weight !== void 0) {
                      let data88 = data78.weight;
                      if (typeof data88 == "number") {
                        if (data88 < 0 || isNaN(data88)) {
                          const err194 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/weight", schemaPath: "#/properties/checklists/items/properties/items/items/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.weight, data: data88 };
                          if (vErrors === null) {
                            vErrors = [err194];
                          } else {
                            vErrors.push(err194);
                          }
                          errors++;
                        }
                      } else {
                        const err195 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/weight", schemaPath: "#/properties/checklists/items/properties/items/items/properties/weight/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.checklists.items.properties.items.items.properties.weight.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.weight, data: data88 };
                        if (vErrors === null) {
                          vErrors = [err195];
                        } else {
                          vErrors.push(err195);
                        }
                        errors++;
                      }
                    }
                    if (data78.status !== void 0) {
                      let data89 = data78.status;
                      if (!(data89 === "passed" || data89 === "failed" || data89 === "errored" || data89 === "pending" || data89 === "skipped" || data89 === "waived")) {
                        const err196 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/status", schemaPath: "#/properties/checklists/items/properties/items/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.checklists.items.properties.items.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checklists.items.properties.items.items.properties.status.enum, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.status, data: data89 };
                        if (vErrors === null) {
                          vErrors = [err196];
                        } else {
                          vErrors.push(err196);
                        }
                        errors++;
                      }
                    }
                    if (data78.isBlocking !== void 0) {
                      let data90 = data78.isBlocking;
                      if (typeof data90 !== "boolean") {
                        const err197 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/isBlocking", schemaPath: "#/properties/checklists/items/properties/items/items/properties/isBlocking/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.checklists.items.properties.items.items.properties.isBlocking.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.isBlocking, data: data90 };
                        if (vErrors === null) {
                          vErrors = [err197];
                        } else {
                          vErrors.push(err197);
                        }
                        errors++;
                      }
                    }
                    if (data78.summary !== void 0) {
                      let data91 = data78.summary;
                      if (typeof data91 !== "string") {
                        const err198 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/summary", schemaPath: "#/properties/checklists/items/properties/items/items/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.items.items.properties.summary.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.summary, data: data91 };
                        if (vErrors === null) {
                          vErrors = [err198];
                        } else {
                          vErrors.push(err198);
                        }
                        errors++;
                      }
                    }
                    if (data78.note !== void 0) {
                      let data92 = data78.note;
                      if (typeof data92 !== "string") {
                        const err199 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/note", schemaPath: "#/properties/checklists/items/properties/items/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.items.items.properties.note.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.note, data: data92 };
                        if (vErrors === null) {
                          vErrors = [err199];
                        } else {
                          vErrors.push(err199);
                        }
                        errors++;
                      }
                    }
                    if (data78.metrics !== void 0) {
                      let data93 = data78.metrics;
                      if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                        for (const key12 in data93) {
                          const _errs198 = errors;
                          if (typeof key12 === "string") {
                            if (!pattern3.test(key12)) {
                              const err200 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/metrics", schemaPath: "#/properties/checklists/items/properties/items/items/properties/metrics/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][A-Za-z0-9]*$" }, message: 'must match pattern "^[a-z][A-Za-z0-9]*$"', schema: "^[a-z][A-Za-z0-9]*$", parentSchema: schema11.properties.checklists.items.properties.items.items.properties.metrics.propertyNames, data: key12, propertyName: key12 };
                              if (vErrors === null) {
                                vErrors = [err200];
                              } else {
                                vErrors.push(err200);
                              }
                              errors++;
                            }
                          }
                          var valid28 = _errs198 === errors;
                          if (!valid28) {
                            const err201 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/metrics", schemaPath: "#/properties/checklists/items/properties/items/items/properties/metrics/propertyNames", keyword: "propertyNames", params: { propertyName: key12 }, message: "property name must be valid", schema: schema11.properties.checklists.items.properties.items.items.properties.metrics.propertyNames, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.metrics, data: data93 };
                            if (vErrors === null) {
                              vErrors = [err201];
                            } else {
                              vErrors.push(err201);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err202 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/metrics", schemaPath: "#/properties/checklists/items/properties/items/items/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checklists.items.properties.items.items.properties.metrics.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.metrics, data: data93 };
                        if (vErrors === null) {
                          vErrors = [err202];
                        } else {
                          vErrors.push(err202);
                        }
                        errors++;
                      }
                    }
                    if (data78.findings !== void 0) {
                      let data94 = data78.findings;
                      if (Array.isArray(data94)) {
                        const len8 = data94.length;
                        for (let i8 = 0; i8 < len8; i8++) {
                          let data95 = data94[i8];
                          if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
                            if (data95.level === void 0) {
                              const err203 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/findings/" + i8, schemaPath: "#/properties/checklists/items/properties/items/items/properties/findings/items/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property 'level'", schema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.required, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.findings.items, data: data95 };
                              if (vErrors === null) {
                                vErrors = [err203];
                              } else {
                                vErrors.push(err203);
                              }
                              errors++;
                            }
                            if (data95.message === void 0) {
                              const err204 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/findings/" + i8, schemaPath: "#/properties/checklists/items/properties/items/items/properties/findings/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.required, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.findings.items, data: data95 };
                              if (vErrors === null) {
                                vErrors = [err204];
                              } else {
                                vErrors.push(err204);
                              }
                              errors++;
                            }
                            if (data95.file !== void 0) {
                              let data96 = data95.file;
                              if (typeof data96 !== "string") {
                                const err205 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/findings/" + i8 + "/file", schemaPath: "#/properties/checklists/items/properties/items/items/properties/findings/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.file.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.file, data: data96 };
                                if (vErrors === null) {
                                  vErrors = [err205];
                                } else {
                                  vErrors.push(err205);
                                }
                                errors++;
                              }
                            }
                            if (data95.line !== void 0) {
                              let data97 = data95.line;
                              if (!(typeof data97 == "number" && (!(data97 % 1) && !isNaN(data97)))) {
                                const err206 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/findings/" + i8 + "/line", schemaPath: "#/properties/checklists/items/properties/items/items/properties/findings/items/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.line.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.line, data: data97 };
                                if (vErrors === null) {
                                  vErrors = [err206];
                                } else {
                                  vErrors.push(err206);
                                }
                                errors++;
                              }
                              if (typeof data97 == "number") {
                                if (data97 < 1 || isNaN(data97)) {
                                  const err207 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/findings/" + i8 + "/line", schemaPath: "#/properties/checklists/items/properties/items/items/properties/findings/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.line, data: data97 };
                                  if (vErrors === null) {
                                    vErrors = [err207];
                                  } else {
                                    vErrors.push(err207);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data95.endLine !== void 0) {
                              let data98 = data95.endLine;
                              if (!(typeof data98 == "number" && (!(data98 % 1) && !isNaN(data98)))) {
                                const err208 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/findings/" + i8 + "/endLine", schemaPath: "#/properties/checklists/items/properties/items/items/properties/findings/items/properties/endLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.endLine.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.endLine, data: data98 };
                                if (vErrors === null) {
                                  vErrors = [err208];
                                } else {
                                  vErrors.push(err208);
                                }
                                errors++;
                              }
                              if (typeof data98 == "number") {
                                if (data98 < 1 || isNaN(data98)) {
                                  const err209 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/findings/" + i8 + "/endLine", schemaPath: "#/properties/checklists/items/properties/items/items/properties/findings/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.endLine, data: data98 };
                                  if (vErrors === null) {
                                    vErrors = [err209];
                                  } else {
                                    vErrors.push(err209);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data95.column !== void 0) {
                              let data99 = data95.column;
                              if (!(typeof data99 == "number" && (!(data99 % 1) && !isNaN(data99)))) {
                                const err210 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/findings/" + i8 + "/column", schemaPath: "#/properties/checklists/items/properties/items/items/properties/findings/items/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.column.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.column, data: data99 };
                                if (vErrors === null) {
                                  vErrors = [err210];
                                } else {
                                  vErrors.push(err210);
                                }
                                errors++;
                              }
                              if (typeof data99 == "number") {
                                if (data99 < 1 || isNaN(data99)) {
                                  const err211 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/findings/" + i8 + "/column", schemaPath: "#/properties/checklists/items/properties/items/items/properties/findings/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.column, data: data99 };
                                  if (vErrors === null) {
                                    vErrors = [err211];
                                  } else {
                                    vErrors.push(err211);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data95.endColumn !== void 0) {
                              let data100 = data95.endColumn;
                              if (!(typeof data100 == "number" && (!(data100 % 1) && !isNaN(data100)))) {
                                const err212 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/findings/" + i8 + "/endColumn", schemaPath: "#/properties/checklists/items/properties/items/items/properties/findings/items/properties/endColumn/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.endColumn.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.endColumn, data: data100 };
                                if (vErrors === null) {
                                  vErrors = [err212];
                                } else {
                                  vErrors.push(err212);
                                }
                                errors++;
                              }
                              if (typeof data100 == "number") {
                                if (data100 < 1 || isNaN(data100)) {
                                  const err213 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/findings/" + i8 + "/endColumn", schemaPath: "#/properties/checklists/items/properties/items/items/properties/findings/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.endColumn, data: data100 };
                                  if (vErrors === null) {
                                    vErrors = [err213];
                                  } else {
                                    vErrors.push(err213);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data95.level !== void 0) {
                              let data101 = data95.level;
                              if (!(data101 === "error" || data101 === "warning" || data101 === "notice")) {
                                const err214 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/findings/" + i8 + "/level", schemaPath: "#/properties/checklists/items/properties/items/items/properties/findings/items/properties/level/enum", keyword: "enum", params: { allowedValues: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.level.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.level.enum, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.level, data: data101 };
                                if (vErrors === null) {
                                  vErrors = [err214];
                                } else {
                                  vErrors.push(err214);
                                }
                                errors++;
                              }
                            }
                            if (data95.title !== void 0) {
                              let data102 = data95.title;
                              if (typeof data102 !== "string") {
                                const err215 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/findings/" + i8 + "/title", schemaPath: "#/properties/checklists/items/properties/items/items/properties/findings/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.title.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.title, data: data102 };
                                if (vErrors === null) {
                                  vErrors = [err215];
                                } else {
                                  vErrors.push(err215);
                                }
                                errors++;
                              }
                            }
                            if (data95.message !== void 0) {
                              let data103 = data95.message;
                              if (typeof data103 !== "string") {
                                const err216 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/findings/" + i8 + "/message", schemaPath: "#/properties/checklists/items/properties/items/items/properties/findings/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.message.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.message, data: data103 };
                                if (vErrors === null) {
                                  vErrors = [err216];
                                } else {
                                  vErrors.push(err216);
                                }
                                errors++;
                              }
                            }
                            if (data95.inScope !== void 0) {
                              let data104 = data95.inScope;
                              if (typeof data104 !== "boolean") {
                                const err217 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/findings/" + i8 + "/inScope", schemaPath: "#/properties/checklists/items/properties/items/items/properties/findings/items/properties/inScope/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.inScope.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.properties.inScope, data: data104 };
                                if (vErrors === null) {
                                  vErrors = [err217];
                                } else {
                                  vErrors.push(err217);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err218 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/findings/" + i8, schemaPath: "#/properties/checklists/items/properties/items/items/properties/findings/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checklists.items.properties.items.items.properties.findings.items.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.findings.items, data: data95 };
                            if (vErrors === null) {
                              vErrors = [err218];
                            } else {
                              vErrors.push(err218);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err219 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/findings", schemaPath: "#/properties/checklists/items/properties/items/items/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.checklists.items.properties.items.items.properties.findings.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.findings, data: data94 };
                        if (vErrors === null) {
                          vErrors = [err219];
                        } else {
                          vErrors.push(err219);
                        }
                        errors++;
                      }
                    }
                    if (data78.durationMs !== void 0) {
                      let data105 = data78.durationMs;
                      if (typeof data105 == "number") {
                        if (data105 < 0 || isNaN(data105)) {
                          const err220 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/durationMs", schemaPath: "#/properties/checklists/items/properties/items/items/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.durationMs, data: data105 };
                          if (vErrors === null) {
                            vErrors = [err220];
                          } else {
                            vErrors.push(err220);
                          }
                          errors++;
                        }
                      } else {
                        const err221 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/durationMs", schemaPath: "#/properties/checklists/items/properties/items/items/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.checklists.items.properties.items.items.properties.durationMs.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.durationMs, data: data105 };
                        if (vErrors === null) {
                          vErrors = [err221];
                        } else {
                          vErrors.push(err221);
                        }
                        errors++;
                      }
                    }
                    if (data78.output !== void 0) {
                      let data106 = data78.output;
                      if (typeof data106 !== "string") {
                        const err222 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/output", schemaPath: "#/properties/checklists/items/properties/items/items/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.items.items.properties.output.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.output, data: data106 };
                        if (vErrors === null) {
                          vErrors = [err222];
                        } else {
                          vErrors.push(err222);
                        }
                        errors++;
                      }
                    }
                    if (data78.confirmedVia !== void 0) {
                      let data107 = data78.confirmedVia;
                      if (!(data107 === "pr-body" || data107 === "file" || data107 === "review" || data107 === "review-comment" || data107 === "comment" || data107 === null)) {
                        const err223 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/confirmedVia", schemaPath: "#/properties/checklists/items/properties/items/items/properties/confirmedVia/enum", keyword: "enum", params: { allowedValues: schema11.properties.checklists.items.properties.items.items.properties.confirmedVia.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checklists.items.properties.items.items.properties.confirmedVia.enum, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.confirmedVia, data: data107 };
                        if (vErrors === null) {
                          vErrors = [err223];
                        } else {
                          vErrors.push(err223);
                        }
                        errors++;
                      }
                    }
                    if (data78.enforceFrom !== void 0) {
                      let data108 = data78.enforceFrom;
                      if (typeof data108 !== "string") {
                        const err224 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/enforceFrom", schemaPath: "#/properties/checklists/items/properties/items/items/properties/enforceFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.items.items.properties.enforceFrom.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.enforceFrom, data: data108 };
                        if (vErrors === null) {
                          vErrors = [err224];
                        } else {
                          vErrors.push(err224);
                        }
                        errors++;
                      }
                    }
                    if (data78.reportMissing !== void 0) {
                      let data109 = data78.reportMissing;
                      if (true !== data109) {
                        const err225 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/reportMissing", schemaPath: "#/properties/checklists/items/properties/items/items/properties/reportMissing/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.reportMissing, data: data109 };
                        if (vErrors === null) {
                          vErrors = [err225];
                        } else {
                          vErrors.push(err225);
                        }
                        errors++;
                      }
                    }
                    if (data78.coverage !== void 0) {
                      let data110 = data78.coverage;
                      if (data110 && typeof data110 == "object" && !Array.isArray(data110)) {
                        if (data110.files === void 0) {
                          const err226 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage", schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema11.properties.checklists.items.properties.items.items.properties.coverage.required, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage, data: data110 };
                          if (vErrors === null) {
                            vErrors = [err226];
                          } else {
                            vErrors.push(err226);
                          }
                          errors++;
                        }
                        for (const key13 in data110) {
                          if (!(key13 === "files")) {
                            const err227 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage", schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage, data: data110 };
                            if (vErrors === null) {
                              vErrors = [err227];
                            } else {
                              vErrors.push(err227);
                            }
                            errors++;
                          }
                        }
                        if (data110.files !== void 0) {
                          let data111 = data110.files;
                          if (data111 && typeof data111 == "object" && !Array.isArray(data111)) {
                            for (const key14 in data111) {
                              let data112 = data111[key14];
                              if (data112 && typeof data112 == "object" && !Array.isArray(data112)) {
                                if (data112.covered === void 0) {
                                  const err228 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage/files/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/properties/files/additionalProperties/required", keyword: "required", params: { missingProperty: "covered" }, message: "must have required property 'covered'", schema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.required, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties, data: data112 };
                                  if (vErrors === null) {
                                    vErrors = [err228];
                                  } else {
                                    vErrors.push(err228);
                                  }
                                  errors++;
                                }
                                if (data112.coverable === void 0) {
                                  const err229 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage/files/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/properties/files/additionalProperties/required", keyword: "required", params: { missingProperty: "coverable" }, message: "must have required property 'coverable'", schema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.required, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties, data: data112 };
                                  if (vErrors === null) {
                                    vErrors = [err229];
                                  } else {
                                    vErrors.push(err229);
                                  }
                                  errors++;
                                }
                                for (const key15 in data112) {
                                  if (!(key15 === "covered" || key15 === "coverable" || key15 === "branches")) {
                                    const err230 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage/files/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/properties/files/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties, data: data112 };
                                    if (vErrors === null) {
                                      vErrors = [err230];
                                    } else {
                                      vErrors.push(err230);
                                    }
                                    errors++;
                                  }
                                }
                                if (data112.covered !== void 0) {
                                  let data113 = data112.covered;
                                  if (typeof data113 === "string") {
                                    if (!pattern4.test(data113)) {
                                      const err231 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage/files/" + key14.replace(/~/g, "~0").replace(/\//g, "~1") + "/covered", schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/properties/files/additionalProperties/properties/covered/pattern", keyword: "pattern", params: { pattern: "^(\\d+(-\\d+)?(,\\d+(-\\d+)?)*)?$" }, message: 'must match pattern "^(\\d+(-\\d+)?(,\\d+(-\\d+)?)*)?$"', schema: "^(\\d+(-\\d+)?(,\\d+(-\\d+)?)*)?$", parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.properties.covered, data: data113 };
                                      if (vErrors === null) {
                                        vErrors = [err231];
                                      } else {
                                        vErrors.push(err231);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err232 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage/files/" + key14.replace(/~/g, "~0").replace(/\//g, "~1") + "/covered", schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/properties/files/additionalProperties/properties/covered/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.properties.covered.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.properties.covered, data: data113 };
                                    if (vErrors === null) {
                                      vErrors = [err232];
                                    } else {
                                      vErrors.push(err232);
                                    }
                                    errors++;
                                  }
                                }
                                if (data112.coverable !== void 0) {
                                  let data114 = data112.coverable;
                                  if (typeof data114 === "string") {
                                    if (!pattern4.test(data114)) {
                                      const err233 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage/files/" + key14.replace(/~/g, "~0").replace(/\//g, "~1") + "/coverable", schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/properties/files/additionalProperties/properties/coverable/pattern", keyword: "pattern", params: { pattern: "^(\\d+(-\\d+)?(,\\d+(-\\d+)?)*)?$" }, message: 'must match pattern "^(\\d+(-\\d+)?(,\\d+(-\\d+)?)*)?$"', schema: "^(\\d+(-\\d+)?(,\\d+(-\\d+)?)*)?$", parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.properties.coverable, data: data114 };
                                      if (vErrors === null) {
                                        vErrors = [err233];
                                      } else {
                                        vErrors.push(err233);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err234 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage/files/" + key14.replace(/~/g, "~0").replace(/\//g, "~1") + "/coverable", schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/properties/files/additionalProperties/properties/coverable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.properties.coverable.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.properties.coverable, data: data114 };
                                    if (vErrors === null) {
                                      vErrors = [err234];
                                    } else {
                                      vErrors.push(err234);
                                    }
                                    errors++;
                                  }
                                }
                                if (data112.branches !== void 0) {
                                  let data115 = data112.branches;
                                  if (data115 && typeof data115 == "object" && !Array.isArray(data115)) {
                                    for (const key16 in data115) {
                                      let data116 = data115[key16];
                                      if (Array.isArray(data116)) {
                                        if (data116.length > 2) {
                                          const err235 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage/files/" + key14.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/properties/files/additionalProperties/properties/branches/additionalProperties/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.properties.branches.additionalProperties, data: data116 };
                                          if (vErrors === null) {
                                            vErrors = [err235];
                                          } else {
                                            vErrors.push(err235);
                                          }
                                          errors++;
                                        }
                                        if (data116.length < 2) {
                                          const err236 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage/files/" + key14.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/properties/files/additionalProperties/properties/branches/additionalProperties/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.properties.branches.additionalProperties, data: data116 };
                                          if (vErrors === null) {
                                            vErrors = [err236];
                                          } else {
                                            vErrors.push(err236);
                                          }
                                          errors++;
                                        }
                                        const len9 = data116.length;
                                        for (let i9 = 0; i9 < len9; i9++) {
                                          let data117 = data116[i9];
                                          if (!(typeof data117 == "number" && (!(data117 % 1) && !isNaN(data117)))) {
                                            const err237 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage/files/" + key14.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i9, schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/properties/files/additionalProperties/properties/branches/additionalProperties/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.properties.branches.additionalProperties.items.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.properties.branches.additionalProperties.items, data: data117 };
                                            if (vErrors === null) {
                                              vErrors = [err237];
                                            } else {
                                              vErrors.push(err237);
                                            }
                                            errors++;
                                          }
                                          if (typeof data117 == "number") {
                                            if (data117 < 0 || isNaN(data117)) {
                                              const err238 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage/files/" + key14.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i9, schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/properties/files/additionalProperties/properties/branches/additionalProperties/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.properties.branches.additionalProperties.items, data: data117 };
                                              if (vErrors === null) {
                                                vErrors = [err238];
                                              } else {
                                                vErrors.push(err238);
                                              }
                                              errors++;
                                            }
                                          }
                                        }
                                      } else {
                                        const err239 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage/files/" + key14.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/properties/files/additionalProperties/properties/branches/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.properties.branches.additionalProperties.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.properties.branches.additionalProperties, data: data116 };
                                        if (vErrors === null) {
                                          vErrors = [err239];
                                        } else {
                                          vErrors.push(err239);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err240 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage/files/" + key14.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches", schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/properties/files/additionalProperties/properties/branches/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.properties.branches.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.properties.branches, data: data115 };
                                    if (vErrors === null) {
                                      vErrors = [err240];
                                    } else {
                                      vErrors.push(err240);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err241 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage/files/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/properties/files/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.additionalProperties, data: data112 };
                                if (vErrors === null) {
                                  vErrors = [err241];
                                } else {
                                  vErrors.push(err241);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err242 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage/files", schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/properties/files/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage.properties.files, data: data111 };
                            if (vErrors === null) {
                              vErrors = [err242];
                            } else {
                              vErrors.push(err242);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err243 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6 + "/coverage", schemaPath: "#/properties/checklists/items/properties/items/items/properties/coverage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checklists.items.properties.items.items.properties.coverage.type, parentSchema: schema11.properties.checklists.items.properties.items.items.properties.coverage, data: data110 };
                        if (vErrors === null) {
                          vErrors = [err243];
                        } else {
                          vErrors.push(err243);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err244 = { instancePath: instancePath + "/checklists/" + i5 + "/items/" + i6, schemaPath: "#/properties/checklists/items/properties/items/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checklists.items.properties.items.items.type, parentSchema: schema11.properties.checklists.items.properties.items.items, data: data78 };
                    if (vErrors === null) {
                      vErrors = [err244];
                    } else {
                      vErrors.push(err244);
                    }
                    errors++;
                  }
                }
              } else {
                const err245 = { instancePath: instancePath + "/checklists/" + i5 + "/items", schemaPath: "#/properties/checklists/items/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.checklists.items.properties.items.type, parentSchema: schema11.properties.checklists.items.properties.items, data: data77 };
                if (vErrors === null) {
                  vErrors = [err245];
                } else {
                  vErrors.push(err245);
                }
                errors++;
              }
            }
            if (data58.waivers !== void 0) {
              let data118 = data58.waivers;
              if (Array.isArray(data118)) {
                const len10 = data118.length;
                for (let i10 = 0; i10 < len10; i10++) {
                  let data119 = data118[i10];
                  if (data119 && typeof data119 == "object" && !Array.isArray(data119)) {
                    if (data119.item === void 0) {
                      const err246 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10, schemaPath: "#/properties/checklists/items/properties/waivers/items/required", keyword: "required", params: { missingProperty: "item" }, message: "must have required property 'item'", schema: schema11.properties.checklists.items.properties.waivers.items.required, parentSchema: schema11.properties.checklists.items.properties.waivers.items, data: data119 };
                      if (vErrors === null) {
                        vErrors = [err246];
                      } else {
                        vErrors.push(err246);
                      }
                      errors++;
                    }
                    if (data119.finding === void 0) {
                      const err247 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10, schemaPath: "#/properties/checklists/items/properties/waivers/items/required", keyword: "required", params: { missingProperty: "finding" }, message: "must have required property 'finding'", schema: schema11.properties.checklists.items.properties.waivers.items.required, parentSchema: schema11.properties.checklists.items.properties.waivers.items, data: data119 };
                      if (vErrors === null) {
                        vErrors = [err247];
                      } else {
                        vErrors.push(err247);
                      }
                      errors++;
                    }
                    if (data119.by === void 0) {
                      const err248 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10, schemaPath: "#/properties/checklists/items/properties/waivers/items/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'", schema: schema11.properties.checklists.items.properties.waivers.items.required, parentSchema: schema11.properties.checklists.items.properties.waivers.items, data: data119 };
                      if (vErrors === null) {
                        vErrors = [err248];
                      } else {
                        vErrors.push(err248);
                      }
                      errors++;
                    }
                    if (data119.until === void 0) {
                      const err249 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10, schemaPath: "#/properties/checklists/items/properties/waivers/items/required", keyword: "required", params: { missingProperty: "until" }, message: "must have required property 'until'", schema: schema11.properties.checklists.items.properties.waivers.items.required, parentSchema: schema11.properties.checklists.items.properties.waivers.items, data: data119 };
                      if (vErrors === null) {
                        vErrors = [err249];
                      } else {
                        vErrors.push(err249);
                      }
                      errors++;
                    }
                    if (data119.reason === void 0) {
                      const err250 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10, schemaPath: "#/properties/checklists/items/properties/waivers/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema11.properties.checklists.items.properties.waivers.items.required, parentSchema: schema11.properties.checklists.items.properties.waivers.items, data: data119 };
                      if (vErrors === null) {
                        vErrors = [err250];
                      } else {
                        vErrors.push(err250);
                      }
                      errors++;
                    }
                    if (data119.line === void 0) {
                      const err251 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10, schemaPath: "#/properties/checklists/items/properties/waivers/items/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'", schema: schema11.properties.checklists.items.properties.waivers.items.required, parentSchema: schema11.properties.checklists.items.properties.waivers.items, data: data119 };
                      if (vErrors === null) {
                        vErrors = [err251];
                      } else {
                        vErrors.push(err251);
                      }
                      errors++;
                    }
                    if (data119.state === void 0) {
                      const err252 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10, schemaPath: "#/properties/checklists/items/properties/waivers/items/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema11.properties.checklists.items.properties.waivers.items.required, parentSchema: schema11.properties.checklists.items.properties.waivers.items, data: data119 };
                      if (vErrors === null) {
                        vErrors = [err252];
                      } else {
                        vErrors.push(err252);
                      }
                      errors++;
                    }
                    if (data119.isNew === void 0) {
                      const err253 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10, schemaPath: "#/properties/checklists/items/properties/waivers/items/required", keyword: "required", params: { missingProperty: "isNew" }, message: "must have required property 'isNew'", schema: schema11.properties.checklists.items.properties.waivers.items.required, parentSchema: schema11.properties.checklists.items.properties.waivers.items, data: data119 };
                      if (vErrors === null) {
                        vErrors = [err253];
                      } else {
                        vErrors.push(err253);
                      }
                      errors++;
                    }
                    for (const key17 in data119) {
                      if (!(key17 === "item" || key17 === "finding" || key17 === "by" || key17 === "until" || key17 === "reason" || key17 === "line" || key17 === "state" || key17 === "isNew")) {
                        const err254 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10, schemaPath: "#/properties/checklists/items/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checklists.items.properties.waivers.items, data: data119 };
                        if (vErrors === null) {
                          vErrors = [err254];
                        } else {
                          vErrors.push(err254);
                        }
                        errors++;
                      }
                    }
                    if (data119.item !== void 0) {
                      let data120 = data119.item;
                      if (typeof data120 !== "string") {
                        const err255 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10 + "/item", schemaPath: "#/properties/checklists/items/properties/waivers/items/properties/item/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.waivers.items.properties.item.type, parentSchema: schema11.properties.checklists.items.properties.waivers.items.properties.item, data: data120 };
                        if (vErrors === null) {
                          vErrors = [err255];
                        } else {
                          vErrors.push(err255);
                        }
                        errors++;
                      }
                    }
                    if (data119.by !== void 0) {
                      let data121 = data119.by;
                      if (typeof data121 !== "string") {
                        const err256 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10 + "/by", schemaPath: "#/properties/checklists/items/properties/waivers/items/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.waivers.items.properties.by.type, parentSchema: schema11.properties.checklists.items.properties.waivers.items.properties.by, data: data121 };
                        if (vErrors === null) {
                          vErrors = [err256];
                        } else {
                          vErrors.push(err256);
                        }
                        errors++;
                      }
                    }
                    if (data119.until !== void 0) {
                      let data122 = data119.until;
                      if (typeof data122 !== "string") {
                        const err257 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10 + "/until", schemaPath: "#/properties/checklists/items/properties/waivers/items/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.waivers.items.properties.until.type, parentSchema: schema11.properties.checklists.items.properties.waivers.items.properties.until, data: data122 };
                        if (vErrors === null) {
                          vErrors = [err257];
                        } else {
                          vErrors.push(err257);
                        }
                        errors++;
                      }
                    }
                    if (data119.reason !== void 0) {
                      let data123 = data119.reason;
                      if (typeof data123 !== "string") {
                        const err258 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10 + "/reason", schemaPath: "#/properties/checklists/items/properties/waivers/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.waivers.items.properties.reason.type, parentSchema: schema11.properties.checklists.items.properties.waivers.items.properties.reason, data: data123 };
                        if (vErrors === null) {
                          vErrors = [err258];
                        } else {
                          vErrors.push(err258);
                        }
                        errors++;
                      }
                    }
                    if (data119.line !== void 0) {
                      let data124 = data119.line;
                      if (!(typeof data124 == "number" && (!(data124 % 1) && !isNaN(data124)))) {
                        const err259 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10 + "/line", schemaPath: "#/properties/checklists/items/properties/waivers/items/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checklists.items.properties.waivers.items.properties.line.type, parentSchema: schema11.properties.checklists.items.properties.waivers.items.properties.line, data: data124 };
                        if (vErrors === null) {
                          vErrors = [err259];
                        } else {
                          vErrors.push(err259);
                        }
                        errors++;
                      }
                      if (typeof data124 == "number") {
                        if (data124 < 0 || isNaN(data124)) {
                          const err260 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10 + "/line", schemaPath: "#/properties/checklists/items/properties/waivers/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checklists.items.properties.waivers.items.properties.line, data: data124 };
                          if (vErrors === null) {
                            vErrors = [err260];
                          } else {
                            vErrors.push(err260);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data119.state !== void 0) {
                      let data125 = data119.state;
                      if (!(data125 === "active" || data125 === "expiring" || data125 === "expired" || data125 === "stale" || data125 === "awaiting-review")) {
                        const err261 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10 + "/state", schemaPath: "#/properties/checklists/items/properties/waivers/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema11.properties.checklists.items.properties.waivers.items.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checklists.items.properties.waivers.items.properties.state.enum, parentSchema: schema11.properties.checklists.items.properties.waivers.items.properties.state, data: data125 };
                        if (vErrors === null) {
                          vErrors = [err261];
                        } else {
                          vErrors.push(err261);
                        }
                        errors++;
                      }
                    }
                    if (data119.isNew !== void 0) {
                      let data126 = data119.isNew;
                      if (typeof data126 !== "boolean") {
                        const err262 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10 + "/isNew", schemaPath: "#/properties/checklists/items/properties/waivers/items/properties/isNew/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.checklists.items.properties.waivers.items.properties.isNew.type, parentSchema: schema11.properties.checklists.items.properties.waivers.items.properties.isNew, data: data126 };
                        if (vErrors === null) {
                          vErrors = [err262];
                        } else {
                          vErrors.push(err262);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err263 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers/" + i10, schemaPath: "#/properties/checklists/items/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checklists.items.properties.waivers.items.type, parentSchema: schema11.properties.checklists.items.properties.waivers.items, data: data119 };
                    if (vErrors === null) {
                      vErrors = [err263];
                    } else {
                      vErrors.push(err263);
                    }
                    errors++;
                  }
                }
              } else {
                const err264 = { instancePath: instancePath + "/checklists/" + i5 + "/waivers", schemaPath: "#/properties/checklists/items/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.checklists.items.properties.waivers.type, parentSchema: schema11.properties.checklists.items.properties.waivers, data: data118 };
                if (vErrors === null) {
                  vErrors = [err264];
                } else {
                  vErrors.push(err264);
                }
                errors++;
              }
            }
            if (data58.weakenings !== void 0) {
              let data127 = data58.weakenings;
              if (Array.isArray(data127)) {
                const len11 = data127.length;
                for (let i11 = 0; i11 < len11; i11++) {
                  let data128 = data127[i11];
                  if (typeof data128 !== "string") {
                    const err265 = { instancePath: instancePath + "/checklists/" + i5 + "/weakenings/" + i11, schemaPath: "#/properties/checklists/items/properties/weakenings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checklists.items.properties.weakenings.items.type, parentSchema: schema11.properties.checklists.items.properties.weakenings.items, data: data128 };
                    if (vErrors === null) {
                      vErrors = [err265];
                    } else {
                      vErrors.push(err265);
                    }
                    errors++;
                  }
                }
              } else {
                const err266 = { instancePath: instancePath + "/checklists/" + i5 + "/weakenings", schemaPath: "#/properties/checklists/items/properties/weakenings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.checklists.items.properties.weakenings.type, parentSchema: schema11.properties.checklists.items.properties.weakenings, data: data127 };
                if (vErrors === null) {
                  vErrors = [err266];
                } else {
                  vErrors.push(err266);
                }
                errors++;
              }
            }
          } else {
            const err267 = { instancePath: instancePath + "/checklists/" + i5, schemaPath: "#/properties/checklists/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checklists.items.type, parentSchema: schema11.properties.checklists.items, data: data58 };
            if (vErrors === null) {
              vErrors = [err267];
            } else {
              vErrors.push(err267);
            }
            errors++;
          }
        }
      } else {
        const err268 = { instancePath: instancePath + "/checklists", schemaPath: "#/properties/checklists/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.checklists.type, parentSchema: schema11.properties.checklists, data: data57 };
        if (vErrors === null) {
          vErrors = [err268];
        } else {
          vErrors.push(err268);
        }
        errors++;
      }
    }
  } else {
    const err269 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err269];
    } else {
      vErrors.push(err269);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
__name(validate10, "validate10");
function getReportValidator() {
  return report;
}
__name(getReportValidator, "getReportValidator");

// src/render/report-problems.ts
function describe(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}\u2026` : text;
}
__name(describe, "describe");
function typeNames(type) {
  const types = Array.isArray(type) ? type.map(String) : String(type).split(",");
  return types.map(
    (name) => name === "integer" ? "an integer" : `a${/^[aeiou]/.test(name) ? "n" : ""} ${name}`
  ).join(" or ");
}
__name(typeNames, "typeNames");
function pathOf(pointer) {
  let out = "";
  for (const raw of pointer.split("/").slice(1)) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    out += /^\d+$/.test(part) ? `[${part}]` : out === "" ? part : `.${part}`;
  }
  return out;
}
__name(pathOf, "pathOf");
function wordsOf(error) {
  const at = pathOf(error.instancePath);
  const child = /* @__PURE__ */ __name((key) => at === "" ? key : `${at}.${key}`, "child");
  const label = at === "" ? "(top)" : at;
  const params = error.params;
  const found = describe(error.data);
  switch (error.keyword) {
    case "required":
      return { path: at, text: `${child(String(params.missingProperty))}: required, missing` };
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      return { path: child(key), text: `${child(key)}: unknown key` };
    }
    case "const":
      return {
        path: at,
        text: `${label}: expected ${describe(params.allowedValue)}, found ${found}`
      };
    case "enum":
      return {
        path: at,
        text: `${label}: expected one of ${params.allowedValues.map(describe).join(", ")}, found ${found}`
      };
    case "type":
      return { path: at, text: `${label}: expected ${typeNames(params.type)}, found ${found}` };
    case "minimum":
      return {
        path: at,
        text: `${label}: expected at least ${String(params.limit)}, found ${found}`
      };
    case "maximum":
      return {
        path: at,
        text: `${label}: expected at most ${String(params.limit)}, found ${found}`
      };
    case "pattern":
      return {
        path: at,
        text: `${label}: expected to match ${String(params.pattern)}, found ${found}`
      };
    default:
      return { path: at, text: `${label}: ${error.message ?? "does not fit"}, found ${found}` };
  }
}
__name(wordsOf, "wordsOf");
function documentOrder(value) {
  const order = /* @__PURE__ */ new Map();
  const visit = /* @__PURE__ */ __name((node, at) => {
    order.set(at, order.size);
    if (Array.isArray(node)) node.forEach((entry, index) => visit(entry, `${at}[${index}]`));
    else if (node !== null && typeof node === "object")
      for (const [key, entry] of Object.entries(node))
        visit(entry, at === "" ? key : `${at}.${key}`);
  }, "visit");
  visit(value, "");
  return order;
}
__name(documentOrder, "documentOrder");
function reportProblems(value, limit = 20) {
  const validate = getReportValidator();
  if (validate(value)) return [];
  const problems = (validate.errors ?? []).map(wordsOf);
  const order = documentOrder(value);
  const rank = /* @__PURE__ */ __name((path) => order.get(path) ?? Number.MAX_SAFE_INTEGER, "rank");
  return problems.map((problem, index) => ({ ...problem, index })).sort((a, b) => rank(a.path) - rank(b.path) || a.index - b.index).slice(0, limit).map((problem) => problem.text);
}
__name(reportProblems, "reportProblems");

// src/render/report-schema.ts
var REPORT_SCHEMA = "readiness-gate/report@2";
var STATUSES = ["passed", "failed", "errored", "pending", "skipped", "waived"];
var KINDS = [...CHECK_KIND_NAMES, "manual"];
var counts = {
  type: "object",
  properties: Object.fromEntries(
    ["total", ...STATUSES, "blocking"].map((key) => [key, { type: "integer", minimum: 0 }])
  ),
  required: ["total", ...STATUSES, "blocking"],
  additionalProperties: false
};

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
    ...verdict.delta ? { delta: verdict.delta } : {},
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
      items: cv.items.map(({ item, result, isBlocking, confirmation, enforceFrom }) => ({
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
        ...result.coverageFiles ? { coverage: { files: result.coverageFiles } } : {},
        ...confirmationJson(confirmation),
        ...enforceFrom ? { enforceFrom: enforceFrom.date } : {}
      })),
      ...cv.waivers ? { waivers: cv.waivers.map(waiverJson) } : {},
      ...cv.weakenings?.length ? { weakenings: cv.weakenings } : {}
    }))
  };
}
__name(toReportJson, "toReportJson");
function confirmationJson(confirmation) {
  return {
    confirmedBy: confirmation?.by ?? null,
    confirmedAt: confirmation?.at ?? null,
    confirmedOn: confirmation?.on ?? null,
    confirmedVia: confirmation?.via ?? null
  };
}
__name(confirmationJson, "confirmationJson");
function waiverFieldsJson(waiver) {
  return {
    item: waiver.item,
    finding: waiver.finding ?? null,
    by: waiver.by,
    until: waiver.until,
    reason: waiver.reason,
    line: waiver.line
  };
}
__name(waiverFieldsJson, "waiverFieldsJson");
function waiverJson(judged) {
  return { ...waiverFieldsJson(judged.waiver), state: judged.state, isNew: judged.isNew };
}
__name(waiverJson, "waiverJson");
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
    ...json.kind === "manual" ? {} : { check: checkSpecOf(json.kind, {}) },
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
    isBlocking: json.isBlocking,
    ...json.confirmedVia ? {
      confirmation: {
        by: json.confirmedBy ?? null,
        at: json.confirmedAt ?? null,
        on: json.confirmedOn ?? null,
        via: json.confirmedVia
      }
    } : {}
  };
}
__name(itemFromJson, "itemFromJson");
function waiverFromJson(json) {
  return {
    waiver: {
      item: json.item,
      ...json.finding !== null ? { finding: json.finding } : {},
      by: json.by,
      until: json.until,
      reason: json.reason,
      line: json.line,
      column: 1
    },
    state: json.state,
    // Days left are not kept in the report; the summaries already say them.
    daysLeft: Number.NaN,
    isNew: json.isNew
  };
}
__name(waiverFromJson, "waiverFromJson");
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
    reason: json.reason ?? "",
    ...json.waivers ? { waivers: json.waivers.map(waiverFromJson) } : {},
    ...json.weakenings ? { weakenings: json.weakenings } : {}
  };
}
__name(checklistFromJson, "checklistFromJson");
function verdictFromReport(json) {
  const schema = json?.schema;
  if (typeof schema === "string" && schema !== REPORT_SCHEMA && schema.startsWith("readiness-gate/"))
    throw new ReportShapeError([
      `schema: this is a ${schema} report; this version reads ${REPORT_SCHEMA} only (make the report again with this version)`
    ]);
  const problems = reportProblems(json);
  if (problems.length > 0) throw new ReportShapeError(problems);
  const report2 = json;
  const verdict = {
    passed: report2.passed,
    ready: report2.ready,
    score: report2.score,
    level: report2.level,
    counts: report2.counts,
    checklists: report2.checklists.map(checklistFromJson),
    durationMs: report2.durationMs ?? 0,
    ...report2.commit ? { commit: report2.commit } : {},
    // The check run's delta against the base, so `publish` shows it and judges `fail-on: regression`.
    ...report2.delta ? { delta: report2.delta } : {},
    ...report2.shards ? { shards: report2.shards } : {}
  };
  const shard = typeof report2.shard === "string" ? {
    shard: report2.shard,
    commit: report2.commit ?? "",
    checklistSha256: Object.fromEntries(
      report2.checklists.flatMap((cv) => cv.sha256 ? [[cv.path, cv.sha256]] : [])
    )
  } : void 0;
  return {
    verdict,
    ...report2.source ? { source: report2.source } : {},
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
        ...item.note ? { note: item.note } : {},
        ...item.owners ? { owners: item.owners } : {},
        ...item.covers ? { covers: item.covers } : {},
        ...item.enforceFrom ? { enforceFrom: item.enforceFrom } : {}
      })),
      ...checklist.waivers?.length ? {
        waivers: checklist.waivers.map(waiverFieldsJson)
      } : {}
    }))
  };
}
__name(toPlanJson, "toPlanJson");

export {
  reportProblems,
  REPORT_SCHEMA,
  ERROR_SCHEMA,
  PLAN_SCHEMA,
  toReportJson,
  renderErrorJson,
  renderJson,
  ReportShapeError,
  verdictFromReport,
  toPlanJson
};
//# sourceMappingURL=shared-render-report-validator.js.map
