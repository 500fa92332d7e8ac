// `readiness-gate inspect`: a report's detected format and its figures.
import path from 'node:path';
import {
  COMMON_OPTIONS,
  EXIT_BAD_INPUT,
  formatOption,
  parseCommand,
  UsageError,
  workdirOf,
  type Io,
} from './args.js';

const INSPECT_OPTIONS = { ...COMMON_OPTIONS, format: { type: 'string', short: 'f' } } as const;

export async function inspect(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(argv, INSPECT_OPTIONS, 'inspect');
  const chosen = formatOption(values.format, ['text', 'json'] as const);
  const workdir = workdirOf(values, io);
  if (positionals.length !== 1) throw new UsageError('inspect takes one report path');
  const { inspectReport, renderInspectText } = await import('../reports/inspect.js');
  const file = path.resolve(io.cwd, positionals[0]!);
  const result = await inspectReport(file, workdir);
  if ('error' in result) {
    io.stderr(`${result.error}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stdout(chosen === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderInspectText(result));
  return 0;
}
