import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  Document,
  ITEM_ID_PATTERN,
  SCHEMA_ID,
  YAMLMap,
  YAMLSeq
} from "./shared-checklist-slug.js";
import "./shared-checks-coverage.js";
import "./shared-rg-builtin-fs-promises.js";
import "./shared-model.js";
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

// src/checklist/init.ts
var MAX_FLOW_LENGTH = 70;
function policyObject(policy) {
  const out = {};
  if (policy.minScore !== void 0) out["min-score"] = policy.minScore;
  if (policy.levels !== void 0)
    out.levels = policy.levels.map((level) => ({ name: level.name, min: level.min }));
  if (policy.confirmFrom !== void 0) out["confirm-from"] = policy.confirmFrom;
  if (policy.waivers !== void 0) out.waivers = policy.waivers;
  if (policy.maxWaiverDays !== void 0) out["max-waiver-days"] = policy.maxWaiverDays;
  if (policy.enforceFrom !== void 0) out["enforce-from"] = policy.enforceFrom;
  return Object.keys(out).length > 0 ? out : void 0;
}
__name(policyObject, "policyObject");
function itemNode(doc, item, source) {
  const map = new YAMLMap();
  const comments = [];
  if (ITEM_ID_PATTERN.test(item.id)) map.set("id", item.id);
  if (item.title !== "") map.set("title", item.title);
  if (item.check) {
    const options = doc.createNode(item.check.options);
    options.flow = JSON.stringify(item.check.options).length <= MAX_FLOW_LENGTH;
    map.set(item.check.kind, options);
    if (item.inferred) {
      map.set("inferred", true);
      comments.push(`recognized from the text of ${source}:${item.line}`);
    }
  } else {
    map.set("manual", true);
    if (item.note !== void 0) comments.push(`not run: ${item.note}`);
  }
  if (item.check && item.note !== void 0 && item.inferred) comments.push(item.note);
  if (item.blocking !== (item.check !== void 0) || item.blockingDeclared)
    map.set("blocking", item.blocking);
  if (item.weight !== 1) map.set("weight", item.weight);
  if (item.checked) map.set("checked", true);
  if (item.skip !== void 0) map.set("skip", item.skip);
  if (item.children.length > 0) map.set("items", itemsNode(doc, item.children, source));
  if (item.owners) map.set("owners", doc.createNode([...item.owners]));
  if (item.covers) map.set("covers", doc.createNode([...item.covers]));
  if (item.enforceFrom) map.set("enforce-from", item.enforceFrom);
  if (comments.length > 0) map.commentBefore = comments.map((line) => ` ${line}`).join("\n");
  return map;
}
__name(itemNode, "itemNode");
function itemsNode(doc, items, source) {
  const seq = new YAMLSeq();
  for (const item of items) seq.add(itemNode(doc, item, source));
  return seq;
}
__name(itemsNode, "itemsNode");
function hasItems(section) {
  return section.items.length > 0 || section.sections.some(hasItems);
}
__name(hasItems, "hasItems");
function sectionNode(doc, section, source) {
  const map = new YAMLMap();
  map.set(
    "title",
    section.title.trim() === "" ? `Untitled section (line ${section.line})` : section.title
  );
  if (section.items.length > 0) map.set("items", itemsNode(doc, section.items, source));
  const sections = section.sections.filter(hasItems);
  if (sections.length > 0) {
    const seq = new YAMLSeq();
    for (const child of sections) seq.add(sectionNode(doc, child, source));
    map.set("sections", seq);
  }
  return map;
}
__name(sectionNode, "sectionNode");
function renderInitYaml(checklist) {
  const doc = new Document();
  const root = new YAMLMap();
  root.set("version", 1);
  root.set("title", checklist.title.trim() === "" ? checklist.path : checklist.title);
  const policy = policyObject(checklist.policy);
  if (policy) root.set("policy", doc.createNode(policy));
  if (checklist.items.length > 0)
    root.set("items", itemsNode(doc, checklist.items, checklist.path));
  const sections = checklist.sections.filter(hasItems);
  if (sections.length > 0) {
    const seq = new YAMLSeq();
    for (const section of sections) seq.add(sectionNode(doc, section, checklist.path));
    root.set("sections", seq);
  }
  if (checklist.waivers?.length)
    root.set(
      "waivers",
      doc.createNode(
        checklist.waivers.map((waiver) => ({
          item: waiver.item,
          ...waiver.finding !== void 0 ? { finding: waiver.finding } : {},
          reason: waiver.reason,
          by: waiver.by,
          until: waiver.until
        }))
      )
    );
  doc.contents = root;
  doc.commentBefore = [
    ` yaml-language-server: $schema=${SCHEMA_ID}`,
    ` Written by \`readiness-gate init --from ${checklist.path}\`: checks recognized in the Markdown are`,
    " explicit here (marked inferred), every other item is manual; checking this file gives the same statuses."
  ].join("\n");
  return doc.toString({ lineWidth: 0 });
}
__name(renderInitYaml, "renderInitYaml");
export {
  renderInitYaml
};
//# sourceMappingURL=checklist-init.js.map
