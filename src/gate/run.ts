// Run: decides every item of the plan, checks concurrently up to a limit, within a time budget.
import type {
  Checklist,
  ChecklistVerdict,
  ConfirmFrom,
  Item,
  JudgedWaiver,
  Result,
} from '../model.js';
import { getCheckKind } from '../checks/registry.js';
import { refusalHere } from '../checks/refusal.js';
import type { CheckContext } from '../checks/types.js';
import { flattenItems } from '../checklist/items.js';
import { normalizeTitle } from '../checklist/slug.js';
import { judgeChecklist, type JudgedEntry, type JudgeOptions } from './judge.js';
import type { ManualDecision } from './sign-off.js';
import { applyItemWaivers, isInEffect, judgeFindingWaiver } from './waivers.js';

/** What the engine decided about a checklist's people and dates before running it. */
export interface ChecklistAccountability {
  /** `YYYY-MM-DD` on the gate's clock. */
  readonly today: string;
  /** Every waiver with its state on the clock (stale is decided after the checks). */
  readonly waivers: readonly JudgedWaiver[];
  /** Manual items' decisions by item id (sign-off, covers). */
  readonly manual: ReadonlyMap<string, ManualDecision>;
  /** Weakened accountability settings, one line each. */
  readonly weakenings: readonly string[];
  /**
   * False in a shard run: item waivers and enforce-from are left to the merge job, which judges
   * them on the merged statuses and its own clock (finding waivers still apply per shard).
   */
  readonly judgesItemWaivers?: boolean;
}
import type { CommandOutcome, CommandRequest } from '../process/run-command.js';
import type { ChangeSet } from '../git/change-set.js';
import { baseItemOf, type BaseReport } from './base-report.js';

export interface RunOptions extends JudgeOptions {
  readonly workdir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Checks running at once (default: the CPU count, given by the caller). */
  readonly concurrency: number;
  /** Default seconds for a command without its own `timeout`. */
  readonly defaultTimeoutSec: number;
  /** The whole gate's budget; items not decided by then are errored. */
  readonly budgetMs: number;
  readonly mayRunCommands: boolean;
  /** Why commands may not run, shown on skipped items. */
  readonly commandsRefusedReason?: string;
  /** False on pull_request_target unless allowed (default true). */
  readonly mayFetchHttp?: boolean;
  /** Why `http` checks may not run, shown on their (errored) items. */
  readonly httpRefusedReason?: string;
  /** Ticked boxes from the pull request body (titles or ids, as written). */
  readonly confirmations?: readonly string[];
  /** Overrides the checklist's policy: `pr-body` means the file's ticks do not confirm. */
  readonly confirmFrom?: ConfirmFrom;
  readonly runCommand: (request: CommandRequest) => Promise<CommandOutcome>;
  readonly resolveFiles: (pattern: string) => Promise<string[]>;
  readonly mask: (text: string) => string;
  /** Cancels the run (SIGTERM). */
  readonly signal?: AbortSignal;
  /** A shard run: coverage items keep each file's lines. */
  readonly keepCoverageLines?: boolean;
  /** For tests: the clock. */
  readonly now?: () => number;
  /** Waivers, sign-off and rollout per checklist; without it manual items follow the ticks alone. */
  readonly accountability?: ReadonlyMap<Checklist, ChecklistAccountability>;
  /** Told of each item as soon as it is decided (the log's line per item, the terminal's progress). */
  readonly onItemDecided?: (item: Item, result: Result, checklist: Checklist) => void;
  /** Told of each check as it starts (the terminal's "what is running"). */
  readonly onItemStarted?: (item: Item) => void;
  /** The pull request's changed lines; undefined when the run has no base. */
  readonly changes?: ChangeSet;
  /** Why there is no base (or why it could not be reached), for items that need one. */
  readonly noBaseReason?: string;
  /** The base branch's report, for ratchets (`min-lines: base`). */
  readonly baseReport?: BaseReport;
}

/** Runs tasks with at most `limit` at once, keeping their order in the results. */
export async function mapConcurrent<T, R>(
  inputs: readonly T[],
  limit: number,
  task: (input: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(inputs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await task(inputs[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, inputs.length)) }, worker));
  return results;
}

/** A person's answer: a ticked box in the pull request's description, or in the committed file. */
function confirmation(
  item: Item,
  confirmed: ReadonlySet<string>,
  fileMayConfirm: boolean,
): Result | undefined {
  if (confirmed.has(item.id.toLowerCase()) || confirmed.has(normalizeTitle(item.title)))
    return { status: 'passed', summary: "ticked in the pull request's description" };
  if (item.checked && fileMayConfirm)
    return { status: 'passed', summary: 'ticked in the checklist file' };
  return undefined;
}

/** A manual item: confirmed by the pull request (ids or normalized titles in `confirmed`) or, when allowed, by its tick in the file. */
export function judgeManual(
  item: Item,
  confirmed: ReadonlySet<string>,
  fileMayConfirm: boolean,
): Result {
  return (
    confirmation(item, confirmed, fileMayConfirm) ?? {
      status: 'pending',
      summary: item.checked
        ? "ticked in the file, but only the pull request's description may confirm"
        : 'awaits a person',
    }
  );
}

/** The promise's value, or `fallback()` as soon as the signal aborts, whichever comes first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal, fallback: () => T): Promise<T> {
  if (signal.aborted) return Promise.resolve(fallback());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => resolve(fallback());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

async function decide(
  checklist: Checklist,
  item: Item,
  options: RunOptions,
  signal: AbortSignal,
  budgetSec: number,
  deadline: number,
  waivedFindings: ReadonlySet<string> | undefined,
): Promise<Result> {
  const now = options.now ?? Date.now;
  const check = item.check!;
  const kind = getCheckKind(check.kind);
  if (signal.aborted) {
    return {
      status: 'errored',
      summary: `not run: ${options.signal?.aborted ? 'the run was cancelled' : `the gate's time budget (${budgetSec} s) ran out`}`,
    };
  }
  // Refused here (pull_request_target): errored, so the item cannot drop out of the score.
  const refusal = refusalHere(kind, check.options, options);
  if (refusal !== undefined) return { status: 'errored', summary: refusal };
  const context: CheckContext = {
    workdir: options.workdir,
    env: options.env,
    runCommand: options.runCommand,
    resolveFiles: options.resolveFiles,
    mask: options.mask,
    isInferred: item.inferred,
    signal,
    defaultTimeoutSec: options.defaultTimeoutSec,
    mayRunCommands: options.mayRunCommands,
    remainingMs: () => deadline - now(),
    mayFetchHttp: options.mayFetchHttp ?? true,
    ...(options.httpRefusedReason ? { httpRefusedReason: options.httpRefusedReason } : {}),
    ...(options.keepCoverageLines ? { keepCoverageLines: true } : {}),
    ...(options.changes ? { changes: options.changes } : {}),
    ...(options.noBaseReason ? { noBaseReason: options.noBaseReason } : {}),
    hasBaseReport: options.baseReport !== undefined,
    ...withBaseItem(baseItemOf(options.baseReport, checklist.path, item.id)),
    ...(waivedFindings && waivedFindings.size > 0 ? { waivedFindings } : {}),
  };
  const started = Date.now();
  try {
    // The budget holds whatever a check does: one still running when it ends is given up on.
    const result = await untilAborted(kind.run(check.options, context), signal, () => ({
      status: 'errored' as const,
      summary: `not finished: ${options.signal?.aborted ? 'the run was cancelled' : `the gate's time budget (${budgetSec} s) ran out`}`,
    }));
    return {
      ...result,
      summary: options.mask(result.summary),
      durationMs: result.durationMs ?? Date.now() - started,
    };
  } catch (error) {
    // A check must not throw; if one does, the item is undecided, never passed.
    return {
      status: 'errored',
      summary: options.mask(
        `internal error in the ${check.kind} check: ${(error as Error).message}`,
      ),
      durationMs: Date.now() - started,
    };
  }
}

/** Ticked boxes as ids (lower case) and normalized titles, as `judgeManual` looks them up. */
export function confirmationSet(confirmations: readonly string[]): Set<string> {
  return new Set(
    confirmations.flatMap((text) => [text.trim().toLowerCase(), normalizeTitle(text)]),
  );
}

function withBaseItem(base: ReturnType<typeof baseItemOf>): Pick<CheckContext, 'baseItem'> {
  if (base === undefined) return {};
  return { baseItem: { status: base.status, ...(base.metrics ? { metrics: base.metrics } : {}) } };
}

/** Decides every item of every checklist and judges each checklist. */
export async function runChecklists(
  checklists: readonly Checklist[],
  options: RunOptions,
): Promise<ChecklistVerdict[]> {
  const budget = new AbortController();
  const onCancel = (): void => budget.abort();
  options.signal?.addEventListener('abort', onCancel, { once: true });
  const timer = setTimeout(() => budget.abort(), options.budgetMs);
  timer.unref?.();
  const budgetSec = Math.round(options.budgetMs / 1000);
  const deadline = (options.now ?? Date.now)() + options.budgetMs;
  const confirmed = confirmationSet(options.confirmations ?? []);
  try {
    const all = checklists.flatMap((checklist) =>
      flattenItems(checklist).map((item) => ({ checklist, item })),
    );
    const manualDecisions = new Map<number, ManualDecision>();
    const results = await mapConcurrent(
      all,
      options.concurrency,
      async ({ checklist, item }, index) => {
        const accountability = options.accountability?.get(checklist);
        const fileMayConfirm =
          (options.confirmFrom ?? checklist.policy.confirmFrom ?? 'any') !== 'pr-body';
        let result: Result;
        if (item.skip !== undefined) result = { status: 'skipped', summary: item.skip };
        else if (!item.check) {
          const decision = accountability?.manual.get(item.id);
          if (decision) {
            manualDecisions.set(index, decision);
            result = decision.result;
          } else result = judgeManual(item, confirmed, fileMayConfirm);
        } else {
          options.onItemStarted?.(item);
          const waivedFindings = new Set(
            (accountability?.waivers ?? [])
              .filter(
                (judged) =>
                  judged.waiver.item === item.id &&
                  judged.waiver.finding !== undefined &&
                  isInEffect(judged),
              )
              .map((judged) => judged.waiver.finding!),
          );
          result = await decide(
            checklist,
            item,
            options,
            budget.signal,
            budgetSec,
            deadline,
            waivedFindings,
          );
          // A check that could not run here (its program is not installed) is judged as a manual item.
          if (result.status === 'pending')
            result = { ...result, ...confirmation(item, confirmed, fileMayConfirm) };
        }
        options.onItemDecided?.(item, result, checklist);
        return result;
      },
    );
    return checklists.map((checklist) => {
      const accountability = options.accountability?.get(checklist);
      const findingWaivers = new Map<JudgedWaiver, JudgedWaiver>();
      const entries: JudgedEntry[] = [];
      all.forEach((entry, index) => {
        if (entry.checklist !== checklist) return;
        const { item } = entry;
        const result = results[index]!;
        const confirmation = manualDecisions.get(index)?.confirmation;
        for (const judged of accountability?.waivers ?? []) {
          if (judged.waiver.item !== item.id || judged.waiver.finding === undefined) continue;
          findingWaivers.set(judged, judgeFindingWaiver(judged, result));
        }
        entries.push({ item, result, ...(confirmation ? { confirmation } : {}) });
      });
      if (!accountability) return judgeChecklist(checklist, entries, options);
      const waivers = accountability.waivers.map((judged) => findingWaivers.get(judged) ?? judged);
      const accounted =
        accountability.judgesItemWaivers === false
          ? { entries, waivers }
          : applyItemWaivers(entries, waivers, accountability.today, checklist.policy.enforceFrom);
      return judgeChecklist(checklist, accounted.entries, options, {
        waivers: accounted.waivers,
        weakenings: accountability.weakenings,
      });
    });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
  }
}
