// `readiness-gate merge REPORT... --expect-shards N|names`: shard reports → one verdict → terminal and exit code.
import { writeFile } from 'node:fs/promises';
import type { FailOn, Verdict } from '../model.js';
import type { BaseReport } from '../gate/base-report.js';
import { resolveInside } from '../workspace/paths.js';
import {
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

const MERGE_OPTIONS = {
  ...COMMON_OPTIONS,
  checklist: { type: 'string', short: 'c', multiple: true },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  'expect-shards': { type: 'string' },
  commit: { type: 'string' },
  'min-score': { type: 'string' },
  infer: { type: 'boolean', default: true },
  'coverage-report': { type: 'string' },
  confirm: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  base: { type: 'string' },
  'base-report': { type: 'string' },
  color: { type: 'boolean' },
} as const;

const FAIL_ON: readonly FailOn[] = ['blocking', 'not-ready', 'regression', 'never'];

/** The command line: options → `mergeCommand`. */
export async function merge(argv: readonly string[], io: CliContext): Promise<number> {
  const { values, positionals } = parseCommand(argv, MERGE_OPTIONS, 'merge');
  const format = formatOption(values.format, ['text', 'markdown', 'json'] as const);
  const failOn = (values['fail-on'] as string | undefined) ?? 'blocking';
  if (!FAIL_ON.includes(failOn as FailOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, found "${failOn}"`);
  const minScore = numberOption(values['min-score'], 'min-score', 0, 100);
  const commit = values.commit as string | undefined;
  const workdir = workdirOf(values, io);
  const baseReportFile = values['base-report'] as string | undefined;
  const baseReport =
    baseReportFile === undefined
      ? undefined
      : await (await import('./check.js')).readBaseReportFile(workdir, baseReportFile);
  const base = values.base as string | undefined;
  return mergeCommand({
    reports: positionals,
    expectShards: values['expect-shards'] as string | undefined,
    checklists: (values.checklist as string[] | undefined) ?? [],
    workdir,
    cwd: io.cwd,
    ...(base !== undefined ? { base } : {}),
    ...(baseReport ? { baseReport } : {}),
    format,
    failOn: failOn as FailOn,
    ...(values.out !== undefined ? { out: values.out as string } : {}),
    ...(commit !== undefined ? { commit } : {}),
    ...(minScore !== undefined ? { minScore } : {}),
    infer: (values.infer as boolean | undefined) ?? true,
    ...(values['coverage-report'] ? { coverageReport: values['coverage-report'] as string } : {}),
    ...(values.confirm ? { confirmations: values.confirm as string[] } : {}),
    color: colorOf(values, io),
    env: io.env,
    stdout: io.stdout,
    stderr: io.stderr,
  });
}

interface MergeCommandInput {
  readonly reports: readonly string[];
  readonly expectShards: string | undefined;
  readonly checklists: readonly string[];
  readonly workdir: string;
  /** The current directory: report paths start here, as `inspect REPORT`'s does. */
  readonly cwd: string;
  readonly format: 'text' | 'markdown' | 'json';
  /** When the exit code is 1, as `check --fail-on` says (default blocking). */
  readonly failOn?: FailOn;
  readonly out?: string;
  readonly commit?: string;
  readonly minScore?: number;
  readonly infer: boolean;
  readonly coverageReport?: string;
  readonly confirmations?: readonly string[];
  /** `--base REF`: patch coverage is judged on the change since the merge base of REF and HEAD. */
  readonly base?: string;
  /** `--base-report`, already read: ratchets, the delta and `fail-on: regression`. */
  readonly baseReport?: BaseReport;
  readonly color: () => boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Exit codes as `check` has them: 0 passes, 1 blocked (as --fail-on says), 2 bad input. */
async function mergeCommand(input: MergeCommandInput): Promise<number> {
  if (input.reports.length === 0) {
    input.stderr('readiness-gate: merge needs the shard reports (paths or globs)\n');
    return EXIT_BAD_INPUT;
  }
  if (input.expectShards === undefined) {
    input.stderr(
      'readiness-gate: merge needs --expect-shards: the number of shards, or their names (commas)\n',
    );
    return EXIT_BAD_INPUT;
  }
  const [{ runMerge }, { headCommit }, { failsStep }, { clockOf }] = await Promise.all([
    import('../merge/run-merge.js'),
    import('../git/head-commit.js'),
    import('../gate/judge.js'),
    import('./check.js'),
  ]);
  const commit = input.commit ?? (await headCommit(input.workdir));
  const clock = await clockOf(input.env);
  const outcome = await runMerge({
    clock,
    workdir: input.workdir,
    checklists: input.checklists,
    infer: input.infer,
    ...(input.coverageReport ? { coverageReport: input.coverageReport } : {}),
    reports: input.reports,
    reportsBase: input.cwd,
    expectShards: input.expectShards,
    commit,
    ...(input.confirmations ? { confirmations: input.confirmations } : {}),
    ...(input.minScore !== undefined ? { minScore: input.minScore } : {}),
    ...(input.base !== undefined
      ? { changeRequest: { kind: 'ref' as const, baseRef: input.base } }
      : { noBaseReason: 'the merge has no base (pass --base REF, e.g. --base origin/main)' }),
    ...(input.baseReport ? { baseReport: input.baseReport } : {}),
    env: input.env,
  });
  if (!('problems' in outcome)) {
    if (outcome.change?.range) input.stderr(`changed lines: ${outcome.change.range.how}\n`);
    for (const note of outcome.change?.notes ?? []) input.stderr(`note: ${note}\n`);
    if (outcome.change?.error)
      input.stderr(`the base could not be reached: ${outcome.change.error}\n`);
  }
  if ('problems' in outcome) {
    input.stderr(
      `${outcome.masker.mask(outcome.problems.join('\n'))}\nthe merge did not decide (configuration error).\n`,
    );
    return EXIT_BAD_INPUT;
  }
  const render = await rendererFor(input.format, input.out === undefined && input.color());
  const text = outcome.masker.mask(render(outcome.verdict));
  if (input.out) await writeFile(resolveInside(input.workdir, input.out, '--out'), text);
  else input.stdout(text);
  for (const blocker of outcome.blockers)
    input.stderr(`blocked: ${outcome.masker.mask(blocker)}\n`);
  return failsStep(outcome.verdict, input.failOn ?? 'blocking') ? EXIT_BLOCKED : EXIT_PASSED;
}

async function rendererFor(
  format: MergeCommandInput['format'],
  color: boolean,
): Promise<(verdict: Verdict) => string> {
  if (format === 'json') {
    const { renderJson } = await import('../render/json.js');
    return (verdict) => renderJson(verdict);
  }
  if (format === 'markdown') {
    const { renderMarkdown } = await import('../render/markdown.js');
    return (verdict) => renderMarkdown(verdict);
  }
  const { renderText } = await import('../render/text.js');
  return (verdict) => renderText(verdict, { color });
}
