import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_OUTPUT_BYTES,
  commandEnvironment,
  quoteForCmd,
  resolveWindowsInvocation,
  runCommand
} from "./shared-process-run-command.js";
import "./shared-rg-builtin-child-process.js";
import {
  killAllCommands
} from "./shared-process-live-commands.js";
import "./shared-rg-builtin-fs.js";
import "./shared-runtime.js";
export {
  DEFAULT_MAX_OUTPUT_BYTES,
  commandEnvironment,
  killAllCommands,
  quoteForCmd,
  resolveWindowsInvocation,
  runCommand
};
//# sourceMappingURL=process-run-command.js.map
