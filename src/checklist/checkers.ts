// The fixed list of read-only checkers that recognition may run, as data: which programs (and
// subcommands) qualify, how a rewriting formatter is put in check mode, and (in checker-arguments.ts) which arguments each may take.

/** How a formatter written in its rewriting form is run in check mode instead. */
export interface CheckMode {
  /** Flags that already mean check mode; when one is present nothing is added. */
  readonly unless: readonly string[];
  /** Rewriting flags taken out (`prettier --write` → `prettier --check`). */
  readonly remove?: readonly string[];
  /** The flag added right after the program and its subcommand. */
  readonly add: string;
}

export interface CheckerRule {
  /** The program as written: a bare name, or `./gradlew` and `./mvnw` for the wrappers. */
  readonly program: string;
  /** Words that must follow the program (`go test`); any one of the alternatives. */
  readonly subcommands?: readonly string[];
  /** For formatters: how to run the check mode. */
  readonly checkMode?: CheckMode;
  /** Inserted as the subcommand when none is given (`vitest` → `vitest run`, never watch mode). */
  readonly defaultSubcommand?: string;
}

const testOrCheck = ['test', 'check'] as const;

/**
 * Read-only checkers: test runners, linters, type checkers, formatters in check mode and
 * scanners. They read the repository (test runners execute its tests) and may write caches or
 * the report they are told to write, but do not change sources, deploy or publish.
 */
export const CHECKERS: readonly CheckerRule[] = [
  // Python
  { program: 'pytest' },
  { program: 'py.test' },
  { program: 'flake8' },
  { program: 'pylint' },
  { program: 'mypy' },
  { program: 'pyright' },
  { program: 'pycodestyle' },
  { program: 'pydocstyle' },
  { program: 'bandit' },
  { program: 'ruff', subcommands: ['check'] },
  {
    program: 'ruff',
    subcommands: ['format'],
    checkMode: { unless: ['--check', '--diff'], add: '--check' },
  },
  { program: 'black', checkMode: { unless: ['--check', '--diff'], add: '--check' } },
  {
    program: 'isort',
    checkMode: { unless: ['--check-only', '--check', '-c', '--diff'], add: '--check-only' },
  },
  // JavaScript / TypeScript
  { program: 'jest' },
  { program: 'vitest', subcommands: ['run'], defaultSubcommand: 'run' },
  { program: 'mocha' },
  { program: 'eslint' },
  { program: 'stylelint' },
  { program: 'markdownlint' },
  {
    program: 'tsc',
    checkMode: { unless: ['--noEmit'], add: '--noEmit' },
  },
  {
    program: 'prettier',
    checkMode: {
      unless: ['--check', '-c', '--list-different', '-l'],
      remove: ['--write', '-w'],
      add: '--check',
    },
  },
  // Go, Rust, JVM
  { program: 'go', subcommands: ['test', 'vet'] },
  { program: 'golangci-lint', subcommands: ['run'] },
  { program: 'staticcheck' },
  { program: 'cargo', subcommands: ['test', 'clippy', 'check'] },
  { program: 'cargo', subcommands: ['fmt'], checkMode: { unless: ['--check'], add: '--check' } },
  { program: 'mvn', subcommands: ['test'] },
  { program: './mvnw', subcommands: ['test'] },
  { program: 'gradle', subcommands: testOrCheck },
  { program: './gradlew', subcommands: testOrCheck },
  // Shell, containers, infrastructure
  { program: 'shellcheck' },
  { program: 'yamllint' },
  { program: 'hadolint' },
  { program: 'actionlint' },
  { program: 'helm', subcommands: ['lint'] },
  { program: 'terraform', subcommands: ['validate'] },
  { program: 'terraform', subcommands: ['fmt'], checkMode: { unless: ['-check'], add: '-check' } },
  { program: 'tflint' },
];

/** `python -m MODULE` runs these checkers (their rule applies to the rest of the words). */
export const PYTHON_MODULE_CHECKERS: readonly string[] = [
  'pytest',
  'unittest',
  'flake8',
  'pylint',
  'mypy',
  'pyright',
  'pycodestyle',
  'pydocstyle',
  'bandit',
  'ruff',
  'black',
  'isort',
];

export const PYTHON_PROGRAMS: readonly string[] = ['python', 'python3'];

/**
 * `npx X` (and `pnpm exec X`, `yarn exec X`, `bunx X`) is recognized only for these, and runs the
 * workspace's own `node_modules/.bin/X` directly, so nothing is ever downloaded.
 */
export const NPX_CHECKERS: readonly string[] = [
  'jest',
  'vitest',
  'mocha',
  'eslint',
  'tsc',
  'prettier',
  'stylelint',
  'markdownlint',
];

/** Package managers whose scripts are recognized when the script's name says it checks. */
export const PACKAGE_MANAGERS: readonly string[] = ['npm', 'yarn', 'pnpm', 'bun'];

/**
 * A package script is a checker when its name is one of these, or one of these followed by
 * `:suffix` parts (`test:unit`, `lint:ci`), as DESIGN.md's security section says.
 */
export const CHECKING_SCRIPTS: readonly string[] = [
  'test',
  'lint',
  'typecheck',
  'check',
  'format:check',
];

/** A `:suffix` part containing one of these makes the script write, watch or ship: refused. */
export const REFUSED_SCRIPT_SUFFIX_WORDS: readonly string[] = [
  'fix',
  'write',
  'update',
  'watch',
  'snap',
  'dev',
  'serve',
  'build',
  'deploy',
  'release',
  'publish',
];

/** Formatters with no check mode whose exit code means the same thing; they stay manual. */
export const FORMATTERS_WITHOUT_CHECK_MODE: Readonly<Record<string, string>> = {
  gofmt: 'gofmt has no check mode with the same exit code (gofmt -l lists files but exits 0)',
  'go fmt': 'go fmt rewrites files and has no check mode',
  'clang-format':
    'clang-format rewrites files; its check mode needs --dry-run --Werror, written explicitly',
  autopep8: 'autopep8 rewrites files; its check mode is not recognized',
};
