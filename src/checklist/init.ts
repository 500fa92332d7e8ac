// `readiness-gate init`: writes a loaded checklist (usually Markdown) as the equivalent explicit YAML
// checklist: checking it in the same folder gives every item the status the Markdown gives it.
import { Document, YAMLMap, YAMLSeq } from 'yaml';
import type { Checklist, Item, Policy, Section } from '../model.js';
import { SCHEMA_ID } from './schema.js';
import { ITEM_ID_PATTERN } from './slug.js';

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

/** One item, every key the statuses depend on spelled out (ids always, so they stay the same). */
function itemNode(doc: Document, item: Item, source: string): YAMLMap {
  const map = new YAMLMap();
  const comments: string[] = [];
  if (ITEM_ID_PATTERN.test(item.id)) map.set('id', item.id);
  if (item.title !== '') map.set('title', item.title);
  if (item.check) {
    const options = doc.createNode(item.check.options) as YAMLMap;
    options.flow = JSON.stringify(item.check.options).length <= MAX_FLOW_LENGTH;
    map.set(item.check.kind, options);
    if (item.inferred) {
      map.set('inferred', true);
      comments.push(`recognized from the text of ${source}:${item.line}`);
    }
  } else {
    map.set('manual', true);
    if (item.note !== undefined) comments.push(`not run: ${item.note}`);
  }
  if (item.check && item.note !== undefined && item.inferred) comments.push(item.note);
  // `blocking` is written when it differs from the default of the kind, or the checklist said it.
  if (item.blocking !== (item.check !== undefined) || item.blockingDeclared)
    map.set('blocking', item.blocking);
  if (item.weight !== 1) map.set('weight', item.weight);
  if (item.checked) map.set('checked', true);
  if (item.skip !== undefined) map.set('skip', item.skip);
  if (item.children.length > 0) map.set('items', itemsNode(doc, item.children, source));
  if (item.owners) map.set('owners', doc.createNode([...item.owners]));
  if (item.covers) map.set('covers', doc.createNode([...item.covers]));
  if (item.enforceFrom) map.set('enforce-from', item.enforceFrom);
  if (comments.length > 0) map.commentBefore = comments.map((line) => ` ${line}`).join('\n');
  return map;
}

function itemsNode(doc: Document, items: readonly Item[], source: string): YAMLSeq {
  const seq = new YAMLSeq();
  for (const item of items) seq.add(itemNode(doc, item, source));
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
 * same plan and the same statuses (ids, titles, sections, checks, blocking, weights, ticked boxes,
 * struck-out items, nesting, and `inferred` so a program that is not installed stays pending).
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
    ' explicit here (marked inferred), every other item is manual; checking this file gives the same statuses.',
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}
