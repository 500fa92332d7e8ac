import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  execFile
} from "./shared-rg-builtin-child-process.js";
import {
  __name
} from "./shared-runtime.js";

// src/git/head-commit.ts
function headCommit(workdir) {
  return new Promise((resolve) => {
    execFile(
      "git",
      ["rev-parse", "--verify", "HEAD"],
      { cwd: workdir, timeout: 1e4, windowsHide: true },
      (error, stdout) => {
        const hash = String(stdout).trim();
        resolve(!error && /^[0-9a-f]{40,64}$/.test(hash) ? hash : void 0);
      }
    );
  });
}
__name(headCommit, "headCommit");
export {
  headCommit
};
//# sourceMappingURL=git-head-commit.js.map
