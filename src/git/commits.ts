// Commits: merge bases, parents, a file at a commit, and deepening a shallow checkout to reach them.
import { git, GitError, gitText } from './git.js';

export interface RepoOptions {
  readonly cwd: string;
  readonly signal?: AbortSignal;
}

function opts(options: RepoOptions): { cwd: string; signal?: AbortSignal } {
  return { cwd: options.cwd, ...(options.signal ? { signal: options.signal } : {}) };
}

/** True when `ref` names a commit present in the repository. */
export async function hasCommit(ref: string, options: RepoOptions): Promise<boolean> {
  const result = await git(['cat-file', '-e', `${ref}^{commit}`], {
    ...opts(options),
    okExitCodes: [1, 128],
  });
  return result.exitCode === 0;
}

/** The full SHA of a commit-ish (`HEAD`, a branch, a short SHA). Throws GitError when unknown. */
export async function revParse(ref: string, options: RepoOptions): Promise<string> {
  return gitText(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
    ...opts(options),
  });
}

/** The commit's parents, first parent first. */
export async function parentsOf(commit: string, options: RepoOptions): Promise<string[]> {
  const line = await gitText(['rev-list', '--parents', '-n', '1', commit, '--'], opts(options));
  return line.split(' ').slice(1).filter(Boolean);
}

/** The best common ancestor of two commits, or undefined when they share none (or it is not fetched). */
export async function mergeBase(
  a: string,
  b: string,
  options: RepoOptions,
): Promise<string | undefined> {
  const result = await git(['merge-base', a, b], { ...opts(options), okExitCodes: [1] });
  const sha = result.stdout.toString('utf8').trim();
  return result.exitCode === 0 && sha !== '' ? sha : undefined;
}

export async function isShallow(options: RepoOptions): Promise<boolean> {
  return (await gitText(['rev-parse', '--is-shallow-repository'], opts(options))) === 'true';
}

/** Commits in `from..to` (how far apart they are). */
export async function countCommits(
  from: string,
  to: string,
  options: RepoOptions,
): Promise<number> {
  return Number(await gitText(['rev-list', '--count', `${from}..${to}`, '--'], opts(options)));
}

/** `git fetch --deepen=<by>` from `remote` (the checkout's own remote, normally `origin`). */
export async function deepen(
  by: number,
  options: RepoOptions & { remote?: string },
): Promise<void> {
  await fetchQuietly([`--deepen=${by}`], [], options);
}

/** Fetches single commits by SHA (a base commit a shallow, single-branch checkout lacks). */
export async function fetchCommits(
  shas: readonly string[],
  depth: number,
  options: RepoOptions & { remote?: string },
): Promise<void> {
  await fetchQuietly([`--depth=${depth}`], shas, options);
}

/** `git fetch` of history only: no tags, no submodules, no progress on standard error. */
async function fetchQuietly(
  flags: readonly string[],
  refs: readonly string[],
  options: RepoOptions & { remote?: string },
): Promise<void> {
  await git(
    [
      'fetch',
      '--quiet',
      '--no-tags',
      '--no-recurse-submodules',
      ...flags,
      options.remote ?? 'origin',
      ...refs,
    ],
    { ...opts(options), maxBytes: 1024 * 1024 },
  );
}

/**
 * The file at `path` in `commit`, with `path` relative to `cwd` (which may be a folder inside the
 * repository, as a working-directory input is); undefined when the file did not exist there.
 * Bounded by `maxBytes`. Throws GitError when the commit itself is unknown (a shallow checkout).
 */
export async function fileAtCommit(
  commit: string,
  path: string,
  options: RepoOptions & { maxBytes?: number },
): Promise<Buffer | undefined> {
  if (!(await hasCommit(commit, options)))
    throw new GitError(`commit ${commit} is not in this checkout`, 128, '');
  // `<commit>:./<path>` is relative to the current folder, not to the repository's root.
  const spec = `${commit}:./${path.replace(/^\.?\//, '')}`;
  const exists = await git(['cat-file', '-e', spec], { ...opts(options), okExitCodes: [1, 128] });
  if (exists.exitCode !== 0) return undefined;
  const result = await git(['cat-file', 'blob', spec], {
    ...opts(options),
    maxBytes: options.maxBytes ?? 64 * 1024 * 1024,
  });
  return result.stdout;
}

/** A base that could not be reached: the message says which `fetch-depth` would reach it. */
export class ShallowCheckoutError extends GitError {
  constructor(message: string) {
    super(message, null, '');
  }
}

const DEEPEN_STEPS = [50, 200, 1000, 5000];

/**
 * The merge base of `base` and `head`, deepening a shallow checkout step by step until it is
 * found. Throws ShallowCheckoutError naming the `fetch-depth` to set when it cannot be reached.
 * `deepened` tells the caller how many commits were fetched, so it can say which depth would
 * have sufficed.
 */
export async function findMergeBase(
  base: string,
  head: string,
  options: RepoOptions & {
    remote?: string;
    mayFetch?: boolean;
    /** The depth that reaches the merge base when known (the pull request's commit count + 1). */
    depthHint?: number;
  },
): Promise<{ mergeBase: string; deepened: boolean; depthNeeded?: number }> {
  const mayFetch = options.mayFetch ?? true;
  const advice =
    options.depthHint === undefined
      ? 'set fetch-depth: 0 on actions/checkout'
      : `set fetch-depth: ${options.depthHint} on actions/checkout (or 0 for the whole history)`;
  let deepened = false;
  const present = async (): Promise<boolean> =>
    (await hasCommit(base, options)) && (await hasCommit(head, options));
  if (!(await present())) {
    if (!mayFetch || !(await isShallow(options)))
      throw new ShallowCheckoutError(
        `commit ${!(await hasCommit(base, options)) ? base : head} is not in the checkout; fetch it or ${advice}`,
      );
    try {
      await fetchCommits(
        [base, head].filter((sha) => /^[0-9a-f]{40}$/.test(sha)),
        1,
        options,
      );
      deepened = true;
    } catch (error) {
      throw new ShallowCheckoutError(
        `commit ${base} is not in the shallow checkout and could not be fetched (${(error as Error).message}); ${advice}`,
      );
    }
  }
  for (let step = 0; ; step++) {
    const found = await mergeBase(base, head, options);
    if (found !== undefined) {
      if (!deepened) return { mergeBase: found, deepened };
      const depthNeeded = (await countCommits(found, head, options)) + 1;
      return { mergeBase: found, deepened, depthNeeded };
    }
    const shallow = await isShallow(options);
    if (!shallow) throw new ShallowCheckoutError(`${base} and ${head} have no common ancestor`);
    if (!mayFetch || step >= DEEPEN_STEPS.length)
      throw new ShallowCheckoutError(
        `the checkout is too shallow to find the merge base of ${base.slice(0, 12)} and ${head.slice(0, 12)}${deepened ? ` even after fetching ${DEEPEN_STEPS.slice(0, step).reduce((a, b) => a + b, 0)} more commits` : ''}; ${advice}`,
      );
    try {
      await deepen(DEEPEN_STEPS[step]!, options);
      deepened = true;
    } catch (error) {
      throw new ShallowCheckoutError(
        `the checkout is too shallow to find the merge base of ${base.slice(0, 12)} and ${head.slice(0, 12)} and git fetch --deepen failed (${(error as Error).message}); ${advice}`,
      );
    }
  }
}

/**
 * `commit` and its first-parent ancestors, nearest first, at most `count`; a shallow checkout is
 * deepened once by `count` when the history is cut short.
 */
export async function firstParentAncestors(
  commit: string,
  count: number,
  options: RepoOptions & { remote?: string; mayFetch?: boolean },
): Promise<string[]> {
  const list = async () =>
    (
      await gitText(
        ['rev-list', '--first-parent', `--max-count=${count}`, commit, '--'],
        opts(options),
      )
    )
      .split('\n')
      .filter(Boolean);
  const found = await list();
  if (found.length >= count || !(options.mayFetch ?? true) || !(await isShallow(options)))
    return found;
  try {
    await deepen(count, options);
  } catch {
    return found;
  }
  return list();
}
