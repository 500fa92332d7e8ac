// The merge run, the same for the Action's `mode: merge` and `readiness-gate merge`: files → one verdict.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ConfirmFrom, Problem } from '../model.js';
import { todayOf, type Clock } from '../clock/clock.js';
import { formatProblem } from '../checklist/load.js';
import { checklistDigests } from '../gate/checklist-digest.js';
import { loadMasked, prepareChange, type ChangeOutcome } from '../gate/run-gate.js';
import type { BaseReport } from '../gate/base-report.js';
import type { ChangeRequest } from '../git/change-range.js';
import { displayPath, isGlob } from '../workspace/paths.js';
import { globFiles } from '../workspace/files.js';
import type { JudgeOptions } from '../gate/judge.js';
import type { Masker } from '../secrets/mask.js';
import { MAX_JSON_BYTES } from '../reports/types.js';
import {
  mergeShards,
  parseExpectShards,
  type MergedVerdict,
  type ShardReportFile,
} from './merge-shards.js';
import { readRegularFileSync } from '../workspace/regular-file.js';

interface MergeRunOptions extends JudgeOptions {
  readonly workdir: string;
  /** Checklist paths or globs, as `check` takes them (default: the usual places). */
  readonly checklists: readonly string[];
  readonly infer: boolean;
  readonly coverageReport?: string;
  /** Paths or globs of the shard reports, relative to `reportsBase` (or absolute). */
  readonly reports: readonly string[];
  /** Where report paths start: the command line's current directory, the Action's working directory. */
  readonly reportsBase: string;
  /** `expect-shards` as written: a count, or names. */
  readonly expectShards: string;
  /** The commit this run is about (the shards must be of it). */
  readonly commit: string | undefined;
  readonly confirmations?: readonly string[];
  readonly confirmFrom?: ConfirmFrom;
  /** The merge job's clock: item waivers and enforce-from are judged again on it. */
  readonly clock?: Clock;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly secrets?: readonly string[];
  /** Where the pull request starts: patch coverage is judged again on this checkout's diff. */
  readonly changeRequest?: ChangeRequest;
  /** Why there is no base, when `changeRequest` is undefined. */
  readonly noBaseReason?: string;
  /** The base branch's report: ratchets and the delta. */
  readonly baseReport?: BaseReport;
}

type MergeRunOutcome =
  | (MergedVerdict & {
      readonly masker: Masker;
      /** Present when an item needed the changed lines. */
      readonly change?: ChangeOutcome;
    })
  | {
      /** Configuration errors (exit 2): an invalid checklist, a duplicate shard, a bad expect-shards. */
      readonly problems: readonly string[];
      readonly checklistProblems?: readonly Problem[];
      readonly masker: Masker;
    };

/**
 * The files a report path or glob names, sorted. Shard reports are data the workflow downloaded
 * (often outside the checkout, e.g. under RUNNER_TEMP), so unlike checklist paths they may lie
 * outside the working directory; they are only read as JSON.
 */
async function findReports(base: string, pattern: string): Promise<string[]> {
  if (!isGlob(pattern)) {
    const file = path.resolve(base, pattern);
    try {
      return (await stat(file)).isFile() ? [file] : [];
    } catch {
      return [];
    }
  }
  return globFiles(base, pattern);
}

export async function runMerge(options: MergeRunOptions): Promise<MergeRunOutcome> {
  const started = Date.now();
  const expect = parseExpectShards(options.expectShards);
  const { loaded, masker } = await loadMasked(options);
  if (loaded.problems.length > 0)
    return {
      problems: loaded.problems.map(formatProblem),
      checklistProblems: loaded.problems,
      masker,
    };
  if ('error' in expect) return { problems: [expect.error], masker };
  const blockersBefore: string[] = [];
  const files: string[] = [];
  for (const pattern of options.reports) {
    const found = await findReports(options.reportsBase, pattern);
    if (found.length === 0) blockersBefore.push(`no shard report matches ${pattern}`);
    for (const file of found) if (!files.includes(file)) files.push(file);
  }
  const reports: ShardReportFile[] = [];
  for (const file of files) {
    const shown = displayPath(file, options.workdir);
    // A report path may point anywhere, but only a regular file within the JSON limit is read.
    try {
      reports.push({
        file: shown,
        text: readRegularFileSync(file, MAX_JSON_BYTES).toString('utf8'),
      });
    } catch (error) {
      blockersBefore.push(`${shown}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const digests = await checklistDigests(options.workdir, loaded.checklists);
  const change = await prepareChange(options, loaded.checklists);
  let changes = change.changes;
  let noBaseReason = change.noBaseReason;
  // The changed lines must be those of the shards' commit, or the patch is someone else's. (An
  // event's range checks its own head: HEAD is the pull request's head or its test merge.)
  if (
    changes !== undefined &&
    options.changeRequest?.kind === 'ref' &&
    options.commit !== undefined &&
    changes.toCommit !== options.commit
  ) {
    noBaseReason = `the changed lines are of ${changes.toCommit.slice(0, 12)}, and the shards are of ${options.commit.slice(0, 12)} (check out the shards' commit)`;
    changes = undefined;
  }
  const outcome = mergeShards({
    checklists: loaded.checklists,
    digests,
    commit: options.commit,
    expect,
    reports,
    ...(options.confirmations ? { confirmations: options.confirmations } : {}),
    ...(options.confirmFrom ? { confirmFrom: options.confirmFrom } : {}),
    ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
    ...(options.levels ? { levels: options.levels } : {}),
    extraBlockers: blockersBefore,
    ...(options.clock ? { today: todayOf(options.clock) } : {}),
    ...(changes ? { changes } : {}),
    ...(noBaseReason ? { noBaseReason } : {}),
    ...(options.baseReport ? { baseReport: options.baseReport } : {}),
  });
  if ('configError' in outcome) return { problems: [outcome.configError], masker };
  return {
    ...outcome,
    verdict: {
      ...outcome.verdict,
      durationMs: Math.max(outcome.verdict.durationMs, Date.now() - started),
    },
    masker,
    ...(change.change ? { change: change.change } : {}),
  };
}
