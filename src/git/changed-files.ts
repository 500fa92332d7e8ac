// The files changed between two commits, and the pull request's commits with their dates: what
// `covers` and a comment's commit need, on the same git runner as the change.
import { gitText } from './git.js';

/** Repository-relative paths changed from `from` to `to`; a rename lists its old and new name. */
export async function changedFilesBetween(
  workdir: string,
  from: string,
  to: string,
): Promise<string[]> {
  const out = await gitText(['diff', '--name-status', '-z', '--find-renames', from, to, '--'], {
    cwd: workdir,
    maxBytes: 64 * 1024 * 1024,
  });
  const fields = out.split('\0').filter((field) => field !== '');
  const files = new Set<string>();
  for (let index = 0; index < fields.length;) {
    const status = fields[index++] ?? '';
    const names = /^[RC]/.test(status) ? 2 : 1;
    for (let n = 0; n < names && index < fields.length; n++) files.add(fields[index++]!);
  }
  return [...files];
}

export interface DatedCommit {
  readonly sha: string;
  /** Committer date, ms since the epoch. */
  readonly committedAtMs: number;
}

/** The commits reachable from `head` and not from `base` (all of head's history without a base), newest first. */
export async function commitsBetween(
  workdir: string,
  base: string | undefined,
  head: string,
): Promise<DatedCommit[]> {
  const out = await gitText(['log', '--format=%H %ct', base ? `${base}..${head}` : head, '--'], {
    cwd: workdir,
  });
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha, seconds] = line.split(' ');
      return { sha: sha!, committedAtMs: Number(seconds) * 1000 };
    });
}
