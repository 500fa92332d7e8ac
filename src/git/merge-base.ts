// The merge base of two commits and the commits in a range with their dates, from local git.
import { runGit } from './run-git.js';

/** `git merge-base a b`; throws GitError when either is missing (checkout too shallow). */
export async function mergeBaseOf(workdir: string, a: string, b: string): Promise<string> {
  return (await runGit(workdir, ['merge-base', a, b])).trim();
}

/** `git rev-parse --verify <ref>^{commit}`: the full SHA, or undefined when unknown here. */
export async function resolveCommit(workdir: string, ref: string): Promise<string | undefined> {
  try {
    return (await runGit(workdir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    return undefined;
  }
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
  const out = await runGit(workdir, ['log', '--format=%H %ct', base ? `${base}..${head}` : head]);
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha, seconds] = line.split(' ');
      return { sha: sha!, committedAtMs: Number(seconds) * 1000 };
    });
}
