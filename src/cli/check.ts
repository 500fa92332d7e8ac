// `readiness-gate check`: the whole gate, locally; the verdict on standard output, progress on standard error.
import { statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { FailOn, Item, Verdict } from '../model.js';
import { resolveInside } from '../gate/paths.js';
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
  type Io,
} from './args.js';
import { startProgress } from './progress.js';

export const CHECK_OPTIONS = {
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
  'fail-on': { type: 'string' },
  base: { type: 'string' },
  'base-report': { type: 'string' },
  verbose: { type: 'boolean' },
  color: { type: 'boolean' },
} as const;

const FAIL_ON: readonly FailOn[] = ['blocking', 'not-ready', 'regression', 'never'];

export async function check(
  argv: readonly string[],
  io: Io,
  signal?: AbortSignal,
): Promise<number> {
  const { values, positionals } = parseCommand(argv, CHECK_OPTIONS, 'check');
  // The format is known first, so bad input can be answered in it.
  const chosen = formatOption(values.format, ['text', 'markdown', 'json'] as const);
  try {
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
  io: Io,
  signal?: AbortSignal,
): Promise<number> {
  const workdir = workdirOf(values, io);
  const out = values.out as string | undefined;
  const outFile = out === undefined ? undefined : resolveInside(workdir, out, '--out');
  if (outFile !== undefined) {
    let isFolder = false;
    try {
      isFolder = statSync(outFile).isDirectory();
    } catch {
      // Not there yet: it will be written.
    }
    if (isFolder) throw new UsageError(`--out ${out} is a folder; give a file's path`);
  }
  const failOn = (values['fail-on'] as string | undefined) ?? 'blocking';
  if (!FAIL_ON.includes(failOn as FailOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, found "${failOn}"`);
  const minScore = numberOption(values['min-score'], 'min-score', 0, 100);
  const concurrency = numberOption(values.concurrency, 'concurrency', 1, 256, true);
  const budgetMinutes = numberOption(values['timeout-minutes'], 'timeout-minutes', 0.01, 24 * 60);
  const base = values.base as string | undefined;
  const baseReportFile = values['base-report'] as string | undefined;
  const baseReport =
    baseReportFile === undefined ? undefined : await readBaseReportFile(workdir, baseReportFile);
  const verbose = values.verbose === true;
  const color = colorOf(values, io);
  // Only the chosen renderer is loaded, while the gate runs.
  const textColor = chosen === 'text' && out === undefined && color();
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
  const [{ runGate }, { formatProblem }, { failsStep }, { headCommit }] = await Promise.all([
    import('../gate/gate.js'),
    import('../checklist/load.js'),
    import('../gate/judge.js'),
    import('./commit.js'),
  ]);
  const progress = io.isStderrTty ? startProgress(io.stderr) : undefined;
  const commit = headCommit(workdir);
  let outcome: Awaited<ReturnType<typeof runGate>>;
  try {
    outcome = await runGate({
      workdir,
      checklists: checklistsOf(values, positionals),
      ...(base !== undefined
        ? { changeRequest: { kind: 'ref' as const, baseRef: base } }
        : { noBaseReason: 'the run has no base (pass --base REF, e.g. --base origin/main)' }),
      ...(baseReport ? { baseReport } : {}),
      infer: (values.infer as boolean | undefined) ?? true,
      env: io.env,
      ...(commit ? { commit } : {}),
      ...(minScore !== undefined ? { minScore } : {}),
      ...(concurrency !== undefined ? { concurrency } : {}),
      ...(budgetMinutes !== undefined ? { budgetMs: budgetMinutes * 60_000 } : {}),
      ...(values['coverage-report'] ? { coverageReport: values['coverage-report'] as string } : {}),
      ...(values.confirm ? { confirmations: values.confirm as string[] } : {}),
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
    io.stderr(
      outcome.masker.mask(
        `${outcome.problems.map(formatProblem).join('\n')}\n${outcome.problems.length} problem${outcome.problems.length === 1 ? '' : 's'}: no verdict was reached.\n`,
      ),
    );
    return EXIT_BAD_INPUT;
  }
  const text = outcome.masker.mask((await renderer)(outcome.verdict));
  if (outFile !== undefined) await writeFile(outFile, text);
  else io.stdout(text);
  return failsStep(outcome.verdict, failOn as FailOn) ? EXIT_BLOCKED : EXIT_PASSED;
}

/** Reads `--base-report`; a missing or foreign file is bad input (exit 2), named. */
async function readBaseReportFile(workdir: string, file: string) {
  const { parseBaseReport, BaseReportError } = await import('../gate/base-report.js');
  const absolute = resolveInside(workdir, file, '--base-report');
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new UsageError(
      `--base-report ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message}`,
    );
  }
  try {
    return parseBaseReport(text, file);
  } catch (error) {
    if (error instanceof BaseReportError) throw new UsageError(`--base-report ${error.message}`);
    throw error;
  }
}
