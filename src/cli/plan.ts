// `readiness-gate plan`: what would run, what is manual, what was recognized and why; runs nothing.
import {
  checklistsOf,
  colorOf,
  COMMON_OPTIONS,
  EXIT_BAD_INPUT,
  formatOption,
  parseCommand,
  workdirOf,
  type Io,
} from './args.js';

const PLAN_OPTIONS = {
  ...COMMON_OPTIONS,
  checklist: { type: 'string', short: 'c', multiple: true },
  format: { type: 'string', short: 'f' },
  infer: { type: 'boolean', default: true },
  'coverage-report': { type: 'string' },
  color: { type: 'boolean' },
} as const;

export async function plan(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(argv, PLAN_OPTIONS, 'plan');
  const chosen = formatOption(values.format, ['text', 'json'] as const);
  const workdir = workdirOf(values, io);
  const [{ formatProblem, loadChecklists }, { toPlanJson }, { renderPlanText }] = await Promise.all(
    [import('../checklist/load.js'), import('../render/json.js'), import('../render/text.js')],
  );
  const loaded = await loadChecklists({
    workdir,
    patterns: checklistsOf(values, positionals),
    infer: (values.infer as boolean | undefined) ?? true,
    ...(values['coverage-report'] ? { coverageReport: values['coverage-report'] as string } : {}),
  });
  if (loaded.problems.length > 0) {
    io.stderr(`${loaded.problems.map(formatProblem).join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stdout(
    chosen === 'json'
      ? `${JSON.stringify(toPlanJson(loaded.checklists), null, 2)}\n`
      : renderPlanText(loaded.checklists, { color: colorOf(values, io)() }),
  );
  return 0;
}
