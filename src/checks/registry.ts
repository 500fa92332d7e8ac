// The one list of check kinds. Adding a kind: a module in this folder and one line here.
import type { CheckKind, CheckOptionsByKind } from '../model.js';
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

/** The kinds by name; options are validated against each kind's schema before they reach it. */
export const checkKinds: ReadonlyMap<CheckKind, CheckKindModule> = new Map(
  Object.entries(modules).map(([kind, module]) => {
    if (module.kind !== kind) throw new Error(`check kind ${kind} is registered as ${module.kind}`);
    return [kind as CheckKind, module as unknown as CheckKindModule];
  }),
);

/** The kinds' names, in the registry's order. */
export const CHECK_KIND_NAMES: readonly CheckKind[] = [...checkKinds.keys()];

export function getCheckKind(kind: CheckKind): CheckKindModule {
  const module = checkKinds.get(kind);
  if (!module) throw new Error(`unknown check kind ${kind}`);
  return module;
}
