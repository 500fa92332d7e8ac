import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  ITEM_ID_SOURCE
} from "./shared-checklist-slug.js";
import {
  require_ucs2length
} from "./shared-ajv.js";
import {
  flattenItems
} from "./shared-checklist-items.js";
import {
  ENV_NAME_SOURCE
} from "./shared-checks-coverage.js";
import {
  daysBetween,
  parseDate
} from "./shared-clock-clock.js";
import {
  __name
} from "./shared-runtime.js";

// src/checklist/ajv-messages.ts
var PATTERN_WORDS = /* @__PURE__ */ new Map([
  [ITEM_ID_SOURCE, 'must be letters, digits, ".", "-" or "_" (not starting with ".")'],
  [
    ENV_NAME_SOURCE,
    'must be an environment variable name (letters, digits and "_", not starting with a digit)'
  ]
]);
function pointerToKeyPath(pointer) {
  if (pointer === "") return "";
  return pointer.split("/").slice(1).map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~")).reduce(
    (acc, segment) => /^\d+$/.test(segment) ? `${acc}[${segment}]` : acc ? `${acc}.${segment}` : segment,
    ""
  );
}
__name(pointerToKeyPath, "pointerToKeyPath");
function joinKeyPath(base, key) {
  if (key === "") return base;
  if (/^\[\d+\]/.test(key)) return base + key;
  return base ? `${base}.${key}` : key;
}
__name(joinKeyPath, "joinKeyPath");
function showValue(value) {
  let text;
  if (value === void 0) text = "nothing";
  else if (value === null) text = "null";
  else if (Array.isArray(value)) text = "a list";
  else if (typeof value === "object") text = "a mapping";
  else text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
__name(showValue, "showValue");
function typeName(type) {
  const names = {
    number: "a number",
    integer: "an integer",
    string: "a string",
    boolean: "true or false",
    object: "a mapping",
    array: "a list",
    null: "null"
  };
  const list = Array.isArray(type) ? type : [type];
  return list.map((t) => names[String(t)] ?? String(t)).join(" or ");
}
__name(typeName, "typeName");
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
__name(distance, "distance");
function suggest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
__name(suggest, "suggest");
function valueAtPointer(root, pointer) {
  if (pointer === "") return root;
  return pointer.split("/").slice(1).map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~")).reduce(
    (value, segment) => value !== null && typeof value === "object" ? value[segment] : void 0,
    root
  );
}
__name(valueAtPointer, "valueAtPointer");
function schemaKeysAt(schema, pointer) {
  let node = schema;
  for (const segment of pointer === "" ? [] : pointer.split("/").slice(1)) {
    if (!node) return [];
    const properties = node.properties;
    node = /^\d+$/.test(segment) && node.items ? node.items : properties?.[segment];
  }
  return Object.keys(node?.properties ?? {});
}
__name(schemaKeysAt, "schemaKeysAt");
function describeAjvError(error, context = {}) {
  const base = pointerToKeyPath(error.instancePath);
  const params = error.params;
  const allowedKeys = context.allowedKeys;
  if (context.data !== void 0 && error.data === void 0)
    error = { ...error, data: valueAtPointer(context.data, error.instancePath) };
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const keys = allowedKeys?.(error.instancePath) ?? Object.keys(error.parentSchema?.properties ?? {});
      const hint = suggest(key, keys);
      return {
        keyPath: joinKeyPath(base, key),
        pointer: `${error.instancePath}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        atKey: true,
        message: `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : keys.length ? `; expected one of ${keys.join(", ")}` : ""}`
      };
    }
    case "required": {
      const key = String(params.missingProperty);
      return {
        keyPath: joinKeyPath(base, key),
        pointer: error.instancePath,
        atKey: false,
        message: `"${key}" is required`
      };
    }
    case "type":
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message: `must be ${typeName(params.type)}, found ${showValue(error.data)}`
      };
    case "enum":
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message: `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}, found ${showValue(error.data)}`
      };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const words = {
        minimum: "at least",
        maximum: "at most",
        exclusiveMinimum: "more than",
        exclusiveMaximum: "less than"
      };
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message: `must be ${words[error.keyword]} ${String(params.limit)}, found ${showValue(error.data)}`
      };
    }
    case "minLength":
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message: Number(params.limit) === 1 ? "must not be empty" : `must have at least ${String(params.limit)} characters`
      };
    case "minItems":
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message: `must have at least ${String(params.limit)} entr${Number(params.limit) === 1 ? "y" : "ies"}`
      };
    case "minProperties":
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message: `must set at least ${String(params.limit)} key${Number(params.limit) === 1 ? "" : "s"}`
      };
    case "pattern":
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message: `${PATTERN_WORDS.get(String(params.pattern)) ?? `must match ${String(params.pattern)}`}, found ${showValue(error.data)}`
      };
    case "const":
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message: `must be ${JSON.stringify(params.allowedValue)}, found ${showValue(error.data)}`
      };
    default:
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message: error.message ?? `fails ${error.keyword}`
      };
  }
}
__name(describeAjvError, "describeAjvError");

// src/checklist/validators.ts
var checklist = validate21;
var func2 = require_ucs2length().default;
var schema7 = { "type": "object", "properties": { "min-score": { "type": "number", "minimum": 0, "maximum": 100, "description": "Ready needs at least this score (0-100), besides no blocking item." }, "levels": { "type": "array", "minItems": 1, "description": "Score levels, highest first; the `level` output is the name of the first whose min the score reaches.", "items": { "type": "object", "properties": { "name": { "type": "string", "minLength": 1 }, "min": { "type": "number", "minimum": 0, "maximum": 100 } }, "required": ["name", "min"], "additionalProperties": false } }, "confirm-from": { "enum": ["any", "pr-body", "review"], "description": "Who may confirm manual items: a ticked box in the file or the pull request body, or a /confirm (any); only the pull request body (pr-body); only a /confirm from someone with write access who is not the author (review)." }, "waivers": { "enum": ["any", "reviewed"], "description": "reviewed: a waiver or weakening the pull request adds takes effect only once someone other than its author approved it." }, "max-waiver-days": { "type": "integer", "minimum": 1, "description": "How far ahead a new waiver may end (default 90 days)." }, "enforce-from": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "Before this date (YYYY-MM-DD) no failure blocks." }, "tolerance": { "type": "number", "minimum": 0, "description": "Points the score may fall below the base report before fail-on: regression fails (default 0.1)." } }, "additionalProperties": false };
var pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "min-score" || key0 === "levels" || key0 === "confirm-from" || key0 === "waivers" || key0 === "max-waiver-days" || key0 === "enforce-from" || key0 === "tolerance")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data["min-score"] !== void 0) {
      let data0 = data["min-score"];
      if (typeof data0 == "number") {
        if (data0 > 100 || isNaN(data0)) {
          const err1 = { instancePath: instancePath + "/min-score", schemaPath: "#/properties/min-score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/min-score", schemaPath: "#/properties/min-score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/min-score", schemaPath: "#/properties/min-score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.levels !== void 0) {
      let data1 = data.levels;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err4 = { instancePath: instancePath + "/levels", schemaPath: "#/properties/levels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.name === void 0) {
              const err5 = { instancePath: instancePath + "/levels/" + i0, schemaPath: "#/properties/levels/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2.min === void 0) {
              const err6 = { instancePath: instancePath + "/levels/" + i0, schemaPath: "#/properties/levels/items/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!(key1 === "name" || key1 === "min")) {
                const err7 = { instancePath: instancePath + "/levels/" + i0, schemaPath: "#/properties/levels/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data2.name !== void 0) {
              let data3 = data2.name;
              if (typeof data3 === "string") {
                if (func2(data3) < 1) {
                  const err8 = { instancePath: instancePath + "/levels/" + i0 + "/name", schemaPath: "#/properties/levels/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = { instancePath: instancePath + "/levels/" + i0 + "/name", schemaPath: "#/properties/levels/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data2.min !== void 0) {
              let data4 = data2.min;
              if (typeof data4 == "number") {
                if (data4 > 100 || isNaN(data4)) {
                  const err10 = { instancePath: instancePath + "/levels/" + i0 + "/min", schemaPath: "#/properties/levels/items/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                if (data4 < 0 || isNaN(data4)) {
                  const err11 = { instancePath: instancePath + "/levels/" + i0 + "/min", schemaPath: "#/properties/levels/items/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/levels/" + i0 + "/min", schemaPath: "#/properties/levels/items/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/levels/" + i0, schemaPath: "#/properties/levels/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/levels", schemaPath: "#/properties/levels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data["confirm-from"] !== void 0) {
      let data5 = data["confirm-from"];
      if (!(data5 === "any" || data5 === "pr-body" || data5 === "review")) {
        const err15 = { instancePath: instancePath + "/confirm-from", schemaPath: "#/properties/confirm-from/enum", keyword: "enum", params: { allowedValues: schema7.properties["confirm-from"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data6 = data.waivers;
      if (!(data6 === "any" || data6 === "reviewed")) {
        const err16 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/enum", keyword: "enum", params: { allowedValues: schema7.properties.waivers.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data["max-waiver-days"] !== void 0) {
      let data7 = data["max-waiver-days"];
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)))) {
        const err17 = { instancePath: instancePath + "/max-waiver-days", schemaPath: "#/properties/max-waiver-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data7 == "number") {
        if (data7 < 1 || isNaN(data7)) {
          const err18 = { instancePath: instancePath + "/max-waiver-days", schemaPath: "#/properties/max-waiver-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data["enforce-from"] !== void 0) {
      let data8 = data["enforce-from"];
      if (typeof data8 === "string") {
        if (!pattern0.test(data8)) {
          const err19 = { instancePath: instancePath + "/enforce-from", schemaPath: "#/properties/enforce-from/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/enforce-from", schemaPath: "#/properties/enforce-from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.tolerance !== void 0) {
      let data9 = data.tolerance;
      if (typeof data9 == "number") {
        if (data9 < 0 || isNaN(data9)) {
          const err21 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
__name(validate22, "validate22");
var schema8 = { "type": "object", "description": "One checklist item: exactly one check kind, or manual: true.", "properties": { "id": { "type": "string", "pattern": "^[\\p{L}\\p{N}\\p{M}_-][\\p{L}\\p{N}\\p{M}._-]*$", "description": "Stable id (default: a slug of the title)." }, "title": { "type": "string", "minLength": 1 }, "manual": { "const": true, "description": "Confirmed by a person: a ticked box with this title or id in the pull request body." }, "blocking": { "type": "boolean", "description": "Whether failing (or, for a manual item, staying unconfirmed) blocks readiness. Default: true for checks, false for manual items." }, "weight": { "type": "number", "minimum": 0, "description": "Weight in the score (default 1)." }, "owners": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$" }, "description": "Only these logins or @org/team members may confirm the item (with /confirm)." }, "covers": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 }, "description": "Globs: a confirmation goes stale when a commit after it changes a matching file." }, "enforce-from": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "Before this date (YYYY-MM-DD) a failure does not block." }, "checked": { "type": "boolean", "description": "The box is ticked in the checklist itself (as `- [x]` in Markdown): confirms a manual item unless confirm-from is pr-body." }, "skip": { "type": "string", "minLength": 1, "description": "Never run; the item is skipped with this reason (`struck out` for an item struck out in Markdown)." }, "inferred": { "type": "boolean", "description": "The check was recognized from the text (as `init` writes it): a program that is not installed leaves the item pending for a person instead of errored." }, "items": { "type": "array", "items": { "$ref": "#/definitions/item" }, "description": "Nested items (children of this one); each counts once." }, "bandit": { "$ref": "bandit" }, "command": { "$ref": "command" }, "coverage": { "$ref": "coverage" }, "env": { "$ref": "env" }, "file": { "$ref": "file" }, "http": { "$ref": "http" }, "lint": { "$ref": "lint" }, "scan": { "$ref": "scan" }, "tests": { "$ref": "tests" }, "trivy": { "$ref": "trivy" } }, "anyOf": [{ "required": ["title"] }, { "required": ["id"] }], "oneOf": [{ "required": ["bandit"] }, { "required": ["command"] }, { "required": ["coverage"] }, { "required": ["env"] }, { "required": ["file"] }, { "required": ["http"] }, { "required": ["lint"] }, { "required": ["scan"] }, { "required": ["tests"] }, { "required": ["trivy"] }, { "required": ["manual"] }], "additionalProperties": false };
var func4 = Object.prototype.hasOwnProperty;
var pattern1 = new RegExp("^[\\p{L}\\p{N}\\p{M}_-][\\p{L}\\p{N}\\p{M}._-]*$", "u");
var pattern2 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$", "u");
var wrapper0 = { validate: validate24 };
var schema9 = { "type": "object", "description": "A bandit JSON report: passes when, per severity, findings at or above min-confidence are within max.", "properties": { "report": { "description": "Report path or glob, relative to the repository root, or a list of them (several files are combined).", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] }, "max": { "type": "object", "description": "Findings allowed per severity (default { high: 0 }; a severity not given is unlimited).", "properties": { "high": { "type": "integer", "minimum": 0 }, "medium": { "type": "integer", "minimum": 0 }, "low": { "type": "integer", "minimum": 0 } }, "additionalProperties": false }, "min-confidence": { "enum": ["low", "medium", "high"], "description": "Only findings at or above this confidence count (default low)." }, "scope": { "enum": ["changed-lines", "changed-files", "all"], "description": "Which findings count toward the limits and the metrics: those on changed lines, in changed files, or all (default). Every finding is still listed, marked inScope." }, "when-no-base": { "enum": ["errored", "skipped"], "description": "A run with no base (a push, the CLI without --base): options that need the changed lines make the item errored (default) or skipped." } }, "required": ["report"], "additionalProperties": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.report === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "report" }, message: "must have required property 'report'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "report" || key0 === "max" || key0 === "min-confidence" || key0 === "scope" || key0 === "when-no-base")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data0 = data.report;
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs6 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err5 = { instancePath: instancePath + "/report/" + i0, schemaPath: "#/properties/report/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/report/" + i0, schemaPath: "#/properties/report/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err8 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.max !== void 0) {
      let data2 = data.max;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "high" || key1 === "medium" || key1 === "low")) {
            const err9 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.high !== void 0) {
          let data3 = data2.high;
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
            const err10 = { instancePath: instancePath + "/max/high", schemaPath: "#/properties/max/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (typeof data3 == "number") {
            if (data3 < 0 || isNaN(data3)) {
              const err11 = { instancePath: instancePath + "/max/high", schemaPath: "#/properties/max/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        }
        if (data2.medium !== void 0) {
          let data4 = data2.medium;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
            const err12 = { instancePath: instancePath + "/max/medium", schemaPath: "#/properties/max/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data4 == "number") {
            if (data4 < 0 || isNaN(data4)) {
              const err13 = { instancePath: instancePath + "/max/medium", schemaPath: "#/properties/max/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        }
        if (data2.low !== void 0) {
          let data5 = data2.low;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
            const err14 = { instancePath: instancePath + "/max/low", schemaPath: "#/properties/max/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data5 == "number") {
            if (data5 < 0 || isNaN(data5)) {
              const err15 = { instancePath: instancePath + "/max/low", schemaPath: "#/properties/max/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data["min-confidence"] !== void 0) {
      let data6 = data["min-confidence"];
      if (!(data6 === "low" || data6 === "medium" || data6 === "high")) {
        const err17 = { instancePath: instancePath + "/min-confidence", schemaPath: "#/properties/min-confidence/enum", keyword: "enum", params: { allowedValues: schema9.properties["min-confidence"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data7 = data.scope;
      if (!(data7 === "changed-lines" || data7 === "changed-files" || data7 === "all")) {
        const err18 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/enum", keyword: "enum", params: { allowedValues: schema9.properties.scope.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data["when-no-base"] !== void 0) {
      let data8 = data["when-no-base"];
      if (!(data8 === "errored" || data8 === "skipped")) {
        const err19 = { instancePath: instancePath + "/when-no-base", schemaPath: "#/properties/when-no-base/enum", keyword: "enum", params: { allowedValues: schema9.properties["when-no-base"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
__name(validate25, "validate25");
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.run === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "run" || key0 === "shell" || key0 === "timeout" || key0 === "expect-exit" || key0 === "cwd" || key0 === "env")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.run !== void 0) {
      let data0 = data.run;
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs6 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          const _errs9 = errors;
          let valid4 = false;
          let passing1 = null;
          const _errs10 = errors;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err5 = { instancePath: instancePath + "/run/" + i0, schemaPath: "#/properties/run/oneOf/1/items/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/run/" + i0, schemaPath: "#/properties/run/oneOf/1/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var _valid1 = _errs10 === errors;
          if (_valid1) {
            valid4 = true;
            passing1 = 0;
          }
          const _errs12 = errors;
          if (Array.isArray(data1)) {
            if (data1.length < 1) {
              const err7 = { instancePath: instancePath + "/run/" + i0, schemaPath: "#/properties/run/oneOf/1/items/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            const len1 = data1.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data1[i1] !== "string") {
                const err8 = { instancePath: instancePath + "/run/" + i0 + "/" + i1, schemaPath: "#/properties/run/oneOf/1/items/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/run/" + i0, schemaPath: "#/properties/run/oneOf/1/items/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          var _valid1 = _errs12 === errors;
          if (_valid1 && valid4) {
            valid4 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid4 = true;
              passing1 = 1;
            }
          }
          if (!valid4) {
            const err10 = { instancePath: instancePath + "/run/" + i0, schemaPath: "#/properties/run/oneOf/1/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          } else {
            errors = _errs9;
            if (vErrors !== null) {
              if (_errs9) {
                vErrors.length = _errs9;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err12 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.shell !== void 0) {
      let data3 = data.shell;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err13 = { instancePath: instancePath + "/shell", schemaPath: "#/properties/shell/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/shell", schemaPath: "#/properties/shell/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data4 = data.timeout;
      if (typeof data4 == "number") {
        if (data4 <= 0 || isNaN(data4)) {
          const err15 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data["expect-exit"] !== void 0) {
      let data5 = data["expect-exit"];
      const _errs21 = errors;
      let valid7 = false;
      let passing2 = null;
      const _errs22 = errors;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
        const err17 = { instancePath: instancePath + "/expect-exit", schemaPath: "#/properties/expect-exit/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var _valid2 = _errs22 === errors;
      if (_valid2) {
        valid7 = true;
        passing2 = 0;
      }
      const _errs24 = errors;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err18 = { instancePath: instancePath + "/expect-exit", schemaPath: "#/properties/expect-exit/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data6 = data5[i2];
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
            const err19 = { instancePath: instancePath + "/expect-exit/" + i2, schemaPath: "#/properties/expect-exit/oneOf/1/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/expect-exit", schemaPath: "#/properties/expect-exit/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid2 = _errs24 === errors;
      if (_valid2 && valid7) {
        valid7 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid7 = true;
          passing2 = 1;
        }
      }
      if (!valid7) {
        const err21 = { instancePath: instancePath + "/expect-exit", schemaPath: "#/properties/expect-exit/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      } else {
        errors = _errs21;
        if (vErrors !== null) {
          if (_errs21) {
            vErrors.length = _errs21;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.cwd !== void 0) {
      if (typeof data.cwd !== "string") {
        const err22 = { instancePath: instancePath + "/cwd", schemaPath: "#/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data8 = data.env;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (typeof data8[key1] !== "string") {
            const err23 = { instancePath: instancePath + "/env/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
__name(validate27, "validate27");
var schema11 = { "type": "object", "description": "A coverage report (lcov, Cobertura, JaCoCo, Clover, coverage.py JSON, Istanbul, Go): passes when every given minimum is met, over the whole report or over the changed lines.", "properties": { "report": { "description": "Report path or glob, relative to the repository root, or a list of them (several files are combined).", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] }, "min-lines": { "description": "Lowest line coverage, in percent, or `base`: not below the base report's figure minus `tolerance`.", "oneOf": [{ "type": "number", "minimum": 0, "maximum": 100, "description": "Lowest line coverage, in percent." }, { "const": "base" }] }, "min-branches": { "description": "Lowest branch coverage, in percent, or `base`: not below the base report's figure minus `tolerance`.", "oneOf": [{ "type": "number", "minimum": 0, "maximum": 100, "description": "Lowest branch coverage, in percent." }, { "const": "base" }] }, "min-functions": { "type": "number", "minimum": 0, "maximum": 100, "description": "Lowest function coverage, in percent." }, "min-patch-lines": { "type": "number", "minimum": 0, "maximum": 100, "description": "Lowest changed-line coverage, in percent." }, "min-patch-branches": { "type": "number", "minimum": 0, "maximum": 100, "description": "Lowest changed-line branch coverage, in percent." }, "sources": { "description": "Globs of the source files the report should cover: a changed file matching them but missing from the report counts as uncovered.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] }, "source-roots": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Folders that report paths are relative to (JaCoCo writes package/File.java); default src/main/java, src/main/kotlin, src/test/java, \u2026 and src." }, "tolerance": { "type": "number", "minimum": 0, "description": "Points a `base` minimum may fall below the base report (default 0.1)." }, "min-lines-fallback": { "type": "number", "minimum": 0, "maximum": 100, "description": "Lowest line (used by `min-lines: base` without a base report) coverage, in percent." }, "min-branches-fallback": { "type": "number", "minimum": 0, "maximum": 100, "description": "Lowest branch (used by `min-branches: base` without a base report) coverage, in percent." }, "when-no-base": { "enum": ["errored", "skipped"], "description": "A run with no base (a push, the CLI without --base): patch minimums are errored (default) or skipped." } }, "required": ["report"], "additionalProperties": false };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.report === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "report" }, message: "must have required property 'report'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func4.call(schema11.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data0 = data.report;
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs6 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err5 = { instancePath: instancePath + "/report/" + i0, schemaPath: "#/properties/report/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/report/" + i0, schemaPath: "#/properties/report/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err8 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["min-lines"] !== void 0) {
      let data2 = data["min-lines"];
      const _errs11 = errors;
      let valid4 = false;
      let passing1 = null;
      const _errs12 = errors;
      if (typeof data2 == "number") {
        if (data2 > 100 || isNaN(data2)) {
          const err9 = { instancePath: instancePath + "/min-lines", schemaPath: "#/properties/min-lines/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err10 = { instancePath: instancePath + "/min-lines", schemaPath: "#/properties/min-lines/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/min-lines", schemaPath: "#/properties/min-lines/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid1 = _errs12 === errors;
      if (_valid1) {
        valid4 = true;
        passing1 = 0;
      }
      const _errs14 = errors;
      if ("base" !== data2) {
        const err12 = { instancePath: instancePath + "/min-lines", schemaPath: "#/properties/min-lines/oneOf/1/const", keyword: "const", params: { allowedValue: "base" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid1 = _errs14 === errors;
      if (_valid1 && valid4) {
        valid4 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid4 = true;
          passing1 = 1;
        }
      }
      if (!valid4) {
        const err13 = { instancePath: instancePath + "/min-lines", schemaPath: "#/properties/min-lines/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["min-branches"] !== void 0) {
      let data3 = data["min-branches"];
      const _errs16 = errors;
      let valid5 = false;
      let passing2 = null;
      const _errs17 = errors;
      if (typeof data3 == "number") {
        if (data3 > 100 || isNaN(data3)) {
          const err14 = { instancePath: instancePath + "/min-branches", schemaPath: "#/properties/min-branches/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err15 = { instancePath: instancePath + "/min-branches", schemaPath: "#/properties/min-branches/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/min-branches", schemaPath: "#/properties/min-branches/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var _valid2 = _errs17 === errors;
      if (_valid2) {
        valid5 = true;
        passing2 = 0;
      }
      const _errs19 = errors;
      if ("base" !== data3) {
        const err17 = { instancePath: instancePath + "/min-branches", schemaPath: "#/properties/min-branches/oneOf/1/const", keyword: "const", params: { allowedValue: "base" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var _valid2 = _errs19 === errors;
      if (_valid2 && valid5) {
        valid5 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid5 = true;
          passing2 = 1;
        }
      }
      if (!valid5) {
        const err18 = { instancePath: instancePath + "/min-branches", schemaPath: "#/properties/min-branches/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["min-functions"] !== void 0) {
      let data4 = data["min-functions"];
      if (typeof data4 == "number") {
        if (data4 > 100 || isNaN(data4)) {
          const err19 = { instancePath: instancePath + "/min-functions", schemaPath: "#/properties/min-functions/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data4 < 0 || isNaN(data4)) {
          const err20 = { instancePath: instancePath + "/min-functions", schemaPath: "#/properties/min-functions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/min-functions", schemaPath: "#/properties/min-functions/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data["min-patch-lines"] !== void 0) {
      let data5 = data["min-patch-lines"];
      if (typeof data5 == "number") {
        if (data5 > 100 || isNaN(data5)) {
          const err22 = { instancePath: instancePath + "/min-patch-lines", schemaPath: "#/properties/min-patch-lines/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data5 < 0 || isNaN(data5)) {
          const err23 = { instancePath: instancePath + "/min-patch-lines", schemaPath: "#/properties/min-patch-lines/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/min-patch-lines", schemaPath: "#/properties/min-patch-lines/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data["min-patch-branches"] !== void 0) {
      let data6 = data["min-patch-branches"];
      if (typeof data6 == "number") {
        if (data6 > 100 || isNaN(data6)) {
          const err25 = { instancePath: instancePath + "/min-patch-branches", schemaPath: "#/properties/min-patch-branches/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data6 < 0 || isNaN(data6)) {
          const err26 = { instancePath: instancePath + "/min-patch-branches", schemaPath: "#/properties/min-patch-branches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/min-patch-branches", schemaPath: "#/properties/min-patch-branches/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.sources !== void 0) {
      let data7 = data.sources;
      const _errs27 = errors;
      let valid6 = false;
      let passing3 = null;
      const _errs28 = errors;
      if (typeof data7 === "string") {
        if (func2(data7) < 1) {
          const err28 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var _valid3 = _errs28 === errors;
      if (_valid3) {
        valid6 = true;
        passing3 = 0;
      }
      const _errs30 = errors;
      if (Array.isArray(data7)) {
        if (data7.length < 1) {
          const err30 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (typeof data8 === "string") {
            if (func2(data8) < 1) {
              const err31 = { instancePath: instancePath + "/sources/" + i1, schemaPath: "#/properties/sources/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/sources/" + i1, schemaPath: "#/properties/sources/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var _valid3 = _errs30 === errors;
      if (_valid3 && valid6) {
        valid6 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid3) {
          valid6 = true;
          passing3 = 1;
        }
      }
      if (!valid6) {
        const err34 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      } else {
        errors = _errs27;
        if (vErrors !== null) {
          if (_errs27) {
            vErrors.length = _errs27;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["source-roots"] !== void 0) {
      let data9 = data["source-roots"];
      if (Array.isArray(data9)) {
        const len2 = data9.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data10 = data9[i2];
          if (typeof data10 === "string") {
            if (func2(data10) < 1) {
              const err35 = { instancePath: instancePath + "/source-roots/" + i2, schemaPath: "#/properties/source-roots/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/source-roots/" + i2, schemaPath: "#/properties/source-roots/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/source-roots", schemaPath: "#/properties/source-roots/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.tolerance !== void 0) {
      let data11 = data.tolerance;
      if (typeof data11 == "number") {
        if (data11 < 0 || isNaN(data11)) {
          const err38 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data["min-lines-fallback"] !== void 0) {
      let data12 = data["min-lines-fallback"];
      if (typeof data12 == "number") {
        if (data12 > 100 || isNaN(data12)) {
          const err40 = { instancePath: instancePath + "/min-lines-fallback", schemaPath: "#/properties/min-lines-fallback/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (data12 < 0 || isNaN(data12)) {
          const err41 = { instancePath: instancePath + "/min-lines-fallback", schemaPath: "#/properties/min-lines-fallback/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      } else {
        const err42 = { instancePath: instancePath + "/min-lines-fallback", schemaPath: "#/properties/min-lines-fallback/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data["min-branches-fallback"] !== void 0) {
      let data13 = data["min-branches-fallback"];
      if (typeof data13 == "number") {
        if (data13 > 100 || isNaN(data13)) {
          const err43 = { instancePath: instancePath + "/min-branches-fallback", schemaPath: "#/properties/min-branches-fallback/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data13 < 0 || isNaN(data13)) {
          const err44 = { instancePath: instancePath + "/min-branches-fallback", schemaPath: "#/properties/min-branches-fallback/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = { instancePath: instancePath + "/min-branches-fallback", schemaPath: "#/properties/min-branches-fallback/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data["when-no-base"] !== void 0) {
      let data14 = data["when-no-base"];
      if (!(data14 === "errored" || data14 === "skipped")) {
        const err46 = { instancePath: instancePath + "/when-no-base", schemaPath: "#/properties/when-no-base/enum", keyword: "enum", params: { allowedValues: schema11.properties["when-no-base"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
  } else {
    const err47 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err47];
    } else {
      vErrors.push(err47);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
__name(validate29, "validate29");
var pattern4 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.required === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "required" }, message: "must have required property 'required'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "required")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      let data0 = data.required;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err2 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (!pattern4.test(data1)) {
              const err3 = { instancePath: instancePath + "/required/" + i0, schemaPath: "#/properties/required/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"' };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/required/" + i0, schemaPath: "#/properties/required/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
__name(validate31, "validate31");
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "exists" || key0 === "absent" || key0 === "contains" || key0 === "matches" || key0 === "gitignored")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.exists !== void 0) {
      if (true !== data.exists) {
        const err4 = { instancePath: instancePath + "/exists", schemaPath: "#/properties/exists/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.absent !== void 0) {
      if (true !== data.absent) {
        const err5 = { instancePath: instancePath + "/absent", schemaPath: "#/properties/absent/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.contains !== void 0) {
      let data3 = data.contains;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err6 = { instancePath: instancePath + "/contains", schemaPath: "#/properties/contains/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/contains", schemaPath: "#/properties/contains/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.matches !== void 0) {
      let data4 = data.matches;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err8 = { instancePath: instancePath + "/matches", schemaPath: "#/properties/matches/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/matches", schemaPath: "#/properties/matches/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.gitignored !== void 0) {
      if (true !== data.gitignored) {
        const err10 = { instancePath: instancePath + "/gitignored", schemaPath: "#/properties/gitignored/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
__name(validate33, "validate33");
var pattern5 = new RegExp("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$", "u");
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.url === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "url" || key0 === "status" || key0 === "contains" || key0 === "timeout" || key0 === "retries" || key0 === "interval" || key0 === "follow")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data0 = data.url;
      if (typeof data0 === "string") {
        if (!pattern5.test(data0)) {
          const err2 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$" }, message: 'must match pattern "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data1 = data.status;
      const _errs5 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs6 = errors;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err4 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 > 599 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1 < 100 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      var _valid0 = _errs6 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs8 = errors;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err7 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
            const err8 = { instancePath: instancePath + "/status/" + i0, schemaPath: "#/properties/status/oneOf/1/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (typeof data2 == "number") {
            if (data2 > 599 || isNaN(data2)) {
              const err9 = { instancePath: instancePath + "/status/" + i0, schemaPath: "#/properties/status/oneOf/1/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data2 < 100 || isNaN(data2)) {
              const err10 = { instancePath: instancePath + "/status/" + i0, schemaPath: "#/properties/status/oneOf/1/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err12 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.contains !== void 0) {
      let data3 = data.contains;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err13 = { instancePath: instancePath + "/contains", schemaPath: "#/properties/contains/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/contains", schemaPath: "#/properties/contains/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data4 = data.timeout;
      if (typeof data4 == "number") {
        if (data4 > 3600 || isNaN(data4)) {
          const err15 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data4 <= 0 || isNaN(data4)) {
          const err16 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.retries !== void 0) {
      let data5 = data.retries;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
        const err18 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data5 == "number") {
        if (data5 > 100 || isNaN(data5)) {
          const err19 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data5 < 0 || isNaN(data5)) {
          const err20 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.interval !== void 0) {
      let data6 = data.interval;
      if (typeof data6 == "number") {
        if (data6 > 3600 || isNaN(data6)) {
          const err21 = { instancePath: instancePath + "/interval", schemaPath: "#/properties/interval/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data6 <= 0 || isNaN(data6)) {
          const err22 = { instancePath: instancePath + "/interval", schemaPath: "#/properties/interval/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/interval", schemaPath: "#/properties/interval/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.follow !== void 0) {
      if (typeof data.follow !== "boolean") {
        const err24 = { instancePath: instancePath + "/follow", schemaPath: "#/properties/follow/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
__name(validate35, "validate35");
var schema15 = { "type": "object", "description": "A lint report (SARIF, ESLint JSON, pylint JSON, flake8, mypy, checkstyle): passes when errors \u2264 max-errors and warnings \u2264 max-warnings; with only `run`, the linter must exit 0.", "properties": { "report": { "description": "Report path or glob, relative to the repository root, or a list of them (several files are combined).", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] }, "run": { "type": "string", "minLength": 1, "description": "Runs the linter first; without `report`, its exit code decides." }, "max-errors": { "type": "integer", "minimum": 0, "description": "Errors allowed (default 0)." }, "max-warnings": { "type": "integer", "minimum": 0, "description": "Warnings allowed (default: no limit)." }, "timeout": { "type": "number", "exclusiveMinimum": 0, "description": "Seconds before `run` is killed (default 600)." }, "format": { "enum": ["sarif", "eslint-json", "pylint-json", "flake8", "mypy", "checkstyle"], "description": "Read the report only as this format (default: detected from its content). With flake8, an empty file is a clean run." }, "scope": { "enum": ["changed-lines", "changed-files", "all"], "description": "Which findings count toward the limits and the metrics: those on changed lines, in changed files, or all (default). Every finding is still listed, marked inScope." }, "when-no-base": { "enum": ["errored", "skipped"], "description": "A run with no base (a push, the CLI without --base): options that need the changed lines make the item errored (default) or skipped." } }, "anyOf": [{ "required": ["report"] }, { "required": ["run"] }], "additionalProperties": false };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.report === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "report" }, message: "must have required property 'report'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.run === void 0) {
        const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "report" || key0 === "run" || key0 === "max-errors" || key0 === "max-warnings" || key0 === "timeout" || key0 === "format" || key0 === "scope" || key0 === "when-no-base")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data0 = data.report;
      const _errs6 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs7 = errors;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid1 = _errs7 === errors;
      if (_valid1) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs9 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err6 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err7 = { instancePath: instancePath + "/report/" + i0, schemaPath: "#/properties/report/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/report/" + i0, schemaPath: "#/properties/report/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid1 = _errs9 === errors;
      if (_valid1 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid1) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err10 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.run !== void 0) {
      let data2 = data.run;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err11 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data["max-errors"] !== void 0) {
      let data3 = data["max-errors"];
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
        const err13 = { instancePath: instancePath + "/max-errors", schemaPath: "#/properties/max-errors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data3 == "number") {
        if (data3 < 0 || isNaN(data3)) {
          const err14 = { instancePath: instancePath + "/max-errors", schemaPath: "#/properties/max-errors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data["max-warnings"] !== void 0) {
      let data4 = data["max-warnings"];
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
        const err15 = { instancePath: instancePath + "/max-warnings", schemaPath: "#/properties/max-warnings/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data4 == "number") {
        if (data4 < 0 || isNaN(data4)) {
          const err16 = { instancePath: instancePath + "/max-warnings", schemaPath: "#/properties/max-warnings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.timeout !== void 0) {
      let data5 = data.timeout;
      if (typeof data5 == "number") {
        if (data5 <= 0 || isNaN(data5)) {
          const err17 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      let data6 = data.format;
      if (!(data6 === "sarif" || data6 === "eslint-json" || data6 === "pylint-json" || data6 === "flake8" || data6 === "mypy" || data6 === "checkstyle")) {
        const err19 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema15.properties.format.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data7 = data.scope;
      if (!(data7 === "changed-lines" || data7 === "changed-files" || data7 === "all")) {
        const err20 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/enum", keyword: "enum", params: { allowedValues: schema15.properties.scope.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data["when-no-base"] !== void 0) {
      let data8 = data["when-no-base"];
      if (!(data8 === "errored" || data8 === "skipped")) {
        const err21 = { instancePath: instancePath + "/when-no-base", schemaPath: "#/properties/when-no-base/enum", keyword: "enum", params: { allowedValues: schema15.properties["when-no-base"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
__name(validate37, "validate37");
var schema16 = { "type": "object", "description": "A vulnerability or secret scanner report (grype, osv-scanner, npm audit, pip-audit, gitleaks JSON, SARIF with security severities, trivy, bandit; the format detected): passes when every count is within max after ignore-unfixed and ignore, each flaw counted once per package and version.", "properties": { "report": { "description": "Report path or glob, relative to the repository root, or a list of them (several files are combined).", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] }, "max": { "type": "object", "description": "Findings allowed per severity (default { critical: 0, high: 0 }, and unknown: 0 for a format without severities such as pip-audit), or per class (vulnerabilities, misconfigurations, secrets) with its own severities. A severity not given is unlimited.", "properties": { "critical": { "type": "integer", "minimum": 0 }, "high": { "type": "integer", "minimum": 0 }, "medium": { "type": "integer", "minimum": 0 }, "low": { "type": "integer", "minimum": 0 }, "unknown": { "type": "integer", "minimum": 0 }, "vulnerabilities": { "type": "object", "properties": { "critical": { "type": "integer", "minimum": 0 }, "high": { "type": "integer", "minimum": 0 }, "medium": { "type": "integer", "minimum": 0 }, "low": { "type": "integer", "minimum": 0 }, "unknown": { "type": "integer", "minimum": 0 } }, "additionalProperties": false }, "misconfigurations": { "type": "object", "properties": { "critical": { "type": "integer", "minimum": 0 }, "high": { "type": "integer", "minimum": 0 }, "medium": { "type": "integer", "minimum": 0 }, "low": { "type": "integer", "minimum": 0 }, "unknown": { "type": "integer", "minimum": 0 } }, "additionalProperties": false }, "secrets": { "type": "object", "properties": { "critical": { "type": "integer", "minimum": 0 }, "high": { "type": "integer", "minimum": 0 }, "medium": { "type": "integer", "minimum": 0 }, "low": { "type": "integer", "minimum": 0 }, "unknown": { "type": "integer", "minimum": 0 } }, "additionalProperties": false } }, "additionalProperties": false }, "ignore-unfixed": { "type": "boolean", "description": "Leave out vulnerabilities that have no fixed version." }, "ignore": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Vulnerability or rule ids to leave out; an id matches any of its aliases (CVE, GHSA)." }, "scope": { "enum": ["changed-lines", "changed-files", "all"], "description": "Which findings count toward the limits and the metrics: those on changed lines, in changed files, or all (default). Every finding is still listed, marked inScope. A finding without a file (a dependency's flaw) counts only under all; one without a line only under changed-files." }, "when-no-base": { "enum": ["errored", "skipped"], "description": "A run with no base (a push, the CLI without --base): options that need the changed lines make the item errored (default) or skipped." } }, "required": ["report"], "additionalProperties": false };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.report === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "report" }, message: "must have required property 'report'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "report" || key0 === "max" || key0 === "ignore-unfixed" || key0 === "ignore" || key0 === "scope" || key0 === "when-no-base")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data0 = data.report;
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs6 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err5 = { instancePath: instancePath + "/report/" + i0, schemaPath: "#/properties/report/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/report/" + i0, schemaPath: "#/properties/report/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err8 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.max !== void 0) {
      let data2 = data.max;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "critical" || key1 === "high" || key1 === "medium" || key1 === "low" || key1 === "unknown" || key1 === "vulnerabilities" || key1 === "misconfigurations" || key1 === "secrets")) {
            const err9 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.critical !== void 0) {
          let data3 = data2.critical;
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
            const err10 = { instancePath: instancePath + "/max/critical", schemaPath: "#/properties/max/properties/critical/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (typeof data3 == "number") {
            if (data3 < 0 || isNaN(data3)) {
              const err11 = { instancePath: instancePath + "/max/critical", schemaPath: "#/properties/max/properties/critical/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        }
        if (data2.high !== void 0) {
          let data4 = data2.high;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
            const err12 = { instancePath: instancePath + "/max/high", schemaPath: "#/properties/max/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data4 == "number") {
            if (data4 < 0 || isNaN(data4)) {
              const err13 = { instancePath: instancePath + "/max/high", schemaPath: "#/properties/max/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        }
        if (data2.medium !== void 0) {
          let data5 = data2.medium;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
            const err14 = { instancePath: instancePath + "/max/medium", schemaPath: "#/properties/max/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data5 == "number") {
            if (data5 < 0 || isNaN(data5)) {
              const err15 = { instancePath: instancePath + "/max/medium", schemaPath: "#/properties/max/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
        if (data2.low !== void 0) {
          let data6 = data2.low;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
            const err16 = { instancePath: instancePath + "/max/low", schemaPath: "#/properties/max/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data6 == "number") {
            if (data6 < 0 || isNaN(data6)) {
              const err17 = { instancePath: instancePath + "/max/low", schemaPath: "#/properties/max/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data2.unknown !== void 0) {
          let data7 = data2.unknown;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)))) {
            const err18 = { instancePath: instancePath + "/max/unknown", schemaPath: "#/properties/max/properties/unknown/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (typeof data7 == "number") {
            if (data7 < 0 || isNaN(data7)) {
              const err19 = { instancePath: instancePath + "/max/unknown", schemaPath: "#/properties/max/properties/unknown/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
        }
        if (data2.vulnerabilities !== void 0) {
          let data8 = data2.vulnerabilities;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key2 in data8) {
              if (!(key2 === "critical" || key2 === "high" || key2 === "medium" || key2 === "low" || key2 === "unknown")) {
                const err20 = { instancePath: instancePath + "/max/vulnerabilities", schemaPath: "#/properties/max/properties/vulnerabilities/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data8.critical !== void 0) {
              let data9 = data8.critical;
              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
                const err21 = { instancePath: instancePath + "/max/vulnerabilities/critical", schemaPath: "#/properties/max/properties/vulnerabilities/properties/critical/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (typeof data9 == "number") {
                if (data9 < 0 || isNaN(data9)) {
                  const err22 = { instancePath: instancePath + "/max/vulnerabilities/critical", schemaPath: "#/properties/max/properties/vulnerabilities/properties/critical/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            }
            if (data8.high !== void 0) {
              let data10 = data8.high;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
                const err23 = { instancePath: instancePath + "/max/vulnerabilities/high", schemaPath: "#/properties/max/properties/vulnerabilities/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (typeof data10 == "number") {
                if (data10 < 0 || isNaN(data10)) {
                  const err24 = { instancePath: instancePath + "/max/vulnerabilities/high", schemaPath: "#/properties/max/properties/vulnerabilities/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
            }
            if (data8.medium !== void 0) {
              let data11 = data8.medium;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)))) {
                const err25 = { instancePath: instancePath + "/max/vulnerabilities/medium", schemaPath: "#/properties/max/properties/vulnerabilities/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (typeof data11 == "number") {
                if (data11 < 0 || isNaN(data11)) {
                  const err26 = { instancePath: instancePath + "/max/vulnerabilities/medium", schemaPath: "#/properties/max/properties/vulnerabilities/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
            }
            if (data8.low !== void 0) {
              let data12 = data8.low;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)))) {
                const err27 = { instancePath: instancePath + "/max/vulnerabilities/low", schemaPath: "#/properties/max/properties/vulnerabilities/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              if (typeof data12 == "number") {
                if (data12 < 0 || isNaN(data12)) {
                  const err28 = { instancePath: instancePath + "/max/vulnerabilities/low", schemaPath: "#/properties/max/properties/vulnerabilities/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
            }
            if (data8.unknown !== void 0) {
              let data13 = data8.unknown;
              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)))) {
                const err29 = { instancePath: instancePath + "/max/vulnerabilities/unknown", schemaPath: "#/properties/max/properties/vulnerabilities/properties/unknown/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              if (typeof data13 == "number") {
                if (data13 < 0 || isNaN(data13)) {
                  const err30 = { instancePath: instancePath + "/max/vulnerabilities/unknown", schemaPath: "#/properties/max/properties/vulnerabilities/properties/unknown/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/max/vulnerabilities", schemaPath: "#/properties/max/properties/vulnerabilities/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data2.misconfigurations !== void 0) {
          let data14 = data2.misconfigurations;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key3 in data14) {
              if (!(key3 === "critical" || key3 === "high" || key3 === "medium" || key3 === "low" || key3 === "unknown")) {
                const err32 = { instancePath: instancePath + "/max/misconfigurations", schemaPath: "#/properties/max/properties/misconfigurations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data14.critical !== void 0) {
              let data15 = data14.critical;
              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)))) {
                const err33 = { instancePath: instancePath + "/max/misconfigurations/critical", schemaPath: "#/properties/max/properties/misconfigurations/properties/critical/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              if (typeof data15 == "number") {
                if (data15 < 0 || isNaN(data15)) {
                  const err34 = { instancePath: instancePath + "/max/misconfigurations/critical", schemaPath: "#/properties/max/properties/misconfigurations/properties/critical/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            }
            if (data14.high !== void 0) {
              let data16 = data14.high;
              if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
                const err35 = { instancePath: instancePath + "/max/misconfigurations/high", schemaPath: "#/properties/max/properties/misconfigurations/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              if (typeof data16 == "number") {
                if (data16 < 0 || isNaN(data16)) {
                  const err36 = { instancePath: instancePath + "/max/misconfigurations/high", schemaPath: "#/properties/max/properties/misconfigurations/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
            }
            if (data14.medium !== void 0) {
              let data17 = data14.medium;
              if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)))) {
                const err37 = { instancePath: instancePath + "/max/misconfigurations/medium", schemaPath: "#/properties/max/properties/misconfigurations/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              if (typeof data17 == "number") {
                if (data17 < 0 || isNaN(data17)) {
                  const err38 = { instancePath: instancePath + "/max/misconfigurations/medium", schemaPath: "#/properties/max/properties/misconfigurations/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              }
            }
            if (data14.low !== void 0) {
              let data18 = data14.low;
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
                const err39 = { instancePath: instancePath + "/max/misconfigurations/low", schemaPath: "#/properties/max/properties/misconfigurations/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              if (typeof data18 == "number") {
                if (data18 < 0 || isNaN(data18)) {
                  const err40 = { instancePath: instancePath + "/max/misconfigurations/low", schemaPath: "#/properties/max/properties/misconfigurations/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
            }
            if (data14.unknown !== void 0) {
              let data19 = data14.unknown;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)))) {
                const err41 = { instancePath: instancePath + "/max/misconfigurations/unknown", schemaPath: "#/properties/max/properties/misconfigurations/properties/unknown/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              if (typeof data19 == "number") {
                if (data19 < 0 || isNaN(data19)) {
                  const err42 = { instancePath: instancePath + "/max/misconfigurations/unknown", schemaPath: "#/properties/max/properties/misconfigurations/properties/unknown/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/max/misconfigurations", schemaPath: "#/properties/max/properties/misconfigurations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data2.secrets !== void 0) {
          let data20 = data2.secrets;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (const key4 in data20) {
              if (!(key4 === "critical" || key4 === "high" || key4 === "medium" || key4 === "low" || key4 === "unknown")) {
                const err44 = { instancePath: instancePath + "/max/secrets", schemaPath: "#/properties/max/properties/secrets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data20.critical !== void 0) {
              let data21 = data20.critical;
              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)))) {
                const err45 = { instancePath: instancePath + "/max/secrets/critical", schemaPath: "#/properties/max/properties/secrets/properties/critical/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
              if (typeof data21 == "number") {
                if (data21 < 0 || isNaN(data21)) {
                  const err46 = { instancePath: instancePath + "/max/secrets/critical", schemaPath: "#/properties/max/properties/secrets/properties/critical/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              }
            }
            if (data20.high !== void 0) {
              let data22 = data20.high;
              if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)))) {
                const err47 = { instancePath: instancePath + "/max/secrets/high", schemaPath: "#/properties/max/properties/secrets/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              if (typeof data22 == "number") {
                if (data22 < 0 || isNaN(data22)) {
                  const err48 = { instancePath: instancePath + "/max/secrets/high", schemaPath: "#/properties/max/properties/secrets/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              }
            }
            if (data20.medium !== void 0) {
              let data23 = data20.medium;
              if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)))) {
                const err49 = { instancePath: instancePath + "/max/secrets/medium", schemaPath: "#/properties/max/properties/secrets/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              if (typeof data23 == "number") {
                if (data23 < 0 || isNaN(data23)) {
                  const err50 = { instancePath: instancePath + "/max/secrets/medium", schemaPath: "#/properties/max/properties/secrets/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
            }
            if (data20.low !== void 0) {
              let data24 = data20.low;
              if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)))) {
                const err51 = { instancePath: instancePath + "/max/secrets/low", schemaPath: "#/properties/max/properties/secrets/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              if (typeof data24 == "number") {
                if (data24 < 0 || isNaN(data24)) {
                  const err52 = { instancePath: instancePath + "/max/secrets/low", schemaPath: "#/properties/max/properties/secrets/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              }
            }
            if (data20.unknown !== void 0) {
              let data25 = data20.unknown;
              if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)))) {
                const err53 = { instancePath: instancePath + "/max/secrets/unknown", schemaPath: "#/properties/max/properties/secrets/properties/unknown/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              if (typeof data25 == "number") {
                if (data25 < 0 || isNaN(data25)) {
                  const err54 = { instancePath: instancePath + "/max/secrets/unknown", schemaPath: "#/properties/max/properties/secrets/properties/unknown/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err55 = { instancePath: instancePath + "/max/secrets", schemaPath: "#/properties/max/properties/secrets/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data["ignore-unfixed"] !== void 0) {
      if (typeof data["ignore-unfixed"] !== "boolean") {
        const err57 = { instancePath: instancePath + "/ignore-unfixed", schemaPath: "#/properties/ignore-unfixed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data27 = data.ignore;
      if (Array.isArray(data27)) {
        const len1 = data27.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data28 = data27[i1];
          if (typeof data28 === "string") {
            if (func2(data28) < 1) {
              const err58 = { instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = { instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data29 = data.scope;
      if (!(data29 === "changed-lines" || data29 === "changed-files" || data29 === "all")) {
        const err61 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/enum", keyword: "enum", params: { allowedValues: schema16.properties.scope.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data["when-no-base"] !== void 0) {
      let data30 = data["when-no-base"];
      if (!(data30 === "errored" || data30 === "skipped")) {
        const err62 = { instancePath: instancePath + "/when-no-base", schemaPath: "#/properties/when-no-base/enum", keyword: "enum", params: { allowedValues: schema16.properties["when-no-base"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
  } else {
    const err63 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err63];
    } else {
      vErrors.push(err63);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
__name(validate39, "validate39");
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.report === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "report" }, message: "must have required property 'report'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "report" || key0 === "run" || key0 === "max-failures" || key0 === "min-total" || key0 === "timeout")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data0 = data.report;
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs6 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err5 = { instancePath: instancePath + "/report/" + i0, schemaPath: "#/properties/report/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/report/" + i0, schemaPath: "#/properties/report/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err8 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.run !== void 0) {
      let data2 = data.run;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err9 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data["max-failures"] !== void 0) {
      let data3 = data["max-failures"];
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
        const err11 = { instancePath: instancePath + "/max-failures", schemaPath: "#/properties/max-failures/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data3 == "number") {
        if (data3 < 0 || isNaN(data3)) {
          const err12 = { instancePath: instancePath + "/max-failures", schemaPath: "#/properties/max-failures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data["min-total"] !== void 0) {
      let data4 = data["min-total"];
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
        const err13 = { instancePath: instancePath + "/min-total", schemaPath: "#/properties/min-total/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data4 == "number") {
        if (data4 < 0 || isNaN(data4)) {
          const err14 = { instancePath: instancePath + "/min-total", schemaPath: "#/properties/min-total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.timeout !== void 0) {
      let data5 = data.timeout;
      if (typeof data5 == "number") {
        if (data5 <= 0 || isNaN(data5)) {
          const err15 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
__name(validate41, "validate41");
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.report === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "report" }, message: "must have required property 'report'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "report" || key0 === "max" || key0 === "ignore-unfixed" || key0 === "ignore")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data0 = data.report;
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs6 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err5 = { instancePath: instancePath + "/report/" + i0, schemaPath: "#/properties/report/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/report/" + i0, schemaPath: "#/properties/report/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err8 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.max !== void 0) {
      let data2 = data.max;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "critical" || key1 === "high" || key1 === "medium" || key1 === "low" || key1 === "unknown" || key1 === "vulnerabilities" || key1 === "misconfigurations" || key1 === "secrets")) {
            const err9 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.critical !== void 0) {
          let data3 = data2.critical;
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
            const err10 = { instancePath: instancePath + "/max/critical", schemaPath: "#/properties/max/properties/critical/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (typeof data3 == "number") {
            if (data3 < 0 || isNaN(data3)) {
              const err11 = { instancePath: instancePath + "/max/critical", schemaPath: "#/properties/max/properties/critical/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        }
        if (data2.high !== void 0) {
          let data4 = data2.high;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
            const err12 = { instancePath: instancePath + "/max/high", schemaPath: "#/properties/max/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data4 == "number") {
            if (data4 < 0 || isNaN(data4)) {
              const err13 = { instancePath: instancePath + "/max/high", schemaPath: "#/properties/max/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        }
        if (data2.medium !== void 0) {
          let data5 = data2.medium;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
            const err14 = { instancePath: instancePath + "/max/medium", schemaPath: "#/properties/max/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data5 == "number") {
            if (data5 < 0 || isNaN(data5)) {
              const err15 = { instancePath: instancePath + "/max/medium", schemaPath: "#/properties/max/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
        if (data2.low !== void 0) {
          let data6 = data2.low;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
            const err16 = { instancePath: instancePath + "/max/low", schemaPath: "#/properties/max/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data6 == "number") {
            if (data6 < 0 || isNaN(data6)) {
              const err17 = { instancePath: instancePath + "/max/low", schemaPath: "#/properties/max/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data2.unknown !== void 0) {
          let data7 = data2.unknown;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)))) {
            const err18 = { instancePath: instancePath + "/max/unknown", schemaPath: "#/properties/max/properties/unknown/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (typeof data7 == "number") {
            if (data7 < 0 || isNaN(data7)) {
              const err19 = { instancePath: instancePath + "/max/unknown", schemaPath: "#/properties/max/properties/unknown/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
        }
        if (data2.vulnerabilities !== void 0) {
          let data8 = data2.vulnerabilities;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key2 in data8) {
              if (!(key2 === "critical" || key2 === "high" || key2 === "medium" || key2 === "low" || key2 === "unknown")) {
                const err20 = { instancePath: instancePath + "/max/vulnerabilities", schemaPath: "#/properties/max/properties/vulnerabilities/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data8.critical !== void 0) {
              let data9 = data8.critical;
              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
                const err21 = { instancePath: instancePath + "/max/vulnerabilities/critical", schemaPath: "#/properties/max/properties/vulnerabilities/properties/critical/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (typeof data9 == "number") {
                if (data9 < 0 || isNaN(data9)) {
                  const err22 = { instancePath: instancePath + "/max/vulnerabilities/critical", schemaPath: "#/properties/max/properties/vulnerabilities/properties/critical/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            }
            if (data8.high !== void 0) {
              let data10 = data8.high;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
                const err23 = { instancePath: instancePath + "/max/vulnerabilities/high", schemaPath: "#/properties/max/properties/vulnerabilities/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (typeof data10 == "number") {
                if (data10 < 0 || isNaN(data10)) {
                  const err24 = { instancePath: instancePath + "/max/vulnerabilities/high", schemaPath: "#/properties/max/properties/vulnerabilities/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
            }
            if (data8.medium !== void 0) {
              let data11 = data8.medium;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)))) {
                const err25 = { instancePath: instancePath + "/max/vulnerabilities/medium", schemaPath: "#/properties/max/properties/vulnerabilities/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (typeof data11 == "number") {
                if (data11 < 0 || isNaN(data11)) {
                  const err26 = { instancePath: instancePath + "/max/vulnerabilities/medium", schemaPath: "#/properties/max/properties/vulnerabilities/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
            }
            if (data8.low !== void 0) {
              let data12 = data8.low;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)))) {
                const err27 = { instancePath: instancePath + "/max/vulnerabilities/low", schemaPath: "#/properties/max/properties/vulnerabilities/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              if (typeof data12 == "number") {
                if (data12 < 0 || isNaN(data12)) {
                  const err28 = { instancePath: instancePath + "/max/vulnerabilities/low", schemaPath: "#/properties/max/properties/vulnerabilities/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
            }
            if (data8.unknown !== void 0) {
              let data13 = data8.unknown;
              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)))) {
                const err29 = { instancePath: instancePath + "/max/vulnerabilities/unknown", schemaPath: "#/properties/max/properties/vulnerabilities/properties/unknown/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              if (typeof data13 == "number") {
                if (data13 < 0 || isNaN(data13)) {
                  const err30 = { instancePath: instancePath + "/max/vulnerabilities/unknown", schemaPath: "#/properties/max/properties/vulnerabilities/properties/unknown/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/max/vulnerabilities", schemaPath: "#/properties/max/properties/vulnerabilities/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data2.misconfigurations !== void 0) {
          let data14 = data2.misconfigurations;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key3 in data14) {
              if (!(key3 === "critical" || key3 === "high" || key3 === "medium" || key3 === "low" || key3 === "unknown")) {
                const err32 = { instancePath: instancePath + "/max/misconfigurations", schemaPath: "#/properties/max/properties/misconfigurations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data14.critical !== void 0) {
              let data15 = data14.critical;
              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)))) {
                const err33 = { instancePath: instancePath + "/max/misconfigurations/critical", schemaPath: "#/properties/max/properties/misconfigurations/properties/critical/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              if (typeof data15 == "number") {
                if (data15 < 0 || isNaN(data15)) {
                  const err34 = { instancePath: instancePath + "/max/misconfigurations/critical", schemaPath: "#/properties/max/properties/misconfigurations/properties/critical/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            }
            if (data14.high !== void 0) {
              let data16 = data14.high;
              if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
                const err35 = { instancePath: instancePath + "/max/misconfigurations/high", schemaPath: "#/properties/max/properties/misconfigurations/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              if (typeof data16 == "number") {
                if (data16 < 0 || isNaN(data16)) {
                  const err36 = { instancePath: instancePath + "/max/misconfigurations/high", schemaPath: "#/properties/max/properties/misconfigurations/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
            }
            if (data14.medium !== void 0) {
              let data17 = data14.medium;
              if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)))) {
                const err37 = { instancePath: instancePath + "/max/misconfigurations/medium", schemaPath: "#/properties/max/properties/misconfigurations/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              if (typeof data17 == "number") {
                if (data17 < 0 || isNaN(data17)) {
                  const err38 = { instancePath: instancePath + "/max/misconfigurations/medium", schemaPath: "#/properties/max/properties/misconfigurations/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              }
            }
            if (data14.low !== void 0) {
              let data18 = data14.low;
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
                const err39 = { instancePath: instancePath + "/max/misconfigurations/low", schemaPath: "#/properties/max/properties/misconfigurations/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              if (typeof data18 == "number") {
                if (data18 < 0 || isNaN(data18)) {
                  const err40 = { instancePath: instancePath + "/max/misconfigurations/low", schemaPath: "#/properties/max/properties/misconfigurations/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
            }
            if (data14.unknown !== void 0) {
              let data19 = data14.unknown;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)))) {
                const err41 = { instancePath: instancePath + "/max/misconfigurations/unknown", schemaPath: "#/properties/max/properties/misconfigurations/properties/unknown/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              if (typeof data19 == "number") {
                if (data19 < 0 || isNaN(data19)) {
                  const err42 = { instancePath: instancePath + "/max/misconfigurations/unknown", schemaPath: "#/properties/max/properties/misconfigurations/properties/unknown/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/max/misconfigurations", schemaPath: "#/properties/max/properties/misconfigurations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data2.secrets !== void 0) {
          let data20 = data2.secrets;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (const key4 in data20) {
              if (!(key4 === "critical" || key4 === "high" || key4 === "medium" || key4 === "low" || key4 === "unknown")) {
                const err44 = { instancePath: instancePath + "/max/secrets", schemaPath: "#/properties/max/properties/secrets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data20.critical !== void 0) {
              let data21 = data20.critical;
              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)))) {
                const err45 = { instancePath: instancePath + "/max/secrets/critical", schemaPath: "#/properties/max/properties/secrets/properties/critical/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
              if (typeof data21 == "number") {
                if (data21 < 0 || isNaN(data21)) {
                  const err46 = { instancePath: instancePath + "/max/secrets/critical", schemaPath: "#/properties/max/properties/secrets/properties/critical/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              }
            }
            if (data20.high !== void 0) {
              let data22 = data20.high;
              if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)))) {
                const err47 = { instancePath: instancePath + "/max/secrets/high", schemaPath: "#/properties/max/properties/secrets/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              if (typeof data22 == "number") {
                if (data22 < 0 || isNaN(data22)) {
                  const err48 = { instancePath: instancePath + "/max/secrets/high", schemaPath: "#/properties/max/properties/secrets/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              }
            }
            if (data20.medium !== void 0) {
              let data23 = data20.medium;
              if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)))) {
                const err49 = { instancePath: instancePath + "/max/secrets/medium", schemaPath: "#/properties/max/properties/secrets/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              if (typeof data23 == "number") {
                if (data23 < 0 || isNaN(data23)) {
                  const err50 = { instancePath: instancePath + "/max/secrets/medium", schemaPath: "#/properties/max/properties/secrets/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
            }
            if (data20.low !== void 0) {
              let data24 = data20.low;
              if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)))) {
                const err51 = { instancePath: instancePath + "/max/secrets/low", schemaPath: "#/properties/max/properties/secrets/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              if (typeof data24 == "number") {
                if (data24 < 0 || isNaN(data24)) {
                  const err52 = { instancePath: instancePath + "/max/secrets/low", schemaPath: "#/properties/max/properties/secrets/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              }
            }
            if (data20.unknown !== void 0) {
              let data25 = data20.unknown;
              if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)))) {
                const err53 = { instancePath: instancePath + "/max/secrets/unknown", schemaPath: "#/properties/max/properties/secrets/properties/unknown/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              if (typeof data25 == "number") {
                if (data25 < 0 || isNaN(data25)) {
                  const err54 = { instancePath: instancePath + "/max/secrets/unknown", schemaPath: "#/properties/max/properties/secrets/properties/unknown/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err55 = { instancePath: instancePath + "/max/secrets", schemaPath: "#/properties/max/properties/secrets/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data["ignore-unfixed"] !== void 0) {
      if (typeof data["ignore-unfixed"] !== "boolean") {
        const err57 = { instancePath: instancePath + "/ignore-unfixed", schemaPath: "#/properties/ignore-unfixed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data27 = data.ignore;
      if (Array.isArray(data27)) {
        const len1 = data27.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data28 = data27[i1];
          if (typeof data28 === "string") {
            if (func2(data28) < 1) {
              const err58 = { instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = { instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
  } else {
    const err61 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err61];
    } else {
      vErrors.push(err61);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
__name(validate43, "validate43");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.id === void 0) {
        const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  const _errs4 = errors;
  let valid1 = false;
  let passing0 = null;
  const _errs5 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.bandit === void 0) {
      const err3 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "bandit" }, message: "must have required property 'bandit'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid1 = _errs5 === errors;
  if (_valid1) {
    valid1 = true;
    passing0 = 0;
  }
  const _errs6 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.command === void 0) {
      const err4 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  }
  var _valid1 = _errs6 === errors;
  if (_valid1 && valid1) {
    valid1 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid1) {
      valid1 = true;
      passing0 = 1;
    }
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.coverage === void 0) {
        const err5 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "coverage" }, message: "must have required property 'coverage'" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    var _valid1 = _errs7 === errors;
    if (_valid1 && valid1) {
      valid1 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid1) {
        valid1 = true;
        passing0 = 2;
      }
      const _errs8 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.env === void 0) {
          const err6 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      var _valid1 = _errs8 === errors;
      if (_valid1 && valid1) {
        valid1 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid1) {
          valid1 = true;
          passing0 = 3;
        }
        const _errs9 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.file === void 0) {
            const err7 = { instancePath, schemaPath: "#/oneOf/4/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        var _valid1 = _errs9 === errors;
        if (_valid1 && valid1) {
          valid1 = false;
          passing0 = [passing0, 4];
        } else {
          if (_valid1) {
            valid1 = true;
            passing0 = 4;
          }
          const _errs10 = errors;
          if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.http === void 0) {
              const err8 = { instancePath, schemaPath: "#/oneOf/5/required", keyword: "required", params: { missingProperty: "http" }, message: "must have required property 'http'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          var _valid1 = _errs10 === errors;
          if (_valid1 && valid1) {
            valid1 = false;
            passing0 = [passing0, 5];
          } else {
            if (_valid1) {
              valid1 = true;
              passing0 = 5;
            }
            const _errs11 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
              if (data.lint === void 0) {
                const err9 = { instancePath, schemaPath: "#/oneOf/6/required", keyword: "required", params: { missingProperty: "lint" }, message: "must have required property 'lint'" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            var _valid1 = _errs11 === errors;
            if (_valid1 && valid1) {
              valid1 = false;
              passing0 = [passing0, 6];
            } else {
              if (_valid1) {
                valid1 = true;
                passing0 = 6;
              }
              const _errs12 = errors;
              if (data && typeof data == "object" && !Array.isArray(data)) {
                if (data.scan === void 0) {
                  const err10 = { instancePath, schemaPath: "#/oneOf/7/required", keyword: "required", params: { missingProperty: "scan" }, message: "must have required property 'scan'" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs12 === errors;
              if (_valid1 && valid1) {
                valid1 = false;
                passing0 = [passing0, 7];
              } else {
                if (_valid1) {
                  valid1 = true;
                  passing0 = 7;
                }
                const _errs13 = errors;
                if (data && typeof data == "object" && !Array.isArray(data)) {
                  if (data.tests === void 0) {
                    const err11 = { instancePath, schemaPath: "#/oneOf/8/required", keyword: "required", params: { missingProperty: "tests" }, message: "must have required property 'tests'" };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
                var _valid1 = _errs13 === errors;
                if (_valid1 && valid1) {
                  valid1 = false;
                  passing0 = [passing0, 8];
                } else {
                  if (_valid1) {
                    valid1 = true;
                    passing0 = 8;
                  }
                  const _errs14 = errors;
                  if (data && typeof data == "object" && !Array.isArray(data)) {
                    if (data.trivy === void 0) {
                      const err12 = { instancePath, schemaPath: "#/oneOf/9/required", keyword: "required", params: { missingProperty: "trivy" }, message: "must have required property 'trivy'" };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                    }
                  }
                  var _valid1 = _errs14 === errors;
                  if (_valid1 && valid1) {
                    valid1 = false;
                    passing0 = [passing0, 9];
                  } else {
                    if (_valid1) {
                      valid1 = true;
                      passing0 = 9;
                    }
                    const _errs15 = errors;
                    if (data && typeof data == "object" && !Array.isArray(data)) {
                      if (data.manual === void 0) {
                        const err13 = { instancePath, schemaPath: "#/oneOf/10/required", keyword: "required", params: { missingProperty: "manual" }, message: "must have required property 'manual'" };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    }
                    var _valid1 = _errs15 === errors;
                    if (_valid1 && valid1) {
                      valid1 = false;
                      passing0 = [passing0, 10];
                    } else {
                      if (_valid1) {
                        valid1 = true;
                        passing0 = 10;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  if (!valid1) {
    const err14 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  } else {
    errors = _errs4;
    if (vErrors !== null) {
      if (_errs4) {
        vErrors.length = _errs4;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func4.call(schema8.properties, key0)) {
        const err15 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern1.test(data0)) {
          const err16 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[\\p{L}\\p{N}\\p{M}_-][\\p{L}\\p{N}\\p{M}._-]*$" }, message: 'must match pattern "^[\\p{L}\\p{N}\\p{M}_-][\\p{L}\\p{N}\\p{M}._-]*$"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err18 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.manual !== void 0) {
      if (true !== data.manual) {
        const err20 = { instancePath: instancePath + "/manual", schemaPath: "#/properties/manual/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.blocking !== void 0) {
      if (typeof data.blocking !== "boolean") {
        const err21 = { instancePath: instancePath + "/blocking", schemaPath: "#/properties/blocking/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.weight !== void 0) {
      let data4 = data.weight;
      if (typeof data4 == "number") {
        if (data4 < 0 || isNaN(data4)) {
          const err22 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.owners !== void 0) {
      let data5 = data.owners;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err24 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (!pattern2.test(data6)) {
              const err25 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/properties/owners/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$"' };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/properties/owners/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.covers !== void 0) {
      let data7 = data.covers;
      if (Array.isArray(data7)) {
        if (data7.length < 1) {
          const err28 = { instancePath: instancePath + "/covers", schemaPath: "#/properties/covers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (typeof data8 === "string") {
            if (func2(data8) < 1) {
              const err29 = { instancePath: instancePath + "/covers/" + i1, schemaPath: "#/properties/covers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/covers/" + i1, schemaPath: "#/properties/covers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/covers", schemaPath: "#/properties/covers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data["enforce-from"] !== void 0) {
      let data9 = data["enforce-from"];
      if (typeof data9 === "string") {
        if (!pattern0.test(data9)) {
          const err32 = { instancePath: instancePath + "/enforce-from", schemaPath: "#/properties/enforce-from/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/enforce-from", schemaPath: "#/properties/enforce-from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.checked !== void 0) {
      if (typeof data.checked !== "boolean") {
        const err34 = { instancePath: instancePath + "/checked", schemaPath: "#/properties/checked/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.skip !== void 0) {
      let data11 = data.skip;
      if (typeof data11 === "string") {
        if (func2(data11) < 1) {
          const err35 = { instancePath: instancePath + "/skip", schemaPath: "#/properties/skip/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/skip", schemaPath: "#/properties/skip/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.inferred !== void 0) {
      if (typeof data.inferred !== "boolean") {
        const err37 = { instancePath: instancePath + "/inferred", schemaPath: "#/properties/inferred/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.items !== void 0) {
      let data13 = data.items;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!wrapper0.validate(data13[i2], { instancePath: instancePath + "/items/" + i2, parentData: data13, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.bandit !== void 0) {
      if (!validate25(data.bandit, { instancePath: instancePath + "/bandit", parentData: data, parentDataProperty: "bandit", rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.command !== void 0) {
      if (!validate27(data.command, { instancePath: instancePath + "/command", parentData: data, parentDataProperty: "command", rootData })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.coverage !== void 0) {
      if (!validate29(data.coverage, { instancePath: instancePath + "/coverage", parentData: data, parentDataProperty: "coverage", rootData })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.env !== void 0) {
      if (!validate31(data.env, { instancePath: instancePath + "/env", parentData: data, parentDataProperty: "env", rootData })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.file !== void 0) {
      if (!validate33(data.file, { instancePath: instancePath + "/file", parentData: data, parentDataProperty: "file", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.http !== void 0) {
      if (!validate35(data.http, { instancePath: instancePath + "/http", parentData: data, parentDataProperty: "http", rootData })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.lint !== void 0) {
      if (!validate37(data.lint, { instancePath: instancePath + "/lint", parentData: data, parentDataProperty: "lint", rootData })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.scan !== void 0) {
      if (!validate39(data.scan, { instancePath: instancePath + "/scan", parentData: data, parentDataProperty: "scan", rootData })) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
    if (data.tests !== void 0) {
      if (!validate41(data.tests, { instancePath: instancePath + "/tests", parentData: data, parentDataProperty: "tests", rootData })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.trivy !== void 0) {
      if (!validate43(data.trivy, { instancePath: instancePath + "/trivy", parentData: data, parentDataProperty: "trivy", rootData })) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err39];
    } else {
      vErrors.push(err39);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
__name(validate24, "validate24");
var wrapper1 = { validate: validate46 };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "title" || key0 === "items" || key0 === "sections")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.items !== void 0) {
      let data1 = data.items;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate24(data1[i0], { instancePath: instancePath + "/items/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.sections !== void 0) {
      let data3 = data.sections;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!wrapper1.validate(data3[i1], { instancePath: instancePath + "/sections/" + i1, parentData: data3, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/sections", schemaPath: "#/properties/sections/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
__name(validate46, "validate46");
var pattern7 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", "u");
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.item === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "item" }, message: "must have required property 'item'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.by === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.until === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "until" }, message: "must have required property 'until'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "item" || key0 === "finding" || key0 === "reason" || key0 === "by" || key0 === "until")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.item !== void 0) {
      let data0 = data.item;
      if (typeof data0 === "string") {
        if (!pattern1.test(data0)) {
          const err5 = { instancePath: instancePath + "/item", schemaPath: "#/properties/item/pattern", keyword: "pattern", params: { pattern: "^[\\p{L}\\p{N}\\p{M}_-][\\p{L}\\p{N}\\p{M}._-]*$" }, message: 'must match pattern "^[\\p{L}\\p{N}\\p{M}_-][\\p{L}\\p{N}\\p{M}._-]*$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/item", schemaPath: "#/properties/item/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.finding !== void 0) {
      let data1 = data.finding;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/finding", schemaPath: "#/properties/finding/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/finding", schemaPath: "#/properties/finding/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data2 = data.reason;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err9 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.by !== void 0) {
      let data3 = data.by;
      if (typeof data3 === "string") {
        if (!pattern7.test(data3)) {
          const err11 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.until !== void 0) {
      let data4 = data.until;
      if (typeof data4 === "string") {
        if (!pattern0.test(data4)) {
          const err13 = { instancePath: instancePath + "/until", schemaPath: "#/properties/until/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/until", schemaPath: "#/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
__name(validate49, "validate49");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "title" || key0 === "policy" || key0 === "items" || key0 === "sections" || key0 === "waivers")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err3 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      if (!validate22(data.policy, { instancePath: instancePath + "/policy", parentData: data, parentDataProperty: "policy", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.items !== void 0) {
      let data3 = data.items;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate24(data3[i0], { instancePath: instancePath + "/items/" + i0, parentData: data3, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.sections !== void 0) {
      let data5 = data.sections;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate46(data5[i1], { instancePath: instancePath + "/sections/" + i1, parentData: data5, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/sections", schemaPath: "#/properties/sections/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data7 = data.waivers;
      if (Array.isArray(data7)) {
        const len2 = data7.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate49(data7[i2], { instancePath: instancePath + "/waivers/" + i2, parentData: data7, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
__name(validate21, "validate21");
var waiver = validate51;
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.item === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "item" }, message: "must have required property 'item'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.by === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.until === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "until" }, message: "must have required property 'until'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "item" || key0 === "finding" || key0 === "reason" || key0 === "by" || key0 === "until")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.item !== void 0) {
      let data0 = data.item;
      if (typeof data0 === "string") {
        if (!pattern1.test(data0)) {
          const err5 = { instancePath: instancePath + "/item", schemaPath: "#/properties/item/pattern", keyword: "pattern", params: { pattern: "^[\\p{L}\\p{N}\\p{M}_-][\\p{L}\\p{N}\\p{M}._-]*$" }, message: 'must match pattern "^[\\p{L}\\p{N}\\p{M}_-][\\p{L}\\p{N}\\p{M}._-]*$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/item", schemaPath: "#/properties/item/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.finding !== void 0) {
      let data1 = data.finding;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/finding", schemaPath: "#/properties/finding/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/finding", schemaPath: "#/properties/finding/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data2 = data.reason;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err9 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.by !== void 0) {
      let data3 = data.by;
      if (typeof data3 === "string") {
        if (!pattern7.test(data3)) {
          const err11 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.until !== void 0) {
      let data4 = data.until;
      if (typeof data4 === "string") {
        if (!pattern0.test(data4)) {
          const err13 = { instancePath: instancePath + "/until", schemaPath: "#/properties/until/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/until", schemaPath: "#/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
__name(validate51, "validate51");
var policy = validate52;
var schema22 = { "type": "object", "properties": { "min-score": { "type": "number", "minimum": 0, "maximum": 100, "description": "Ready needs at least this score (0-100), besides no blocking item." }, "levels": { "type": "array", "minItems": 1, "description": "Score levels, highest first; the `level` output is the name of the first whose min the score reaches.", "items": { "type": "object", "properties": { "name": { "type": "string", "minLength": 1 }, "min": { "type": "number", "minimum": 0, "maximum": 100 } }, "required": ["name", "min"], "additionalProperties": false } }, "confirm-from": { "enum": ["any", "pr-body", "review"], "description": "Who may confirm manual items: a ticked box in the file or the pull request body, or a /confirm (any); only the pull request body (pr-body); only a /confirm from someone with write access who is not the author (review)." }, "waivers": { "enum": ["any", "reviewed"], "description": "reviewed: a waiver or weakening the pull request adds takes effect only once someone other than its author approved it." }, "max-waiver-days": { "type": "integer", "minimum": 1, "description": "How far ahead a new waiver may end (default 90 days)." }, "enforce-from": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "Before this date (YYYY-MM-DD) no failure blocks." }, "tolerance": { "type": "number", "minimum": 0, "description": "Points the score may fall below the base report before fail-on: regression fails (default 0.1)." } }, "additionalProperties": false };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "min-score" || key0 === "levels" || key0 === "confirm-from" || key0 === "waivers" || key0 === "max-waiver-days" || key0 === "enforce-from" || key0 === "tolerance")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data["min-score"] !== void 0) {
      let data0 = data["min-score"];
      if (typeof data0 == "number") {
        if (data0 > 100 || isNaN(data0)) {
          const err1 = { instancePath: instancePath + "/min-score", schemaPath: "#/properties/min-score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/min-score", schemaPath: "#/properties/min-score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/min-score", schemaPath: "#/properties/min-score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.levels !== void 0) {
      let data1 = data.levels;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err4 = { instancePath: instancePath + "/levels", schemaPath: "#/properties/levels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.name === void 0) {
              const err5 = { instancePath: instancePath + "/levels/" + i0, schemaPath: "#/properties/levels/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2.min === void 0) {
              const err6 = { instancePath: instancePath + "/levels/" + i0, schemaPath: "#/properties/levels/items/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!(key1 === "name" || key1 === "min")) {
                const err7 = { instancePath: instancePath + "/levels/" + i0, schemaPath: "#/properties/levels/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data2.name !== void 0) {
              let data3 = data2.name;
              if (typeof data3 === "string") {
                if (func2(data3) < 1) {
                  const err8 = { instancePath: instancePath + "/levels/" + i0 + "/name", schemaPath: "#/properties/levels/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = { instancePath: instancePath + "/levels/" + i0 + "/name", schemaPath: "#/properties/levels/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data2.min !== void 0) {
              let data4 = data2.min;
              if (typeof data4 == "number") {
                if (data4 > 100 || isNaN(data4)) {
                  const err10 = { instancePath: instancePath + "/levels/" + i0 + "/min", schemaPath: "#/properties/levels/items/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                if (data4 < 0 || isNaN(data4)) {
                  const err11 = { instancePath: instancePath + "/levels/" + i0 + "/min", schemaPath: "#/properties/levels/items/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/levels/" + i0 + "/min", schemaPath: "#/properties/levels/items/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/levels/" + i0, schemaPath: "#/properties/levels/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/levels", schemaPath: "#/properties/levels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data["confirm-from"] !== void 0) {
      let data5 = data["confirm-from"];
      if (!(data5 === "any" || data5 === "pr-body" || data5 === "review")) {
        const err15 = { instancePath: instancePath + "/confirm-from", schemaPath: "#/properties/confirm-from/enum", keyword: "enum", params: { allowedValues: schema22.properties["confirm-from"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data6 = data.waivers;
      if (!(data6 === "any" || data6 === "reviewed")) {
        const err16 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/enum", keyword: "enum", params: { allowedValues: schema22.properties.waivers.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data["max-waiver-days"] !== void 0) {
      let data7 = data["max-waiver-days"];
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)))) {
        const err17 = { instancePath: instancePath + "/max-waiver-days", schemaPath: "#/properties/max-waiver-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data7 == "number") {
        if (data7 < 1 || isNaN(data7)) {
          const err18 = { instancePath: instancePath + "/max-waiver-days", schemaPath: "#/properties/max-waiver-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data["enforce-from"] !== void 0) {
      let data8 = data["enforce-from"];
      if (typeof data8 === "string") {
        if (!pattern0.test(data8)) {
          const err19 = { instancePath: instancePath + "/enforce-from", schemaPath: "#/properties/enforce-from/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/enforce-from", schemaPath: "#/properties/enforce-from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.tolerance !== void 0) {
      let data9 = data.tolerance;
      if (typeof data9 == "number") {
        if (data9 < 0 || isNaN(data9)) {
          const err21 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
__name(validate52, "validate52");
var command = validate27;
var tests = validate41;
var coverage = validate29;
var lint = validate37;
var bandit = validate25;
var trivy = validate43;
var scan = validate39;
var http = validate35;
var env = validate31;
var file = validate33;
var validators = { "checklist": checklist, "waiver": waiver, "policy": policy, "command": command, "tests": tests, "coverage": coverage, "lint": lint, "bandit": bandit, "trivy": trivy, "scan": scan, "http": http, "env": env, "file": file };
function getValidator(name) {
  return validators[name];
}
__name(getValidator, "getValidator");

// src/checklist/waivers.ts
var DEFAULT_MAX_WAIVER_DAYS = 90;
var FINDING_KINDS = /* @__PURE__ */ new Set(["trivy", "bandit", "lint", "scan"]);
function dateProblem(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
    return `must be a date written YYYY-MM-DD, found ${JSON.stringify(text)}`;
  return parseDate(text) === void 0 ? `${text} is not a day of the calendar` : void 0;
}
__name(dateProblem, "dateProblem");
function waiverTargetProblems(checklist2) {
  const items = new Map(flattenItems(checklist2).map((item) => [item.id, item]));
  const ids = new Set(items.keys());
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  for (const waiver2 of checklist2.waivers ?? []) {
    const at = { file: checklist2.path, line: waiver2.line, column: waiver2.column };
    if (!ids.has(waiver2.item)) {
      const known = [...ids].slice(0, 8).join(", ");
      problems.push({
        ...at,
        keyPath: "waivers.item",
        message: `waiver for unknown item "${waiver2.item}"; items are named by id (${known}${ids.size > 8 ? ", \u2026" : ""})`
      });
    }
    const kind = items.get(waiver2.item)?.check?.kind;
    if (waiver2.finding !== void 0 && ids.has(waiver2.item) && !FINDING_KINDS.has(kind ?? "")) {
      problems.push({
        ...at,
        keyPath: "waivers.finding",
        message: `waiver for finding ${waiver2.finding} of "${waiver2.item}", a ${kind ?? "manual"} item: findings are waived on trivy (vulnerability id), bandit (test id) and lint (rule id) items; waive the whole item instead`
      });
    }
    const key = `${waiver2.item}\0${waiver2.finding ?? ""}`;
    const first = seen.get(key);
    if (first)
      problems.push({
        ...at,
        keyPath: "waivers",
        message: `a second waiver for ${waiver2.finding ? `finding ${waiver2.finding} of ` : ""}item "${waiver2.item}" (the first is at line ${first.line}); keep one`
      });
    else seen.set(key, waiver2);
  }
  return problems;
}
__name(waiverTargetProblems, "waiverTargetProblems");
function keyOf(waiver2) {
  return `${waiver2.item}\0${waiver2.finding ?? ""}`;
}
__name(keyOf, "keyOf");
function isNewWaiver(waiver2, baseWaivers) {
  if (baseWaivers === void 0) return false;
  const before = baseWaivers.find((candidate) => keyOf(candidate) === keyOf(waiver2));
  return before === void 0 || before.until !== waiver2.until || before.by !== waiver2.by || before.reason !== waiver2.reason;
}
__name(isNewWaiver, "isNewWaiver");
function newWaiverDateProblems(checklist2, baseWaivers, today) {
  const maxDays = checklist2.policy.maxWaiverDays ?? DEFAULT_MAX_WAIVER_DAYS;
  const problems = [];
  for (const waiver2 of checklist2.waivers ?? []) {
    if (!isNewWaiver(waiver2, baseWaivers)) continue;
    const at = { file: checklist2.path, line: waiver2.line, column: waiver2.column };
    const days = daysBetween(today, waiver2.until);
    if (days < 0)
      problems.push({
        ...at,
        keyPath: "waivers.until",
        message: `waiver for "${waiver2.item}" ends on ${waiver2.until}, which is in the past (today is ${today})`
      });
    else if (days > maxDays)
      problems.push({
        ...at,
        keyPath: "waivers.until",
        message: `waiver for "${waiver2.item}" ends on ${waiver2.until}, ${days} days ahead; max-waiver-days allows ${maxDays}`
      });
  }
  return problems;
}
__name(newWaiverDateProblems, "newWaiverDateProblems");
function waiverFromFields(fields, at) {
  const validate = getValidator("waiver");
  if (!validate(fields)) {
    return {
      problems: (validate.errors ?? []).map((error) => {
        const described = describeAjvError(error, {
          data: fields,
          allowedKeys: /* @__PURE__ */ __name(() => ["item", "finding", "reason", "by", "until"], "allowedKeys")
        });
        return {
          ...at,
          keyPath: described.keyPath ? `waiver.${described.keyPath}` : "waiver",
          message: `waiver: ${described.message}`
        };
      })
    };
  }
  const until = String(fields.until);
  const problem = dateProblem(until);
  if (problem)
    return { problems: [{ ...at, keyPath: "waiver.until", message: `until ${problem}` }] };
  return {
    waiver: {
      item: String(fields.item),
      ...fields.finding !== void 0 ? { finding: String(fields.finding) } : {},
      reason: String(fields.reason),
      by: String(fields.by).replace(/^@/, ""),
      until,
      line: at.line,
      column: at.column
    },
    problems: []
  };
}
__name(waiverFromFields, "waiverFromFields");

export {
  pointerToKeyPath,
  joinKeyPath,
  suggest,
  schemaKeysAt,
  describeAjvError,
  getValidator,
  dateProblem,
  waiverTargetProblems,
  isNewWaiver,
  newWaiverDateProblems,
  waiverFromFields
};
//# sourceMappingURL=shared-checklist-validators.js.map
