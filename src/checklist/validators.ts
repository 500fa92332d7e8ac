// Validators for the checklist schema and each kind's options. Here they are compiled on first
// use; the build replaces this module with validators precompiled by ajv (standalone code), so
// the bundled gate never compiles a schema at start-up.
import { Ajv, type ValidateFunction } from 'ajv';
import type { CheckKind } from '../model.js';
import { getCheckKind } from '../checks/registry.js';
import { buildChecklistSchema, buildPolicySchema, buildWaiverSchema } from './schema.js';

/** The options every validator is built with (the build's precompiled ones too). */
export const AJV_OPTIONS = { allErrors: true, strict: false, inlineRefs: false } as const;

let ajv: Ajv | undefined;
const cache = new Map<string, ValidateFunction>();

export function getValidator(
  name: 'checklist' | 'waiver' | 'policy' | CheckKind,
): ValidateFunction {
  let validate = cache.get(name);
  if (!validate) {
    ajv ??= new Ajv(AJV_OPTIONS);
    validate = ajv.compile(
      name === 'checklist'
        ? buildChecklistSchema()
        : name === 'waiver'
          ? buildWaiverSchema()
          : name === 'policy'
            ? buildPolicySchema()
            : getCheckKind(name).optionsSchema,
    );
    cache.set(name, validate);
  }
  return validate;
}
