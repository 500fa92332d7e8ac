import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/process/live-commands.ts
var live = /* @__PURE__ */ new Map();
function trackCommand(pid, kill) {
  live.set(pid, kill);
}
__name(trackCommand, "trackCommand");
function untrackCommand(pid) {
  live.delete(pid);
}
__name(untrackCommand, "untrackCommand");
function killAllCommands() {
  for (const kill of live.values()) kill();
  live.clear();
}
__name(killAllCommands, "killAllCommands");

export {
  trackCommand,
  untrackCommand,
  killAllCommands
};
//# sourceMappingURL=shared-process-live-commands.js.map
