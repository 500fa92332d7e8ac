// Validates one check kind's options against that kind's JSON Schema (and its extra rules).
// The YAML loader validates whole files against checklists/schema.json; Markdown directives and
// recognized checks come through here.
import type { CheckKind } from '../model.js';
import { getCheckKind } from '../checks/registry.js';
import { describeAjvError, schemaKeysAt } from './ajv-messages.js';
import { getValidator } from './validators.js';

export interface OptionProblem {
  /** Key path inside the options (`max.high`), or '' for the options object itself. */
  readonly keyPath: string;
  readonly message: string;
}

/** Every problem with a kind's options, empty when they are valid. */
export function validateCheckOptions(kind: CheckKind, options: unknown): OptionProblem[] {
  const validate = getValidator(kind);
  if (!validate(options)) {
    return (validate.errors ?? []).map((error) => {
      const described = describeAjvError(error, {
        data: options,
        allowedKeys: (pointer) => schemaKeysAt(getCheckKind(kind).optionsSchema, pointer),
      });
      return { keyPath: described.keyPath, message: described.message };
    });
  }
  const extra = getCheckKind(kind).validate?.(options as Readonly<Record<string, unknown>>) ?? [];
  return extra.map((problem) => ({ keyPath: problem.key ?? '', message: problem.message }));
}
