// The headline: both answers (the gate, readiness) in one vocabulary on every surface.
import type { ChecklistVerdict } from '../model.js';
import { formatScore } from '../gate/judge.js';

type HeadlineInput = Pick<
  ChecklistVerdict,
  'passed' | 'ready' | 'score' | 'level' | 'minScore' | 'counts' | 'items'
>;

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `score 54.0 (do not deploy)`, or `no score`. */
export function scorePhrase(verdict: Pick<ChecklistVerdict, 'score' | 'level'>): string {
  return verdict.score === null
    ? 'no score'
    : `score ${formatScore(verdict.score)} (${verdict.level ?? ''})`;
}

/** The mark of the headline: ✅ ready, 🟡 passes but not ready, ❌ blocked. */
export function verdictMark(verdict: Pick<ChecklistVerdict, 'passed' | 'ready'>): string {
  return verdict.ready ? '✅' : verdict.passed ? '🟡' : '❌';
}

/** Why a passing gate is not ready: the items awaiting a person, the advisory failures. */
function notReadyBecause(verdict: HeadlineInput): string {
  const pending = verdict.counts.pending;
  const failed = verdict.items.filter(
    (judged) =>
      !judged.isBlocking &&
      (judged.result.status === 'failed' || judged.result.status === 'errored'),
  ).length;
  const parts = [
    pending > 0 ? `${plural(pending, 'item')} ${pending === 1 ? 'awaits' : 'await'} a person` : '',
    failed > 0 ? `${plural(failed, 'advisory item')} failed` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'the score is below the top level';
}

/**
 * The headline without Markdown, as DESIGN.md's table gives it:
 * `❌ Blocked: 2 blocking items · score 54.0 (do not deploy)`,
 * `🟡 Not blocked, not ready: 151 items await a person · score 2.5 (do not deploy)`,
 * `✅ Ready: score 96.0 (ready)`, `❌ Blocked: score 84.0 < min-score 90`,
 * `🟡 Not blocked, no score: every item was skipped`.
 */
export function headlineText(verdict: HeadlineInput, options: { mark?: boolean } = {}): string {
  const mark = options.mark === false ? '' : `${verdictMark(verdict)} `;
  if (!verdict.passed) {
    if (verdict.counts.blocking > 0)
      return `${mark}Blocked: ${plural(verdict.counts.blocking, 'blocking item')} · ${scorePhrase(verdict)}`;
    return verdict.score === null
      ? `${mark}Blocked: no score < min-score ${verdict.minScore}`
      : `${mark}Blocked: score ${formatScore(verdict.score)} < min-score ${verdict.minScore}`;
  }
  if (verdict.ready) return `${mark}Ready: ${scorePhrase(verdict)}`;
  if (verdict.score === null) return `${mark}Not blocked, no score: every item was skipped`;
  return `${mark}Not blocked, not ready: ${notReadyBecause(verdict)} · ${scorePhrase(verdict)}`;
}

/** The headline of a whole run (one checklist: its own; several: over all their items). */
export function overallHeadline(
  verdict: {
    readonly passed: boolean;
    readonly ready: boolean;
    readonly score: number | null;
    readonly level: string | null;
    readonly counts: ChecklistVerdict['counts'];
    readonly checklists: readonly ChecklistVerdict[];
  },
  options: { mark?: boolean } = {},
): string {
  if (verdict.checklists.length === 1) return headlineText(verdict.checklists[0]!, options);
  const blockedByScore = verdict.checklists.find((cv) => !cv.passed && cv.counts.blocking === 0);
  return headlineText(
    {
      passed: verdict.passed,
      ready: verdict.ready,
      score: verdict.score,
      level: verdict.level,
      minScore: blockedByScore?.minScore ?? 0,
      counts: verdict.counts,
      items: verdict.checklists.flatMap((cv) => cv.items),
    },
    options,
  );
}
