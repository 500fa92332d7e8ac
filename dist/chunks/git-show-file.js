import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  GitError,
  git
} from "./shared-git-git.js";
import "./shared-rg-builtin-child-process.js";
import {
  __name
} from "./shared-runtime.js";

// src/git/show-file.ts
async function showFileAtCommit(workdir, commit, path) {
  const known = await git(["cat-file", "-e", `${commit}^{commit}`], {
    cwd: workdir,
    okExitCodes: [1, 128]
  });
  if (known.exitCode !== 0) throw new GitError(`commit ${commit} is not in this checkout`, 128, "");
  const spec = `${commit}:./${path.replace(/^\.\//, "")}`;
  const exists = await git(["cat-file", "-e", spec], { cwd: workdir, okExitCodes: [1, 128] });
  if (exists.exitCode !== 0) return void 0;
  return (await git(["cat-file", "blob", spec], { cwd: workdir })).stdout.toString("utf8");
}
__name(showFileAtCommit, "showFileAtCommit");
export {
  showFileAtCommit
};
//# sourceMappingURL=git-show-file.js.map
