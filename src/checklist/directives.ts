// Markdown gate directives: `<!-- gate: KIND key=value ... -->` in an item, `<!-- gate-policy: ... -->`
// and YAML front matter for the policy, parsed into the same check options and policy as the YAML format.
import {
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Node as YamlNode,
  type YAMLMap,
} from 'yaml';
import type {
  CheckKind,
  CheckSpec,
  ConfirmFrom,
  LevelRule,
  Policy,
  Problem,
  SourceLocation,
} from '../model.js';
import { CHECK_KIND_NAMES, checkKinds, checkSpecOf, isCheckKind } from '../checks/registry.js';
import type { JsonSchema } from '../checks/types.js';
import { describeAjvError, suggest } from './ajv-messages.js';
import { optionProblemsWithPointers, type OptionProblemWithPointer } from './check-options.js';
import {
  createPointerPositions,
  pointerOf,
  type PointerLocator,
  type PointerPositions,
} from './pointer-positions.js';
import { POLICY_KEYS, WAIVER_KEYS } from './schema.js';
import { getValidator } from './validators.js';
import { dateProblem } from './waivers.js';

/** Keys that adjust the item itself in any `gate:` directive; never check options. */
const ITEM_KEYS = ['blocking', 'weight', 'id', 'owners', 'covers', 'enforce-from'] as const;
type PolicyKey = (typeof POLICY_KEYS)[number];

/** An explicit item id: what a YAML checklist accepts too. */
import { ITEM_ID_PATTERN } from './slug.js';

export { ITEM_ID_PATTERN };

/** One `gate:` or `gate-policy:` comment found in the file. */
export interface DirectiveComment {
  readonly scope: 'item' | 'policy' | 'waiver';
  /** The text after `gate:` / `gate-policy:`, up to `-->`. */
  readonly body: string;
  /** Where the comment (`<!--`) starts. */
  readonly at: SourceLocation;
  /** Where the character at this index of `body` is in the file. */
  readonly locateInBody: (index: number) => SourceLocation;
}

const COMMENT = /<!--([\s\S]*?)-->/g;
const DIRECTIVE_HEAD = /^\s*gate(-policy|-waiver)?\s*:([\s\S]*)$/;

/**
 * Every gate directive among the HTML comments of `source` (a slice of the file starting at
 * `baseOffset`); `locate` turns a file offset into a location. Other comments are ignored.
 */
export function findDirectives(
  source: string,
  baseOffset: number,
  locate: (offset: number) => SourceLocation,
): DirectiveComment[] {
  const found: DirectiveComment[] = [];
  for (const match of source.matchAll(COMMENT)) {
    const inside = match[1] ?? '';
    const head = DIRECTIVE_HEAD.exec(inside);
    if (!head) continue;
    const body = head[2] ?? '';
    const commentStart = baseOffset + (match.index ?? 0);
    // The body ends the comment's inside: it starts that far before the inside's end.
    const bodyStart = commentStart + '<!--'.length + inside.length - body.length;
    found.push({
      scope: head[1] === '-policy' ? 'policy' : head[1] === '-waiver' ? 'waiver' : 'item',
      body,
      at: locate(commentStart),
      locateInBody: (index) => locate(bodyStart + index),
    });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Tokens: `word`, `key=value`, `key="quoted value"`, `key=a,b,"c d"`.

interface ValueSegment {
  readonly text: string;
  readonly isQuoted: boolean;
  /** Index in the body where the segment is written (its opening quote, if it has one). */
  readonly start: number;
  /** Index in the body of each character of `text` (quotes and escapes make them differ). */
  readonly textOffsets: readonly number[];
}

interface DirectiveToken {
  readonly key?: string;
  readonly word?: string;
  /** The value as written, quotes included (for messages and strings with commas). */
  readonly raw: string;
  readonly segments: readonly ValueSegment[];
  /** Index in the body of the key, or of the word. */
  readonly start: number;
  /** Index in the body of the value, after `=` (a word's start for a word). */
  readonly valueStart: number;
}

/** A directive's tokens, or why it has none: an unbalanced quote, at the quote. */
type Tokenized =
  | { readonly isValid: true; readonly tokens: DirectiveToken[] }
  | { readonly isValid: false; readonly message: string; readonly at: number };

const KEY = /^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;

/** Splits a directive body into tokens, each with where it is in the body. */
function tokenize(body: string): Tokenized {
  const tokens: DirectiveToken[] = [];
  let i = 0;
  const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
  while (i < body.length) {
    while (isSpace(body[i])) i++;
    if (i >= body.length) break;
    const start = i;
    while (
      i < body.length &&
      !isSpace(body[i]) &&
      body[i] !== '=' &&
      body[i] !== '"' &&
      body[i] !== "'"
    )
      i++;
    const name = body.slice(start, i);
    if (body[i] !== '=') {
      // A bare word (possibly with quotes glued on: report it whole).
      while (i < body.length && !isSpace(body[i])) i++;
      const word = body.slice(start, i);
      tokens.push({ word, raw: word, segments: [], start, valueStart: start });
      continue;
    }
    i++; // '='
    const valueStart = i;
    const segments: ValueSegment[] = [];
    let text = '';
    let isQuoted = false;
    let segmentStart = i;
    let textOffsets: number[] = [];
    for (;;) {
      const c = body[i];
      if (c === undefined || isSpace(c) || c === ',') {
        segments.push({ text, isQuoted, start: segmentStart, textOffsets });
        text = '';
        isQuoted = false;
        textOffsets = [];
        if (c === ',') {
          i++;
          segmentStart = i;
          continue;
        }
        break;
      }
      if (c === '"' || c === "'") {
        const quoteAt = i;
        isQuoted = true;
        i++;
        let closed = false;
        while (i < body.length) {
          const d = body[i]!;
          if (d === c) {
            closed = true;
            i++;
            break;
          }
          if (c === '"' && d === '\\' && i + 1 < body.length && '"\\'.includes(body[i + 1]!)) {
            text += body[i + 1];
            textOffsets.push(i + 1);
            i += 2;
            continue;
          }
          text += d;
          textOffsets.push(i);
          i++;
        }
        if (!closed)
          return {
            isValid: false,
            message: `unbalanced ${c === '"' ? 'double' : 'single'} quote in the value of "${name}"`,
            at: quoteAt,
          };
        continue;
      }
      text += c;
      textOffsets.push(i);
      i++;
    }
    tokens.push({ key: name, raw: body.slice(valueStart, i), segments, start, valueStart });
  }
  return { isValid: true, tokens };
}

// ---------------------------------------------------------------------------------------------
// Values typed by the kind's JSON Schema: lists where it wants an array, numbers where a number.

type SchemaType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function asSchema(value: unknown): JsonSchema | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as JsonSchema)
    : undefined;
}

function variants(schema: JsonSchema): JsonSchema[] {
  const list: JsonSchema[] = [schema];
  for (const keyword of ['oneOf', 'anyOf', 'allOf']) {
    const options = schema[keyword];
    if (Array.isArray(options))
      for (const option of options) {
        const sub = asSchema(option);
        if (sub) list.push(...variants(sub));
      }
  }
  return list;
}

/** The types a schema (with its oneOf/anyOf/allOf variants) accepts; empty when it does not say. */
function schemaTypes(schema: JsonSchema | undefined): Set<SchemaType> {
  const types = new Set<SchemaType>();
  if (!schema) return types;
  for (const variant of variants(schema)) {
    const type = variant.type;
    for (const t of Array.isArray(type) ? type : type === undefined ? [] : [type])
      types.add(t as SchemaType);
    const values = Array.isArray(variant.enum)
      ? variant.enum
      : 'const' in variant
        ? [variant.const]
        : [];
    for (const value of values)
      types.add(
        Array.isArray(value) ? 'array' : value === null ? 'null' : (typeof value as SchemaType),
      );
    if (variant.properties !== undefined) types.add('object');
    if (variant.items !== undefined) types.add('array');
  }
  return types;
}

function childSchema(schema: JsonSchema | undefined, key: string): JsonSchema | undefined {
  if (!schema) return undefined;
  for (const variant of variants(schema)) {
    const properties = asSchema(variant.properties);
    const found = asSchema(properties?.[key]);
    if (found) return found;
  }
  for (const variant of variants(schema)) {
    const extra = asSchema(variant.additionalProperties);
    if (extra) return extra;
  }
  return undefined;
}

function itemsSchema(schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema) return undefined;
  for (const variant of variants(schema)) {
    const items = asSchema(variant.items);
    if (items) return items;
  }
  return undefined;
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

function typeScalar(segment: ValueSegment, schema: JsonSchema | undefined): unknown {
  const types = schemaTypes(schema);
  const { text } = segment;
  if (types.size === 0) {
    // The schema does not say (or the kind is not registered): type by the text, as YAML would.
    if (segment.isQuoted) return text;
    if (text === 'true' || text === 'false') return text === 'true';
    return NUMBER.test(text) ? Number(text) : text;
  }
  if ((text === 'true' || text === 'false') && types.has('boolean')) return text === 'true';
  if (NUMBER.test(text) && (types.has('number') || types.has('integer'))) return Number(text);
  if (types.has('string')) return text;
  if (types.has('array')) return [typeScalar(segment, itemsSchema(schema))];
  // Let the schema report what it expected, with the value as typed by its text.
  if (text === 'true' || text === 'false') return text === 'true';
  return NUMBER.test(text) && !segment.isQuoted ? Number(text) : text;
}

function typeValue(token: DirectiveToken, schema: JsonSchema | undefined): unknown {
  const types = schemaTypes(schema);
  const isList = token.segments.length > 1;
  if (isList) {
    if (types.size === 0 || types.has('array'))
      return token.segments.map((segment) => typeScalar(segment, itemsSchema(schema)));
    if (types.has('string')) return token.raw; // `contains=a,b` is one string
    return token.segments.map((segment) => typeScalar(segment, undefined));
  }
  const segment = token.segments[0] ?? {
    text: '',
    isQuoted: false,
    start: token.valueStart,
    textOffsets: [],
  };
  if (
    types.has('array') &&
    !types.has('string') &&
    !(types.has('number') && NUMBER.test(segment.text))
  ) {
    return [typeScalar(segment, itemsSchema(schema))];
  }
  return typeScalar(segment, schema);
}

/** The JSON Schema of a kind's options, or undefined while the kind is not registered. */
function optionsSchemaOf(kind: CheckKind): JsonSchema | undefined {
  return checkKinds.get(kind)?.optionsSchema;
}

/** Records a `key=value` token as the node at `pointer`, with its list entries below it. */
function recordValue(
  positions: PointerPositions,
  pointer: string,
  keyAt: number,
  token: DirectiveToken,
  entries: readonly ValueSegment[] = token.segments,
): void {
  positions.record(pointer, keyAt, token.valueStart);
  for (const [index, entry] of entries.entries())
    positions.record(`${pointer}/${index}`, entry.start, entry.start);
}

/** A problem with one token of a directive, at `at` (an index in the directive's body). */
interface TokenProblem {
  readonly keyPath: string;
  readonly message: string;
  readonly at: number;
}

/**
 * Builds a kind's options from `key=value` pairs: dotted keys nest (`max.high=0`), values are
 * typed by the kind's schema. Each key and value is recorded in `positions` at its pointer under
 * `/<kind>`, as the options sit in a YAML item. Returns the options and the problems.
 */
export function buildOptions(
  kind: CheckKind,
  pairs: readonly { key: string; value: DirectiveToken }[],
  positions: PointerPositions,
): { options: Record<string, unknown>; problems: TokenProblem[] } {
  const options: Record<string, unknown> = {};
  const problems: TokenProblem[] = [];
  const root = optionsSchemaOf(kind);
  for (const { key, value } of pairs) {
    const path = key.split('.');
    // Where each part of a dotted key starts: `max.high` has `high` just after the dot.
    const partStarts = [value.start];
    for (const part of path.slice(0, -1)) partStarts.push(partStarts.at(-1)! + part.length + 1);
    let target = options;
    let schema = root;
    let conflict = false;
    for (const [index, part] of path.entries()) {
      schema = childSchema(schema, part);
      if (index === path.length - 1) break;
      const existing = target[part];
      if (existing === undefined) {
        const created: Record<string, unknown> = {};
        target[part] = created;
        target = created;
      } else if (isRecord(existing)) {
        target = existing;
      } else {
        problems.push({
          keyPath: path.slice(0, index + 1).join('.'),
          message: `is set both as a value and as a mapping (${key})`,
          at: value.start,
        });
        conflict = true;
        break;
      }
    }
    if (conflict) continue;
    const last = path[path.length - 1]!;
    if (last in target) {
      problems.push({ keyPath: key, message: 'is set twice', at: value.start });
      continue;
    }
    target[last] = typeValue(value, schema);
    for (const [index, partStart] of partStarts.entries()) {
      const pointer = pointerOf([kind, ...path.slice(0, index + 1)]);
      if (index < path.length - 1) positions.record(pointer, partStart, partStart);
      else recordValue(positions, pointer, partStart, value);
    }
  }
  return { options, problems };
}

// ---------------------------------------------------------------------------------------------
// Item directives.

/** What the `gate:` directives of one item say. */
export interface ItemDirectives {
  /** The declared check, exactly as written (validated). */
  readonly check?: CheckSpec;
  /** `<!-- gate: manual -->`: no check, and no recognition either. */
  readonly isManual: boolean;
  readonly blocking?: boolean;
  readonly weight?: number;
  readonly id?: string;
  readonly owners?: readonly string[];
  readonly covers?: readonly string[];
  readonly enforceFrom?: string;
  /** `<!-- gate: waive until=… by=… reason=… -->` on the item: fields without `item`, which the item gives. */
  readonly waivers: readonly WaiverFields[];
}

/** A waiver directive's fields, typed as YAML would, where it was written, and where each field is. */
export interface WaiverFields {
  readonly fields: Readonly<Record<string, unknown>>;
  readonly at: SourceLocation;
  /** Locates a pointer into `fields` (`/until`); the waiver as a whole is at `at`. */
  readonly locate: PointerLocator;
}

/** Reads `key=value` pairs of a waiver directive; `item=` only where the directive is not on an item. */
function readWaiverFields(
  tokens: readonly DirectiveToken[],
  comment: DirectiveComment,
  file: string,
  withItem: boolean,
): { waiver?: WaiverFields; problems: Problem[] } {
  const problems: Problem[] = [];
  const fields: Record<string, unknown> = {};
  const positions = createPointerPositions(comment.at, comment.locateInBody);
  const allowed = withItem ? WAIVER_KEYS : WAIVER_KEYS.filter((key) => key !== 'item');
  const report = (token: DirectiveToken, message: string, keyPath?: string): void => {
    problems.push({
      ...comment.locateInBody(token.start),
      file,
      message,
      ...(keyPath ? { keyPath } : {}),
    });
  };
  for (const token of tokens) {
    if (token.word !== undefined || token.key === undefined) {
      report(token, `waiver: expected key=value, found "${token.raw}"`);
      continue;
    }
    if (!(allowed as readonly string[]).includes(token.key)) {
      const hint = suggest(token.key, allowed);
      report(
        token,
        `waiver: unknown key "${token.key}"${hint ? ` (did you mean "${hint}"?)` : ''}; expected ${allowed.join(', ')}`,
        `waiver.${token.key}`,
      );
      continue;
    }
    if (token.key in fields) {
      report(token, `${token.key} is set twice`, `waiver.${token.key}`);
      continue;
    }
    // Every waiver field is a string; a comma belongs to the text (`reason="a, b"`).
    fields[token.key] =
      token.segments.length === 1 ? token.segments[0]!.text : token.raw.replace(/^"|"$/g, '');
    positions.record(pointerOf([token.key]), token.start, token.valueStart);
  }
  return problems.length > 0
    ? { problems }
    : { waiver: { fields, at: comment.at, locate: positions.locate }, problems };
}

/** `<!-- gate-waiver: item=coverage until=… by=… reason=… -->`, anywhere in the file. */
export function readWaiverDirective(
  comment: DirectiveComment,
  file: string,
): { waiver?: WaiverFields; problems: Problem[] } {
  const tokenized = tokenize(comment.body);
  if (!tokenized.isValid)
    return {
      problems: [
        {
          ...comment.locateInBody(tokenized.at),
          file,
          message: `gate-waiver directive: ${tokenized.message}`,
        },
      ],
    };
  return readWaiverFields(tokenized.tokens, comment, file, true);
}

/** The segments of a list written `a,b,c`, without the empty ones (`a,,b` is two entries). */
function listSegments(token: DirectiveToken): ValueSegment[] {
  return token.segments.filter((segment) => segment.text.trim() !== '');
}

/** `owners=alice,@org/team`, or a list written as a quoted JSON array (`covers='["a/{x,y}/**"]'`). */
function listValue(token: DirectiveToken): string[] | undefined {
  if (token.segments.length === 1 && token.segments[0]!.isQuoted) {
    const text = token.segments[0]!.text.trim();
    if (text.startsWith('[')) {
      try {
        const parsed = JSON.parse(text) as unknown;
        return Array.isArray(parsed) && parsed.every((entry) => typeof entry === 'string')
          ? parsed
          : undefined;
      } catch {
        return undefined;
      }
    }
  }
  const list = listSegments(token).map((segment) => segment.text.trim());
  return list.length > 0 ? list : undefined;
}

type ItemKey = (typeof ITEM_KEYS)[number];

function isItemKey(key: string): key is ItemKey {
  return (ITEM_KEYS as readonly string[]).includes(key);
}

/** An item key's value typed as YAML would read it, for the item schema to judge. */
function itemKeyValue(name: ItemKey, token: DirectiveToken): unknown {
  const text = token.segments.length === 1 ? token.segments[0]!.text : token.raw;
  if (name === 'owners' || name === 'covers') return listValue(token) ?? text;
  if (name === 'blocking') return text === 'true' || text === 'false' ? text === 'true' : text;
  if (name === 'weight') return NUMBER.test(text) ? Number(text) : text;
  return text;
}

const ONE_ITEM_POINTER = '/items/0';

/**
 * Problems with one item key's value, by the same checklist validator YAML items go through: the
 * key is checked on a one-item checklist, so the schema, and its wording, are YAML's. Pointers
 * are the item's own (`/owners/1`), as a directive's positions are recorded.
 */
function itemKeyProblems(key: string, value: unknown): OptionProblemWithPointer[] {
  const validate = getValidator('checklist');
  const data = { title: 'x', items: [{ title: 'x', manual: true, [key]: value }] };
  if (validate(data)) return [];
  return (validate.errors ?? []).map((error) => {
    const described = describeAjvError(error, { data });
    return {
      keyPath: described.keyPath.replace(/^items\[0\]\./, ''),
      message: described.message,
      pointer: described.pointer.startsWith(ONE_ITEM_POINTER)
        ? described.pointer.slice(ONE_ITEM_POINTER.length)
        : '',
      atKey: described.atKey,
    };
  });
}

function subjectMessage(kind: string, keyPath: string, message: string): string {
  if (message.startsWith('"') || message.startsWith('unknown key')) return `${kind}: ${message}`;
  // A kind's own rule may already name it ("coverage needs at least one minimum").
  if (!keyPath && message.startsWith(`${kind} `)) return message;
  return `${keyPath ? `${kind}.${keyPath}` : kind} ${message}`;
}

/**
 * Reads the `gate:` directives of one item into its check and adjustments. Each directive's keys
 * and values are recorded at the pointers they have in a YAML item (`/coverage/min-lines`,
 * `/weight`), so a problem the validators report at a pointer is located at that key or value in
 * the comment, as in YAML; a problem with the whole check is at its kind word.
 */
export function readItemDirectives(
  comments: readonly DirectiveComment[],
  file: string,
): { directives: ItemDirectives; problems: Problem[] } {
  const problems: Problem[] = [];
  let check: CheckSpec | undefined;
  let isManual = false;
  let head: string | undefined;
  const adjustments: {
    blocking?: boolean;
    weight?: number;
    id?: string;
    owners?: readonly string[];
    covers?: readonly string[];
    enforceFrom?: string;
  } = {};
  const waivers: WaiverFields[] = [];
  for (const comment of comments) {
    if (comment.scope !== 'item') continue;
    const report = (at: SourceLocation, message: string, keyPath?: string): void => {
      problems.push({ ...at, file, message, ...(keyPath ? { keyPath } : {}) });
    };
    const atToken = (token: DirectiveToken): SourceLocation => comment.locateInBody(token.start);
    const positions = createPointerPositions(comment.at, comment.locateInBody);
    const tokenized = tokenize(comment.body);
    if (!tokenized.isValid) {
      report(comment.locateInBody(tokenized.at), `gate directive: ${tokenized.message}`);
      continue;
    }
    const tokens = tokenized.tokens;
    if (tokens.length === 0) {
      report(
        comment.at,
        'gate directive is empty; expected a check kind, "manual", or key=value adjustments',
      );
      continue;
    }
    let kind: CheckKind | undefined;
    let thisIsManual = false;
    const first = tokens[0]!;
    if (first.word === 'waive') {
      const read = readWaiverFields(tokens.slice(1), comment, file, false);
      problems.push(...read.problems);
      if (read.waiver) waivers.push(read.waiver);
      continue;
    }
    if (first.word !== undefined) {
      tokens.shift();
      const word = first.word;
      if (word === 'manual') thisIsManual = true;
      else if (isCheckKind(word)) kind = word;
      else {
        const hint = suggest(word, [...CHECK_KIND_NAMES, 'manual']);
        report(
          atToken(first),
          `unknown check kind "${word}"${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of ${CHECK_KIND_NAMES.join(', ')}, or manual`,
        );
        continue;
      }
      if (head !== undefined) {
        report(
          atToken(first),
          `an item holds one check, but this item declares "${word}" after "${head}"`,
        );
        continue;
      }
      head = word;
      // The kind word stands for the kind's key in a YAML item: the options hang below it.
      positions.record(pointerOf([word]), first.start, first.start);
    }
    const pairs: { key: string; value: DirectiveToken }[] = [];
    for (const token of tokens) {
      if (token.word !== undefined) {
        report(atToken(token), `gate directive: expected key=value, found "${token.word}"`);
        continue;
      }
      const key = token.key ?? '';
      if (!KEY.test(key)) {
        report(
          atToken(token),
          `gate directive: "${key}" is not a key (letters, digits, "-" and "_", nested with ".")`,
        );
        continue;
      }
      if (isItemKey(key)) {
        const field = key === 'enforce-from' ? 'enforceFrom' : key;
        if (adjustments[field] !== undefined) {
          report(atToken(token), `${key} is set twice`, key);
          continue;
        }
        const value = itemKeyValue(key, token);
        recordValue(positions, pointerOf([key]), token.start, token, listSegments(token));
        const keyProblems = itemKeyProblems(key, value);
        for (const problem of keyProblems) {
          const named = /^("|unknown key)/.test(problem.message);
          report(
            positions.locate(problem.pointer, problem.atKey),
            named ? problem.message : `${problem.keyPath} ${problem.message}`,
            problem.keyPath,
          );
        }
        if (keyProblems.length > 0) continue;
        if (key === 'enforce-from') {
          // The schema says YYYY-MM-DD; a day that does not exist is refused as YAML's loader does.
          const problem = dateProblem(value as string);
          if (problem)
            report(positions.locate('/enforce-from', false), `enforce-from ${problem}`, key);
          else adjustments.enforceFrom = value as string;
        } else if (key === 'owners' || key === 'covers') adjustments[key] = value as string[];
        else if (key === 'blocking') adjustments.blocking = value as boolean;
        else if (key === 'weight') adjustments.weight = value as number;
        else adjustments.id = value as string;
        continue;
      }
      pairs.push({ key, value: token });
    }
    if (thisIsManual) {
      isManual = true;
      for (const pair of pairs)
        report(atToken(pair.value), `"manual" takes no options, found "${pair.key}"`, pair.key);
      continue;
    }
    if (kind === undefined) {
      for (const pair of pairs)
        report(
          atToken(pair.value),
          `"${pair.key}" needs a check kind first, as in <!-- gate: command ${pair.key}=... -->`,
          pair.key,
        );
      continue;
    }
    const built = buildOptions(kind, pairs, positions);
    for (const problem of built.problems)
      report(
        comment.locateInBody(problem.at),
        subjectMessage(kind, problem.keyPath, problem.message),
        `${kind}.${problem.keyPath}`,
      );
    const optionProblems =
      built.problems.length === 0 && checkKinds.has(kind)
        ? optionProblemsWithPointers(kind, built.options)
        : [];
    for (const problem of optionProblems) {
      report(
        positions.locate(`${pointerOf([kind])}${problem.pointer}`, problem.atKey),
        subjectMessage(kind, problem.keyPath, problem.message),
        problem.keyPath ? `${kind}.${problem.keyPath}` : kind,
      );
    }
    if (built.problems.length === 0 && optionProblems.length === 0)
      check = checkSpecOf(kind, built.options);
  }
  return { directives: { check, isManual, ...adjustments, waivers }, problems };
}

// ---------------------------------------------------------------------------------------------
// The policy: `<!-- gate-policy: ... -->` anywhere outside items, or YAML front matter.

interface PolicySetting {
  readonly key: PolicyKey;
  readonly value: unknown;
  readonly at: SourceLocation;
}

/**
 * `levels="ready:90,nearly ready:80"`: names have spaces, so the list is usually quoted whole, and
 * entries are split at commas inside the quotes too. Each entry, name and minimum is recorded
 * where its text is written.
 */
function readLevels(
  token: DirectiveToken,
  positions: PointerPositions,
): { name: string; min: unknown }[] {
  const levels: { name: string; min: unknown }[] = [];
  positions.record('/levels', token.start, token.valueStart);
  for (const segment of token.segments) {
    let from = 0;
    for (const entry of segment.text.split(',')) {
      const offsetOf = (index: number): number =>
        segment.textOffsets[from + index] ?? segment.start;
      const pointer = `/levels/${levels.length}`;
      const colon = entry.lastIndexOf(':');
      const name = colon < 0 ? entry : entry.slice(0, colon);
      const nameAt = offsetOf(name.length - name.trimStart().length);
      positions.record(pointer, nameAt, nameAt);
      positions.record(`${pointer}/name`, nameAt, nameAt);
      let min: unknown = '';
      if (colon >= 0) {
        const written = entry.slice(colon + 1);
        const minText = written.trim();
        const minAt = offsetOf(colon + 1 + written.length - written.trimStart().length);
        positions.record(`${pointer}/min`, minAt, minAt);
        min = NUMBER.test(minText) ? Number(minText) : minText;
      }
      levels.push({ name: name.trim(), min });
      from += entry.length + 1;
    }
  }
  return levels;
}

/** Collects policy settings from directives and front matter; `build()` gives the policy. */
export class PolicyCollector {
  private readonly settings = new Map<PolicyKey, PolicySetting>();
  readonly problems: Problem[] = [];

  constructor(private readonly file: string) {}

  private set(key: PolicyKey, value: unknown, at: SourceLocation): void {
    const earlier = this.settings.get(key);
    if (earlier) {
      this.problems.push({
        ...at,
        file: this.file,
        keyPath: key,
        message: `${key} is set twice (first at ${earlier.at.line}:${earlier.at.column})`,
      });
      return;
    }
    this.settings.set(key, { key, value, at });
  }

  private problem(at: SourceLocation, message: string, keyPath?: string): void {
    this.problems.push({ ...at, file: this.file, message, ...(keyPath ? { keyPath } : {}) });
  }

  /**
   * Checks one policy value by the schema of YAML's `policy:`; records it when valid. `locate`
   * places a pointer into `{ [key]: value }`, the data the schema judges.
   */
  private accept(key: string, value: unknown, locate: PointerLocator, keyPrefix = ''): void {
    const validate = getValidator('policy');
    const data = { [key]: value };
    if (!validate(data)) {
      for (const error of validate.errors ?? []) {
        const described = describeAjvError(error, { data, allowedKeys: () => [...POLICY_KEYS] });
        const keyPath = `${keyPrefix}${described.keyPath}`;
        // As YAML words it, with the key named first where the message does not name it.
        const named = /^("|unknown key)/.test(described.message);
        this.problem(
          locate(described.pointer, described.atKey),
          named ? described.message : `${keyPath} ${described.message}`,
          keyPath,
        );
      }
      return;
    }
    const name = key as PolicyKey;
    if (name === 'enforce-from') {
      // The schema says YYYY-MM-DD; a day that does not exist is refused as YAML's loader does.
      const problem = dateProblem(value as string);
      if (problem !== undefined) {
        this.problem(
          locate(pointerOf([key]), false),
          `${keyPrefix}${key} ${problem}`,
          `${keyPrefix}${key}`,
        );
        return;
      }
    }
    // Where it was set, for a second setting to name: at the key, as a duplicate YAML key is.
    const at = locate(pointerOf([key]), true);
    if (name === 'levels') {
      const levels = (value as readonly LevelRule[]).map((level) => ({
        name: level.name.trim(),
        min: level.min,
      }));
      this.set(
        name,
        levels.sort((a, b) => b.min - a.min),
        at,
      );
      return;
    }
    this.set(name, value, at);
  }

  /** `<!-- gate-policy: min-score=90 levels="ready:90,nearly ready:80,do not deploy:0" confirm-from=pr-body -->` */
  addDirective(comment: DirectiveComment): void {
    const tokenized = tokenize(comment.body);
    if (!tokenized.isValid) {
      this.problem(
        comment.locateInBody(tokenized.at),
        `gate-policy directive: ${tokenized.message}`,
      );
      return;
    }
    const tokens = tokenized.tokens;
    if (tokens.length === 0)
      this.problem(
        comment.at,
        `gate-policy directive is empty; expected key=value with keys ${POLICY_KEYS.join(', ')}`,
      );
    for (const token of tokens) {
      if (token.word !== undefined || token.key === undefined) {
        this.problem(
          comment.locateInBody(token.start),
          `gate-policy directive: expected key=value, found "${token.raw}"`,
        );
        continue;
      }
      const positions = createPointerPositions(comment.at, comment.locateInBody);
      let value: unknown;
      if (token.key === 'levels') {
        value = readLevels(token, positions);
      } else {
        recordValue(positions, pointerOf([token.key]), token.start, token);
        value = typeValue(
          token,
          token.key === 'min-score' || token.key === 'max-waiver-days' || token.key === 'tolerance'
            ? { type: 'number' }
            : { type: 'string' },
        );
      }
      this.accept(token.key, value, positions.locate);
    }
  }

  /**
   * Reads YAML front matter (the text between the `---` lines, whose first line is file line
   * `firstLine`): `title`, and the policy either under `policy:` or at the top level.
   * Returns the title when it sets one. Other keys belong to other tools and are ignored.
   */
  addFrontMatter(yamlText: string, firstLine: number): { title?: string } {
    const lineCounter = new LineCounter();
    const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
    const locate = (offset: number): SourceLocation => {
      const position = lineCounter.linePos(offset);
      return { file: this.file, line: position.line + firstLine - 1, column: position.col };
    };
    const nodeAt = (node: YamlNode | null | undefined, fallback: number): SourceLocation =>
      locate(node?.range?.[0] ?? fallback);
    for (const error of document.errors) {
      this.problem(locate(error.pos[0]), `front matter: ${error.message.split('\n')[0]}`);
    }
    if (document.errors.length > 0) return {};
    const contents = document.contents;
    if (contents === null || (isScalar(contents) && contents.value === null)) return {};
    if (!isMap(contents)) {
      this.problem(nodeAt(contents, 0), 'front matter must be a mapping');
      return {};
    }
    let title: string | undefined;
    const readPolicy = (map: YAMLMap, prefix: string, onlyPolicy: boolean): void => {
      for (const pair of map.items) {
        const keyNode = isScalar(pair.key) ? pair.key : undefined;
        const key = keyNode ? String(keyNode.value) : '';
        const valueNode = pair.value as YamlNode | null;
        const at = nodeAt(valueNode ?? keyNode, 0);
        if (!onlyPolicy) {
          if (key === 'title') {
            if (
              isScalar(valueNode) &&
              typeof valueNode.value === 'string' &&
              valueNode.value.trim() !== ''
            )
              title = valueNode.value.trim();
            else this.problem(at, `title must be a non-empty string`, 'title');
            continue;
          }
          if (key === 'policy') {
            if (isMap(valueNode)) readPolicy(valueNode, 'policy.', true);
            else this.problem(at, 'policy must be a mapping', 'policy');
            continue;
          }
          if (!(POLICY_KEYS as readonly string[]).includes(key)) continue;
        }
        const value: unknown =
          isSeq(valueNode) || isMap(valueNode)
            ? valueNode.toJSON()
            : isScalar(valueNode)
              ? valueNode.value
              : null;
        // Front matter is YAML: its problems stay at the value's node, whatever the pointer.
        this.accept(key, value, () => at, prefix);
      }
    };
    readPolicy(contents, '', false);
    return title === undefined ? {} : { title };
  }

  build(): Policy {
    const get = (key: PolicyKey): unknown => this.settings.get(key)?.value;
    const policy: {
      minScore?: number;
      levels?: readonly LevelRule[];
      confirmFrom?: ConfirmFrom;
      waivers?: 'any' | 'reviewed';
      maxWaiverDays?: number;
      enforceFrom?: string;
      tolerance?: number;
    } = {};
    const minScore = get('min-score');
    const levels = get('levels');
    const confirmFrom = get('confirm-from');
    const waivers = get('waivers');
    const maxWaiverDays = get('max-waiver-days');
    const enforceFrom = get('enforce-from');
    if (typeof minScore === 'number') policy.minScore = minScore;
    if (Array.isArray(levels)) policy.levels = levels as LevelRule[];
    if (confirmFrom === 'any' || confirmFrom === 'pr-body' || confirmFrom === 'review')
      policy.confirmFrom = confirmFrom;
    if (waivers === 'any' || waivers === 'reviewed') policy.waivers = waivers;
    if (typeof maxWaiverDays === 'number') policy.maxWaiverDays = maxWaiverDays;
    if (typeof enforceFrom === 'string') policy.enforceFrom = enforceFrom;
    const tolerance = get('tolerance');
    if (typeof tolerance === 'number') policy.tolerance = tolerance;
    return policy;
  }
}

/**
 * Splits YAML front matter (`---` on the first line, up to the next `---` or `...` line) from the
 * Markdown. The front matter lines are blanked, not removed, so Markdown lines keep their numbers.
 */
export function splitFrontMatter(text: string): {
  markdown: string;
  yaml?: string;
  firstLine: number;
} {
  const opening = /^---[ \t]*\r?\n/.exec(text);
  if (!opening) return { markdown: text, firstLine: 0 };
  const closing = /^(---|\.\.\.)[ \t]*(\r?\n|$)/m;
  const rest = text.slice(opening[0].length);
  const match = closing.exec(rest);
  if (!match) return { markdown: text, firstLine: 0 };
  const yamlText = rest.slice(0, match.index);
  const frontEnd = opening[0].length + match.index + match[0].length;
  const blanked = text.slice(0, frontEnd).replace(/[^\r\n]/g, '');
  return { markdown: blanked + text.slice(frontEnd), yaml: yamlText, firstLine: 2 };
}
