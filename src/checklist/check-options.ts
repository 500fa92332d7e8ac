// Validates one check kind's options against that kind's JSON Schema (and its extra rules).
// The YAML loader validates whole files against checklists/schema.json; Markdown directives and
// recognized checks come through here.
import type { CheckKind } from '../model.js';
import { extraOptionProblems, getCheckKind } from '../checks/registry.js';
import type { ErrorObject } from 'ajv';
import { describeAjvError, schemaKeysAt } from './ajv-messages.js';
import { pointerOf } from './pointer-positions.js';
import { getValidator } from './validators.js';

export interface OptionProblem {
  /** Key path inside the options (`max.high`), or '' for the options object itself. */
  readonly keyPath: string;
  readonly message: string;
}

/** An option problem with the JSON pointer (inside the options) of the node it is about. */
export interface OptionProblemWithPointer extends OptionProblem {
  readonly pointer: string;
  /** True when the problem is the key itself (an unknown key), not its value. */
  readonly atKey: boolean;
}

/** Every problem with a kind's options, empty when they are valid. */
export function validateCheckOptions(kind: CheckKind, options: unknown): OptionProblem[] {
  return optionProblemsWithPointers(kind, options).map(({ keyPath, message }) => ({
    keyPath,
    message,
  }));
}

/** validateCheckOptions with where each problem is, for a loader that can locate pointers. */
export function optionProblemsWithPointers(
  kind: CheckKind,
  options: unknown,
): OptionProblemWithPointer[] {
  const validate = getValidator(kind);
  if (!validate(options)) {
    return coalesceAlternatives(validate.errors ?? []).map((error) => {
      const described = describeAjvError(error, {
        data: options,
        allowedKeys: (pointer) => schemaKeysAt(getCheckKind(kind).optionsSchema, pointer),
      });
      return {
        keyPath: described.keyPath,
        message: described.message,
        pointer: described.pointer,
        atKey: described.atKey,
      };
    });
  }
  // As yaml.ts locates them: at the key a rule names, else at the options.
  return extraOptionProblems(kind, options).map((problem) => ({
    keyPath: problem.key ?? '',
    message: problem.message,
    pointer: problem.key ? pointerOf([problem.key]) : '',
    atKey: Boolean(problem.key),
  }));
}

/**
 * A value that fits none of a `oneOf` of plain alternatives (`min-lines: 95%` against a number
 * or `base`) gets one message naming them all, instead of one per alternative and the oneOf.
 */
function coalesceAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = [];
  const dropped = new Set<ErrorObject>();
  for (const error of errors) {
    if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') continue;
    const inside = errors.filter(
      (e) => e !== error && e.schemaPath.startsWith(error.schemaPath + '/'),
    );
    const plain = inside.every(
      (e) =>
        e.instancePath === error.instancePath && (e.keyword === 'type' || e.keyword === 'const'),
    );
    if (inside.length === 0 || !plain) continue;
    const names = inside.map((e) =>
      e.keyword === 'const'
        ? JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)
        : String((e.params as { type: unknown }).type),
    );
    for (const e of inside) dropped.add(e);
    out.push({ ...error, keyword: 'type', params: { type: names } });
    dropped.add(error);
  }
  return [...errors.filter((e) => !dropped.has(e)), ...out];
}
