// Whether a check may run in this run: on pull_request_target (a write token beside a fork's code)
// commands, requests and content oracles are refused unless the workflow allows commands.
import type { CheckKindModule } from './types.js';

export const REFUSED_ON_PULL_REQUEST_TARGET =
  'refused on pull_request_target: commands, requests and file-content checks do not run next to a write token (set allow-commands-on-pull-request-target to allow)';

/**
 * Why this check is refused here, or undefined when it may run. A refused item is `errored`,
 * never `skipped`: it must not drop out of the score. Every kind that acts on the world (a
 * command, an `http` request) or whose result tells file contents (`contains`, `matches`) says so
 * through `runsCommand` or `refusedWithCommands`.
 */
export function refusalHere<Options>(
  module: CheckKindModule<Options>,
  options: Options,
  run: { readonly mayRunCommands: boolean; readonly commandsRefusedReason?: string },
): string | undefined {
  if (run.mayRunCommands) return undefined;
  if (!module.runsCommand(options) && !(module.refusedWithCommands?.(options) ?? false))
    return undefined;
  return run.commandsRefusedReason ?? REFUSED_ON_PULL_REQUEST_TARGET;
}
