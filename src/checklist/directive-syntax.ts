// What every Markdown gate directive shares: finding `<!-- gate…: -->` comments, their tokens,
// and values typed by a JSON Schema. Item and policy directives build on it; it knows neither.
import type { CheckKind, SourceLocation } from '../model.js';
import { checkKinds } from '../checks/registry.js';
import type { JsonSchema } from '../checks/types.js';
import { pointerOf, type PointerPositions } from './pointer-positions.js';

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

export interface ValueSegment {
  readonly text: string;
  readonly isQuoted: boolean;
  /** Index in the body where the segment is written (its opening quote, if it has one). */
  readonly start: number;
  /** Index in the body of each character of `text` (quotes and escapes make them differ). */
  readonly textOffsets: readonly number[];
}

export interface DirectiveToken {
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

/** Splits a directive body into tokens, each with where it is in the body. */
export function tokenize(body: string): Tokenized {
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

/** A number as a directive writes it (`95`, `-1`, `.5`). */
export const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

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

export function typeValue(token: DirectiveToken, schema: JsonSchema | undefined): unknown {
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
export function recordValue(
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
