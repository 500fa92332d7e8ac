// Checks a value against the small part of JSON Schema our own published schemas use, with no validator library to load.

/** The keywords understood: type, properties, required, additionalProperties (false), items, enum, const, minimum, maximum, pattern. */
export interface ShapeSchema {
  readonly type?: ShapeType | readonly ShapeType[];
  readonly properties?: Readonly<Record<string, ShapeSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly items?: ShapeSchema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
}

type ShapeType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';

function fitsType(type: ShapeType, current: unknown): boolean {
  const actual = typeOf(current);
  if (type === 'integer') return Number.isInteger(current);
  if (type === 'number') return actual === 'number' && Number.isFinite(current);
  return actual === type;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Every place where `value` breaks `schema`, as `path: expected …, found …` (path like
 * `checklists[0].items[3].status`); at most `limit` of them. An empty list means it fits.
 */
export function checkShape(schema: ShapeSchema, value: unknown, path = '', limit = 20): string[] {
  const problems: string[] = [];
  const at = path === '' ? '(top)' : path;
  const visit = (node: ShapeSchema, current: unknown, where: string): void => {
    if (problems.length >= limit) return;
    const label = where === '' ? at : where;
    if (node.const !== undefined && current !== node.const) {
      problems.push(`${label}: expected ${describe(node.const)}, found ${describe(current)}`);
      return;
    }
    if (node.enum && !node.enum.includes(current)) {
      problems.push(
        `${label}: expected one of ${node.enum.map(describe).join(', ')}, found ${describe(current)}`,
      );
      return;
    }
    if (node.type) {
      const types: readonly ShapeType[] = Array.isArray(node.type) ? node.type : [node.type];
      if (!types.some((type) => fitsType(type, current))) {
        const named = types.map((type) =>
          type === 'integer' ? 'an integer' : `a${/^[aeiou]/.test(type) ? 'n' : ''} ${type}`,
        );
        problems.push(`${label}: expected ${named.join(' or ')}, found ${describe(current)}`);
        return;
      }
    }
    if (typeof current === 'number') {
      if (node.minimum !== undefined && current < node.minimum)
        problems.push(`${label}: expected at least ${node.minimum}, found ${current}`);
      if (node.maximum !== undefined && current > node.maximum)
        problems.push(`${label}: expected at most ${node.maximum}, found ${current}`);
    }
    if (
      typeof current === 'string' &&
      node.pattern !== undefined &&
      !new RegExp(node.pattern, 'u').test(current)
    ) {
      problems.push(`${label}: expected to match ${node.pattern}, found ${describe(current)}`);
    }
    if (Array.isArray(current) && node.items) {
      const items = node.items;
      current.forEach((entry, index) => visit(items, entry, `${where}[${index}]`));
    }
    if (
      typeOf(current) === 'object' &&
      (node.properties || node.required || node.additionalProperties === false)
    ) {
      const record = current as Record<string, unknown>;
      const prefix = where === '' ? '' : `${where}.`;
      for (const key of node.required ?? []) {
        if (!(key in record)) problems.push(`${prefix}${key}: required, missing`);
      }
      for (const [key, entry] of Object.entries(record)) {
        const child = node.properties?.[key];
        if (child) visit(child, entry, `${prefix}${key}`);
        else if (node.additionalProperties === false) problems.push(`${prefix}${key}: unknown key`);
      }
    }
  };
  visit(schema, value, path);
  return problems.slice(0, limit);
}
