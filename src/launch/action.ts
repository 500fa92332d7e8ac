// The Action's entry (dist/index.js, what action.yml runs): loads the bundle and runs the Action.
// A runner starts fresh for each job, so the command's code cache would never be read here.
interface Bundle {
  runAction(): Promise<void>;
}

const { createRequire } = process.getBuiltinModule('node:module');
const bundle = createRequire(import.meta.url)('./main.cjs') as Bundle;
await bundle.runAction();
