// The command's entry: argv → engine → terminal → exit code (0 ready, 1 not ready, 2 bad input).
import { fstatSync, realpathSync, writeSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Verdict } from './model.js';
import { PathError, resolveInside } from './gate/paths.js';
import { killAllCommands } from './gate/live-commands.js';

export const EXIT_READY = 0;
export const EXIT_NOT_READY = 1;
export const EXIT_BAD_INPUT = 2;

/** package.json's version, put in by scripts/build.mjs (its one source); unbuilt sources say so. */
declare const READINESS_GATE_VERSION: string | undefined;
const VERSION =
  typeof READINESS_GATE_VERSION === 'string' ? READINESS_GATE_VERSION : '0.0.0-unbuilt';

const USAGE = `readiness-gate: a deployment checklist as a gate

Usage:
  readiness-gate check    [--checklist P]... [--format text|markdown|json] [--out FILE]
  readiness-gate plan     [--checklist P]... [--format text|json]
  readiness-gate validate  P...              [--format text|json]
  readiness-gate inspect   REPORT            [--format text|json]
  readiness-gate init     --from CHECKLIST.md

Options (check and plan):
  -c, --checklist P          checklist path or glob (repeatable; default: the first of
                             .github/readiness.yml, .github/readiness.yaml, readiness.yml,
                             DEPLOYMENT_CHECKLIST.md, docs/DEPLOYMENT_CHECKLIST.md)
  -C, --working-directory D  repository root; every path is relative to it (default: .)
      --min-score N          ready needs a score of at least N (0-100)
      --no-infer             do not recognize checks in Markdown items
      --coverage-report P    where recognized coverage items read
      --concurrency N        checks at once (default: CPU count)
      --timeout-minutes N    the whole gate's time budget (default 30)
      --confirm T            treat a manual item with this id or title as confirmed (repeatable)
      --confirm-from W       any, pr-body or review: overrides the checklist's policy
      --base REF             compare waivers and accountability settings with the merge base of REF and HEAD
      --no-color             plain text even on a terminal

Exit: 0 ready (or valid), 1 not ready, 2 bad input.
`;

const OPTIONS = {
  checklist: { type: 'string', short: 'c', multiple: true },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  'working-directory': { type: 'string', short: 'C' },
  'min-score': { type: 'string' },
  infer: { type: 'boolean', default: true },
  'coverage-report': { type: 'string' },
  concurrency: { type: 'string' },
  'timeout-minutes': { type: 'string' },
  confirm: { type: 'string', multiple: true },
  base: { type: 'string' },
  'confirm-from': { type: 'string' },
  color: { type: 'boolean' },
  from: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} satisfies ParseArgsConfig['options'];

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTty: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

function number(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < min || parsed > max) {
    throw new UsageError(`--${name} must be a number from ${min} to ${max}, found "${value}"`);
  }
  return parsed;
}

function format<T extends string>(value: string | undefined, allowed: readonly T[]): T {
  const chosen = (value ?? allowed[0]) as T;
  if (!allowed.includes(chosen))
    throw new UsageError(`--format must be one of ${allowed.join(', ')}, found "${value}"`);
  return chosen;
}

/** Runs one command line; returns the exit code. Never throws for bad input. */
export async function main(argv: readonly string[], io: Io, signal?: AbortSignal): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{
      options: typeof OPTIONS;
      allowPositionals: true;
      allowNegative: true;
      args: string[];
    }>
  >;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    });
  } catch (error) {
    io.stderr(`readiness-gate: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    (command === undefined && !values.help ? io.stderr : io.stdout)(USAGE);
    return command === undefined && !values.help ? EXIT_BAD_INPUT : 0;
  }
  const workdir = path.resolve(io.cwd, values['working-directory'] ?? '.');
  // Asked only by the text formats: finding out whether stdout is a terminal costs a stream.
  const color = (): boolean =>
    values.color ?? (io.isTty && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
  try {
    switch (command) {
      case 'check':
        return await check(values, rest, workdir, color, io, signal);
      case 'plan':
        return await plan(values, rest, workdir, color, io);
      case 'validate':
        return await validate(values, rest, workdir, io);
      case 'inspect':
        return await inspect(values, rest, workdir, io);
      case 'init':
        return await init(values, workdir, io);
      default:
        throw new UsageError(
          `unknown command "${command}"; expected check, plan, validate, inspect or init`,
        );
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof PathError) {
      io.stderr(`readiness-gate: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

function checklistsOf(values: Values, rest: readonly string[]): string[] {
  return [...(values.checklist ?? []), ...rest];
}

// Each command loads what it needs when it runs, so `--help` and `--version` start at once.
async function check(
  values: Values,
  rest: readonly string[],
  workdir: string,
  color: () => boolean,
  io: Io,
  signal?: AbortSignal,
): Promise<number> {
  const chosen = format(values.format, ['text', 'markdown', 'json'] as const);
  // Only the chosen renderer is loaded, while the gate runs.
  const textColor = chosen === 'text' && !values.out && color();
  const renderer: Promise<(verdict: Verdict) => string> =
    chosen === 'json'
      ? import('./render/json.js').then((m) => (verdict: Verdict) => m.renderJson(verdict))
      : chosen === 'markdown'
        ? import('./render/markdown.js').then(
            (m) => (verdict: Verdict) => m.renderMarkdown(verdict),
          )
        : import('./render/text.js').then(
            (m) => (verdict: Verdict) => m.renderText(verdict, { color: textColor }),
          );
  renderer.catch(() => undefined); // awaited below; a failure surfaces there
  const [{ runGate }, { formatProblem }] = await Promise.all([
    import('./gate/gate.js'),
    import('./checklist/load.js'),
  ]);
  const minScore = number(values['min-score'], 'min-score', 0, 100);
  const concurrency = number(values.concurrency, 'concurrency', 1, 256);
  const budgetMinutes = number(values['timeout-minutes'], 'timeout-minutes', 0.01, 24 * 60);
  const { ClockError, clockFromEnvironment } = await import('./clock/clock.js');
  let clock;
  try {
    clock = clockFromEnvironment(io.env, Date.now());
  } catch (error) {
    if (error instanceof ClockError) throw new UsageError(error.message);
    throw error;
  }
  const confirmFrom = values['confirm-from'];
  if (confirmFrom !== undefined && !['any', 'pr-body', 'review'].includes(confirmFrom))
    throw new UsageError(
      `--confirm-from must be one of any, pr-body, review, found "${confirmFrom}"`,
    );
  // `--base REF`: waivers and accountability settings are compared with the checklist at the merge base.
  let baseCommit: string | undefined;
  if (values.base) {
    const { mergeBaseOf } = await import('./git/merge-base.js');
    try {
      baseCommit = await mergeBaseOf(workdir, values.base, 'HEAD');
    } catch (error) {
      throw new UsageError(`--base ${values.base}: ${(error as Error).message}`);
    }
  }
  const outcome = await runGate({
    clock,
    ...(baseCommit ? { baseCommit } : {}),
    ...(confirmFrom ? { confirmFrom: confirmFrom as 'any' | 'pr-body' | 'review' } : {}),
    workdir,
    checklists: checklistsOf(values, rest),
    infer: values.infer ?? true,
    env: io.env,
    ...(minScore !== undefined ? { minScore } : {}),
    ...(concurrency !== undefined ? { concurrency: Math.floor(concurrency) } : {}),
    ...(budgetMinutes !== undefined ? { budgetMs: budgetMinutes * 60_000 } : {}),
    ...(values['coverage-report'] ? { coverageReport: values['coverage-report'] } : {}),
    ...(values.confirm ? { confirmations: values.confirm } : {}),
    ...(signal ? { signal } : {}),
  });
  if (!outcome.verdict) {
    io.stderr(
      `${outcome.problems.map(formatProblem).join('\n')}\n${outcome.problems.length} problem${outcome.problems.length === 1 ? '' : 's'}: the gate did not decide.\n`,
    );
    return EXIT_BAD_INPUT;
  }
  const rendered = (await renderer)(outcome.verdict);
  const text = outcome.masker.mask(rendered);
  if (values.out) await writeFile(resolveInside(workdir, values.out, '--out'), text);
  else io.stdout(text);
  return outcome.verdict.ready ? EXIT_READY : EXIT_NOT_READY;
}

async function plan(
  values: Values,
  rest: readonly string[],
  workdir: string,
  color: () => boolean,
  io: Io,
): Promise<number> {
  const chosen = format(values.format, ['text', 'json'] as const);
  const [{ formatProblem, loadChecklists }, { toPlanJson }, { renderPlanText }] = await Promise.all(
    [import('./checklist/load.js'), import('./render/json.js'), import('./render/text.js')],
  );
  const loaded = await loadChecklists({
    workdir,
    patterns: checklistsOf(values, rest),
    infer: values.infer ?? true,
    ...(values['coverage-report'] ? { coverageReport: values['coverage-report'] } : {}),
  });
  if (loaded.problems.length > 0) {
    io.stderr(`${loaded.problems.map(formatProblem).join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stdout(
    chosen === 'json'
      ? `${JSON.stringify(toPlanJson(loaded.checklists), null, 2)}\n`
      : renderPlanText(loaded.checklists, { color: color() }),
  );
  return 0;
}

async function validate(
  values: Values,
  rest: readonly string[],
  workdir: string,
  io: Io,
): Promise<number> {
  const chosen = format(values.format, ['text', 'json'] as const);
  const patterns = checklistsOf(values, rest);
  const { formatProblem, loadChecklists } = await import('./checklist/load.js');
  const loaded = await loadChecklists({ workdir, patterns, infer: values.infer ?? true });
  if (chosen === 'json') {
    io.stdout(
      `${JSON.stringify({ valid: loaded.problems.length === 0, checklists: loaded.checklists.map((c) => c.path), problems: loaded.problems }, null, 2)}\n`,
    );
  } else if (loaded.problems.length > 0) {
    io.stderr(
      `${loaded.problems.map(formatProblem).join('\n')}\n${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'}\n`,
    );
  } else {
    io.stdout(loaded.checklists.map((c) => `${c.path}: valid\n`).join(''));
  }
  return loaded.problems.length === 0 ? 0 : EXIT_BAD_INPUT;
}

async function inspect(
  values: Values,
  rest: readonly string[],
  workdir: string,
  io: Io,
): Promise<number> {
  const chosen = format(values.format, ['text', 'json'] as const);
  if (rest.length !== 1) throw new UsageError('inspect takes one report path');
  const { inspectReport, renderInspectText } = await import('./reports/inspect.js');
  const file = path.resolve(io.cwd, rest[0]!);
  const result = await inspectReport(file, workdir);
  if ('error' in result) {
    io.stderr(`${result.error}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stdout(chosen === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderInspectText(result));
  return 0;
}

async function init(values: Values, workdir: string, io: Io): Promise<number> {
  if (!values.from) throw new UsageError('init needs --from CHECKLIST.md');
  const file = resolveInside(workdir, values.from, '--from');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${values.from}`);
  }
  const shown = path.relative(workdir, file).split(path.sep).join('/');
  const [{ loadMarkdownChecklist }, { renderInitYaml }, { loadYamlChecklist }, { formatProblem }] =
    await Promise.all([
      import('./checklist/markdown.js'),
      import('./checklist/init.js'),
      import('./checklist/yaml.js'),
      import('./checklist/load.js'),
    ]);
  const loaded = loadMarkdownChecklist(text, shown, {
    infer: values.infer ?? true,
    findReports: () => [],
  });
  if (loaded.problems.length > 0) {
    io.stderr(`${loaded.problems.map(formatProblem).join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  const yaml = renderInitYaml(loaded.checklist);
  // The output must itself be a valid checklist.
  const check = loadYamlChecklist(yaml, `${shown} (as YAML)`);
  if (check.problems.length > 0) {
    io.stderr(
      `internal error: the generated YAML is invalid:\n${check.problems.map(formatProblem).join('\n')}\n`,
    );
    return EXIT_BAD_INPUT;
  }
  io.stdout(yaml);
  return 0;
}

let stdoutIsStream = false;

/**
 * Writes to fd 1 directly: process.stdout builds a stream (loading node:stream, and node:net
 * for a pipe) that costs a couple of milliseconds at every start. When a direct write cannot
 * complete (a non-blocking pipe that is full, a closed pipe), the rest and every later write
 * go through process.stdout as before.
 */
function writeStdout(text: string): void {
  if (!stdoutIsStream) {
    const bytes = Buffer.from(text);
    let offset = 0;
    try {
      while (offset < bytes.length) offset += writeSync(1, bytes, offset);
      return;
    } catch {
      stdoutIsStream = true;
      process.stdout.write(bytes.subarray(offset));
      return;
    }
  }
  process.stdout.write(text);
}

/** Runs as the `readiness-gate` binary. */
export async function run(): Promise<void> {
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals): void => {
    controller.abort();
    killAllCommands();
    process.stderr.write(`readiness-gate: stopped by ${signal}\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  try {
    process.exitCode = await main(
      process.argv.slice(2),
      {
        stdout: writeStdout,
        stderr: (text) => process.stderr.write(text),
        get isTty() {
          // A terminal is a character device: a pipe or a file is known not to be one without
          // building process.stdout.
          try {
            if (!fstatSync(1).isCharacterDevice()) return false;
          } catch {
            // Unknown: ask the stream.
          }
          return Boolean(process.stdout.isTTY);
        },
        env: process.env,
        cwd: process.cwd(),
      },
      controller.signal,
    );
  } catch (error) {
    process.stderr.write(
      `readiness-gate: internal error: ${(error as Error).stack ?? String(error)}\n`,
    );
    process.exitCode = EXIT_BAD_INPUT;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) void run();
