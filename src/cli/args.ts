// The command line's shared parts: the terminal it writes to, exit codes, and parsing options
// into one clean line of error for anything it does not take.
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const EXIT_PASSED = 0;
export const EXIT_BLOCKED = 1;
export const EXIT_BAD_INPUT = 2;

/** package.json's version, put in by scripts/build.mjs (its one source); unbuilt sources say so. */
declare const READINESS_GATE_VERSION: string | undefined;
export const VERSION =
  typeof READINESS_GATE_VERSION === 'string' ? READINESS_GATE_VERSION : '0.0.0-unbuilt';

/** Bad input on the command line: printed as one line, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Standard output is a terminal (colour). */
  readonly isTty: boolean;
  /** Standard error is a terminal (progress). */
  readonly isStderrTty?: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Options most commands take. */
export const COMMON_OPTIONS = {
  'working-directory': { type: 'string', short: 'C' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

/** Turns Node's parser messages into one line a person reads. */
function explainParseError(error: Error & { code?: string }, command: string): string {
  const option = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? ''} for ${command} (see readiness-gate ${command} --help)`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `${option ?? 'an option'} needs a value (see readiness-gate ${command} --help)`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `${command} takes no argument here: ${/'([^']+)'/.exec(error.message)?.[1] ?? ''} (see readiness-gate ${command} --help)`;
    default:
      return `${error.message.split('\n')[0]} (see readiness-gate ${command} --help)`;
  }
}

export function parseCommand<T extends OptionSpec>(
  argv: readonly string[],
  options: T,
  command: string,
  allowPositionals = true,
): { values: Record<string, unknown>; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args: [...argv],
      options,
      allowPositionals,
      allowNegative: true,
      strict: true,
    });
    return { values: parsed.values as Record<string, unknown>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(explainParseError(error as Error & { code?: string }, command));
  }
}

/** A number option: in range, and whole where it counts things. */
export function numberOption(
  value: unknown,
  name: string,
  min: number,
  max: number,
  integer = false,
): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const parsed = Number(text);
  if (
    text.trim() === '' ||
    !Number.isFinite(parsed) ||
    parsed < min ||
    parsed > max ||
    (integer && !Number.isInteger(parsed))
  ) {
    throw new UsageError(
      `--${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, found "${text}"`,
    );
  }
  return parsed;
}

export function formatOption<T extends string>(value: unknown, allowed: readonly T[]): T {
  const chosen = (value ?? allowed[0]) as T;
  if (!allowed.includes(chosen))
    throw new UsageError(`--format must be one of ${allowed.join(', ')}, found "${String(value)}"`);
  return chosen;
}

/** The working directory: `-C` must name an existing folder. */
export function workdirOf(values: Record<string, unknown>, io: Io): string {
  const given = values['working-directory'] as string | undefined;
  const workdir = path.resolve(io.cwd, given ?? '.');
  if (given === undefined) return workdir;
  let isFolder: boolean;
  try {
    isFolder = statSync(workdir).isDirectory();
  } catch {
    throw new UsageError(`-C ${given}: no such folder`);
  }
  if (!isFolder) throw new UsageError(`-C ${given}: not a folder`);
  return workdir;
}

/** Colour on a terminal, unless NO_COLOR, TERM=dumb or --no-color. */
export function colorOf(values: Record<string, unknown>, io: Io): () => boolean {
  return () =>
    (values.color as boolean | undefined) ??
    (io.isTty && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
}

export function checklistsOf(values: Record<string, unknown>, rest: readonly string[]): string[] {
  return [...((values.checklist as string[] | undefined) ?? []), ...rest];
}
