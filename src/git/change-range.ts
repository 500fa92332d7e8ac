// Which two commits a run's changed lines come from: the test merge's parents, the merge base, or a merge group's.
import { ChangeSet } from './change-set.js';
import {
  deepen,
  fetchCommits,
  findMergeBase,
  hasCommit,
  isShallow,
  parentsOf,
  revParse,
  ShallowCheckoutError,
} from './commits.js';
import { diffChangedLines } from './diff.js';

/** What the run knows about its base, from the event (action) or `--base REF` (CLI). */
export type ChangeRequest =
  | {
      readonly kind: 'pull_request';
      readonly baseSha: string;
      readonly headSha: string;
      /** `pull_request.commits`: how deep the merge base is below the head, for advice. */
      readonly commits?: number;
    }
  | { readonly kind: 'merge_group'; readonly baseSha: string; readonly headSha: string }
  | { readonly kind: 'ref'; readonly baseRef: string };

export interface ChangeRange {
  /** Old side of the diff. */
  readonly from: string;
  /** New side of the diff (HEAD, or the merge group's head). */
  readonly to: string;
  /** The merge base of the pull request's base and head: where a base report is looked for. */
  readonly mergeBase?: string;
  /** How the range was chosen, for the log. */
  readonly how: string;
  /** Something the user should know (a deepened checkout, a merge base not found). */
  readonly notes: readonly string[];
}

export interface RangeOptions {
  readonly cwd: string;
  readonly signal?: AbortSignal;
  /** May fetch from `origin` to deepen a shallow checkout (default true). */
  readonly mayFetch?: boolean;
  readonly remote?: string;
}

function short(sha: string): string {
  return sha.slice(0, 12);
}

function depthNote(depth: number | undefined): string[] {
  return depth === undefined
    ? []
    : [
        `the shallow checkout was deepened to find the merge base; fetch-depth: ${depth} on actions/checkout would avoid that`,
      ];
}

/** HEAD's parents, deepening a depth-1 checkout by one commit when they are cut off. */
async function headParents(
  options: RangeOptions,
): Promise<{ parents: string[]; deepened: boolean }> {
  const parents = await parentsOf('HEAD', options);
  if (parents.length > 0 || !(options.mayFetch ?? true) || !(await isShallow(options)))
    return { parents, deepened: false };
  await deepen(1, options);
  return { parents: await parentsOf('HEAD', options), deepened: true };
}

/**
 * Chooses the commits to diff. On GitHub's test merge commit (HEAD a merge whose second parent
 * is the pull request's head) the diff is HEAD^1..HEAD, so base-branch commits after the fork
 * never count; otherwise merge-base..HEAD. A merge group diffs its base_sha..head_sha.
 */
export async function resolveChangeRange(
  request: ChangeRequest,
  options: RangeOptions,
): Promise<ChangeRange> {
  if (request.kind === 'merge_group') {
    const missing = [];
    for (const sha of [request.baseSha, request.headSha])
      if (!(await hasCommit(sha, options))) missing.push(sha);
    if (missing.length > 0) {
      if (!(options.mayFetch ?? true))
        throw new ShallowCheckoutError(
          `commit ${short(missing[0]!)} is not in the checkout; set fetch-depth: 0 on actions/checkout`,
        );
      await fetchCommits(missing, 1, options);
    }
    return {
      from: request.baseSha,
      to: request.headSha,
      mergeBase: request.baseSha,
      how: `merge group: ${short(request.baseSha)}..${short(request.headSha)}`,
      notes: [],
    };
  }
  const head = await revParse('HEAD', options);
  if (request.kind === 'ref') {
    let base: string;
    try {
      base = await revParse(request.baseRef, options);
    } catch {
      throw new ShallowCheckoutError(
        `--base ${request.baseRef}: no such commit or branch in this repository`,
      );
    }
    const found = await findMergeBase(base, head, options);
    return {
      from: found.mergeBase,
      to: head,
      mergeBase: found.mergeBase,
      how: `merge base of ${request.baseRef} and HEAD: ${short(found.mergeBase)}..${short(head)}`,
      notes: depthNote(found.depthNeeded),
    };
  }
  const { parents, deepened } = await headParents(options);
  if (parents.length === 2 && parents[1] === request.headSha) {
    const notes: string[] = deepened
      ? [
          "the depth-1 checkout was deepened by one commit to read the test merge commit's parents; fetch-depth: 2 on actions/checkout would avoid that",
        ]
      : [];
    let base: string | undefined;
    try {
      // The merge commit, the pull request's commits, and the merge base itself.
      const depthHint = request.commits === undefined ? undefined : request.commits + 2;
      base = (
        await findMergeBase(request.baseSha, request.headSha, {
          ...options,
          ...(depthHint === undefined ? {} : { depthHint }),
        })
      ).mergeBase;
    } catch (error) {
      notes.push(`no merge base for the base report: ${(error as Error).message}`);
    }
    return {
      from: parents[0]!,
      to: head,
      ...(base === undefined ? {} : { mergeBase: base }),
      how: `test merge commit: HEAD^1..HEAD (${short(parents[0]!)}..${short(head)})`,
      notes,
    };
  }
  const depthHint = request.commits === undefined ? undefined : request.commits + 1;
  const found = await findMergeBase(request.baseSha, head, {
    ...options,
    ...(depthHint === undefined ? {} : { depthHint }),
  });
  const notes = depthNote(found.depthNeeded);
  // pull_request_target checks out the base branch unless told otherwise: nothing would change.
  if (head !== request.headSha)
    notes.push(
      `HEAD (${short(head)}) is neither the pull request's head (${short(request.headSha)}) nor its test merge commit; the changed lines are those of HEAD`,
    );
  return {
    from: found.mergeBase,
    to: head,
    mergeBase: found.mergeBase,
    how: `merge base ${short(found.mergeBase)}..HEAD (${short(head)})`,
    notes,
  };
}

/** Resolves the range and computes its changed lines. */
export async function changedLinesFor(
  request: ChangeRequest,
  options: RangeOptions,
): Promise<{ range: ChangeRange; changes: ChangeSet }> {
  const range = await resolveChangeRange(request, options);
  const changes = await diffChangedLines(range.from, range.to, options);
  return { range, changes };
}
