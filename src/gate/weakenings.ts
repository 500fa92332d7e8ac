// The policy cannot be weakened unseen: accountability settings compared with the checklist at the
// merge base, each weakening one line, and the checklist judged by the base's settings until approved.
import type { Checklist, ConfirmFrom, Item, Policy, Section } from '../model.js';
import { flattenItems } from '../checklist/items.js';

export interface Weakening {
  /** `changed in this pull request: …`, shown on every surface. */
  readonly message: string;
  /** The item it concerns, or undefined for the policy. */
  readonly itemId?: string;
}

const CONFIRM_STRENGTH: Record<ConfirmFrom, number> = { any: 0, 'pr-body': 1, review: 2 };

const later = (head: string | undefined, base: string | undefined): boolean =>
  head !== undefined && (base === undefined || head > base);

function policyWeakenings(base: Policy, head: Policy): Weakening[] {
  const out: Weakening[] = [];
  const say = (message: string): void => {
    out.push({ message: `changed in this pull request: ${message}` });
  };
  const baseConfirm = base.confirmFrom ?? 'any';
  const headConfirm = head.confirmFrom ?? 'any';
  if (CONFIRM_STRENGTH[headConfirm] < CONFIRM_STRENGTH[baseConfirm])
    say(`policy confirm-from ${baseConfirm} → ${headConfirm}`);
  if (base.waivers === 'reviewed' && head.waivers !== 'reviewed')
    say(`policy waivers reviewed → ${head.waivers ?? 'any'}`);
  if ((head.maxWaiverDays ?? 90) > (base.maxWaiverDays ?? 90))
    say(`policy max-waiver-days ${base.maxWaiverDays ?? 90} → ${head.maxWaiverDays ?? 90}`);
  if (later(head.enforceFrom, base.enforceFrom))
    say(`policy enforce-from ${base.enforceFrom ?? '(none)'} → ${head.enforceFrom}`);
  if ((head.minScore ?? 0) < (base.minScore ?? 0))
    say(`policy min-score ${base.minScore ?? 0} → ${head.minScore ?? 0}`);
  return out;
}

function itemWeakenings(base: Item, head: Item): Weakening[] {
  const out: Weakening[] = [];
  const say = (message: string): void => {
    out.push({ message: `changed in this pull request: ${head.id} ${message}`, itemId: head.id });
  };
  if (base.blocking && !head.blocking) say('blocking true → false');
  const missingOwners = (base.owners ?? []).filter(
    (owner) => !(head.owners ?? []).some((o) => o.toLowerCase() === owner.toLowerCase()),
  );
  if (base.owners && (!head.owners || missingOwners.length > 0))
    say(`owners ${base.owners.join(', ')} → ${head.owners?.join(', ') ?? '(anyone)'}`);
  const missingCovers = (base.covers ?? []).filter((glob) => !(head.covers ?? []).includes(glob));
  if (missingCovers.length > 0) say(`covers no longer ${missingCovers.join(', ')}`);
  if (later(head.enforceFrom, base.enforceFrom))
    say(`enforce-from ${base.enforceFrom ?? '(none)'} → ${head.enforceFrom}`);
  return out;
}

/** Every weakening of `head` against `base`: policy, per item, and removed items. */
export function findWeakenings(base: Checklist, head: Checklist): Weakening[] {
  const out = policyWeakenings(base.policy, head.policy);
  const headItems = new Map(flattenItems(head).map((item) => [item.id, item]));
  for (const baseItem of flattenItems(base)) {
    const headItem = headItems.get(baseItem.id);
    if (!headItem)
      out.push({ message: `changed in this pull request: item ${baseItem.id} removed` });
    else out.push(...itemWeakenings(baseItem, headItem));
  }
  return out;
}

function mapItems(checklist: Checklist, fn: (item: Item) => Item): Checklist {
  const mapItem = (item: Item): Item => fn({ ...item, children: item.children.map(mapItem) });
  const mapSection = (section: Section): Section => ({
    ...section,
    items: section.items.map(mapItem),
    sections: section.sections.map(mapSection),
  });
  return {
    ...checklist,
    items: checklist.items.map(mapItem),
    sections: checklist.sections.map(mapSection),
  };
}

/**
 * The checklist as judged while weakenings wait for approval: each weakened setting as the base
 * had it (a removed item cannot be judged; it is shown, not restored).
 */
export function withBaseSettings(
  head: Checklist,
  base: Checklist,
  pending: readonly Weakening[],
): Checklist {
  if (pending.length === 0) return head;
  const policy: Policy = pending.some((w) => w.itemId === undefined)
    ? {
        ...head.policy,
        ...(CONFIRM_STRENGTH[head.policy.confirmFrom ?? 'any'] <
        CONFIRM_STRENGTH[base.policy.confirmFrom ?? 'any']
          ? { confirmFrom: base.policy.confirmFrom }
          : {}),
        ...(base.policy.waivers === 'reviewed' ? { waivers: 'reviewed' as const } : {}),
        ...((head.policy.maxWaiverDays ?? 90) > (base.policy.maxWaiverDays ?? 90)
          ? { maxWaiverDays: base.policy.maxWaiverDays ?? 90 }
          : {}),
        ...((head.policy.minScore ?? 0) < (base.policy.minScore ?? 0)
          ? { minScore: base.policy.minScore ?? 0 }
          : {}),
        ...(later(head.policy.enforceFrom, base.policy.enforceFrom)
          ? { enforceFrom: base.policy.enforceFrom }
          : {}),
      }
    : head.policy;
  const baseItems = new Map(flattenItems(base).map((item) => [item.id, item]));
  const weakenedIds = new Set(pending.map((w) => w.itemId).filter(Boolean));
  const reverted = mapItems(head, (item) => {
    const before = baseItems.get(item.id);
    if (!before || !weakenedIds.has(item.id)) return item;
    const { owners: _owners, covers: _covers, enforceFrom: _enforceFrom, ...rest } = item;
    return {
      ...rest,
      blocking: item.blocking || before.blocking,
      ...(before.owners ? { owners: before.owners } : {}),
      ...(before.covers || item.covers
        ? { covers: [...new Set([...(item.covers ?? []), ...(before.covers ?? [])])] }
        : {}),
      ...(later(item.enforceFrom, before.enforceFrom)
        ? before.enforceFrom
          ? { enforceFrom: before.enforceFrom }
          : {}
        : item.enforceFrom
          ? { enforceFrom: item.enforceFrom }
          : {}),
    };
  });
  // `undefined` values would read as "set"; drop them.
  const cleanPolicy = Object.fromEntries(
    Object.entries(policy).filter(([, value]) => value !== undefined),
  ) as Policy;
  return { ...reverted, policy: cleanPolicy };
}
