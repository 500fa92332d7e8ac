// Judge: results → statuses, blocking, score, level and ready, exactly as DESIGN.md's verdict says.
import type {
  Checklist,
  ChecklistVerdict,
  Confirmation,
  FailOn,
  Item,
  JudgedItem,
  JudgedWaiver,
  LevelRule,
  Result,
  StatusCounts,
  Verdict,
} from '../model.js';
import { plural } from '../model.js';
import { regressionOf } from './delta.js';

export const DEFAULT_LEVELS: readonly LevelRule[] = [
  { name: 'ready', min: 90 },
  { name: 'nearly ready', min: 80 },
  { name: 'not ready', min: 70 },
  { name: 'do not deploy', min: 0 },
];

export interface JudgeOptions {
  /** From the input; overrides the checklist's policy when set. */
  readonly minScore?: number;
  /** From the input; overrides the checklist's policy when set. */
  readonly levels?: readonly LevelRule[];
}

/**
 * Blocking and failed/errored, or pending where a person was required: a blocking manual item, or
 * an item whose check could not run here (its program is not installed) when the checklist itself
 * said it blocks (such an item is judged as a manual one).
 */
export function isBlockingResult(item: Item, result: Result): boolean {
  if (!item.blocking) return false;
  if (result.status === 'failed' || result.status === 'errored') return true;
  if (result.status !== 'pending') return false;
  return item.check === undefined || item.blockingDeclared === true;
}

export function emptyCounts(): StatusCounts {
  return {
    total: 0,
    passed: 0,
    failed: 0,
    errored: 0,
    pending: 0,
    skipped: 0,
    waived: 0,
    blocking: 0,
  };
}

function addCounts(target: StatusCounts, items: readonly JudgedItem[]): void {
  for (const judged of items) {
    target.total++;
    target[judged.result.status]++;
    if (judged.isBlocking) target.blocking++;
  }
}

/** Σ weight of passed and waived / Σ weight of all not skipped × 100; null when nothing is left to score. */
export function scoreOf(items: readonly JudgedItem[]): number | null {
  let earned = 0;
  let possible = 0;
  for (const { item, result } of items) {
    if (result.status === 'skipped') continue;
    possible += item.weight;
    if (result.status === 'passed' || result.status === 'waived') earned += item.weight;
  }
  return possible === 0 ? null : (earned / possible) * 100;
}

export function levelOf(score: number | null, levels: readonly LevelRule[]): string | null {
  if (score === null) return null;
  const sorted = [...levels].sort((a, b) => b.min - a.min);
  return (sorted.find((level) => score >= level.min) ?? sorted.at(-1) ?? { name: 'unknown' }).name;
}

/** The highest level's name: only a run at that level is ready. */
export function topLevelOf(levels: readonly LevelRule[]): string {
  return [...levels].sort((a, b) => b.min - a.min)[0]?.name ?? 'ready';
}

/** Shows a score with one decimal, rounded down (89.96 shows as 89.9), or `no score`. */
export function formatScore(score: number | null): string {
  if (score === null) return 'no score';
  return (Math.floor(score * 10 + 1e-9) / 10).toFixed(1);
}

/** Why the gate is blocked or the run not ready, in the headline's vocabulary. */
function reasonFor(
  items: readonly JudgedItem[],
  score: number | null,
  minScore: number,
  passed: boolean,
  ready: boolean,
): string {
  const blocking = items.filter((judged) => judged.isBlocking);
  if (blocking.length > 0) {
    const names = blocking.slice(0, 3).map((judged) => judged.item.title);
    const more = blocking.length > 3 ? ` and ${blocking.length - 3} more` : '';
    return `${plural(blocking.length, 'blocking item')}: ${names.join('; ')}${more}`;
  }
  if (!passed)
    return score === null
      ? `no score, and min-score is ${minScore}`
      : `score ${formatScore(score)} < min-score ${minScore}`;
  if (ready) return 'no blocking item; every item passed or was waived';
  if (score === null) return 'no score: every item was skipped';
  const pending = items.filter((judged) => judged.result.status === 'pending').length;
  const failed = items.filter(
    (judged) => judged.result.status === 'failed' || judged.result.status === 'errored',
  ).length;
  const notes = [
    pending ? `${plural(pending, 'item')} ${pending === 1 ? 'awaits' : 'await'} a person` : '',
    failed ? `${plural(failed, 'advisory item')} failed` : '',
  ].filter(Boolean);
  return notes.length > 0 ? notes.join(', ') : 'the score is below the top level';
}

/** One decided item, with what waivers, sign-off and rollout said about it. */
export interface JudgedEntry {
  readonly item: Item;
  readonly result: Result;
  readonly waiver?: JudgedWaiver;
  readonly confirmation?: Confirmation;
  /** `enforce-from` still ahead: the failure does not block yet. */
  readonly enforceFrom?: { readonly date: string; readonly daysLeft: number };
}

/** Judges one checklist's items (flattened, each once). */
export function judgeChecklist(
  checklist: Checklist,
  results: readonly JudgedEntry[],
  options: JudgeOptions = {},
  accountability: {
    readonly waivers?: readonly JudgedWaiver[];
    readonly weakenings?: readonly string[];
  } = {},
): ChecklistVerdict {
  const items = results.map((entry) => ({
    ...entry,
    isBlocking: entry.enforceFrom === undefined && isBlockingResult(entry.item, entry.result),
  }));
  const counts = emptyCounts();
  addCounts(counts, items);
  const score = scoreOf(items);
  const minScore = options.minScore ?? checklist.policy.minScore ?? 0;
  const levels = options.levels ?? checklist.policy.levels ?? DEFAULT_LEVELS;
  const level = levelOf(score, levels);
  const topLevel = topLevelOf(levels);
  const passed = counts.blocking === 0 && (score === null ? minScore === 0 : score >= minScore);
  const ready = passed && score !== null && level === topLevel;
  return {
    checklist,
    items,
    counts,
    score,
    level,
    minScore,
    passed,
    ready,
    topLevel,
    reason: reasonFor(items, score, minScore, passed, ready),
    ...(accountability.waivers ? { waivers: accountability.waivers } : {}),
    ...(accountability.weakenings ? { weakenings: accountability.weakenings } : {}),
  };
}

/** Several checklists: the gate passes when every one's does, ready when every one is; the overall score over all their items. */
export function judgeAll(
  verdicts: readonly ChecklistVerdict[],
  durationMs: number,
  options: JudgeOptions & { readonly commit?: string } = {},
): Verdict {
  const all = verdicts.flatMap((verdict) => verdict.items);
  const counts = emptyCounts();
  addCounts(counts, all);
  const score = scoreOf(all);
  const levels =
    options.levels ??
    (verdicts.length === 1 ? verdicts[0]!.checklist.policy.levels : undefined) ??
    DEFAULT_LEVELS;
  return {
    passed: verdicts.length > 0 && verdicts.every((verdict) => verdict.passed),
    ready: verdicts.length > 0 && verdicts.every((verdict) => verdict.ready),
    score,
    level: levelOf(score, levels),
    counts,
    checklists: verdicts,
    durationMs,
    ...(options.commit ? { commit: options.commit } : {}),
  };
}

/** What `fail-on` reads of a verdict: the delta and the checklists' tolerance only for `regression`. */
export type StepVerdict = Pick<Verdict, 'passed' | 'ready'> &
  Partial<Pick<Verdict, 'delta' | 'checklists'>>;

/**
 * `fail-on: regression` with a base report: why the pull request is worse than the base (empty:
 * it is not). Undefined without a base report, where `regression` behaves as `blocking`.
 */
export function regressionReasons(verdict: StepVerdict): readonly string[] | undefined {
  if (!verdict.delta) return undefined;
  const tolerance = verdict.checklists?.find((cv) => cv.checklist.policy.tolerance !== undefined)
    ?.checklist.policy.tolerance;
  return regressionOf(verdict.delta, tolerance).reasons;
}

/** Whether the step fails (exit 1) for this verdict, as `fail-on` says. */
export function failsStep(verdict: StepVerdict, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'not-ready') return !verdict.ready;
  if (failOn === 'regression') {
    const reasons = regressionReasons(verdict);
    if (reasons !== undefined) return reasons.length > 0;
  }
  return !verdict.passed;
}

/**
 * The check run's conclusion: `failure` when the gate is blocked, `success` when ready, `neutral`
 * in between; under `fail-on: not-ready` a run that is not ready is a `failure`, as its step is,
 * and under `fail-on: regression` (with a base report) only a run worse than the base is.
 */
export function conclusionOf(
  verdict: StepVerdict,
  failOn: FailOn = 'blocking',
): 'success' | 'neutral' | 'failure' {
  // Under `regression` the check run agrees with the step: an old blocking item left as it was
  // does not fail it (a required check would otherwise hold the merge the step let through).
  const reasons = failOn === 'regression' ? regressionReasons(verdict) : undefined;
  if (reasons !== undefined)
    return reasons.length > 0 ? 'failure' : verdict.ready ? 'success' : 'neutral';
  if (!verdict.passed) return 'failure';
  if (verdict.ready) return 'success';
  return failOn === 'not-ready' ? 'failure' : 'neutral';
}
