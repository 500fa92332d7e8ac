// The one list of check kinds. Adding a kind: a module in this folder and one line here.
import type { CheckKind, CheckOptionsByKind, CheckSpec } from '../model.js';
import type { CheckKindModule } from './types.js';
import { commandCheck } from './command.js';
import { envCheck } from './env.js';
import { fileCheck } from './file.js';
import { testsCheck } from './tests.js';
import { coverageCheck } from './coverage.js';
import { lintCheck } from './lint.js';
import { banditCheck } from './bandit.js';
import { trivyCheck } from './trivy.js';
import { scanCheck } from './scan.js';
import { httpCheck } from './http.js';

/**
 * Every kind the model has (each kind's module declares its options there) with its module: the
 * compiler refuses a kind left out or a module whose options differ. The order is the one
 * messages list kinds in.
 */
const modules: { readonly [Kind in CheckKind]: CheckKindModule<CheckOptionsByKind[Kind]> } = {
  command: commandCheck,
  tests: testsCheck,
  coverage: coverageCheck,
  lint: lintCheck,
  bandit: banditCheck,
  trivy: trivyCheck,
  scan: scanCheck,
  http: httpCheck,
  env: envCheck,
  file: fileCheck,
};

/** Any kind's options: what a module handed a `CheckSpec` of unknown kind is called with. */
export type AnyCheckOptions = CheckOptionsByKind[CheckKind];

/** The kinds by name; options are validated against each kind's schema before they reach it. */
export const checkKinds: ReadonlyMap<CheckKind, CheckKindModule<AnyCheckOptions>> = new Map(
  Object.entries(modules).map(([kind, module]) => {
    if (module.kind !== kind) throw new Error(`check kind ${kind} is registered as ${module.kind}`);
    // The mapped type above pairs each kind with its options; a map cannot say so per entry.
    return [
      kind as CheckKind,
      module as CheckKindModule<never> as CheckKindModule<AnyCheckOptions>,
    ];
  }),
);

/** The kinds' names, in the registry's order. */
export const CHECK_KIND_NAMES: readonly CheckKind[] = [...checkKinds.keys()];

/** True for a name the registry knows (a YAML key or a directive's first word). */
export function isCheckKind(name: string): name is CheckKind {
  return Object.hasOwn(modules, name);
}

/**
 * The module for a kind, typed for that kind's options. Called with a `CheckSpec`'s kind it takes
 * that spec's options as they are, so no call site casts them.
 */
export function getCheckKind<Kind extends CheckKind>(
  kind: Kind,
): CheckKindModule<CheckOptionsByKind[Kind]> {
  if (!isCheckKind(kind)) throw new Error(`unknown check kind ${String(kind)}`);
  return modules[kind];
}

/**
 * The check an item holds, from options that have passed the kind's JSON Schema (the loaders
 * validate before they build; a report read back keeps only the kind): the one place raw
 * checklist data becomes typed options.
 */
export function checkSpecOf(kind: CheckKind, options: unknown): CheckSpec {
  return { kind, options } as unknown as CheckSpec;
}

/** The options of a check known to be of `kind` (a caller that switched on it elsewhere). */
export function optionsOf<Kind extends CheckKind>(
  check: CheckSpec | undefined,
  kind: Kind,
): CheckOptionsByKind[Kind] {
  if (check?.kind !== kind)
    throw new Error(`expected a ${kind} check, not ${check?.kind ?? 'none'}`);
  return check.options as CheckOptionsByKind[Kind];
}

/** The kind's extra rules (beyond its schema) for options that have passed the schema. */
export function extraOptionProblems(
  kind: CheckKind,
  options: unknown,
): { key?: string; message: string }[] {
  const check = checkSpecOf(kind, options);
  return getCheckKind(check.kind).validate?.(check.options) ?? [];
}
