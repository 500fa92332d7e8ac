// The command's entry: argv → one command → terminal → exit code (0 passes, 1 blocked, 2 bad input).
import { fstatSync, writeSync } from 'node:fs';
import { PathError } from '../workspace/paths.js';
import { killAllCommands } from '../process/live-commands.js';
import { EXIT_BAD_INPUT, UsageError, VERSION, type CliContext } from './args.js';
import { COMMAND_HELP, USAGE } from './help.js';

export { EXIT_BAD_INPUT, EXIT_BLOCKED, EXIT_PASSED, UsageError } from './args.js';

const COMMANDS = ['check', 'plan', 'validate', 'inspect', 'init', 'merge'] as const;
type Command = (typeof COMMANDS)[number];

// Each command loads when it runs, so `--help` and `--version` answer at once.
async function runCommand(
  command: Command,
  argv: readonly string[],
  io: CliContext,
  signal?: AbortSignal,
): Promise<number> {
  switch (command) {
    case 'check':
      return (await import('./check.js')).check(argv, io, signal);
    case 'plan':
      return (await import('./plan.js')).plan(argv, io);
    case 'validate':
      return (await import('./validate.js')).validate(argv, io);
    case 'inspect':
      return (await import('./inspect.js')).inspect(argv, io);
    case 'init':
      return (await import('./init.js')).init(argv, io);
    case 'merge':
      return (await import('./merge.js')).merge(argv, io);
  }
}

/** Runs one command line; returns the exit code. Never throws for bad input. */
export async function main(
  argv: readonly string[],
  io: CliContext,
  signal?: AbortSignal,
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(USAGE);
    return EXIT_BAD_INPUT;
  }
  if (first === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    io.stdout(topic && topic in COMMAND_HELP ? COMMAND_HELP[topic]! : USAGE);
    return 0;
  }
  if (!(COMMANDS as readonly string[]).includes(first)) {
    io.stderr(
      first.startsWith('-')
        ? `readiness-gate: unknown option ${first} (see readiness-gate --help)\n`
        : `readiness-gate: unknown command "${first}"; expected ${COMMANDS.join(', ')} (see readiness-gate --help)\n`,
    );
    return EXIT_BAD_INPUT;
  }
  const command = first as Command;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(COMMAND_HELP[command]!);
    return 0;
  }
  try {
    return await runCommand(command, rest, io, signal);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PathError) {
      io.stderr(`readiness-gate: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
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

/** Runs as the `readiness-gate` binary (dist/cli.js calls it). */
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
        get isStderrTty() {
          // As for stdout: a pipe or a file is known not to be a terminal without building the stream.
          try {
            if (!fstatSync(2).isCharacterDevice()) return false;
          } catch {
            // Unknown: ask the stream.
          }
          return Boolean(process.stderr.isTTY);
        },
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
