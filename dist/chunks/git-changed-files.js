import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  gitText
} from "./shared-git-git.js";
import "./shared-rg-builtin-child-process.js";
import {
  __name
} from "./shared-runtime.js";

// src/git/changed-files.ts
async function changedFilesBetween(workdir, from, to) {
  const out = await gitText(["diff", "--name-status", "-z", "--find-renames", from, to, "--"], {
    cwd: workdir,
    maxBytes: 64 * 1024 * 1024
  });
  const fields = out.split("\0").filter((field) => field !== "");
  const files = /* @__PURE__ */ new Set();
  for (let index = 0; index < fields.length; ) {
    const status = fields[index++] ?? "";
    const names = /^[RC]/.test(status) ? 2 : 1;
    for (let n = 0; n < names && index < fields.length; n++) files.add(fields[index++]);
  }
  return [...files];
}
__name(changedFilesBetween, "changedFilesBetween");
async function commitsBetween(workdir, base, head) {
  const out = await gitText(["log", "--format=%H %ct", base ? `${base}..${head}` : head, "--"], {
    cwd: workdir
  });
  return out.split("\n").filter(Boolean).map((line) => {
    const [sha, seconds] = line.split(" ");
    return { sha, committedAtMs: Number(seconds) * 1e3 };
  });
}
__name(commitsBetween, "commitsBetween");
export {
  changedFilesBetween,
  commitsBetween
};
//# sourceMappingURL=git-changed-files.js.map
