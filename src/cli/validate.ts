// `readiness-gate validate`: checks checklists; every problem located.
import {
  checklistsOf,
  COMMON_OPTIONS,
  EXIT_BAD_INPUT,
  formatOption,
  parseCommand,
  workdirOf,
  type Io,
} from './args.js';

const VALIDATE_OPTIONS = {
  ...COMMON_OPTIONS,
  checklist: { type: 'string', short: 'c', multiple: true },
  format: { type: 'string', short: 'f' },
  infer: { type: 'boolean', default: true },
} as const;

export async function validate(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(argv, VALIDATE_OPTIONS, 'validate');
  const chosen = formatOption(values.format, ['text', 'json'] as const);
  const workdir = workdirOf(values, io);
  const { formatProblem, loadChecklists } = await import('../checklist/load.js');
  const loaded = await loadChecklists({
    workdir,
    patterns: checklistsOf(values, positionals),
    infer: (values.infer as boolean | undefined) ?? true,
  });
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
