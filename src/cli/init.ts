// `readiness-gate init --from X.md`: the equivalent YAML checklist, checked to load and to plan alike.
import {
  COMMON_OPTIONS,
  EXIT_BAD_INPUT,
  parseCommand,
  UsageError,
  workdirOf,
  type Io,
} from './args.js';

const INIT_OPTIONS = {
  ...COMMON_OPTIONS,
  from: { type: 'string' },
  infer: { type: 'boolean', default: true },
  'coverage-report': { type: 'string' },
} as const;

export async function init(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseCommand(argv, INIT_OPTIONS, 'init', false);
  const from = values.from as string | undefined;
  if (!from) throw new UsageError('init needs --from CHECKLIST.md');
  const workdir = workdirOf(values, io);
  const [{ formatProblem, loadChecklists }, { renderInitYaml }, { loadYamlChecklist }] =
    await Promise.all([
      import('../checklist/load.js'),
      import('../checklist/init.js'),
      import('../checklist/yaml.js'),
    ]);
  // Loaded exactly as `check` loads it (the same recognition, the same reports found), so the
  // YAML gives the same statuses.
  const loaded = await loadChecklists({
    workdir,
    patterns: [from],
    infer: (values.infer as boolean | undefined) ?? true,
    ...(values['coverage-report'] ? { coverageReport: values['coverage-report'] as string } : {}),
  });
  if (loaded.problems.length > 0) {
    io.stderr(`${loaded.problems.map(formatProblem).join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  if (loaded.checklists.length !== 1)
    throw new UsageError(`--from ${from} names ${loaded.checklists.length} checklists; give one`);
  const checklist = loaded.checklists[0]!;
  const yaml = renderInitYaml(checklist);
  // The output must itself be a valid checklist: anything else is a bug, said as one.
  const written = loadYamlChecklist(yaml, `${checklist.path} (as YAML)`);
  if (written.problems.length > 0) {
    io.stderr(
      `readiness-gate: internal error: the YAML written for ${checklist.path} is invalid:\n${written.problems.map(formatProblem).join('\n')}\n`,
    );
    return EXIT_BAD_INPUT;
  }
  io.stdout(yaml);
  return 0;
}
