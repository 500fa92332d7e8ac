// Judge: results → statuses, blocking, score, level and ready, exactly as DESIGN.md's verdict says.
import type {
  Checklist,
  ChecklistVerdict,
  Confirmation,
  Item,
  JudgedItem,
  JudgedWaiver,
  LevelRule,
  Result,
  StatusCounts,
  Verdict,
} from '../model.js';

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

/** Blocking and failed/errored, or a blocking manual item nobody confirmed. */
export function isBlockingResult(item: Item, result: Result): boolean {
  if (!item.blocking) return false;
  if (result.status === 'failed' || result.status === 'errored') return true;
  return result.status === 'pending' && item.check === undefined;
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

/** Σ weight of passed and waived / Σ weight of all not skipped × 100; 100 when nothing counts. */
export function scoreOf(items: readonly JudgedItem[]): number {
  let earned = 0;
  let possible = 0;
  for (const { item, result } of items) {
    if (result.status === 'skipped') continue;
    possible += item.weight;
    if (result.status === 'passed' || result.status === 'waived') earned += item.weight;
  }
  return possible === 0 ? 100 : (earned / possible) * 100;
}

export function levelOf(score: number, levels: readonly LevelRule[]): string {
  const sorted = [...levels].sort((a, b) => b.min - a.min);
  return (sorted.find((level) => score >= level.min) ?? sorted.at(-1) ?? { name: 'unknown' }).name;
}

/** Shows a score with one decimal, as every surface does (compared unrounded elsewhere). */
export function formatScore(score: number): string {
  return (Math.floor(score * 10 + 1e-9) / 10).toFixed(1);
}

function reasonFor(
  items: readonly JudgedItem[],
  score: number,
  minScore: number,
  ready: boolean,
): string {
  const blocking = items.filter((judged) => judged.isBlocking);
  if (blocking.length > 0) {
    const names = blocking.slice(0, 3).map((judged) => judged.item.title);
    const more = blocking.length > 3 ? ` and ${blocking.length - 3} more` : '';
    return `${blocking.length} blocking item${blocking.length === 1 ? '' : 's'}: ${names.join('; ')}${more}`;
  }
  if (!ready) return `score ${formatScore(score)} is below the required ${minScore}`;
  const pending = items.filter((judged) => judged.result.status === 'pending').length;
  const failed = items.filter(
    (judged) => judged.result.status === 'failed' || judged.result.status === 'errored',
  ).length;
  const notes = [
    pending ? `${pending} manual item${pending === 1 ? '' : 's'} to confirm` : '',
    failed ? `${failed} advisory item${failed === 1 ? '' : 's'} failing` : '',
  ].filter(Boolean);
  return `no blocking item${notes.length ? `; ${notes.join(', ')}` : ''}`;
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
  const ready = counts.blocking === 0 && score >= minScore;
  return {
    checklist,
    items,
    counts,
    score,
    level: levelOf(score, levels),
    minScore,
    ready,
    reason: reasonFor(items, score, minScore, ready),
    ...(accountability.waivers ? { waivers: accountability.waivers } : {}),
    ...(accountability.weakenings ? { weakenings: accountability.weakenings } : {}),
  };
}

/** Several checklists: ready when every one is; the overall score over all their items. */
export function judgeAll(
  verdicts: readonly ChecklistVerdict[],
  durationMs: number,
  options: JudgeOptions = {},
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
    ready: verdicts.length > 0 && verdicts.every((verdict) => verdict.ready),
    score,
    level: levelOf(score, levels),
    counts,
    checklists: verdicts,
    durationMs,
  };
}
