// The bundle's entry (dist/main.cjs): the two ways in, each loaded only when it is the one used.
// The Action's modules read the runner's environment when they load, so they load on call.
export { run as runCli } from './cli/index.js';

export async function runAction(): Promise<void> {
  await import('./action/index.js');
}
