// Prepares waivers, sign-off and weakenings for a run: compares each checklist with the merge
// base (read with git), finds approvals, decides manual items and their `covers`.
import type { Checklist, ConfirmFrom, JudgedWaiver, Problem, Waiver } from '../model.js';
import { flattenItems } from '../checklist/items.js';
import { isNewWaiver, newWaiverDateProblems } from '../checklist/waivers.js';
import { todayOf, type Clock } from '../clock/clock.js';
import type { PullRequestActivity } from './pull-request-activity.js';
import type { ChecklistAccountability } from './run.js';
import { collectCommands, decideManualItem, type ManualDecision } from './sign-off.js';
import { waiverStateOn } from './waivers.js';
import { findWeakenings, withBaseSettings, type Weakening } from './weakenings.js';

export interface AccountabilityOptions {
  readonly workdir: string;
  readonly clock: Clock;
  /** The merge base of the pull request (or the CLI's `--base`); without it nothing is "new". */
  readonly baseCommit?: string;
  /** The commit judged (the pull request's head): `covers` compares a confirmation's commit with it. */
  readonly headCommit?: string;
  /** Reviews, comments and writers, fetched on first use (only when a manual item or a reviewed change needs them). */
  readonly getActivity: () => Promise<PullRequestActivity | undefined>;
  /** The `confirm-from` input: overrides the checklist's when given. */
  readonly confirmFrom?: ConfirmFrom;
  /** Ticked boxes from the pull request's description. */
  readonly ticked: ReadonlySet<string>;
}

/** Parses a checklist's text as it was at another commit, with the same loader; undefined when it does not load. */
async function checklistAt(
  workdir: string,
  commit: string,
  checklist: Checklist,
): Promise<Checklist | undefined> {
  let text: string | undefined;
  try {
    // Git (and node:child_process) load only when a base or review commit is to be read.
    const { fileAtCommit } = await import('../git/commits.js');
    text = (await fileAtCommit(commit, checklist.path, { cwd: workdir }))?.toString('utf8');
  } catch {
    return undefined;
  }
  if (text === undefined) return undefined;
  // The loaders come in only when there is a base to read (each is already loaded for its own format).
  if (checklist.format === 'yaml') {
    const { loadYamlChecklist } = await import('../checklist/yaml.js');
    return loadYamlChecklist(text, checklist.path).checklist;
  }
  const [{ readMarkdownChecklist }, { TEXT_ONLY_CONTEXT }] = await Promise.all([
    import('../checklist/markdown.js'),
    import('../checklist/recognize.js'),
  ]);
  const loaded = await readMarkdownChecklist(text, checklist.path, TEXT_ONLY_CONTEXT);
  return loaded.problems.length === 0 ? loaded.checklist : undefined;
}

const sameWaiver = (a: Waiver, b: Waiver): boolean =>
  a.item === b.item &&
  (a.finding ?? '') === (b.finding ?? '') &&
  a.until === b.until &&
  a.by === b.by &&
  a.reason === b.reason;

export interface PreparedAccountability {
  /** The checklists as judged (weakened settings back to the base's until approved). */
  readonly checklists: readonly Checklist[];
  readonly accountability: ReadonlyMap<Checklist, ChecklistAccountability>;
  /** Waiver date problems (new waivers only): the configuration is invalid. */
  readonly problems: readonly Problem[];
}

export async function prepareAccountability(
  checklists: readonly Checklist[],
  options: AccountabilityOptions,
): Promise<PreparedAccountability> {
  const today = todayOf(options.clock);
  const problems: Problem[] = [];
  const judgedList: Checklist[] = [];
  const accountability = new Map<Checklist, ChecklistAccountability>();
  let people:
    | {
        activity?: PullRequestActivity;
        approvals: PullRequestActivity['reviews'];
        commands: ReturnType<typeof collectCommands>;
      }
    | undefined;
  /** The pull request's people, read once when first needed. */
  const peopleOf = async (): Promise<NonNullable<typeof people>> => {
    if (people) return people;
    const activity = await options.getActivity();
    if (!activity) return (people = { approvals: [], commands: [] });
    // Approvals that count: APPROVED, not dismissed (GitHub then says DISMISSED), by a writer who is not the author.
    const approvals = activity.reviews.filter(
      (review) =>
        review.state === 'APPROVED' &&
        review.commitId &&
        review.user.toLowerCase() !== activity.author.toLowerCase() &&
        activity.writers.includes(review.user.toLowerCase()),
    );
    let commits: { sha: string; committedAtMs: number }[] = [];
    if (activity.comments.length > 0) {
      try {
        const { commitsBetween } = await import('../git/changed-files.js');
        commits = await commitsBetween(options.workdir, options.baseCommit, activity.headSha);
      } catch {
        commits = [];
      }
    }
    return (people = { activity, approvals, commands: collectCommands(activity, commits) });
  };
  for (const head of checklists) {
    const base = options.baseCommit
      ? await checklistAt(options.workdir, options.baseCommit, head)
      : undefined;
    // Without a readable base every waiver counts as new (a new checklist adds them all).
    const baseWaivers = options.baseCommit ? (base?.waivers ?? []) : undefined;
    problems.push(...newWaiverDateProblems(head, baseWaivers, today));
    const approvedAt = new Map<string, Checklist | undefined>();
    const atApproval = async (commit: string): Promise<Checklist | undefined> => {
      if (!approvedAt.has(commit))
        approvedAt.set(commit, await checklistAt(options.workdir, commit, head));
      return approvedAt.get(commit);
    };
    const isReviewed = head.policy.waivers === 'reviewed' || base?.policy.waivers === 'reviewed';
    const weakenings: Weakening[] = base ? findWeakenings(base, head) : [];
    const pendingWeakenings: Weakening[] = [];
    for (const weakening of weakenings) {
      let approved = false;
      if (isReviewed && base) {
        for (const review of (await peopleOf()).approvals) {
          const then = await atApproval(review.commitId!);
          if (then && findWeakenings(base, then).some((w) => w.message === weakening.message)) {
            approved = true;
            break;
          }
        }
      }
      if (isReviewed && !approved) pendingWeakenings.push(weakening);
    }
    const judged = base ? withBaseSettings(head, base, pendingWeakenings) : head;
    const waivers: JudgedWaiver[] = [];
    for (const waiver of head.waivers ?? []) {
      const isNew = isNewWaiver(waiver, baseWaivers);
      let awaiting = false;
      if (isNew && isReviewed) {
        awaiting = true;
        for (const review of (await peopleOf()).approvals) {
          const then = await atApproval(review.commitId!);
          if (then?.waivers?.some((candidate) => sameWaiver(candidate, waiver))) {
            awaiting = false;
            break;
          }
        }
      }
      waivers.push({ waiver, isNew, ...waiverStateOn(waiver, today, awaiting) });
    }
    const confirmFrom = options.confirmFrom ?? judged.policy.confirmFrom ?? 'any';
    const manual = new Map<string, ManualDecision>();
    for (const item of flattenItems(judged)) {
      if (item.check) continue;
      const { activity, commands } = await peopleOf();
      let decision = decideManualItem(item, {
        confirmFrom,
        ticked: options.ticked,
        ...(activity ? { activity } : {}),
        commands,
      });
      const on = decision.confirmation?.on;
      if (item.covers && on && decision.confirmation?.by && options.headCommit) {
        decision = await checkCovers(
          options.workdir,
          item.covers,
          on,
          options.headCommit,
          decision,
        );
      }
      manual.set(item.id, decision);
    }
    judgedList.push(judged);
    accountability.set(judged, {
      today,
      waivers,
      manual,
      weakenings: weakenings.map(
        (w) =>
          `${w.message}${pendingWeakenings.includes(w) ? ' (judged as before until someone other than the author approves)' : ''}`,
      ),
    });
  }
  return { checklists: judgedList, accountability, problems };
}

/** A confirmation goes stale when a commit after it changed a file its item covers. */
async function checkCovers(
  workdir: string,
  covers: readonly string[],
  on: string,
  head: string,
  decision: ManualDecision,
): Promise<ManualDecision> {
  const [{ default: picomatch }, { changedFilesBetween }] = await Promise.all([
    import('picomatch'),
    import('../git/changed-files.js'),
  ]);
  const isCovered = picomatch([...covers], { dot: true });
  let changed: string[];
  try {
    changed = on === head ? [] : await changedFilesBetween(workdir, on, head);
  } catch {
    return {
      result: {
        status: 'pending',
        summary: `${decision.result.summary}, but commit ${on.slice(0, 7)} is not in this checkout, so changes to ${covers.join(', ')} since then cannot be ruled out: fetch more history (fetch-depth: 0) or confirm again`,
      },
    };
  }
  const touched = changed.filter((file) => isCovered(file));
  if (touched.length === 0) return decision;
  const shown =
    touched.slice(0, 3).join(', ') + (touched.length > 3 ? ` and ${touched.length - 3} more` : '');
  return {
    result: {
      status: 'pending',
      summary: `stale: ${decision.result.summary}, but ${shown} changed since (covers ${covers.join(', ')}); confirm again`,
    },
  };
}
