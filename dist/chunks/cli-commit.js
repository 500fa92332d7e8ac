import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  path_default
} from "./shared-rg-builtin-path.js";
import {
  readFileSync
} from "./shared-rg-builtin-fs.js";
import {
  __name
} from "./shared-runtime.js";

// src/cli/commit.ts
function headCommit(workdir) {
  for (let dir = workdir; ; dir = path_default.dirname(dir)) {
    try {
      const head = readFileSync(path_default.join(dir, ".git", "HEAD"), "utf8").trim();
      if (/^[0-9a-f]{40,64}$/.test(head)) return head;
      const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
      if (!ref) return void 0;
      try {
        const sha = readFileSync(path_default.join(dir, ".git", ref), "utf8").trim();
        return /^[0-9a-f]{40,64}$/.test(sha) ? sha : void 0;
      } catch {
        const packed = readFileSync(path_default.join(dir, ".git", "packed-refs"), "utf8");
        const line = packed.split("\n").find((entry) => entry.endsWith(` ${ref}`));
        return line?.split(" ")[0];
      }
    } catch {
      if (path_default.dirname(dir) === dir) return void 0;
    }
  }
}
__name(headCommit, "headCommit");
export {
  headCommit
};
//# sourceMappingURL=cli-commit.js.map
