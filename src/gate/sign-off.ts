// Sign-off: who confirmed a manual item, as policy.confirm-from and the item's owners say, from
// ticked boxes and `/confirm` commands; a confirmation goes stale when a later commit changes a covered file.
import type { Confirmation, ConfirmFrom, ConfirmedVia, Item, Result } from '../model.js';
import { normalizeTitle } from '../checklist/slug.js';
import { parseConfirmCommands } from './confirm-commands.js';
import type { PullRequestActivity } from './pull-request-activity.js';

/** One `/confirm` or `/unconfirm` from a person, with where and when it was given. */
export interface SignOffCommand {
  readonly action: 'confirm' | 'unconfirm';
  readonly ids: readonly string[];
  readonly title?: string;
  readonly by: string;
  readonly atMs: number;
  readonly at: string;
  readonly on: string | null;
  readonly via: ConfirmedVia;
}

/**
 * Every command in the pull request's reviews, review comments and comments, oldest first.
 * Dismissed reviews do not count. A comment's commit is the newest pull-request commit older than it.
 */
export function collectCommands(
  activity: PullRequestActivity,
  commits: readonly { sha: string; committedAtMs: number }[],
): SignOffCommand[] {
  const out: SignOffCommand[] = [];
  const push = (
    body: string,
    by: string,
    at: string | null,
    on: string | null,
    via: ConfirmedVia,
  ): void => {
    if (!at) return;
    const atMs = Date.parse(at);
    if (!Number.isFinite(atMs)) return;
    for (const command of parseConfirmCommands(body))
      out.push({ ...command, by: by.toLowerCase(), atMs, at, on, via });
  };
  for (const review of activity.reviews) {
    if (review.state !== 'APPROVED' && review.state !== 'COMMENTED') continue;
    push(review.body, review.user, review.submittedAt, review.commitId, 'review');
  }
  for (const comment of activity.reviewComments)
    push(comment.body, comment.user, comment.createdAt, comment.originalCommitId, 'review-comment');
  const newestFirst = [...commits].sort((a, b) => b.committedAtMs - a.committedAtMs);
  for (const comment of activity.comments) {
    const atMs = Date.parse(comment.createdAt);
    const on = newestFirst.find((commit) => commit.committedAtMs <= atMs)?.sha ?? null;
    push(comment.body, comment.user, comment.createdAt, on, 'comment');
  }
  return out.sort((a, b) => a.atMs - b.atMs);
}

export interface SignOffContext {
  readonly confirmFrom: ConfirmFrom;
  /** Ticked boxes in the pull request's description (ids or titles, as written). */
  readonly ticked: ReadonlySet<string>;
  readonly activity?: PullRequestActivity;
  readonly commands: readonly SignOffCommand[];
}

/** A manual item's decision before `covers` is checked: the result and who confirmed it. */
export interface ManualDecision {
  readonly result: Result;
  readonly confirmation?: Confirmation;
}

const short = (sha: string | null): string => (sha ? sha.slice(0, 7) : 'an unknown commit');

/** `confirmed by @carol on abc1234`, or how a box was ticked. */
export function describeConfirmation(confirmation: Confirmation): string {
  if (confirmation.via === 'pr-body') return "ticked in the pull request's description";
  if (confirmation.via === 'file') return 'ticked in the checklist file';
  return `confirmed by @${confirmation.by ?? 'someone'} on ${short(confirmation.on)}`;
}

function matches(command: SignOffCommand, item: Item): boolean {
  if (command.title !== undefined)
    return normalizeTitle(command.title) === normalizeTitle(item.title);
  return command.ids.some((id) => id.toLowerCase() === item.id.toLowerCase());
}

/** Whether `login` may confirm `item`: write access, not the author, and among the owners. */
function mayConfirm(login: string, item: Item, activity: PullRequestActivity): boolean {
  if (login === activity.author.toLowerCase()) return false;
  if (!activity.writers.includes(login)) return false;
  if (!item.owners) return true;
  return item.owners.some((owner) => {
    const name = owner.toLowerCase();
    if (!name.includes('/')) return name.replace(/^@/, '') === login;
    const team = name.startsWith('@') ? name : `@${name}`;
    return activity.teamMembers?.[team]?.includes(login) ?? false;
  });
}

/** How to confirm, as the policy and the item's owners say: the pending item's summary. */
export function howToConfirm(
  item: Item,
  confirmFrom: ConfirmFrom,
  teamsUnknownReason?: string,
): string {
  if (!item.owners && confirmFrom !== 'review') {
    return item.checked && confirmFrom === 'pr-body'
      ? "ticked in the file, but only the pull request's description may confirm"
      : 'awaits a person';
  }
  const who = item.owners
    ? `from ${item.owners.map((owner) => (owner.startsWith('@') ? owner : `@${owner}`)).join(' or ')}`
    : 'from someone with write access who is not the author';
  const teamNote =
    item.owners?.some((owner) => owner.includes('/')) && teamsUnknownReason
      ? ` (team membership cannot be read: ${teamsUnknownReason})`
      : '';
  return `waiting for \`/confirm ${item.id}\` in a review or comment ${who}${teamNote}`;
}

/** Decides a manual item from ticks and commands (the latest valid command wins). */
export function decideManualItem(item: Item, context: SignOffContext): ManualDecision {
  const { confirmFrom, activity } = context;
  const byCommand = item.owners !== undefined || confirmFrom !== 'pr-body';
  if (byCommand && activity) {
    let latest: SignOffCommand | undefined;
    for (const command of context.commands) {
      if (!matches(command, item)) continue;
      if (mayConfirm(command.by, item, activity)) latest = command;
    }
    if (latest?.action === 'confirm') {
      const confirmation: Confirmation = {
        by: latest.by,
        at: new Date(latest.atMs).toISOString(),
        on: latest.on,
        via: latest.via,
      };
      return {
        result: { status: 'passed', summary: describeConfirmation(confirmation) },
        confirmation,
      };
    }
  }
  if (item.owners === undefined && confirmFrom !== 'review') {
    if (
      context.ticked.has(item.id.toLowerCase()) ||
      context.ticked.has(normalizeTitle(item.title))
    ) {
      const confirmation: Confirmation = { by: null, at: null, on: null, via: 'pr-body' };
      return {
        result: { status: 'passed', summary: describeConfirmation(confirmation) },
        confirmation,
      };
    }
    if (item.checked && confirmFrom === 'any') {
      const confirmation: Confirmation = { by: null, at: null, on: null, via: 'file' };
      return {
        result: { status: 'passed', summary: describeConfirmation(confirmation) },
        confirmation,
      };
    }
  }
  const ignoredTick =
    item.checked && (confirmFrom === 'review' || item.owners !== undefined)
      ? 'ticked in the file, which does not confirm here; '
      : '';
  return {
    result: {
      status: 'pending',
      summary: `${ignoredTick}${howToConfirm(item, confirmFrom, activity?.teamsUnknownReason)}`,
    },
  };
}
