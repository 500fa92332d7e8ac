// The `command` kind: runs a program (argv, no shell unless `shell:` is set) and compares its exit code.
import { lstatSync, statSync } from 'node:fs';
import type { Result } from '../model.js';
import { REFUSED_ON_PULL_REQUEST_TARGET } from './refusal.js';
import { ShellSyntaxError, splitCommand } from '../process/split-command.js';
import path from 'node:path';
import { confineReal, resolveRealInside } from '../workspace/paths.js';
import type { CheckContext, CheckKindModule } from './types.js';

export interface CommandOptions {
  /** A command line, or a list whose entries are command lines (strings) or argv lists. */
  readonly run: string | readonly (string | readonly string[])[];
  readonly shell?: string;
  readonly timeout?: number;
  readonly 'expect-exit'?: number | readonly number[];
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
}

const argvSchema = { type: 'array', items: { type: 'string' }, minItems: 1 };

export const commandOptionsSchema = {
  type: 'object',
  description: 'Runs a command; passes when its exit code is as expected.',
  properties: {
    run: {
      description:
        'A command line (split into words as a shell would, without shell features), or a list of command lines and argv lists: all must pass.',
      oneOf: [
        { type: 'string', minLength: 1 },
        {
          type: 'array',
          minItems: 1,
          items: { oneOf: [{ type: 'string', minLength: 1 }, argvSchema] },
        },
      ],
    },
    shell: {
      type: 'string',
      description: 'Hands each command line to this shell (bash, sh, pwsh, cmd, ...).',
      minLength: 1,
    },
    timeout: {
      type: 'number',
      exclusiveMinimum: 0,
      description: 'Seconds before the command and its process group are killed (default 600).',
    },
    'expect-exit': {
      description: 'Exit code (or codes) that count as passing (default 0).',
      oneOf: [{ type: 'integer' }, { type: 'array', items: { type: 'integer' }, minItems: 1 }],
    },
    cwd: { type: 'string', description: 'Working directory, relative to the repository root.' },
    env: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'Extra environment variables.',
    },
  },
  required: ['run'],
  additionalProperties: false,
} as const;

/** The commands of a `run` option, each a display string and either an argv or a shell script. */
export function commandLines(
  run: CommandOptions['run'],
): { display: string; argv?: string[]; line: string }[] {
  const entries = typeof run === 'string' ? [run] : run;
  return entries.map((entry) =>
    typeof entry === 'string'
      ? { display: entry, line: entry }
      : { display: entry.join(' '), argv: [...entry], line: entry.join(' ') },
  );
}

function describe(options: CommandOptions): string {
  const lines = commandLines(options.run).map((c) => c.display);
  return `run: ${lines.join(' ; ')}${options.shell ? ` (in ${options.shell})` : ''}`;
}

/** Runs every command in turn; stops at the first that fails. */
export async function runCommands(
  options: CommandOptions,
  context: CheckContext,
): Promise<Result & { readonly exitCode?: number | null }> {
  const started = Date.now();
  const expected =
    options['expect-exit'] === undefined
      ? [0]
      : typeof options['expect-exit'] === 'number'
        ? [options['expect-exit']]
        : [...options['expect-exit']];
  const timeoutSec = options.timeout ?? context.defaultTimeoutSec;
  let cwd: string;
  try {
    cwd = options.cwd ? resolveRealInside(context.workdir, options.cwd, 'cwd') : context.workdir;
    if (!statSync(cwd).isDirectory()) throw new Error(`cwd "${options.cwd}" is not a directory`);
  } catch (error) {
    const message =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `cwd "${options.cwd}" does not exist`
        : (error as Error).message;
    return { status: 'errored', summary: message, durationMs: 0 };
  }
  if (!context.mayRunCommands) {
    return { status: 'errored', summary: REFUSED_ON_PULL_REQUEST_TARGET, durationMs: 0 };
  }
  const outputs: string[] = [];
  let lastExit: number | null = null;
  for (const command of commandLines(options.run)) {
    let argv = command.argv;
    if (!argv && !options.shell) {
      try {
        argv = splitCommand(command.line);
      } catch (error) {
        if (error instanceof ShellSyntaxError) {
          return {
            status: 'errored',
            summary: `\`${context.mask(command.display)}\`: ${error.message}`,
            durationMs: Date.now() - started,
          };
        }
        throw error;
      }
    }
    // An inferred command's program given as a path (the workspace's node_modules/.bin/X, for
    // npx X) must really be a file inside the workspace; otherwise it is not installed here.
    // An inferred command's path arguments, after symlinks, stay inside the workspace too: a
    // committed link must not have a linter print a file from elsewhere.
    const outside =
      context.isInferred && argv
        ? argumentLeavingWorkspace(cwd, argv.slice(1), context.workdir)
        : undefined;
    if (outside !== undefined)
      return { status: 'errored', summary: outside, durationMs: Date.now() - started };
    if (context.isInferred && argv?.[0]?.includes('/')) {
      const missing = missingLocalProgram(cwd, argv[0], context.workdir);
      if (missing !== undefined)
        return {
          status: 'pending',
          summary: `${missing} is not installed here: install it in the job or tick the item`,
          durationMs: Date.now() - started,
        };
    }
    const outcome = await context.runCommand({
      ...(argv ? { argv } : { script: command.line, shell: options.shell }),
      cwd,
      env: { ...context.env, ...options.env },
      timeoutMs: timeoutSec * 1000,
      signal: context.signal,
    });
    const shown = context.mask(command.display);
    if (outcome.output) outputs.push(`$ ${shown}\n${context.mask(outcome.output)}`);
    lastExit = outcome.exitCode;
    const output = bounded(outputs.join('\n'));
    const durationMs = Date.now() - started;
    const metrics = { exitCode: outcome.exitCode, durationMs };
    if (outcome.notFound) {
      const program = argv?.[0] ?? command.display.split(/\s+/)[0] ?? command.display;
      // A recognized command whose program is absent waits for a person (a tick confirms it);
      // it never drops out of the score as `skipped` would.
      return context.isInferred
        ? {
            status: 'pending',
            summary: `${program.split('/').pop() ?? program} is not installed here: install it in the job or tick the item`,
            metrics,
            durationMs,
            output,
          }
        : {
            status: 'errored',
            summary: `\`${shown}\`: command not found`,
            metrics,
            durationMs,
            output,
          };
    }
    if (outcome.timedOut) {
      return {
        status: 'errored',
        summary: `\`${shown}\` timed out after ${timeoutSec} s (process group killed)`,
        metrics,
        durationMs,
        output,
      };
    }
    if (outcome.cancelled) {
      return {
        status: 'errored',
        summary: `\`${shown}\` was cancelled (the gate ran out of time or was stopped)`,
        metrics,
        durationMs,
        output,
      };
    }
    if (outcome.exitCode === null) {
      return {
        status: 'errored',
        summary: `\`${shown}\` could not run: ${outcome.error ?? 'killed by a signal'}`,
        metrics,
        durationMs,
        output,
      };
    }
    if (!expected.includes(outcome.exitCode)) {
      return {
        status: 'failed',
        summary: `\`${shown}\` exited ${outcome.exitCode}${expected.length === 1 && expected[0] === 0 ? '' : ` (expected ${expected.join(' or ')})`}`,
        metrics,
        durationMs,
        output,
        exitCode: outcome.exitCode,
      };
    }
  }
  const durationMs = Date.now() - started;
  const all = commandLines(options.run);
  return {
    status: 'passed',
    summary:
      all.length === 1
        ? `\`${context.mask(all[0]!.display)}\` exited ${lastExit ?? 0}`
        : `${all.length} commands passed`,
    metrics: { exitCode: lastExit, durationMs },
    durationMs,
    output: bounded(outputs.join('\n')),
    exitCode: lastExit,
  };
}

/**
 * The tool's name when `program` (relative to cwd) is not an installed file of the workspace:
 * absent, or a link that leads out of it. Undefined when it may run.
 */
function missingLocalProgram(cwd: string, program: string, workdir: string): string | undefined {
  const tool = program.split('/').pop() ?? program;
  try {
    const absolute = path.resolve(cwd, program);
    const real = confineReal(workdir, absolute, 'program', program);
    return statSync(real).isFile() ? undefined : tool;
  } catch {
    return tool;
  }
}

/** Why one of the arguments naming an existing path leads outside the workspace, or undefined. */
function argumentLeavingWorkspace(
  cwd: string,
  args: readonly string[],
  workdir: string,
): string | undefined {
  for (const arg of args) {
    const value = arg.startsWith('-') ? arg.slice(arg.indexOf('=') + 1) : arg;
    if (value === '' || value === arg.slice(0, 1) || (arg.startsWith('-') && !arg.includes('=')))
      continue;
    const absolute = path.resolve(cwd, value.split('::')[0]!);
    try {
      lstatSync(absolute);
    } catch {
      continue; // not a path here (a test name, a rule code)
    }
    try {
      confineReal(workdir, absolute, 'argument', value);
    } catch (error) {
      return (error as Error).message;
    }
  }
  return undefined;
}

const MAX_KEPT_OUTPUT = 16 * 1024;

/** Keeps the tail of several commands' outputs within one bound. */
function bounded(text: string): string {
  return text.length > MAX_KEPT_OUTPUT ? `…${text.slice(text.length - MAX_KEPT_OUTPUT)}` : text;
}

export const commandCheck: CheckKindModule<CommandOptions> = {
  kind: 'command',
  optionsSchema: commandOptionsSchema,
  describe,
  runsCommand: () => true,
  run: (options, context) => runCommands(options, context),
};
