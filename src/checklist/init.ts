// `readiness-gate init`: writes a loaded checklist (usually Markdown) as the equivalent explicit YAML
// checklist, recognized checks spelled out, the rest manual, sections and ids kept.
import { Document, YAMLMap, YAMLSeq } from 'yaml';
import type { Checklist, Item, Policy, Section } from '../model.js';
import { ITEM_ID_PATTERN } from './directives.js';
import { SCHEMA_ID } from './schema.js';

/** Flow style (`{ run: pytest }`) for check options short enough to read on one line. */
const MAX_FLOW_LENGTH = 70;

function policyObject(policy: Policy): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  if (policy.minScore !== undefined) out['min-score'] = policy.minScore;
  if (policy.levels !== undefined)
    out.levels = policy.levels.map((level) => ({ name: level.name, min: level.min }));
  if (policy.confirmFrom !== undefined) out['confirm-from'] = policy.confirmFrom;
  if (policy.waivers !== undefined) out.waivers = policy.waivers;
  if (policy.maxWaiverDays !== undefined) out['max-waiver-days'] = policy.maxWaiverDays;
  if (policy.enforceFrom !== undefined) out['enforce-from'] = policy.enforceFrom;
  return Object.keys(out).length > 0 ? out : undefined;
}

function itemNode(doc: Document, item: Item, source: string, parentTitle?: string): YAMLMap {
  const map = new YAMLMap();
  const comments: string[] = [];
  if (ITEM_ID_PATTERN.test(item.id)) map.set('id', item.id);
  else
    comments.push(`id "${item.id}" is left to the loader (it is made from the title the same way)`);
  if (item.title !== '') map.set('title', item.title);
  if (item.check) {
    const options = doc.createNode(item.check.options) as YAMLMap;
    options.flow = JSON.stringify(item.check.options).length <= MAX_FLOW_LENGTH;
    map.set(item.check.kind, options);
    if (!item.blocking) map.set('blocking', false);
    if (item.inferred) comments.push(`recognized from the text of ${source}:${item.line}`);
  } else {
    map.set('manual', true);
    if (item.blocking) map.set('blocking', true);
    if (item.note !== undefined) comments.push(`not run: ${item.note}`);
    if (item.checked)
      comments.push(`ticked in ${source}; here a ticked box in the pull request body confirms it`);
  }
  if (item.weight !== 1) map.set('weight', item.weight);
  if (item.owners) map.set('owners', doc.createNode([...item.owners]));
  if (item.covers) map.set('covers', doc.createNode([...item.covers]));
  if (item.enforceFrom) map.set('enforce-from', item.enforceFrom);
  if (parentTitle !== undefined) comments.unshift(`nested under "${parentTitle}" in ${source}`);
  if (comments.length > 0) map.commentBefore = comments.map((line) => ` ${line}`).join('\n');
  return map;
}

/** Items in order, each nested item right after its parent: the YAML format has no nesting. */
function itemsNode(doc: Document, items: readonly Item[], source: string): YAMLSeq {
  const seq = new YAMLSeq();
  const add = (item: Item, parentTitle?: string): void => {
    seq.add(itemNode(doc, item, source, parentTitle));
    for (const child of item.children) add(child, item.title);
  };
  for (const item of items) add(item);
  return seq;
}

function hasItems(section: Section): boolean {
  return section.items.length > 0 || section.sections.some(hasItems);
}

function sectionNode(doc: Document, section: Section, source: string): YAMLMap {
  const map = new YAMLMap();
  map.set(
    'title',
    section.title.trim() === '' ? `Untitled section (line ${section.line})` : section.title,
  );
  if (section.items.length > 0) map.set('items', itemsNode(doc, section.items, source));
  const sections = section.sections.filter(hasItems);
  if (sections.length > 0) {
    const seq = new YAMLSeq();
    for (const child of sections) seq.add(sectionNode(doc, child, source));
    map.set('sections', seq);
  }
  return map;
}

/**
 * The YAML checklist equivalent to `checklist`: valid against checklists/schema.json, giving the
 * same plan (ids, titles, sections, checks, blocking, weights). Recognized checks become explicit;
 * sections without items are left out; nested items follow their parent, with a comment.
 */
export function renderInitYaml(checklist: Checklist): string {
  const doc = new Document();
  const root = new YAMLMap();
  root.set('version', 1);
  root.set('title', checklist.title.trim() === '' ? checklist.path : checklist.title);
  const policy = policyObject(checklist.policy);
  if (policy) root.set('policy', doc.createNode(policy));
  if (checklist.items.length > 0)
    root.set('items', itemsNode(doc, checklist.items, checklist.path));
  const sections = checklist.sections.filter(hasItems);
  if (sections.length > 0) {
    const seq = new YAMLSeq();
    for (const section of sections) seq.add(sectionNode(doc, section, checklist.path));
    root.set('sections', seq);
  }
  if (checklist.waivers?.length)
    root.set(
      'waivers',
      doc.createNode(
        checklist.waivers.map((waiver) => ({
          item: waiver.item,
          ...(waiver.finding !== undefined ? { finding: waiver.finding } : {}),
          reason: waiver.reason,
          by: waiver.by,
          until: waiver.until,
        })),
      ),
    );
  doc.contents = root;
  doc.commentBefore = [
    ` yaml-language-server: $schema=${SCHEMA_ID}`,
    ` Written by \`readiness-gate init --from ${checklist.path}\`: checks recognized in the Markdown are`,
    ' explicit here, every other item is manual, and nested items follow their parent.',
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}
