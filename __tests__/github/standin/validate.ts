// Validates request bodies as GitHub does: its OpenAPI schema first, then the limits the description leaves out.
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

/** One operation of the committed subset (see scripts/extract-openapi-subset.mjs). */
export interface OperationSpec {
  readonly method: string;
  readonly path: string;
  readonly documentationUrl?: string;
  readonly parameters: readonly {
    name: string;
    in: string;
    required: boolean;
    schema: Record<string, unknown>;
  }[];
  readonly requestBody?: { required: boolean; schema: Record<string, unknown> };
}

interface Subset {
  readonly source: string;
  readonly operations: Readonly<Record<string, OperationSpec>>;
}

export const subset = require('./openapi-subset.json') as Subset;

/** A model-layer error entry, as in `{"message":"Validation Failed","errors":[…]}`. */
export interface ModelError {
  readonly resource: string;
  readonly code: string;
  readonly field: string;
  readonly message?: string;
}

/** What a validator found: nothing, schema-layer lines, or model-layer errors. */
export type ValidationOutcome =
  | { readonly layer: 'ok' }
  | { readonly layer: 'schema'; readonly lines: readonly string[] }
  | { readonly layer: 'model'; readonly errors: readonly ModelError[] };

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/);

const validators = new Map<string, ValidateFunction>();

function validatorFor(operationId: string): ValidateFunction | undefined {
  const spec = subset.operations[operationId];
  if (!spec?.requestBody) return undefined;
  let validate = validators.get(operationId);
  if (!validate) {
    validate = ajv.compile(spec.requestBody.schema);
    validators.set(operationId, validate);
  }
  return validate;
}

/** `{"a":1}` → `"a"`; JSON for strings, `nil` for null, as GitHub's Ruby validator prints them. */
function show(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  return JSON.stringify(value);
}

function pointerLabel(instancePath: string): string {
  const last = instancePath.split('/').pop() ?? '';
  return /^\d+$/.test(last) ? 'items' : `properties/${last}`;
}

const typeNames: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  object: 'an object',
  array: 'an array',
  boolean: 'a boolean',
};

function valueAt(root: unknown, instancePath: string): unknown {
  let node: unknown = root;
  for (const key of instancePath.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

/** Turns ajv's errors into the lines GitHub prints after `Invalid request.\n\n`. */
function schemaLines(errors: readonly ErrorObject[], body: unknown): string[] {
  const lines: string[] = [];
  const missingByPath = new Map<string, string[]>();
  for (const error of errors) {
    switch (error.keyword) {
      case 'required': {
        const missing = (error.params as { missingProperty: string }).missingProperty;
        const list = missingByPath.get(error.instancePath) ?? [];
        list.push(missing);
        missingByPath.set(error.instancePath, list);
        break;
      }
      case 'type': {
        const type = String((error.params as { type: string }).type);
        lines.push(
          `For '${pointerLabel(error.instancePath)}', ${show(valueAt(body, error.instancePath))} is not ${typeNames[type] ?? type}.`,
        );
        break;
      }
      case 'maxItems': {
        const limit = (error.params as { limit: number }).limit;
        const supplied = (valueAt(body, error.instancePath) as unknown[]).length;
        lines.push(`No more than ${limit} items are allowed; ${supplied} were supplied.`);
        break;
      }
      case 'maxLength': {
        const limit = (error.params as { limit: number }).limit;
        const supplied = [...String(valueAt(body, error.instancePath))].length;
        lines.push(`Only ${limit} characters are allowed; ${supplied} were supplied.`);
        break;
      }
      case 'enum': {
        const allowed = (error.params as { allowedValues: unknown[] }).allowedValues
          .map(show)
          .join(', ');
        lines.push(
          `For '${pointerLabel(error.instancePath)}', ${show(valueAt(body, error.instancePath))} is not a member of [${allowed}].`,
        );
        break;
      }
      case 'format': {
        lines.push(
          `For '${pointerLabel(error.instancePath)}', ${show(valueAt(body, error.instancePath))} is not a valid ${String((error.params as { format: string }).format)}.`,
        );
        break;
      }
      case 'anyOf':
        break;
      default:
        lines.push(`For '${pointerLabel(error.instancePath)}', ${error.message ?? 'is invalid'}.`);
    }
  }
  for (const missing of missingByPath.values()) {
    const names = [...new Set(missing)].sort().map((name) => `"${name}"`);
    lines.unshift(
      names.length === 1 ? `${names[0]} wasn't supplied.` : `${names.join(', ')} weren't supplied.`,
    );
  }
  return [...new Set(lines)];
}

const MAX_COMMENT_CHARACTERS = 65_536;
/** The byte boundary a September 2026 bisection found, with the same message text. */
const MAX_COMMENT_BYTES = 262_144;
const MAX_OUTPUT_BYTES = 65_535;
const MAX_ANNOTATION_TITLE = 255;
const MAX_ANNOTATION_MESSAGE_BYTES = 64 * 1024;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function commentLimits(body: Record<string, unknown>): ModelError[] {
  const text = body['body'];
  if (typeof text !== 'string') return [];
  if (
    [...text].length > MAX_COMMENT_CHARACTERS ||
    Buffer.byteLength(text, 'utf8') > MAX_COMMENT_BYTES
  ) {
    return [
      {
        resource: 'IssueComment',
        code: 'unprocessable',
        field: 'data',
        message: `Body is too long (maximum is ${MAX_COMMENT_CHARACTERS} characters)`,
      },
    ];
  }
  return [];
}

function isAnnotationValid(annotation: Record<string, unknown>): boolean {
  const start = annotation['start_line'] as number;
  const end = annotation['end_line'] as number;
  const startColumn = annotation['start_column'];
  const endColumn = annotation['end_column'];
  if (start < 1 || end < 1 || end < start) return false;
  const hasColumns = startColumn !== undefined || endColumn !== undefined;
  if (hasColumns && start !== end) return false;
  if (typeof startColumn === 'number' && startColumn < 1) return false;
  if (typeof endColumn === 'number' && endColumn < 1) return false;
  if (typeof startColumn === 'number' && typeof endColumn === 'number' && endColumn < startColumn)
    return false;
  const title = annotation['title'];
  if (typeof title === 'string' && [...title].length > MAX_ANNOTATION_TITLE) return false;
  for (const key of ['message', 'raw_details']) {
    const value = annotation[key];
    if (
      typeof value === 'string' &&
      Buffer.byteLength(value, 'utf8') > MAX_ANNOTATION_MESSAGE_BYTES
    )
      return false;
  }
  return true;
}

function checkRunLimits(body: Record<string, unknown>, isCreate: boolean): ModelError[] {
  const errors: ModelError[] = [];
  const hasConclusion = body['conclusion'] !== undefined;
  if (
    !hasConclusion &&
    (body['completed_at'] !== undefined || (isCreate && body['status'] === 'completed'))
  ) {
    errors.push({ resource: 'CheckRun', code: 'missing_field', field: 'conclusion' });
  }
  const output = body['output'];
  if (isRecord(output)) {
    for (const field of ['summary', 'text']) {
      const value = output[field];
      if (typeof value === 'string' && Buffer.byteLength(value, 'utf8') > MAX_OUTPUT_BYTES) {
        errors.push({
          resource: 'CheckRun',
          code: 'custom',
          field,
          message: `${field} exceeds a maximum bytesize of ${MAX_OUTPUT_BYTES}`,
        });
      }
    }
    const annotations = output['annotations'];
    if (
      Array.isArray(annotations) &&
      !annotations.every((annotation) => isRecord(annotation) && isAnnotationValid(annotation))
    ) {
      errors.push({ resource: 'CheckRun', code: 'invalid', field: 'annotations' });
    }
  }
  return errors;
}

/**
 * Validates a parsed JSON body for an operation: `undefined` stands for an empty body.
 * Schema layer first (GitHub answers `Invalid request.` with one line per problem), then the
 * documented limits the schema does not encode (GitHub answers `Validation Failed`).
 */
export function validateBody(operationId: string, body: unknown): ValidationOutcome {
  const validate = validatorFor(operationId);
  if (!validate) return { layer: 'ok' };
  if (body === undefined || !isRecord(body)) {
    return { layer: 'schema', lines: [`For 'links/0/schema', ${show(body)} is not an object.`] };
  }
  if (!validate(body)) return { layer: 'schema', lines: schemaLines(validate.errors ?? [], body) };
  let errors: ModelError[] = [];
  if (operationId === 'issues/create-comment' || operationId === 'issues/update-comment')
    errors = commentLimits(body);
  if (operationId === 'checks/create' || operationId === 'checks/update')
    errors = checkRunLimits(body, operationId === 'checks/create');
  return errors.length > 0 ? { layer: 'model', errors } : { layer: 'ok' };
}

/**
 * Query parameters checked against the operation's declared parameters: an enum value or a
 * date-time GitHub would refuse. Numbers are not refused: GitHub reads nonsense `per_page` as the default.
 */
export function validateQuery(operationId: string, query: URLSearchParams): string[] {
  const spec = subset.operations[operationId];
  if (!spec) return [];
  const problems: string[] = [];
  for (const parameter of spec.parameters) {
    if (parameter.in !== 'query') continue;
    const value = query.get(parameter.name);
    if (value === null) continue;
    const allowed = parameter.schema['enum'];
    if (Array.isArray(allowed) && !allowed.includes(value))
      problems.push(`${JSON.stringify(value)} is not a member of ${JSON.stringify(allowed)}.`);
    if (
      parameter.schema['format'] === 'date-time' &&
      !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/.test(value)
    )
      problems.push(`For '${parameter.name}', ${JSON.stringify(value)} is not a date-time.`);
  }
  return problems;
}
