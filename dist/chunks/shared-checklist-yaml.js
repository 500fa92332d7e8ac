import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  dateProblem,
  describeAjvError,
  getValidator,
  joinKeyPath,
  pointerToKeyPath,
  schemaKeysAt,
  waiverTargetProblems
} from "./shared-checklist-validators.js";
import {
  ITEM_KEYS,
  LineCounter,
  POLICY_KEYS,
  WAIVER_KEYS,
  createIdAllocator,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit
} from "./shared-checklist-slug.js";
import {
  checkKinds,
  checkSpecOf,
  extraOptionProblems,
  getCheckKind,
  isCheckKind
} from "./shared-checks-coverage.js";
import {
  __name
} from "./shared-runtime.js";

// src/checklist/yaml.ts
function locate(doc, lines, pointer, atKey) {
  const segments = pointer === "" ? [] : pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node = doc.contents;
  let position = { line: 1, column: 1 };
  const at = /* @__PURE__ */ __name((n) => {
    const range = n?.range;
    return range ? lines.linePos(range[0]) && {
      line: lines.linePos(range[0]).line,
      column: lines.linePos(range[0]).col
    } : void 0;
  }, "at");
  position = at(node) ?? position;
  for (const [index, segment] of segments.entries()) {
    const isLast = index === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment
      );
      if (!pair) break;
      if (isLast && atKey) return at(pair.key) ?? position;
      position = at(pair.value) ?? at(pair.key) ?? position;
      node = pair.value;
    } else if (isSeq(node)) {
      const child = node.items[Number(segment)];
      if (child === void 0) break;
      position = at(child) ?? position;
      node = child;
    } else {
      break;
    }
  }
  return position;
}
__name(locate, "locate");
var KIND_KEYS = /* @__PURE__ */ __name(() => [...checkKinds.keys()], "KIND_KEYS");
var ITEM_POINTER = /(^|\/)items\/\d+$/;
function isItemRule(error, rule, withBranches = false) {
  if (!ITEM_POINTER.test(error.instancePath)) return false;
  return new RegExp(`^#(/definitions/item)?/${rule}${withBranches ? "/" : "$"}`).test(
    error.schemaPath
  );
}
__name(isItemRule, "isItemRule");
function explain(errors, data) {
  const out = [];
  const itemOneOf = /* @__PURE__ */ new Set();
  const handledAnyOf = /* @__PURE__ */ new Set();
  const valueAt = /* @__PURE__ */ __name((pointer) => pointer.split("/").slice(1).reduce(
    (value, segment) => value !== null && typeof value === "object" ? value[segment] : void 0,
    data
  ), "valueAt");
  for (const error of errors) {
    if (error.keyword === "oneOf" && isItemRule(error, "oneOf")) {
      itemOneOf.add(error.instancePath);
      const item = valueAt(error.instancePath);
      const given = [...KIND_KEYS(), "manual"].filter((key) => item && key in item);
      const keyPath = pointerToKeyPath(error.instancePath);
      const hasUnknownKey = errors.some(
        (e) => e.keyword === "additionalProperties" && e.instancePath === error.instancePath
      );
      if (given.length === 0 && hasUnknownKey) continue;
      if (given.length > 1) {
        out.push({
          keyPath: joinKeyPath(keyPath, given[1]),
          pointer: `${error.instancePath}/${given[1]}`,
          atKey: true,
          message: `has ${given.length} check kinds (${given.join(", ")}); give one kind per item, or split it into several items`
        });
      } else {
        out.push({
          keyPath,
          pointer: error.instancePath,
          atKey: false,
          message: `needs one check kind (${KIND_KEYS().sort().join(", ")}) or "manual: true"`
        });
      }
    }
  }
  for (const error of errors) {
    if (isItemRule(error, "oneOf", true)) continue;
    if (error.keyword === "oneOf" && itemOneOf.has(error.instancePath)) continue;
    if (error.keyword === "anyOf" && isItemRule(error, "anyOf")) {
      out.push({
        keyPath: joinKeyPath(pointerToKeyPath(error.instancePath), "title"),
        pointer: error.instancePath,
        atKey: false,
        message: "needs a title (or at least an id)"
      });
      continue;
    }
    if (isItemRule(error, "anyOf", true)) continue;
    if (error.keyword === "oneOf" || error.keyword === "anyOf") {
      const siblings = errors.filter(
        (e) => e !== error && e.schemaPath.startsWith(error.schemaPath.replace(/\/(oneOf|anyOf)$/, "/$1/"))
      );
      const deeper = siblings.filter(
        (e) => e.instancePath !== error.instancePath && e.keyword !== "type"
      );
      if (deeper.length === 0 && !handledAnyOf.has(error.instancePath)) {
        handledAnyOf.add(error.instancePath);
        const types = [
          ...new Set(
            siblings.filter((e) => e.keyword === "type").map((e) => String(e.params.type))
          )
        ];
        const described = describeAjvError(
          { ...error, keyword: "type", params: { type: types.length ? types : ["a valid value"] } },
          { data }
        );
        out.push(described);
      }
      continue;
    }
    const parentOneOf = errors.find(
      (e) => (e.keyword === "oneOf" || e.keyword === "anyOf") && e !== error && error.schemaPath.startsWith(e.schemaPath + "/") && !isItemRule(e, "oneOf") && !isItemRule(e, "anyOf")
    );
    if (parentOneOf && error.keyword === "type" && error.instancePath === parentOneOf.instancePath)
      continue;
    if (parentOneOf && error.keyword === "type") {
      const alternatives = errors.filter(
        (e) => e.instancePath === parentOneOf.instancePath && e.keyword === "type" && e.schemaPath.startsWith(parentOneOf.schemaPath + "/")
      );
      if (alternatives.length === 0 && out.some((o) => o.pointer === error.instancePath)) continue;
    }
    out.push(
      describeAjvError(error, { data, allowedKeys: /* @__PURE__ */ __name((pointer) => allowedKeysAt(pointer, data), "allowedKeys") })
    );
  }
  const seen = /* @__PURE__ */ new Set();
  return out.filter((problem) => {
    const key = `${problem.pointer}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
__name(explain, "explain");
function allowedKeysAt(pointer, _data) {
  const segments = pointer.split("/").slice(1);
  const last = segments.at(-1);
  const beforeLast = segments.at(-2);
  if (segments.length === 0) return ["version", "title", "policy", "items", "sections", "waivers"];
  if (last === "policy") return [...POLICY_KEYS];
  if (beforeLast === "waivers" && /^\d+$/.test(last ?? "")) return [...WAIVER_KEYS];
  if (beforeLast === "items" && /^\d+$/.test(last ?? "")) return [...ITEM_KEYS, ...KIND_KEYS()];
  if (beforeLast === "sections" && /^\d+$/.test(last ?? "")) return ["title", "items", "sections"];
  const kindAt = segments.findIndex(
    (segment, index) => index >= 2 && segments[index - 2] === "items" && isCheckKind(segment)
  );
  const kind = segments[kindAt];
  if (kind !== void 0 && isCheckKind(kind)) {
    const rest = segments.slice(kindAt + 1);
    return schemaKeysAt(getCheckKind(kind).optionsSchema, rest.length ? `/${rest.join("/")}` : "");
  }
  return [];
}
__name(allowedKeysAt, "allowedKeysAt");
var MAX_ALIAS_COUNT = 100;
function firstAliasOffset(doc) {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    }
  });
  return offset;
}
__name(firstAliasOffset, "firstAliasOffset");
function loadYamlChecklist(text, path) {
  const lines = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ""), {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true
  });
  const problems = [];
  for (const error of doc.errors) {
    const pos = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
    problems.push({
      file: path,
      line: pos.line,
      column: pos.col,
      message: `invalid YAML: ${error.message.split("\n")[0]}`
    });
  }
  if (problems.length > 0) return { problems };
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const alias = firstAliasOffset(doc);
    const pos = lines.linePos(alias);
    return {
      problems: [
        {
          file: path,
          line: pos.line,
          column: pos.col,
          message: `invalid YAML: ${error.message.split("\n")[0]} (aliases expand to more than ${MAX_ALIAS_COUNT} nodes; write the values out)`
        }
      ]
    };
  }
  if (data === null || data === void 0) {
    return {
      problems: [
        {
          file: path,
          line: 1,
          column: 1,
          message: 'the checklist is empty; expected a mapping with "title" and "sections"'
        }
      ]
    };
  }
  const validate = getValidator("checklist");
  if (!validate(data)) {
    for (const problem of explain(validate.errors ?? [], data)) {
      const { line, column } = locate(doc, lines, problem.pointer, problem.atKey);
      problems.push({
        file: path,
        line,
        column,
        keyPath: problem.keyPath,
        message: problem.message
      });
    }
  }
  const raw = data;
  const ids = createIdAllocator();
  const explicit = /* @__PURE__ */ new Map();
  const visitItems = /* @__PURE__ */ __name((items, pointer, visit2) => {
    items?.forEach((item, index) => {
      const itemPointer = `${pointer}/items/${index}`;
      visit2(item, itemPointer);
      if (typeof item === "object" && item !== null && Array.isArray(item.items))
        visitItems(item.items, itemPointer, visit2);
    });
  }, "visitItems");
  const visitAll = /* @__PURE__ */ __name((visit2) => {
    if (typeof raw !== "object" || raw === null) return;
    if (Array.isArray(raw.items)) visitItems(raw.items, "", visit2);
    const walk = /* @__PURE__ */ __name((sections, pointer) => {
      if (!Array.isArray(sections)) return;
      sections.forEach((section, index) => {
        if (typeof section !== "object" || section === null) return;
        const sectionPointer = `${pointer}/sections/${index}`;
        if (Array.isArray(section.items)) visitItems(section.items, sectionPointer, visit2);
        walk(section.sections, sectionPointer);
      });
    }, "walk");
    walk(raw.sections, "");
  }, "visitAll");
  visitAll((item, pointer) => {
    if (typeof item !== "object" || item === null) return;
    if (typeof item.id === "string") {
      const first = explicit.get(item.id);
      if (first !== void 0) {
        const { line, column } = locate(doc, lines, `${pointer}/id`, false);
        const firstPos = locate(doc, lines, first, false);
        problems.push({
          file: path,
          line,
          column,
          keyPath: pointerToKeyPath(`${pointer}/id`),
          message: `duplicate item id "${item.id}" (first used at ${path}:${firstPos.line}:${firstPos.column})`
        });
      } else {
        explicit.set(item.id, `${pointer}/id`);
        ids.take(item.id, true);
      }
    }
    for (const kind of checkKinds.keys()) {
      const options = item[kind];
      if (options === void 0 || typeof options !== "object" || options === null) continue;
      for (const extra of extraOptionProblems(kind, options)) {
        const keyPointer = extra.key ? `${pointer}/${kind}/${extra.key}` : `${pointer}/${kind}`;
        const { line, column } = locate(doc, lines, keyPointer, Boolean(extra.key));
        problems.push({
          file: path,
          line,
          column,
          keyPath: pointerToKeyPath(keyPointer),
          message: extra.message
        });
      }
    }
  });
  const checkDate = /* @__PURE__ */ __name((value, pointer) => {
    const message = typeof value === "string" ? dateProblem(value) : void 0;
    if (!message) return;
    const { line, column } = locate(doc, lines, pointer, false);
    problems.push({ file: path, line, column, keyPath: pointerToKeyPath(pointer), message });
  }, "checkDate");
  if (typeof raw === "object" && raw !== null) {
    checkDate(raw.policy?.["enforce-from"], "/policy/enforce-from");
    if (Array.isArray(raw.waivers))
      raw.waivers.forEach((waiver, index) => checkDate(waiver?.until, `/waivers/${index}/until`));
    visitAll((item, pointer) => checkDate(item?.["enforce-from"], `${pointer}/enforce-from`));
  }
  if (problems.length > 0) {
    return { problems: [...problems].sort((a, b) => a.line - b.line || a.column - b.column) };
  }
  const toItem = /* @__PURE__ */ __name((item, pointer, section, parent) => {
    const kind = [...checkKinds.keys()].find((k) => item[k] !== void 0);
    const pos = locate(doc, lines, pointer, false);
    const title = item.title ?? item.id;
    const id = item.id ?? ids.take(title);
    return {
      id,
      ...parent !== void 0 ? { parent } : {},
      title,
      line: pos.line,
      column: pos.column,
      checked: item.checked ?? false,
      ...kind ? { check: checkSpecOf(kind, item[kind]) } : {},
      blocking: item.blocking ?? kind !== void 0,
      ...item.blocking !== void 0 ? { blockingDeclared: true } : {},
      weight: item.weight ?? 1,
      inferred: kind !== void 0 && item.inferred === true,
      ...item.skip !== void 0 ? { skip: item.skip } : {},
      section,
      children: (item.items ?? []).map(
        (child, i) => toItem(child, `${pointer}/items/${i}`, section, id)
      ),
      ...item.owners ? { owners: item.owners } : {},
      ...item.covers ? { covers: item.covers } : {},
      ...item["enforce-from"] ? { enforceFrom: item["enforce-from"] } : {}
    };
  }, "toItem");
  const toSections = /* @__PURE__ */ __name((sections, pointer, parents) => (sections ?? []).map((section, index) => {
    const sectionPointer = `${pointer}/sections/${index}`;
    const path2 = [...parents, section.title];
    return {
      title: section.title,
      line: locate(doc, lines, sectionPointer, false).line,
      items: (section.items ?? []).map(
        (item, i) => toItem(item, `${sectionPointer}/items/${i}`, path2)
      ),
      sections: toSections(section.sections, sectionPointer, path2)
    };
  }), "toSections");
  const policy = {
    ...raw.policy?.["min-score"] !== void 0 ? { minScore: raw.policy["min-score"] } : {},
    ...raw.policy?.levels ? { levels: [...raw.policy.levels].sort((a, b) => b.min - a.min) } : {},
    ...raw.policy?.["confirm-from"] ? { confirmFrom: raw.policy["confirm-from"] } : {},
    ...raw.policy?.waivers ? { waivers: raw.policy.waivers } : {},
    ...raw.policy?.["max-waiver-days"] !== void 0 ? { maxWaiverDays: raw.policy["max-waiver-days"] } : {},
    ...raw.policy?.["enforce-from"] ? { enforceFrom: raw.policy["enforce-from"] } : {},
    ...raw.policy?.tolerance !== void 0 ? { tolerance: raw.policy.tolerance } : {}
  };
  const waivers = (raw.waivers ?? []).map((waiver, index) => {
    const { line, column } = locate(doc, lines, `/waivers/${index}`, false);
    return {
      item: waiver.item,
      ...waiver.finding !== void 0 ? { finding: waiver.finding } : {},
      reason: waiver.reason,
      by: waiver.by.replace(/^@/, ""),
      until: waiver.until,
      line,
      column
    };
  });
  const checklist = {
    path,
    format: "yaml",
    title: raw.title,
    policy,
    items: (raw.items ?? []).map((item, i) => toItem(item, `/items/${i}`, [])),
    sections: toSections(raw.sections, "", []),
    waivers
  };
  const targetProblems = waiverTargetProblems(checklist);
  if (targetProblems.length > 0) return { problems: targetProblems };
  return { checklist, problems: [] };
}
__name(loadYamlChecklist, "loadYamlChecklist");

export {
  loadYamlChecklist
};
//# sourceMappingURL=shared-checklist-yaml.js.map
