// The judged commit in a terminal: `git rev-parse HEAD`, read from .git without starting git.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** HEAD's commit, or undefined outside a repository (or where it cannot be read plainly). */
export function headCommit(workdir: string): string | undefined {
  for (let dir = workdir; ; dir = path.dirname(dir)) {
    try {
      const head = readFileSync(path.join(dir, '.git', 'HEAD'), 'utf8').trim();
      if (/^[0-9a-f]{40,64}$/.test(head)) return head;
      const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
      if (!ref) return undefined;
      try {
        const sha = readFileSync(path.join(dir, '.git', ref), 'utf8').trim();
        return /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
      } catch {
        const packed = readFileSync(path.join(dir, '.git', 'packed-refs'), 'utf8');
        const line = packed.split('\n').find((entry) => entry.endsWith(` ${ref}`));
        return line?.split(' ')[0];
      }
    } catch {
      if (path.dirname(dir) === dir) return undefined;
    }
  }
}
