// The arguments each recognized checker may be given, as an allowlist: workspace paths and a
// short list of read-only flags with the shape of their values. Anything else (a plugin, a
// config file, an output file, a temp folder, a program to run) leaves the item manual.

/** What a flag's value, or a positional argument, may look like. */
export type ValueShape =
  /** A relative path inside the workspace: no `..`, not absolute, not under .git/, globs allowed. */
  | 'path'
  /** A whole number (or `auto`-like words listed separately). */
  | 'count'
  /** A name: letters, digits and `_.:,/@+=-` (rule codes, test names, package names). */
  | 'word'
  /** A test-selection expression (`-k "not slow"`, `-run '^TestX$'`). */
  | 'expression'
  /** One of these words. */
  | readonly string[];

export interface ArgumentList {
  /** Flags that take no value. */
  readonly switches?: readonly string[];
  /** Flags that take a value (`--flag=value` or `--flag value`). */
  readonly options?: Readonly<Record<string, ValueShape>>;
  /** What positional arguments may be: paths (default), names, Go package patterns, or none. */
  readonly positionals?: 'path' | 'word' | 'none';
  /** Words allowed after a `--` (cargo clippy's `-- -D warnings`). */
  readonly afterDoubleDash?: ArgumentList;
}

const PATH = /^(?!-)(?!~)[\w.@+,:=*?{}[\]/-]+$/;
const WORD = /^[\w.:,/@+=-]+$/;
const EXPRESSION = /^[\w .:,/@+=()[\]^$|*?-]+$/;
const COUNT = /^\d{1,6}(%|\.\d{1,3})?$/;

function isWorkspacePath(value: string): boolean {
  if (!PATH.test(value) || value.startsWith('/')) return false;
  const segments = value.split('/');
  return !segments.includes('..') && !segments.some((segment) => segment.toLowerCase() === '.git');
}

function fits(value: string, shape: ValueShape): boolean {
  if (Array.isArray(shape)) return shape.includes(value);
  switch (shape) {
    case 'path':
      return isWorkspacePath(value);
    case 'count':
      return COUNT.test(value);
    case 'word':
      return WORD.test(value);
    case 'expression':
      return EXPRESSION.test(value);
  }
  return false;
}

/**
 * Checks every argument against the list; returns the first one refused, with why, or
 * undefined when all are allowed.
 */
export function refusedArgument(
  args: readonly string[],
  list: ArgumentList,
): { readonly argument: string; readonly why: string } | undefined {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--') {
      if (!list.afterDoubleDash) return { argument: arg, why: 'is not accepted here' };
      return refusedArgument(args.slice(index + 1), list.afterDoubleDash);
    }
    if (arg.startsWith('-') && arg !== '-') {
      if (list.switches?.includes(arg)) continue;
      const equals = arg.indexOf('=');
      const name = equals > 0 ? arg.slice(0, equals) : arg;
      const shape = list.options?.[name];
      if (shape === undefined)
        return { argument: arg, why: 'is not one of the read-only arguments allowed' };
      const value = equals > 0 ? arg.slice(equals + 1) : args[++index];
      if (value === undefined) return { argument: arg, why: 'needs a value' };
      if (!fits(value, shape))
        return {
          argument: `${name} ${value}`,
          why: Array.isArray(shape)
            ? `takes only ${shape.join(', ')}`
            : shape === 'path'
              ? 'takes only a path inside the workspace'
              : `does not take that value`,
        };
      continue;
    }
    const positional = list.positionals ?? 'path';
    if (positional === 'none')
      return { argument: arg, why: 'is not accepted (this checker takes no extra words)' };
    if (!fits(arg, positional))
      return {
        argument: arg,
        why: positional === 'path' ? 'is not a path inside the workspace' : 'is not a plain name',
      };
  }
  return undefined;
}

const QUIET = ['-q', '--quiet', '-v', '--verbose'];

const PYTEST: ArgumentList = {
  switches: [
    ...QUIET,
    '-vv',
    '-x',
    '--exitfirst',
    '-s',
    '-l',
    '--showlocals',
    '-ra',
    '-rA',
    '-rf',
    '-rfE',
    '--strict-markers',
    '--strict-config',
    '--disable-warnings',
    '--no-header',
    '--no-summary',
    '--lf',
    '--last-failed',
    '--ff',
    '--failed-first',
    '--sw',
    '--stepwise',
    '--co',
    '--collect-only',
    '--runxfail',
    '--doctest-modules',
    '--cov',
    '--cov-branch',
  ],
  options: {
    '--tb': ['auto', 'long', 'short', 'line', 'native', 'no'],
    '--maxfail': 'count',
    '--durations': 'count',
    '-k': 'expression',
    '-m': 'expression',
    '-n': 'count',
    '--numprocesses': 'count',
    '--capture': ['no', 'sys', 'fd', 'tee-sys'],
    '-W': 'word',
    '--cov': 'path',
    '--cov-report': ['term', 'term-missing', 'xml', 'html', 'lcov', 'json'],
    '--cov-fail-under': 'count',
  },
};

const UNITTEST: ArgumentList = {
  switches: [...QUIET, '-f', '--failfast', '-b', '--buffer', '--locals', 'discover'],
  options: { '-s': 'path', '-t': 'path', '-p': 'word', '-k': 'expression' },
  positionals: 'word',
};

const LINT_COMMON = {
  '--select': 'word',
  '--ignore': 'word',
  '--extend-select': 'word',
  '--extend-ignore': 'word',
  '--max-line-length': 'count',
  '--exclude': 'word',
} as const;

const FLAKE8: ArgumentList = {
  switches: [...QUIET, '--count', '--statistics', '--show-source'],
  options: { ...LINT_COMMON, '--max-complexity': 'count', '--format': ['default', 'pylint'] },
};

const PYLINT: ArgumentList = {
  switches: ['-E', '--errors-only', '--recursive=y'],
  options: {
    '--disable': 'word',
    '-d': 'word',
    '--enable': 'word',
    '-e': 'word',
    '-j': 'count',
    '--jobs': 'count',
    '--fail-under': 'count',
    '--output-format': ['text', 'parseable', 'colorized', 'json', 'json2', 'msvs'],
    '--reports': ['y', 'n'],
    '-r': ['y', 'n'],
    '--score': ['y', 'n'],
    '--max-line-length': 'count',
  },
};

const MYPY: ArgumentList = {
  switches: [
    '--strict',
    '--ignore-missing-imports',
    '--no-error-summary',
    '--pretty',
    '--show-error-codes',
    '--no-incremental',
    '--check-untyped-defs',
    '--disallow-untyped-defs',
    '--warn-unused-ignores',
    '--namespace-packages',
    '--explicit-package-bases',
  ],
  options: {
    '-p': 'word',
    '--package': 'word',
    '-m': 'word',
    '--module': 'word',
    '--python-version': 'word',
  },
};

const PYRIGHT: ArgumentList = {
  switches: ['--warnings'],
  options: {
    '-p': 'path',
    '--project': 'path',
    '--pythonversion': 'word',
    '--level': ['error', 'warning'],
  },
};

const PYCODESTYLE: ArgumentList = {
  switches: [...QUIET, '--count', '--statistics', '--show-source'],
  options: { ...LINT_COMMON, '--convention': ['pep257', 'numpy', 'google'] },
};

const BANDIT: ArgumentList = {
  switches: [...QUIET, '-r', '--recursive', '-l', '-ll', '-lll', '-i', '-ii', '-iii'],
  options: {
    '-x': 'word',
    '--exclude': 'word',
    '-s': 'word',
    '--skip': 'word',
    '-t': 'word',
    '--tests': 'word',
    '-f': ['txt', 'json', 'screen', 'csv', 'yaml'],
    '--format': ['txt', 'json', 'screen', 'csv', 'yaml'],
  },
};

const RUFF_CHECK: ArgumentList = {
  switches: [...QUIET, '--no-fix', '--statistics', '--preview', '--no-cache', '--exit-zero'],
  options: {
    ...LINT_COMMON,
    '--output-format': ['full', 'concise', 'grouped', 'json', 'github', 'pylint', 'junit'],
    '--target-version': 'word',
    '--line-length': 'count',
  },
};

const FORMAT_CHECK: ArgumentList = {
  switches: [
    ...QUIET,
    '--check',
    '--diff',
    '--preview',
    '--check-only',
    '-c',
    '--no-color',
    '--color',
  ],
  options: {
    '--line-length': 'count',
    '-l': 'count',
    '--target-version': 'word',
    '-t': 'word',
    '--profile': 'word',
  },
};

const JEST: ArgumentList = {
  switches: [
    '--ci',
    '--coverage',
    '--silent',
    '--verbose',
    '--passWithNoTests',
    '--runInBand',
    '-i',
    '--bail',
    '--detectOpenHandles',
    '--forceExit',
    '--no-cache',
    '--listTests',
    '--noStackTrace',
  ],
  options: {
    '--maxWorkers': 'count',
    '-w': 'count',
    '--testNamePattern': 'expression',
    '-t': 'expression',
    '--selectProjects': 'word',
    '--shard': 'word',
    '--testTimeout': 'count',
  },
  positionals: 'path',
};

const VITEST: ArgumentList = {
  switches: ['--coverage', '--silent', '--passWithNoTests', '--no-file-parallelism'],
  options: {
    '--reporter': ['default', 'verbose', 'dot', 'tap', 'tap-flat', 'hanging-process'],
    '--testNamePattern': 'expression',
    '-t': 'expression',
    '--project': 'word',
    '--shard': 'word',
    '--pool': ['threads', 'forks', 'vmThreads', 'vmForks'],
    '--maxWorkers': 'count',
    '--testTimeout': 'count',
    '--bail': 'count',
  },
};

const MOCHA: ArgumentList = {
  switches: ['--recursive', '--bail', '-b', '--exit', '--forbid-only', '--forbid-pending'],
  options: {
    '--reporter': ['spec', 'dot', 'min', 'tap', 'list', 'progress'],
    '-R': ['spec', 'dot', 'min', 'tap', 'list', 'progress'],
    '--timeout': 'count',
    '-t': 'count',
    '--grep': 'expression',
    '-g': 'expression',
    '--spec': 'path',
    '--extension': 'word',
  },
};

const ESLINT_FORMATS = ['stylish', 'json', 'json-with-metadata', 'compact', 'unix', 'tap'];
const ESLINT: ArgumentList = {
  switches: ['--quiet', '--no-warn-ignored', '--report-unused-disable-directives'],
  options: {
    '--max-warnings': 'count',
    '--ext': 'word',
    '--format': ESLINT_FORMATS,
    '-f': ESLINT_FORMATS,
  },
};

const STYLELINT: ArgumentList = {
  switches: ['--quiet'],
  options: {
    '--max-warnings': 'count',
    '--formatter': ['string', 'json', 'compact', 'unix', 'verbose', 'tap'],
    '-f': ['string', 'json', 'compact', 'unix', 'verbose', 'tap'],
  },
};

const MARKDOWNLINT: ArgumentList = { options: { '--ignore': 'path', '-i': 'path' } };

const TSC: ArgumentList = {
  switches: ['--noEmit', '--pretty', '--strict', '--skipLibCheck'],
  options: { '-p': 'path', '--project': 'path', '--target': 'word' },
};

const PRETTIER: ArgumentList = {
  switches: ['--check', '-c', '--list-different', '-l', '--ignore-unknown'],
  options: { '--log-level': ['silent', 'error', 'warn', 'log', 'debug'] },
};

const GO_TEST: ArgumentList = {
  switches: ['-v', '-race', '-short', '-cover', '-failfast', '-json', '-vet=off'],
  options: {
    '-run': 'expression',
    '-skip': 'expression',
    '-count': 'count',
    '-timeout': 'word',
    '-covermode': ['set', 'count', 'atomic'],
    '-tags': 'word',
    '-p': 'count',
    '-parallel': 'count',
  },
};

const GO_VET: ArgumentList = { switches: ['-json'], options: { '-tags': 'word' } };

const GOLANGCI: ArgumentList = {
  switches: ['--fast'],
  options: {
    '--timeout': 'word',
    '--enable': 'word',
    '-E': 'word',
    '--disable': 'word',
    '-D': 'word',
    '-j': 'count',
  },
};

const STATICCHECK: ArgumentList = { options: { '-checks': 'word', '-tags': 'word' } };

const CARGO: ArgumentList = {
  switches: [
    '--all-targets',
    '--all-features',
    '--workspace',
    '--no-fail-fast',
    '--lib',
    '--bins',
    '--tests',
    '--doc',
    '--release',
    '--locked',
    '--frozen',
    '--offline',
    ...QUIET,
  ],
  options: {
    '--features': 'word',
    '-F': 'word',
    '-p': 'word',
    '--package': 'word',
    '--test': 'word',
    '--bin': 'word',
  },
  positionals: 'word',
  afterDoubleDash: {
    options: { '-D': 'word', '-W': 'word', '-A': 'word' },
    switches: ['--nocapture', '--include-ignored', '--ignored'],
    positionals: 'word',
  },
};

const CARGO_FMT: ArgumentList = {
  switches: ['--check', '--all', ...QUIET],
  options: { '-p': 'word', '--package': 'word' },
  positionals: 'none',
};

const MAVEN: ArgumentList = {
  switches: ['-q', '--quiet', '-B', '--batch-mode', '-o', '--offline', '-e', '-ntp'],
  options: { '-pl': 'word', '--projects': 'word', '-P': 'word' },
  positionals: 'none',
};

const GRADLE: ArgumentList = {
  switches: [
    '--no-daemon',
    '--offline',
    '--info',
    '-q',
    '--quiet',
    '--stacktrace',
    '--continue',
    '--console=plain',
  ],
  options: { '--tests': 'expression' },
  positionals: 'none',
};

const SHELLCHECK: ArgumentList = {
  options: {
    '-S': ['error', 'warning', 'info', 'style'],
    '--severity': ['error', 'warning', 'info', 'style'],
    '-s': ['sh', 'bash', 'dash', 'ksh'],
    '--shell': ['sh', 'bash', 'dash', 'ksh'],
    '-f': ['tty', 'gcc', 'checkstyle', 'json', 'json1', 'quiet'],
    '--format': ['tty', 'gcc', 'checkstyle', 'json', 'json1', 'quiet'],
  },
};

const YAMLLINT: ArgumentList = {
  switches: ['-s', '--strict', '--no-warnings'],
  options: {
    '-f': ['parsable', 'standard', 'colored', 'github', 'auto'],
    '--format': ['parsable', 'standard', 'colored', 'github', 'auto'],
  },
};

const SEVERITIES = ['error', 'warning', 'info', 'style', 'ignore', 'none'];
const HADOLINT: ArgumentList = { options: { '--failure-threshold': SEVERITIES, '-t': SEVERITIES } };
const ACTIONLINT: ArgumentList = { switches: ['-color', '-oneline', '-no-color'] };
const HELM_LINT: ArgumentList = { switches: ['--strict', '--quiet'] };
const TERRAFORM_VALIDATE: ArgumentList = {
  switches: ['-no-color', '-json'],
  positionals: 'none',
};
const TERRAFORM_FMT: ArgumentList = { switches: ['-check', '-diff', '-recursive', '-no-color'] };
const TFLINT: ArgumentList = {
  switches: ['--recursive'],
  options: { '--format': ['default', 'json', 'checkstyle', 'junit', 'compact', 'sarif'] },
  positionals: 'none',
};

/** The allowlist of each checker, by `program` or `program subcommand`. */
export const CHECKER_ARGUMENTS: Readonly<Record<string, ArgumentList>> = {
  pytest: PYTEST,
  'py.test': PYTEST,
  unittest: UNITTEST,
  flake8: FLAKE8,
  pylint: PYLINT,
  mypy: MYPY,
  pyright: PYRIGHT,
  pycodestyle: PYCODESTYLE,
  pydocstyle: PYCODESTYLE,
  bandit: BANDIT,
  'ruff check': RUFF_CHECK,
  'ruff format': FORMAT_CHECK,
  black: FORMAT_CHECK,
  isort: FORMAT_CHECK,
  jest: JEST,
  'vitest run': VITEST,
  mocha: MOCHA,
  eslint: ESLINT,
  stylelint: STYLELINT,
  markdownlint: MARKDOWNLINT,
  tsc: TSC,
  prettier: PRETTIER,
  'go test': GO_TEST,
  'go vet': GO_VET,
  'golangci-lint run': GOLANGCI,
  staticcheck: STATICCHECK,
  'cargo test': CARGO,
  'cargo clippy': CARGO,
  'cargo check': CARGO,
  'cargo fmt': CARGO_FMT,
  'mvn test': MAVEN,
  './mvnw test': MAVEN,
  'gradle test': GRADLE,
  'gradle check': GRADLE,
  './gradlew test': GRADLE,
  './gradlew check': GRADLE,
  shellcheck: SHELLCHECK,
  yamllint: YAMLLINT,
  hadolint: HADOLINT,
  actionlint: ACTIONLINT,
  'helm lint': HELM_LINT,
  'terraform validate': TERRAFORM_VALIDATE,
  'terraform fmt': TERRAFORM_FMT,
  tflint: TFLINT,
};
