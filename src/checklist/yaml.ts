// Loads a YAML checklist: parse with positions, validate against the schema, and report every
// problem at file:line:col with its key path and what was expected.
import type { ErrorObject } from 'ajv';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import type { Checklist, ConfirmFrom, Item, Policy, Problem, Section, Waiver } from '../model.js';
import { ITEM_KEYS, POLICY_KEYS, WAIVER_KEYS } from './schema.js';
import { DATE_SHAPE } from '../clock/clock.js';
import { dateProblem, waiverTargetProblems } from './waivers.js';
import {
  checkKinds,
  checkSpecOf,
  extraOptionProblems,
  getCheckKind,
  isCheckKind,
} from '../checks/registry.js';
import { describeAjvError, joinKeyPath, pointerToKeyPath, schemaKeysAt } from './ajv-messages.js';
import { getValidator } from './validators.js';
import { createIdAllocator } from './slug.js';

export interface LoadResult {
  /** Present when there are no problems. */
  readonly checklist?: Checklist;
  readonly problems: readonly Problem[];
}

type Position = { line: number; column: number };

/** Finds the YAML node (or its key) for a JSON pointer, to say where a problem is. */
function locate(doc: Document, lines: LineCounter, pointer: string, atKey: boolean): Position {
  const segments =
    pointer === ''
      ? []
      : pointer
          .split('/')
          .slice(1)
          .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = doc.contents;
  let position: Position = { line: 1, column: 1 };
  const at = (n: unknown): Position | undefined => {
    const range = (n as Node | null)?.range;
    return range
      ? lines.linePos(range[0]) && {
          line: lines.linePos(range[0]).line,
          column: lines.linePos(range[0]).col,
        }
      : undefined;
  };
  position = at(node) ?? position;
  for (const [index, segment] of segments.entries()) {
    const isLast = index === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment,
      );
      if (!pair) break;
      if (isLast && atKey) return at(pair.key) ?? position;
      position = at(pair.value) ?? at(pair.key) ?? position;
      node = pair.value;
    } else if (isSeq(node)) {
      const child = node.items[Number(segment)];
      if (child === undefined) break;
      position = at(child) ?? position;
      node = child;
    } else {
      break;
    }
  }
  return position;
}

const KIND_KEYS = (): string[] => [...checkKinds.keys()];

const ITEM_POINTER = /(^|\/)items\/\d+$/;

/**
 * True for an error from the item's own `oneOf` (one kind) or `anyOf` (title or id) rule, whether
 * the item schema was inlined (`#/definitions/item/oneOf/…`) or compiled apart (`#/oneOf/…`).
 */
function isItemRule(error: ErrorObject, rule: 'oneOf' | 'anyOf', withBranches = false): boolean {
  if (!ITEM_POINTER.test(error.instancePath)) return false;
  return new RegExp(`^#(/definitions/item)?/${rule}${withBranches ? '/' : '$'}`).test(
    error.schemaPath,
  );
}

/** Ajv's errors, cleaned: `oneOf` noise replaced by messages a person can act on. */
function explain(
  errors: readonly ErrorObject[],
  data: unknown,
): { keyPath: string; pointer: string; atKey: boolean; message: string }[] {
  const out: { keyPath: string; pointer: string; atKey: boolean; message: string }[] = [];
  const itemOneOf = new Set<string>();
  const handledAnyOf = new Set<string>();
  const valueAt = (pointer: string): unknown =>
    pointer
      .split('/')
      .slice(1)
      .reduce<unknown>(
        (value, segment) =>
          value !== null && typeof value === 'object'
            ? (value as Record<string, unknown>)[segment]
            : undefined,
        data,
      );
  // Items: exactly one of the kinds or manual.
  for (const error of errors) {
    if (error.keyword === 'oneOf' && isItemRule(error, 'oneOf')) {
      itemOneOf.add(error.instancePath);
      const item = valueAt(error.instancePath) as Record<string, unknown> | undefined;
      const given = [...KIND_KEYS(), 'manual'].filter((key) => item && key in item);
      const keyPath = pointerToKeyPath(error.instancePath);
      const hasUnknownKey = errors.some(
        (e) => e.keyword === 'additionalProperties' && e.instancePath === error.instancePath,
      );
      if (given.length === 0 && hasUnknownKey) continue; // the unknown key (a misspelt kind) says it better
      if (given.length > 1) {
        out.push({
          keyPath: joinKeyPath(keyPath, given[1]!),
          pointer: `${error.instancePath}/${given[1]}`,
          atKey: true,
          message: `has ${given.length} check kinds (${given.join(', ')}); give one kind per item, or split it into several items`,
        });
      } else {
        out.push({
          keyPath,
          pointer: error.instancePath,
          atKey: false,
          message: `needs one check kind (${KIND_KEYS().sort().join(', ')}) or "manual: true"`,
        });
      }
    }
  }
  // Group the remaining errors by instance path for oneOf/anyOf value alternatives.
  for (const error of errors) {
    if (isItemRule(error, 'oneOf', true)) continue;
    if (error.keyword === 'oneOf' && itemOneOf.has(error.instancePath)) continue;
    if (error.keyword === 'anyOf' && isItemRule(error, 'anyOf')) {
      out.push({
        keyPath: joinKeyPath(pointerToKeyPath(error.instancePath), 'title'),
        pointer: error.instancePath,
        atKey: false,
        message: 'needs a title (or at least an id)',
      });
      continue;
    }
    if (isItemRule(error, 'anyOf', true)) continue;
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
      const siblings = errors.filter(
        (e) =>
          e !== error &&
          e.schemaPath.startsWith(error.schemaPath.replace(/\/(oneOf|anyOf)$/, '/$1/')),
      );
      const deeper = siblings.filter(
        (e) => e.instancePath !== error.instancePath && e.keyword !== 'type',
      );
      if (deeper.length === 0 && !handledAnyOf.has(error.instancePath)) {
        handledAnyOf.add(error.instancePath);
        const types = [
          ...new Set(
            siblings
              .filter((e) => e.keyword === 'type')
              .map((e) => String((e.params as { type: string }).type)),
          ),
        ];
        const described = describeAjvError(
          { ...error, keyword: 'type', params: { type: types.length ? types : ['a valid value'] } },
          { data },
        );
        out.push(described);
      }
      continue;
    }
    const parentOneOf = errors.find(
      (e) =>
        (e.keyword === 'oneOf' || e.keyword === 'anyOf') &&
        e !== error &&
        error.schemaPath.startsWith(e.schemaPath + '/') &&
        !isItemRule(e, 'oneOf') &&
        !isItemRule(e, 'anyOf'),
    );
    if (parentOneOf && error.keyword === 'type' && error.instancePath === parentOneOf.instancePath)
      continue;
    if (parentOneOf && error.keyword === 'type') {
      // A type error deep inside one alternative: report it only when the value has the alternative's shape.
      const alternatives = errors.filter(
        (e) =>
          e.instancePath === parentOneOf.instancePath &&
          e.keyword === 'type' &&
          e.schemaPath.startsWith(parentOneOf.schemaPath + '/'),
      );
      if (alternatives.length === 0 && out.some((o) => o.pointer === error.instancePath)) continue;
    }
    out.push(
      describeAjvError(error, { data, allowedKeys: (pointer) => allowedKeysAt(pointer, data) }),
    );
  }
  // One message per location and text.
  const seen = new Set<string>();
  return out.filter((problem) => {
    const key = `${problem.pointer}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The keys a mapping at this pointer may have, for "did you mean". */
function allowedKeysAt(pointer: string, _data: unknown): string[] {
  const segments = pointer.split('/').slice(1);
  const last = segments.at(-1);
  const beforeLast = segments.at(-2);
  if (segments.length === 0) return ['version', 'title', 'policy', 'items', 'sections', 'waivers'];
  if (last === 'policy') return [...POLICY_KEYS];
  if (beforeLast === 'waivers' && /^\d+$/.test(last ?? '')) return [...WAIVER_KEYS];
  if (beforeLast === 'items' && /^\d+$/.test(last ?? '')) return [...ITEM_KEYS, ...KIND_KEYS()];
  if (beforeLast === 'sections' && /^\d+$/.test(last ?? '')) return ['title', 'items', 'sections'];
  // Inside a kind's options: `/…/items/N/<kind>/…`.
  const kindAt = segments.findIndex(
    (segment, index) => index >= 2 && segments[index - 2] === 'items' && isCheckKind(segment),
  );
  const kind = segments[kindAt];
  if (kind !== undefined && isCheckKind(kind)) {
    const rest = segments.slice(kindAt + 1);
    return schemaKeysAt(getCheckKind(kind).optionsSchema, rest.length ? `/${rest.join('/')}` : '');
  }
  return [];
}

interface RawItem {
  id?: string;
  title?: string;
  manual?: true;
  blocking?: boolean;
  weight?: number;
  owners?: string[];
  covers?: string[];
  'enforce-from'?: string;
  checked?: boolean;
  skip?: string;
  inferred?: boolean;
  items?: RawItem[];
  [kind: string]: unknown;
}
interface RawWaiver {
  item: string;
  finding?: string;
  reason: string;
  by: string;
  until: string;
}
interface RawSection {
  title: string;
  items?: RawItem[];
  sections?: RawSection[];
}
interface RawChecklist {
  version?: 1;
  title: string;
  policy?: {
    'min-score'?: number;
    levels?: { name: string; min: number }[];
    'confirm-from'?: ConfirmFrom;
    waivers?: 'any' | 'reviewed';
    'max-waiver-days'?: number;
    'enforce-from'?: string;
    tolerance?: number;
  };
  items?: RawItem[];
  sections?: RawSection[];
  waivers?: RawWaiver[];
}

/** Loads and validates a YAML checklist. `path` is the display path used in every location. */
/** Aliases may expand to at most this many nodes each (yaml's own guard against alias bombs). */
const MAX_ALIAS_COUNT = 100;

/** Offset of the document's first alias (`*name`), where an alias bomb is reported. */
function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

export function loadYamlChecklist(text: string, path: string): LoadResult {
  const lines = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    // With prettyErrors off the error carries offsets only: the line counter places them.
    const pos = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
    problems.push({
      file: path,
      line: pos.line,
      column: pos.col,
      message: `invalid YAML: ${error.message.split('\n')[0]}`,
    });
  }
  if (problems.length > 0) return { problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // An alias bomb (aliases of aliases, expanding exponentially): refused at the first alias.
    const alias = firstAliasOffset(doc);
    const pos = lines.linePos(alias);
    return {
      problems: [
        {
          file: path,
          line: pos.line,
          column: pos.col,
          message: `invalid YAML: ${(error as Error).message.split('\n')[0]} (aliases expand to more than ${MAX_ALIAS_COUNT} nodes; write the values out)`,
        },
      ],
    };
  }
  if (data === null || data === undefined) {
    return {
      problems: [
        {
          file: path,
          line: 1,
          column: 1,
          message: 'the checklist is empty; expected a mapping with "title" and "sections"',
        },
      ],
    };
  }
  const validate = getValidator('checklist');
  if (!validate(data)) {
    for (const problem of explain(validate.errors ?? [], data)) {
      const { line, column } = locate(doc, lines, problem.pointer, problem.atKey);
      problems.push({
        file: path,
        line,
        column,
        keyPath: problem.keyPath,
        message: problem.message,
      });
    }
  }
  const raw = data as RawChecklist;
  // Kind-specific rules the schema cannot say, and duplicate ids.
  const ids = createIdAllocator();
  const explicit = new Map<string, string>();
  const visitItems = (
    items: RawItem[] | undefined,
    pointer: string,
    visit: (item: RawItem, pointer: string) => void,
  ): void => {
    items?.forEach((item, index) => {
      const itemPointer = `${pointer}/items/${index}`;
      visit(item, itemPointer);
      if (typeof item === 'object' && item !== null && Array.isArray(item.items))
        visitItems(item.items, itemPointer, visit);
    });
  };
  const visitAll = (visit: (item: RawItem, pointer: string) => void): void => {
    if (typeof raw !== 'object' || raw === null) return;
    if (Array.isArray(raw.items)) visitItems(raw.items, '', visit);
    const walk = (sections: RawSection[] | undefined, pointer: string): void => {
      if (!Array.isArray(sections)) return;
      sections.forEach((section, index) => {
        if (typeof section !== 'object' || section === null) return;
        const sectionPointer = `${pointer}/sections/${index}`;
        if (Array.isArray(section.items)) visitItems(section.items, sectionPointer, visit);
        walk(section.sections, sectionPointer);
      });
    };
    walk(raw.sections, '');
  };
  visitAll((item, pointer) => {
    if (typeof item !== 'object' || item === null) return;
    if (typeof item.id === 'string') {
      const first = explicit.get(item.id);
      if (first !== undefined) {
        const { line, column } = locate(doc, lines, `${pointer}/id`, false);
        const firstPos = locate(doc, lines, first, false);
        problems.push({
          file: path,
          line,
          column,
          keyPath: pointerToKeyPath(`${pointer}/id`),
          message: `duplicate item id "${item.id}" (first used at ${path}:${firstPos.line}:${firstPos.column})`,
        });
      } else {
        explicit.set(item.id, `${pointer}/id`);
        ids.take(item.id, true);
      }
    }
    for (const kind of checkKinds.keys()) {
      const options = item[kind];
      if (options === undefined || typeof options !== 'object' || options === null) continue;
      for (const extra of extraOptionProblems(kind, options)) {
        const keyPointer = extra.key ? `${pointer}/${kind}/${extra.key}` : `${pointer}/${kind}`;
        const { line, column } = locate(doc, lines, keyPointer, Boolean(extra.key));
        problems.push({
          file: path,
          line,
          column,
          keyPath: pointerToKeyPath(keyPointer),
          message: extra.message,
        });
      }
    }
  });
  // Dates the schema's pattern lets through but no calendar has (2027-02-30).
  const checkDate = (value: unknown, pointer: string): void => {
    // The shape itself is the schema's to report.
    const message =
      typeof value === 'string' && DATE_SHAPE.test(value) ? dateProblem(value) : undefined;
    if (!message) return;
    const { line, column } = locate(doc, lines, pointer, false);
    problems.push({ file: path, line, column, keyPath: pointerToKeyPath(pointer), message });
  };
  if (typeof raw === 'object' && raw !== null) {
    checkDate(raw.policy?.['enforce-from'], '/policy/enforce-from');
    if (Array.isArray(raw.waivers))
      raw.waivers.forEach((waiver, index) => checkDate(waiver?.until, `/waivers/${index}/until`));
    visitAll((item, pointer) => checkDate(item?.['enforce-from'], `${pointer}/enforce-from`));
  }
  if (problems.length > 0) {
    return { problems: [...problems].sort((a, b) => a.line - b.line || a.column - b.column) };
  }
  // Build the model.
  const toItem = (
    item: RawItem,
    pointer: string,
    section: readonly string[],
    parent?: string,
  ): Item => {
    const kind = [...checkKinds.keys()].find((k) => item[k] !== undefined);
    const pos = locate(doc, lines, pointer, false);
    const title = item.title ?? item.id!;
    const id = item.id ?? ids.take(title);
    return {
      id,
      ...(parent !== undefined ? { parent } : {}),
      title,
      line: pos.line,
      column: pos.column,
      checked: item.checked ?? false,
      ...(kind ? { check: checkSpecOf(kind, item[kind]) } : {}),
      blocking: item.blocking ?? kind !== undefined,
      ...(item.blocking !== undefined ? { blockingDeclared: true } : {}),
      weight: item.weight ?? 1,
      inferred: kind !== undefined && item.inferred === true,
      ...(item.skip !== undefined ? { skip: item.skip } : {}),
      section,
      children: (item.items ?? []).map((child, i) =>
        toItem(child, `${pointer}/items/${i}`, section, id),
      ),
      ...(item.owners ? { owners: item.owners } : {}),
      ...(item.covers ? { covers: item.covers } : {}),
      ...(item['enforce-from'] ? { enforceFrom: item['enforce-from'] } : {}),
    };
  };
  const toSections = (
    sections: RawSection[] | undefined,
    pointer: string,
    parents: readonly string[],
  ): Section[] =>
    (sections ?? []).map((section, index) => {
      const sectionPointer = `${pointer}/sections/${index}`;
      const path = [...parents, section.title];
      return {
        title: section.title,
        line: locate(doc, lines, sectionPointer, false).line,
        items: (section.items ?? []).map((item, i) =>
          toItem(item, `${sectionPointer}/items/${i}`, path),
        ),
        sections: toSections(section.sections, sectionPointer, path),
      };
    });
  const policy: Policy = {
    ...(raw.policy?.['min-score'] !== undefined ? { minScore: raw.policy['min-score'] } : {}),
    ...(raw.policy?.levels ? { levels: [...raw.policy.levels].sort((a, b) => b.min - a.min) } : {}),
    ...(raw.policy?.['confirm-from'] ? { confirmFrom: raw.policy['confirm-from'] } : {}),
    ...(raw.policy?.waivers ? { waivers: raw.policy.waivers } : {}),
    ...(raw.policy?.['max-waiver-days'] !== undefined
      ? { maxWaiverDays: raw.policy['max-waiver-days'] }
      : {}),
    ...(raw.policy?.['enforce-from'] ? { enforceFrom: raw.policy['enforce-from'] } : {}),
    ...(raw.policy?.tolerance !== undefined ? { tolerance: raw.policy.tolerance } : {}),
  };
  const waivers: Waiver[] = (raw.waivers ?? []).map((waiver, index) => {
    const { line, column } = locate(doc, lines, `/waivers/${index}`, false);
    return {
      item: waiver.item,
      ...(waiver.finding !== undefined ? { finding: waiver.finding } : {}),
      reason: waiver.reason,
      by: waiver.by.replace(/^@/, ''),
      until: waiver.until,
      line,
      column,
    };
  });
  const checklist: Checklist = {
    path,
    format: 'yaml',
    title: raw.title,
    policy,
    items: (raw.items ?? []).map((item, i) => toItem(item, `/items/${i}`, [])),
    sections: toSections(raw.sections, '', []),
    waivers,
  };
  const targetProblems = waiverTargetProblems(checklist);
  if (targetProblems.length > 0) return { problems: targetProblems };
  return { checklist, problems: [] };
}
