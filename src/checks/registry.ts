// The one list of check kinds. Adding a kind: a module in this folder and one line here.
import type { CheckKind } from '../model.js';
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

/** Erases a kind's option type: options are validated against its schema before they reach it. */
function erase<Options>(module: CheckKindModule<Options>): CheckKindModule {
  return module as unknown as CheckKindModule;
}

const modules: readonly CheckKindModule[] = [
  erase(commandCheck),
  erase(envCheck),
  erase(fileCheck),
  erase(testsCheck),
  erase(coverageCheck),
  erase(lintCheck),
  erase(banditCheck),
  erase(trivyCheck),
  erase(scanCheck),
  erase(httpCheck),
];

export const checkKinds: ReadonlyMap<CheckKind, CheckKindModule> = new Map(
  modules.map((module) => [module.kind, module]),
);

export function getCheckKind(kind: CheckKind): CheckKindModule {
  const module = checkKinds.get(kind);
  if (!module) throw new Error(`unknown check kind ${kind}`);
  return module;
}
