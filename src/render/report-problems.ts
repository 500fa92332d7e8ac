// Where a value breaks the JSON report's schema, in words: `path: expected …, found …`.
import type { ErrorObject } from 'ajv';
import { getReportValidator } from './report-validator.js';

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function typeNames(type: unknown): string {
  const types = Array.isArray(type) ? type.map(String) : String(type).split(',');
  return types
    .map((name) =>
      name === 'integer' ? 'an integer' : `a${/^[aeiou]/.test(name) ? 'n' : ''} ${name}`,
    )
    .join(' or ');
}

/** `/checklists/0/items/3` → `checklists[0].items[3]`. */
function pathOf(pointer: string): string {
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out;
}

/** The error in words, and the path it is about (a missing or unknown key's own path). */
function wordsOf(error: ErrorObject): { path: string; text: string } {
  const at = pathOf(error.instancePath);
  const child = (key: string) => (at === '' ? key : `${at}.${key}`);
  const label = at === '' ? '(top)' : at;
  const params = error.params as Record<string, unknown>;
  const found = describe(error.data);
  switch (error.keyword) {
    case 'required':
      return { path: at, text: `${child(String(params.missingProperty))}: required, missing` };
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      return { path: child(key), text: `${child(key)}: unknown key` };
    }
    case 'const':
      return {
        path: at,
        text: `${label}: expected ${describe(params.allowedValue)}, found ${found}`,
      };
    case 'enum':
      return {
        path: at,
        text: `${label}: expected one of ${(params.allowedValues as unknown[]).map(describe).join(', ')}, found ${found}`,
      };
    case 'type':
      return { path: at, text: `${label}: expected ${typeNames(params.type)}, found ${found}` };
    case 'minimum':
      return {
        path: at,
        text: `${label}: expected at least ${String(params.limit)}, found ${found}`,
      };
    case 'maximum':
      return {
        path: at,
        text: `${label}: expected at most ${String(params.limit)}, found ${found}`,
      };
    case 'pattern':
      return {
        path: at,
        text: `${label}: expected to match ${String(params.pattern)}, found ${found}`,
      };
    default:
      return { path: at, text: `${label}: ${error.message ?? 'does not fit'}, found ${found}` };
  }
}

/** Every path in `value`, numbered in document order (a parent before its children, keys as written). */
function documentOrder(value: unknown): Map<string, number> {
  const order = new Map<string, number>();
  const visit = (node: unknown, at: string): void => {
    order.set(at, order.size);
    if (Array.isArray(node)) node.forEach((entry, index) => visit(entry, `${at}[${index}]`));
    else if (node !== null && typeof node === 'object')
      for (const [key, entry] of Object.entries(node))
        visit(entry, at === '' ? key : `${at}.${key}`);
  };
  visit(value, '');
  return order;
}

/**
 * Every place where `value` breaks the report schema, as `path: expected …, found …` (path like
 * `checklists[0].items[3].status`), in the order they appear in the document; at most `limit`.
 * An empty list means it fits.
 */
export function reportProblems(value: unknown, limit = 20): string[] {
  const validate = getReportValidator();
  if (validate(value)) return [];
  const problems = (validate.errors ?? []).map(wordsOf);
  const order = documentOrder(value);
  const rank = (path: string) => order.get(path) ?? Number.MAX_SAFE_INTEGER;
  return problems
    .map((problem, index) => ({ ...problem, index }))
    .sort((a, b) => rank(a.path) - rank(b.path) || a.index - b.index)
    .slice(0, limit)
    .map((problem) => problem.text);
}
