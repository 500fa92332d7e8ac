// The pull request against the base report: score and level change, items newly blocking or fixed, regression.
import type { Delta, DeltaItem, Verdict } from '../model.js';
import type { BaseReport } from './base-report.js';

/** Points the score may drop before `fail-on: regression` fails (policy.tolerance). */
export const DEFAULT_SCORE_TOLERANCE = 0.1;

function linesPct(metrics: unknown): number | undefined {
  if (typeof metrics !== 'object' || metrics === null) return undefined;
  const lines = (metrics as { lines?: unknown }).lines;
  if (typeof lines !== 'object' || lines === null) return undefined;
  const pct = (lines as { pct?: unknown }).pct;
  return typeof pct === 'number' && Number.isFinite(pct) ? pct : undefined;
}

/** Matches items by checklist path and id (DESIGN.md "Delta"). */
export function computeDelta(verdict: Verdict, base: BaseReport): Delta {
  const newlyBlocking: DeltaItem[] = [];
  const fixed: DeltaItem[] = [];
  const ratchetsBroken: DeltaItem[] = [];
  let coverage: Delta['coverage'];
  for (const checklist of verdict.checklists) {
    const baseItems = base.items.get(checklist.checklist.path);
    for (const { item, result, isBlocking } of checklist.items) {
      const named = { checklist: checklist.checklist.path, id: item.id, title: item.title };
      const before = baseItems?.get(item.id);
      if (isBlocking && before?.isBlocking !== true) newlyBlocking.push(named);
      if (!isBlocking && before?.isBlocking === true) fixed.push(named);
      if (result.ratchetBroken) ratchetsBroken.push(named);
      if (coverage === undefined && item.check?.kind === 'coverage') {
        const head = linesPct(result.metrics);
        const was = linesPct(before?.metrics);
        if (head !== undefined && was !== undefined) coverage = { base: was, head };
      }
    }
  }
  const headScore = Number.isFinite(verdict.score) ? verdict.score : null;
  return {
    origin: base.origin,
    ...(base.commit ? { baseCommit: base.commit } : {}),
    baseScore: base.score,
    headScore,
    score: base.score === null || headScore === null ? null : headScore - base.score,
    baseLevel: base.level,
    headLevel: verdict.level,
    newlyBlocking,
    fixed,
    ratchetsBroken,
    ...(coverage ? { coverage } : {}),
  };
}

/** The `delta` output: head − base, signed, one decimal; empty without a base or a score. */
export function deltaOutput(delta: Delta | undefined): string {
  if (delta === undefined || delta.score === null) return '';
  const rounded = Math.round(delta.score * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '-' : ''}${Math.abs(rounded).toFixed(1)}`;
}

/**
 * `fail-on: regression`: worse than the base when an item blocks that did not, a ratchet
 * broke, or the score fell by more than the tolerance. Without a delta the caller falls back to
 * the gate (`blocking`).
 */
export function regressionOf(
  delta: Delta,
  tolerance = DEFAULT_SCORE_TOLERANCE,
): { regressed: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (delta.newlyBlocking.length > 0)
    reasons.push(
      `${delta.newlyBlocking.length} newly blocking: ${delta.newlyBlocking
        .slice(0, 3)
        .map((item) => item.title)
        .join('; ')}`,
    );
  if (delta.ratchetsBroken.length > 0)
    reasons.push(`ratchet broken: ${delta.ratchetsBroken.map((item) => item.title).join('; ')}`);
  if (delta.score !== null && delta.score < -tolerance)
    reasons.push(`score fell ${Math.abs(delta.score).toFixed(1)} points (tolerance ${tolerance})`);
  return { regressed: reasons.length > 0, reasons };
}
