// The one list of check kinds. Adding a kind: a module in this folder and one line here.
import type { CheckKind } from '../model.js';
import type { CheckKindModule } from './types.js';

// Each kind registers here (filled in by the kind modules).
const modules: readonly CheckKindModule[] = [];

export const checkKinds: ReadonlyMap<CheckKind, CheckKindModule> = new Map(
  modules.map((module) => [module.kind, module]),
);

export function getCheckKind(kind: CheckKind): CheckKindModule {
  const module = checkKinds.get(kind);
  if (!module) throw new Error(`unknown check kind ${kind}`);
  return module;
}
