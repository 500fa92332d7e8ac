// Judging waivers and rollout dates on the gate's clock: a failing item under an active waiver is
// `waived`, an expired one says so and blocks, a waiver with nothing to waive is stale, and a
// failure before `enforce-from` does not block yet.
import type { Item, JudgedWaiver, Result, Waiver, WaiverState } from '../model.js';
import { daysBetween } from '../clock/clock.js';
import type { JudgedEntry } from './judge.js';

/** A waiver expiring within this many days is flagged. */
export const EXPIRING_DAYS = 7;

/** The state on `today`, before staleness (which needs the item's result). */
export function waiverStateOn(
  waiver: Waiver,
  today: string,
  isAwaitingReview: boolean,
): { state: WaiverState; daysLeft: number } {
  const daysLeft = daysBetween(today, waiver.until);
  if (daysLeft < 0) return { state: 'expired', daysLeft };
  if (isAwaitingReview) return { state: 'awaiting-review', daysLeft };
  return { state: daysLeft <= EXPIRING_DAYS ? 'expiring' : 'active', daysLeft };
}

/** Active or expiring: the waiver takes effect. */
export function isInEffect(judged: Pick<JudgedWaiver, 'state'>): boolean {
  return judged.state === 'active' || judged.state === 'expiring';
}

const days = (count: number): string => `${count} day${count === 1 ? '' : 's'}`;

/** `waived by @alice until 2027-01-31 (61 days left): Legacy module`, and the other states. */
export function describeWaiver(judged: JudgedWaiver): string {
  const { waiver } = judged;
  const what = waiver.finding ? `${waiver.finding} waived` : 'waived';
  switch (judged.state) {
    case 'active':
    case 'expiring':
      return `${what} by @${waiver.by} until ${waiver.until} (${days(judged.daysLeft)} left${judged.state === 'expiring' ? ', expiring soon' : ''}): ${waiver.reason}`;
    case 'expired':
      return `waiver${waiver.finding ? ` of ${waiver.finding}` : ''} by @${waiver.by} expired on ${waiver.until}`;
    case 'awaiting-review':
      return `waiver${waiver.finding ? ` of ${waiver.finding}` : ''} by @${waiver.by} until ${waiver.until} is new in this pull request and waits for an approval by someone other than its author`;
    case 'stale':
      return waiver.finding
        ? `waiver of ${waiver.finding} by @${waiver.by} is stale: the finding is no longer in the report; remove it`
        : `waiver by @${waiver.by} is stale: the item passes without it; remove it`;
  }
}

/** `will block from 2027-01-15 (45 days)`. */
export function describeEnforceFrom(date: string, daysLeft: number): string {
  return `will block from ${date} (${days(daysLeft)})`;
}

/** Statuses a waiver or enforce-from can hold back: a failure, or a blocking manual item still pending. */
function isHoldable(item: Item, result: Result): boolean {
  return (
    result.status === 'failed' ||
    result.status === 'errored' ||
    (result.status === 'pending' && item.check === undefined && item.blocking)
  );
}

export interface ItemAccountability {
  readonly result: Result;
  readonly waiver?: JudgedWaiver;
  readonly enforceFrom?: { readonly date: string; readonly daysLeft: number };
}

/**
 * Applies an item's own waiver and its (or the policy's) `enforce-from` to its result. Returns the
 * judged waiver too, stale when the item passes without it.
 */
export function applyItemWaiver(
  item: Item,
  result: Result,
  waiver: JudgedWaiver | undefined,
  today: string,
  policyEnforceFrom: string | undefined,
): ItemAccountability {
  const holdable = isHoldable(item, result);
  let judged = waiver;
  if (waiver && !holdable && waiver.state !== 'awaiting-review' && result.status !== 'skipped')
    judged = { ...waiver, state: 'stale' };
  if (judged && holdable) {
    if (isInEffect(judged))
      return {
        result: {
          ...result,
          status: 'waived',
          summary: `${result.summary} — ${describeWaiver(judged)}`,
        },
        waiver: judged,
      };
    result = { ...result, summary: `${result.summary} — ${describeWaiver(judged)}` };
  }
  const enforceFrom = item.enforceFrom ?? policyEnforceFrom;
  if (enforceFrom && holdable && item.blocking) {
    const daysLeft = daysBetween(today, enforceFrom);
    if (daysLeft > 0)
      return {
        result: {
          ...result,
          summary: `${result.summary} — ${describeEnforceFrom(enforceFrom, daysLeft)}`,
        },
        ...(judged ? { waiver: judged } : {}),
        enforceFrom: { date: enforceFrom, daysLeft },
      };
  }
  return { result, ...(judged ? { waiver: judged } : {}) };
}

/**
 * Every item's own waiver and `enforce-from` applied to its entry (the run's and the merge's
 * one way): the entries, and the waivers as judged (an item waiver stale when its item passes).
 */
export function applyItemWaivers(
  entries: readonly JudgedEntry[],
  waivers: readonly JudgedWaiver[],
  today: string,
  policyEnforceFrom: string | undefined,
): { entries: JudgedEntry[]; waivers: JudgedWaiver[] } {
  const judgedWaivers = new Map<JudgedWaiver, JudgedWaiver>();
  const applied = entries.map((entry) => {
    const itemWaiver = waivers.find(
      (judged) => judged.waiver.item === entry.item.id && judged.waiver.finding === undefined,
    );
    const { result, waiver, enforceFrom } = applyItemWaiver(
      entry.item,
      entry.result,
      itemWaiver,
      today,
      policyEnforceFrom,
    );
    if (itemWaiver && waiver) judgedWaivers.set(itemWaiver, waiver);
    return {
      ...entry,
      result,
      ...(waiver ? { waiver } : {}),
      ...(enforceFrom ? { enforceFrom } : {}),
    };
  });
  return {
    entries: applied,
    waivers: waivers.map((judged) => judgedWaivers.get(judged) ?? judged),
  };
}

/** A finding waiver is stale when its finding was not among those removed from the counts. */
export function judgeFindingWaiver(waiver: JudgedWaiver, result: Result): JudgedWaiver {
  if (!isInEffect(waiver) || result.status === 'skipped' || result.status === 'errored')
    return waiver;
  const removed = result.waivedFindings ?? [];
  return removed.includes(waiver.waiver.finding ?? '') ? waiver : { ...waiver, state: 'stale' };
}
