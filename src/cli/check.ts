// `readiness-gate check`: the whole gate, locally; the verdict on standard output, progress on standard error.
import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FailOn, Item, Problem, Verdict } from '../model.js';
import { resolveRealInside } from '../workspace/paths.js';
import {
  checklistsOf,
  colorOf,
  COMMON_OPTIONS,
  EXIT_BAD_INPUT,
  EXIT_BLOCKED,
  EXIT_PASSED,
  formatOption,
  numberOption,
  parseCommand,
  UsageError,
  workdirOf,
  type CliContext,
} from './args.js';
import { startProgress } from './progress.js';

const CHECK_OPTIONS = {
  ...COMMON_OPTIONS,
  checklist: { type: 'string', short: 'c', multiple: true },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  'min-score': { type: 'string' },
  infer: { type: 'boolean', default: true },
  'coverage-report': { type: 'string' },
  concurrency: { type: 'string' },
  'timeout-minutes': { type: 'string' },
  confirm: { type: 'string', multiple: true },
  'confirm-from': { type: 'string' },
  'fail-on': { type: 'string' },
  base: { type: 'string' },
  'base-report': { type: 'string' },
  verbose: { type: 'boolean' },
  color: { type: 'boolean' },
  shard: { type: 'string' },
  commit: { type: 'string' },
} as const;

const FAIL_ON: readonly FailOn[] = ['blocking', 'not-ready', 'regression', 'never'];

export async function check(
  argv: readonly string[],
  io: CliContext,
  signal?: AbortSignal,
): Promise<number> {
  const { values, positionals } = parseCommand(argv, CHECK_OPTIONS, 'check');
  const shard = values.shard as string | undefined;
  // The format is known first, so bad input can be answered in it; a shard writes JSON.
  const chosen = formatOption(values.format ?? (shard !== undefined ? 'json' : undefined), [
    'text',
    'markdown',
    'json',
  ] as const);
  try {
    if (shard !== undefined) {
      if (shard.trim() === '') throw new UsageError('--shard needs a name');
      if (chosen !== 'json')
        throw new UsageError(
          '--shard writes a JSON shard report: use --format json (the default with --shard)',
        );
      return await checkShard(values, positionals, shard.trim(), io, signal);
    }
    if (values.commit !== undefined)
      throw new UsageError("--commit names a shard's commit: use it with --shard");
    return await checkWith(values, positionals, chosen, io, signal);
  } catch (error) {
    if (chosen === 'json' && error instanceof UsageError) {
      const { renderErrorJson } = await import('../render/json.js');
      io.stdout(
        renderErrorJson([{ file: '', line: 0, column: 0, message: error.message }], 'bad-usage'),
      );
      io.stderr(`readiness-gate: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

async function checkWith(
  values: Record<string, unknown>,
  positionals: readonly string[],
  chosen: 'text' | 'markdown' | 'json',
  io: CliContext,
  signal?: AbortSignal,
): Promise<number> {
  const workdir = workdirOf(values, io);
  const outFile = outFileOf(values, workdir);
  const failOn = (values['fail-on'] as string | undefined) ?? 'blocking';
  if (!FAIL_ON.includes(failOn as FailOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, found "${failOn}"`);
  const limits = limitsOf(values);
  const base = values.base as string | undefined;
  const baseReportFile = values['base-report'] as string | undefined;
  const baseReport =
    baseReportFile === undefined ? undefined : await readBaseReportFile(workdir, baseReportFile);
  const verbose = values.verbose === true;
  const color = colorOf(values, io);
  // Only the chosen renderer is loaded, while the gate runs.
  const textColor = chosen === 'text' && outFile === undefined && color();
  const renderer: Promise<(verdict: Verdict) => string> =
    chosen === 'json'
      ? import('../render/json.js').then((m) => (verdict: Verdict) => m.renderJson(verdict))
      : chosen === 'markdown'
        ? import('../render/markdown.js').then(
            (m) => (verdict: Verdict) => m.renderMarkdown(verdict),
          )
        : import('../render/text.js').then(
            (m) => (verdict: Verdict) => m.renderText(verdict, { color: textColor, verbose }),
          );
  renderer.catch(() => undefined); // awaited below; a failure surfaces there
  const [{ runGate }, { failsStep }, { headCommit }] = await Promise.all([
    import('../gate/run-gate.js'),
    import('../gate/judge.js'),
    import('../git/head-commit.js'),
  ]);
  const clock = await clockOf(io.env);
  const confirmFrom = values['confirm-from'] as string | undefined;
  if (confirmFrom !== undefined && !['any', 'pr-body', 'review'].includes(confirmFrom))
    throw new UsageError(
      `--confirm-from must be one of any, pr-body, review, found "${confirmFrom}"`,
    );
  // `--base REF`: waivers and accountability settings are compared with the checklist at the merge base.
  let baseCommit: string | undefined;
  if (base) {
    const { mergeBase } = await import('../git/commits.js');
    try {
      baseCommit = await mergeBase(base, 'HEAD', { cwd: workdir });
    } catch (error) {
      throw new UsageError(`--base ${base}: ${(error as Error).message}`);
    }
    if (baseCommit === undefined)
      throw new UsageError(`--base ${base}: it shares no commit with HEAD in this checkout`);
  }
  const progress = io.isStderrTty ? startProgress(io.stderr) : undefined;
  const commit = await headCommit(workdir);
  let outcome: Awaited<ReturnType<typeof runGate>>;
  try {
    outcome = await runGate({
      clock,
      ...(baseCommit ? { baseCommit } : {}),
      ...(confirmFrom ? { confirmFrom: confirmFrom as 'any' | 'pr-body' | 'review' } : {}),
      workdir,
      checklists: checklistsOf(values, positionals),
      ...(base !== undefined
        ? { changeRequest: { kind: 'ref' as const, baseRef: base } }
        : { noBaseReason: 'the run has no base (pass --base REF, e.g. --base origin/main)' }),
      ...(baseReport ? { baseReport } : {}),
      infer: (values.infer as boolean | undefined) ?? true,
      env: io.env,
      ...(commit ? { commit } : {}),
      ...limits,
      ...(signal ? { signal } : {}),
      ...(progress
        ? {
            onLoaded: progress.loaded,
            onItemStarted: (item: Item) => progress.started(item),
            onItemDecided: (item: Item) => progress.decided(item),
          }
        : {}),
    });
  } finally {
    progress?.stop();
  }
  if (outcome.change?.range) io.stderr(`changed lines: ${outcome.change.range.how}\n`);
  for (const note of outcome.change?.notes ?? []) io.stderr(`note: ${note}\n`);
  if (outcome.change?.error) io.stderr(`the base could not be reached: ${outcome.change.error}\n`);
  if (!outcome.verdict) {
    if (chosen === 'json') {
      const { renderErrorJson } = await import('../render/json.js');
      io.stdout(outcome.masker.mask(renderErrorJson(outcome.problems)));
    }
    return noVerdict(outcome.problems, outcome.masker.mask, io);
  }
  const text = outcome.masker.mask((await renderer)(outcome.verdict));
  if (outFile !== undefined) await writeFile(outFile, text);
  else io.stdout(text);
  return failsStep(outcome.verdict, failOn as FailOn) ? EXIT_BLOCKED : EXIT_PASSED;
}

/**
 * `--out`, resolved after symlinks (a link planted at the path cannot send the write elsewhere);
 * a folder is bad input, named.
 */
function outFileOf(values: Record<string, unknown>, workdir: string): string | undefined {
  const out = values.out as string | undefined;
  if (out === undefined) return undefined;
  const outFile = resolveRealInside(workdir, out, '--out');
  let isFolder = false;
  try {
    isFolder = statSync(outFile).isDirectory();
  } catch {
    // Not there yet: it will be written.
  }
  if (isFolder) throw new UsageError(`--out ${out} is a folder; give a file's path`);
  return outFile;
}

/** `check --shard`: one shard of a matrix, its report written for `merge`; exit 0 once decided. */
async function checkShard(
  values: Record<string, unknown>,
  positionals: readonly string[],
  shard: string,
  io: CliContext,
  signal?: AbortSignal,
): Promise<number> {
  const workdir = workdirOf(values, io);
  const outFile = outFileOf(values, workdir);
  const [{ runGate }, { renderJson, renderErrorJson }, { checklistDigests }] = await Promise.all([
    import('../gate/run-gate.js'),
    import('../render/json.js'),
    import('../gate/checklist-digest.js'),
  ]);
  // The shard's commit decides whether a merge accepts it.
  const commit =
    (values.commit as string | undefined) ??
    (await (await import('../git/head-commit.js')).headCommit(workdir));
  if (commit === undefined || !/^[0-9a-f]{40,64}$/.test(commit))
    throw new UsageError(
      `a shard report needs its commit: ${commit === undefined ? `${workdir} is not a git checkout; pass --commit SHA` : `--commit must be a full hex hash, found "${commit}"`}`,
    );
  const limits = limitsOf(values);
  const clock = await clockOf(io.env);
  const outcome = await runGate({
    clock,
    workdir,
    checklists: checklistsOf(values, positionals),
    infer: (values.infer as boolean | undefined) ?? true,
    env: io.env,
    commit,
    keepCoverageLines: true,
    ...limits,
    ...(signal ? { signal } : {}),
  });
  if (!outcome.verdict) {
    io.stdout(outcome.masker.mask(renderErrorJson(outcome.problems)));
    return noVerdict(outcome.problems, outcome.masker.mask, io);
  }
  const checklistSha256 = await checklistDigests(workdir, outcome.checklists);
  const text = outcome.masker.mask(
    renderJson(outcome.verdict, undefined, { shard: { shard, commit, checklistSha256 } }),
  );
  if (outFile !== undefined) await writeFile(outFile, text);
  else io.stdout(text);
  // The shard's own verdict fails nothing: the merge decides over every shard.
  return EXIT_PASSED;
}

/** The gate's limits and inputs from the command line, as `runGate` takes them; a bad number is a usage error. */
function limitsOf(values: Record<string, unknown>) {
  const minScore = numberOption(values['min-score'], 'min-score', 0, 100);
  const concurrency = numberOption(values.concurrency, 'concurrency', 1, 256, true);
  const budgetMinutes = numberOption(values['timeout-minutes'], 'timeout-minutes', 0.01, 24 * 60);
  return {
    ...(minScore !== undefined ? { minScore } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(budgetMinutes !== undefined ? { budgetMs: budgetMinutes * 60_000 } : {}),
    ...(values['coverage-report'] ? { coverageReport: values['coverage-report'] as string } : {}),
    ...(values.confirm ? { confirmations: values.confirm as string[] } : {}),
  };
}

/** The run's one clock (the environment may pin it); a bad pinned time is a usage error. */
export async function clockOf(env: Readonly<Record<string, string | undefined>>) {
  const { ClockError, clockFromEnvironment } = await import('../clock/clock.js');
  try {
    return clockFromEnvironment(env, Date.now());
  } catch (error) {
    if (error instanceof ClockError) throw new UsageError(error.message);
    throw error;
  }
}

/** No verdict: each problem located, then how many, on standard error; bad input. */
async function noVerdict(
  problems: readonly Problem[],
  mask: (text: string) => string,
  io: CliContext,
): Promise<number> {
  const { formatProblem } = await import('../checklist/load.js');
  io.stderr(
    mask(
      `${problems.map(formatProblem).join('\n')}\n${problems.length} problem${problems.length === 1 ? '' : 's'}: no verdict was reached.\n`,
    ),
  );
  return EXIT_BAD_INPUT;
}

/** Reads `--base-report`; a missing or foreign file is bad input (exit 2), named. */
export async function readBaseReportFile(workdir: string, file: string) {
  const { readBaseReportFile: read, BaseReportError } = await import('../gate/base-report.js');
  try {
    return read(path.resolve(workdir, file), file);
  } catch (error) {
    if (error instanceof BaseReportError) throw new UsageError(`--base-report ${error.message}`);
    throw new UsageError(`--base-report ${file}: ${(error as Error).message}`);
  }
}
