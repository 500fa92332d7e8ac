// The engine: load → plan → run → judge, the same for the Action and the command line.
import os from 'node:os';
import type { CheckSpec, Checklist, ConfirmFrom, Problem, Verdict } from '../model.js';
import type { Clock } from '../clock/clock.js';
import { normalizeTitle } from '../checklist/slug.js';
import type { PullRequestActivity } from './pull-request-activity.js';
// Static: one chunk with the engine (a separate module would cost a load on every run).
import { prepareAccountability } from './accountability.js';
import { flattenItems } from '../checklist/items.js';
import { loadChecklists } from '../checklist/load.js';
import { judgeAll, type JudgeOptions } from './judge.js';
import { createMasker, secretNames, type Masker } from '../secrets/mask.js';
import { runChecklists, type RunOptions } from './run.js';
import type { CommandOutcome, CommandRequest } from '../process/run-command.js';
import { resolveFiles } from '../workspace/files.js';
import type { ChangeRequest, ChangeRange } from '../git/change-range.js';
import type { ChangeSet } from '../git/change-set.js';
import type { BaseReport } from './base-report.js';
import { computeDelta } from './delta.js';

export interface GateOptions extends JudgeOptions {
  readonly workdir: string;
  readonly checklists: readonly string[];
  readonly infer: boolean;
  readonly concurrency?: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly defaultTimeoutSec?: number;
  /** Whole-gate budget in milliseconds (default 30 minutes). */
  readonly budgetMs?: number;
  readonly mayRunCommands?: boolean;
  readonly commandsRefusedReason?: string;
  readonly mayFetchHttp?: boolean;
  readonly httpRefusedReason?: string;
  readonly confirmations?: readonly string[];
  /** The `confirm-from` input; overrides the checklist's when given. */
  readonly confirmFrom?: ConfirmFrom;
  /** The one clock of the run (system, or READINESS_GATE_NOW), made by the entry. */
  readonly clock: Clock;
  /** The merge base: waivers and settings are compared with the checklist there. */
  readonly baseCommit?: string;
  /** Why there is no merge base although there should be one; a note when the checklists have waivers. */
  readonly baseUnavailable?: string;
  /** The commit judged (the pull request's head). */
  readonly headCommit?: string;
  /** Reviews, comments and who may write, fetched by the entry. */
  readonly activity?: PullRequestActivity;
  /** Or fetched once the checklists are known (their `@org/team` owners say whose membership to ask). */
  readonly loadActivity?: (
    checklists: readonly Checklist[],
  ) => Promise<PullRequestActivity | undefined>;
  readonly coverageReport?: string;
  /** A shard run: coverage items keep each file's lines for the merge. */
  readonly keepCoverageLines?: boolean;
  /** Extra secrets to mask (the token). */
  readonly secrets?: readonly string[];
  readonly signal?: AbortSignal;
  /** The judged commit, carried into the verdict (and the JSON report). */
  readonly commit?: string;
  readonly onItemDecided?: RunOptions['onItemDecided'];
  readonly onItemStarted?: RunOptions['onItemStarted'];
  /** Told once the checklists are loaded, with how many items will be decided. */
  readonly onLoaded?: (itemCount: number) => void;
  /**
   * With several checklists of which some are invalid, still decide the valid ones (their
   * verdict comes back beside the problems). Off: any problem means no verdict at all.
   */
  readonly decideValid?: boolean;
  /** Where the pull request starts (the event's base, `--base REF`); undefined: the run has no base. */
  readonly changeRequest?: ChangeRequest;
  /** Why there is no base, when `changeRequest` is undefined (a push, the CLI without --base). */
  readonly noBaseReason?: string;
  /** The base branch's report, already read. */
  readonly baseReport?: BaseReport;
}

/** The change the run judged: the commits diffed, what the user should know, or why there is none. */
export interface ChangeOutcome {
  readonly range?: ChangeRange;
  readonly notes: readonly string[];
  /** The base could not be reached (too shallow, unknown ref): items that need it are errored with this. */
  readonly error?: string;
}

export interface GateOutcome {
  /** Undefined when the configuration is invalid (unless `decideValid`: then the valid checklists' verdict). */
  readonly verdict?: Verdict;
  readonly checklists: readonly Checklist[];
  readonly problems: readonly Problem[];
  readonly masker: Masker;
  /** Things the user should know (shown as warnings): why waivers could not be compared with the base. */
  readonly notes?: readonly string[];
  /** Present when an item needed the changed lines. */
  readonly change?: ChangeOutcome;
}

/** True when some item judges the change (patch coverage, or findings in a scope). */
export function needsChanges(checklists: readonly Checklist[]): boolean {
  return checklists.some((checklist) =>
    flattenItems(checklist).some((item) => item.check !== undefined && judgesChange(item.check)),
  );
}

function judgesChange(check: CheckSpec): boolean {
  switch (check.kind) {
    case 'coverage':
      return (
        check.options['min-patch-lines'] !== undefined ||
        check.options['min-patch-branches'] !== undefined
      );
    case 'lint':
    case 'bandit':
    case 'scan':
      return check.options.scope !== undefined && check.options.scope !== 'all';
    default:
      return false;
  }
}

/** Runs git only when an item needs the change; a base it cannot reach becomes the items' reason. */
export async function prepareChange(
  options: Pick<GateOptions, 'changeRequest' | 'noBaseReason' | 'workdir' | 'signal'>,
  checklists: readonly Checklist[],
): Promise<{ changes?: ChangeSet; noBaseReason?: string; change?: ChangeOutcome }> {
  if (!needsChanges(checklists)) return {};
  if (options.changeRequest === undefined)
    return {
      noBaseReason:
        options.noBaseReason ??
        'the run has no base (the CLI needs --base REF, the action a pull_request or merge_group event)',
      change: { notes: [] },
    };
  const { changedLinesFor } = await import('../git/change-range.js');
  try {
    const { range, changes } = await changedLinesFor(options.changeRequest, {
      cwd: options.workdir,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return { changes, change: { range, notes: range.notes } };
  } catch (error) {
    const message = (error as Error).message;
    return {
      noBaseReason: `the base could not be reached: ${message}`,
      change: { notes: [], error: message },
    };
  }
}

export const DEFAULT_BUDGET_MS = 30 * 60 * 1000;
export const DEFAULT_COMMAND_TIMEOUT_SEC = 600;

/** The masker every surface uses: the given secrets, env-check values, and secret-named variables. */
export function buildMasker(
  env: GateOptions['env'],
  secrets: readonly string[],
  checklists: readonly Checklist[],
): Masker {
  const masker = createMasker(secrets);
  for (const name of secretNames(env)) masker.add(env[name]);
  for (const item of checklists.flatMap(flattenItems)) {
    if (item.check?.kind !== 'env') continue;
    for (const name of (item.check.options.required as string[] | undefined) ?? [])
      masker.add(env[name]);
  }
  return masker;
}

/** The checklists of a run (gate or merge) and the masker made from them, before anything is shown. */
export async function loadMasked(
  options: Pick<
    GateOptions,
    'workdir' | 'checklists' | 'infer' | 'coverageReport' | 'env' | 'secrets'
  >,
): Promise<{ loaded: Awaited<ReturnType<typeof loadChecklists>>; masker: Masker }> {
  const loaded = await loadChecklists({
    workdir: options.workdir,
    patterns: options.checklists,
    infer: options.infer,
    ...(options.coverageReport ? { coverageReport: options.coverageReport } : {}),
  });
  return { loaded, masker: buildMasker(options.env, options.secrets ?? [], loaded.checklists) };
}

/** Loads node:child_process (through run-command.ts) only when a check runs a command. */
async function runCommand(request: CommandRequest): Promise<CommandOutcome> {
  const { runCommand: run } = await import('../process/run-command.js');
  return run(request);
}

export async function runGate(options: GateOptions): Promise<GateOutcome> {
  const started = Date.now();
  const { loaded, masker } = await loadMasked(options);
  if (loaded.problems.length > 0 && !(options.decideValid && loaded.checklists.length > 0))
    return { checklists: loaded.checklists, problems: loaded.problems, masker };
  // Reviews and comments are read once, and only when something needs them (a manual item, or a
  // waiver or weakening under `waivers: reviewed`).
  let activity: Promise<PullRequestActivity | undefined> | undefined;
  const getActivity = (): Promise<PullRequestActivity | undefined> =>
    (activity ??= options.activity
      ? Promise.resolve(options.activity)
      : (options.loadActivity?.(loaded.checklists) ?? Promise.resolve(undefined)));
  const notes: string[] = [];
  if (
    options.baseUnavailable &&
    loaded.checklists.some((checklist) => (checklist.waivers?.length ?? 0) > 0)
  )
    notes.push(options.baseUnavailable);
  const prepared = await prepareAccountability(loaded.checklists, {
    workdir: options.workdir,
    clock: options.clock,
    ...(options.baseCommit ? { baseCommit: options.baseCommit } : {}),
    ...(options.headCommit ? { headCommit: options.headCommit } : {}),
    getActivity,
    ...(options.confirmFrom ? { confirmFrom: options.confirmFrom } : {}),
    ticked: new Set(
      (options.confirmations ?? []).flatMap((text) => [
        text.trim().toLowerCase(),
        normalizeTitle(text),
      ]),
    ),
  });
  if (prepared.problems.length > 0)
    return {
      checklists: loaded.checklists,
      problems: [...loaded.problems, ...prepared.problems],
      masker,
    };
  options.onLoaded?.(prepared.checklists.reduce((sum, c) => sum + flattenItems(c).length, 0));
  const change = await prepareChange(options, prepared.checklists);
  const verdicts = await runChecklists(prepared.checklists, {
    ...(change.changes ? { changes: change.changes } : {}),
    ...(change.noBaseReason ? { noBaseReason: change.noBaseReason } : {}),
    ...(options.baseReport ? { baseReport: options.baseReport } : {}),
    accountability: options.keepCoverageLines
      ? new Map(
          [...prepared.accountability].map(([checklist, accountability]) => [
            checklist,
            { ...accountability, judgesItemWaivers: false },
          ]),
        )
      : prepared.accountability,
    workdir: options.workdir,
    env: options.env,
    concurrency: options.concurrency ?? Math.max(1, os.availableParallelism()),
    defaultTimeoutSec: options.defaultTimeoutSec ?? DEFAULT_COMMAND_TIMEOUT_SEC,
    budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS,
    mayRunCommands: options.mayRunCommands ?? true,
    ...(options.commandsRefusedReason
      ? { commandsRefusedReason: options.commandsRefusedReason }
      : {}),
    ...(options.mayFetchHttp === undefined ? {} : { mayFetchHttp: options.mayFetchHttp }),
    ...(options.httpRefusedReason ? { httpRefusedReason: options.httpRefusedReason } : {}),
    ...(options.confirmations ? { confirmations: options.confirmations } : {}),
    ...(options.confirmFrom ? { confirmFrom: options.confirmFrom } : {}),
    ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
    ...(options.levels ? { levels: options.levels } : {}),
    ...(options.keepCoverageLines ? { keepCoverageLines: true } : {}),
    runCommand,
    resolveFiles: (pattern) => resolveFiles(options.workdir, pattern),
    mask: masker.mask,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onItemDecided ? { onItemDecided: options.onItemDecided } : {}),
    ...(options.onItemStarted ? { onItemStarted: options.onItemStarted } : {}),
  });
  const judged = judgeAll(verdicts, Date.now() - started, {
    ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
    ...(options.levels ? { levels: options.levels } : {}),
    ...(options.commit ? { commit: options.commit } : {}),
  });
  const verdict = options.baseReport
    ? { ...judged, delta: computeDelta(judged, options.baseReport) }
    : judged;
  return {
    verdict,
    checklists: loaded.checklists,
    problems: loaded.problems,
    masker,
    notes,
    ...(change.change ? { change: change.change } : {}),
  };
}
