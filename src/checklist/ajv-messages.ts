// Turns ajv's errors into messages a person reads: the dotted key path, what was expected,
// and what was found.
import type { ErrorObject } from 'ajv';
import { DATE_SOURCE } from '../clock/clock.js';
import { ENV_NAME_SOURCE } from '../checks/env.js';
import { ITEM_ID_SOURCE } from './slug.js';

/** The schema's patterns in words, so a message says what is expected rather than a regex. */
const PATTERN_WORDS: ReadonlyMap<string, string> = new Map([
  [ITEM_ID_SOURCE, 'must be letters, digits, ".", "-" or "_" (not starting with ".")'],
  [DATE_SOURCE, 'must be a date written YYYY-MM-DD'],
  [
    ENV_NAME_SOURCE,
    'must be an environment variable name (letters, digits and "_", not starting with a digit)',
  ],
]);

/** `/sections/0/items/2/coverage/min-lines` → `sections[0].items[2].coverage.min-lines`. */
export function pointerToKeyPath(pointer: string): string {
  if (pointer === '') return '';
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (acc, segment) =>
        /^\d+$/.test(segment) ? `${acc}[${segment}]` : acc ? `${acc}.${segment}` : segment,
      '',
    );
}

export function joinKeyPath(base: string, key: string): string {
  if (key === '') return base;
  if (/^\[\d+\]/.test(key)) return base + key;
  return base ? `${base}.${key}` : key;
}

/** A short JSON-ish rendering of a found value, bounded. */
export function showValue(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'nothing';
  else if (value === null) text = 'null';
  else if (Array.isArray(value)) text = 'a list';
  else if (typeof value === 'object') text = 'a mapping';
  else text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function typeName(type: unknown): string {
  const names: Record<string, string> = {
    number: 'a number',
    integer: 'an integer',
    string: 'a string',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
    null: 'null',
  };
  const list = Array.isArray(type) ? type : [type];
  return list.map((t) => names[String(t)] ?? String(t)).join(' or ');
}

/** Levenshtein distance, for "did you mean" on unknown keys. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

export function suggest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3))
    ? best
    : undefined;
}

export interface DescribedError {
  /** Dotted key path of the offending key (for unknown/missing keys, the key itself). */
  readonly keyPath: string;
  /** JSON pointer of the node to locate (the key for unknown keys, the parent for missing ones). */
  readonly pointer: string;
  /** True when the position should be the key, not the value. */
  readonly atKey: boolean;
  readonly message: string;
}

/** The value at a JSON pointer inside `root`. */
export function valueAtPointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (value, segment) =>
        value !== null && typeof value === 'object'
          ? (value as Record<string, unknown>)[segment]
          : undefined,
      root,
    );
}

/** The property names a JSON Schema allows at a data pointer (following properties and items). */
export function schemaKeysAt(schema: unknown, pointer: string): string[] {
  let node = schema as Record<string, unknown> | undefined;
  for (const segment of pointer === '' ? [] : pointer.split('/').slice(1)) {
    if (!node) return [];
    const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
    node =
      /^\d+$/.test(segment) && node.items
        ? (node.items as Record<string, unknown>)
        : properties?.[segment];
  }
  return Object.keys((node?.properties as object | undefined) ?? {});
}

export interface DescribeContext {
  /** The validated data, for the "found" part of messages. */
  readonly data?: unknown;
  /** The keys allowed where an unknown key was found, for "did you mean". */
  readonly allowedKeys?: (pointer: string) => readonly string[];
}

export function describeAjvError(
  error: ErrorObject,
  context: DescribeContext = {},
): DescribedError {
  const base = pointerToKeyPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const allowedKeys = context.allowedKeys;
  if (context.data !== undefined && error.data === undefined)
    error = { ...error, data: valueAtPointer(context.data, error.instancePath) };
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const keys =
        allowedKeys?.(error.instancePath) ??
        Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const hint = suggest(key, keys);
      return {
        keyPath: joinKeyPath(base, key),
        pointer: `${error.instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        atKey: true,
        message: `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : keys.length ? `; expected one of ${keys.join(', ')}` : ''}`,
      };
    }
    case 'required': {
      const key = String(params.missingProperty);
      return {
        keyPath: joinKeyPath(base, key),
        pointer: error.instancePath,
        atKey: false,
        message: `"${key}" is required`,
      };
    }
    case 'type':
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message: `must be ${typeName(params.type)}, found ${showValue(error.data)}`,
      };
    case 'enum':
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, found ${showValue(error.data)}`,
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const words: Record<string, string> = {
        minimum: 'at least',
        maximum: 'at most',
        exclusiveMinimum: 'more than',
        exclusiveMaximum: 'less than',
      };
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message: `must be ${words[error.keyword]} ${String(params.limit)}, found ${showValue(error.data)}`,
      };
    }
    case 'minLength':
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message:
          Number(params.limit) === 1
            ? 'must not be empty'
            : `must have at least ${String(params.limit)} characters`,
      };
    case 'minItems':
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message: `must have at least ${String(params.limit)} entr${Number(params.limit) === 1 ? 'y' : 'ies'}`,
      };
    case 'minProperties':
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message: `must set at least ${String(params.limit)} key${Number(params.limit) === 1 ? '' : 's'}`,
      };
    case 'pattern':
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message: `${PATTERN_WORDS.get(String(params.pattern)) ?? `must match ${String(params.pattern)}`}, found ${showValue(error.data)}`,
      };
    case 'const':
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message: `must be ${JSON.stringify(params.allowedValue)}, found ${showValue(error.data)}`,
      };
    default:
      return {
        keyPath: base,
        pointer: error.instancePath,
        atKey: false,
        message: error.message ?? `fails ${error.keyword}`,
      };
  }
}
