// The commit a working directory has checked out. Read from .git's files where they say it
// plainly, so `check` starts no git process; asked of git where they do not (a worktree's .git
// file, a ref git keeps elsewhere).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gitText } from './git.js';

const HASH = /^[0-9a-f]{40,64}$/;

/** HEAD's full hash, or undefined when `workdir` is not in a git checkout. */
export async function headCommit(workdir: string): Promise<string | undefined> {
  const plain = headCommitFromFiles(workdir);
  if (plain !== ASK_GIT) return plain;
  try {
    const hash = await gitText(['rev-parse', '--verify', 'HEAD'], { cwd: workdir });
    return HASH.test(hash) ? hash : undefined;
  } catch {
    return undefined;
  }
}

const ASK_GIT = Symbol('ask git');

/** HEAD from the nearest .git folder's files; undefined with no .git above; ASK_GIT otherwise. */
function headCommitFromFiles(workdir: string): string | undefined | typeof ASK_GIT {
  for (let dir = workdir; ; dir = path.dirname(dir)) {
    const gitDir = path.join(dir, '.git');
    let head: string;
    try {
      head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    } catch {
      // A .git that is a file (a worktree, a submodule) or unreadable: git knows where HEAD is.
      if (existsSync(gitDir)) return ASK_GIT;
      if (path.dirname(dir) === dir) return undefined;
      continue;
    }
    if (HASH.test(head)) return head;
    const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
    if (!ref) return ASK_GIT;
    try {
      const hash = readFileSync(path.join(gitDir, ref), 'utf8').trim();
      return HASH.test(hash) ? hash : ASK_GIT;
    } catch {
      try {
        const packed = readFileSync(path.join(gitDir, 'packed-refs'), 'utf8');
        const hash = packed
          .split('\n')
          .find((entry) => entry.endsWith(` ${ref}`))
          ?.split(' ')[0];
        return hash !== undefined && HASH.test(hash) ? hash : ASK_GIT;
      } catch {
        return ASK_GIT;
      }
    }
  }
}
