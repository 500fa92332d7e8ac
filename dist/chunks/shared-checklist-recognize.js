import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  USUAL_COVERAGE_REPORTS
} from "./shared-checklist-usual-reports.js";
import {
  ShellSyntaxError,
  splitCommand
} from "./shared-process-split-command.js";
import {
  __name
} from "./shared-runtime.js";

// src/checklist/checkers.ts
var testOrCheck = ["test", "check"];
var CHECKERS = [
  // Python
  { program: "pytest" },
  { program: "py.test" },
  { program: "flake8" },
  { program: "pylint" },
  { program: "mypy" },
  { program: "pyright" },
  { program: "pycodestyle" },
  { program: "pydocstyle" },
  { program: "bandit" },
  { program: "ruff", subcommands: ["check"] },
  {
    program: "ruff",
    subcommands: ["format"],
    checkMode: { unless: ["--check", "--diff"], add: "--check" }
  },
  { program: "black", checkMode: { unless: ["--check", "--diff"], add: "--check" } },
  {
    program: "isort",
    checkMode: { unless: ["--check-only", "--check", "-c", "--diff"], add: "--check-only" }
  },
  // JavaScript / TypeScript
  { program: "jest" },
  { program: "vitest", subcommands: ["run"], defaultSubcommand: "run" },
  { program: "mocha" },
  { program: "eslint" },
  { program: "stylelint" },
  { program: "markdownlint" },
  {
    program: "tsc",
    checkMode: { unless: ["--noEmit"], add: "--noEmit" }
  },
  {
    program: "prettier",
    checkMode: {
      unless: ["--check", "-c", "--list-different", "-l"],
      remove: ["--write", "-w"],
      add: "--check"
    }
  },
  // Go, Rust, JVM
  { program: "go", subcommands: ["test", "vet"] },
  { program: "golangci-lint", subcommands: ["run"] },
  { program: "staticcheck" },
  { program: "cargo", subcommands: ["test", "clippy", "check"] },
  { program: "cargo", subcommands: ["fmt"], checkMode: { unless: ["--check"], add: "--check" } },
  { program: "mvn", subcommands: ["test"] },
  { program: "./mvnw", subcommands: ["test"] },
  { program: "gradle", subcommands: testOrCheck },
  { program: "./gradlew", subcommands: testOrCheck },
  // Shell, containers, infrastructure
  { program: "shellcheck" },
  { program: "yamllint" },
  { program: "hadolint" },
  { program: "actionlint" },
  { program: "helm", subcommands: ["lint"] },
  { program: "terraform", subcommands: ["validate"] },
  { program: "terraform", subcommands: ["fmt"], checkMode: { unless: ["-check"], add: "-check" } },
  { program: "tflint" }
];
var PYTHON_MODULE_CHECKERS = [
  "pytest",
  "unittest",
  "flake8",
  "pylint",
  "mypy",
  "pyright",
  "pycodestyle",
  "pydocstyle",
  "bandit",
  "ruff",
  "black",
  "isort"
];
var PYTHON_PROGRAMS = ["python", "python3"];
var NPX_CHECKERS = [
  "jest",
  "vitest",
  "mocha",
  "eslint",
  "tsc",
  "prettier",
  "stylelint",
  "markdownlint"
];
var PACKAGE_MANAGERS = ["npm", "yarn", "pnpm", "bun"];
var CHECKING_SCRIPTS = [
  "test",
  "lint",
  "typecheck",
  "check",
  "format:check"
];
var REFUSED_SCRIPT_SUFFIX_WORDS = [
  "fix",
  "write",
  "update",
  "watch",
  "snap",
  "dev",
  "serve",
  "build",
  "deploy",
  "release",
  "publish"
];
var FORMATTERS_WITHOUT_CHECK_MODE = {
  gofmt: "gofmt has no check mode with the same exit code (gofmt -l lists files but exits 0)",
  "go fmt": "go fmt rewrites files and has no check mode",
  "clang-format": "clang-format rewrites files; its check mode needs --dry-run --Werror, written explicitly",
  autopep8: "autopep8 rewrites files; its check mode is not recognized"
};

// src/checklist/checker-arguments.ts
var PATH = /^(?!-)(?!~)[\w.@+,:=*?{}[\]/-]+$/;
var WORD = /^[\w.:,/@+=-]+$/;
var EXPRESSION = /^[\w .:,/@+=()[\]^$|*?-]+$/;
var COUNT = /^\d{1,6}(%|\.\d{1,3})?$/;
function isWorkspacePath(value) {
  if (!PATH.test(value) || value.startsWith("/")) return false;
  const segments = value.split("/");
  return !segments.includes("..") && !segments.some((segment) => segment.toLowerCase() === ".git");
}
__name(isWorkspacePath, "isWorkspacePath");
function fits(value, shape) {
  if (Array.isArray(shape)) return shape.includes(value);
  switch (shape) {
    case "path":
      return isWorkspacePath(value);
    case "count":
      return COUNT.test(value);
    case "word":
      return WORD.test(value);
    case "expression":
      return EXPRESSION.test(value);
  }
  return false;
}
__name(fits, "fits");
function refusedArgument(args, list) {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--") {
      if (!list.afterDoubleDash) return { argument: arg, why: "is not accepted here" };
      return refusedArgument(args.slice(index + 1), list.afterDoubleDash);
    }
    if (arg.startsWith("-") && arg !== "-") {
      if (list.switches?.includes(arg)) continue;
      const equals = arg.indexOf("=");
      const name = equals > 0 ? arg.slice(0, equals) : arg;
      const shape = list.options?.[name];
      if (shape === void 0)
        return { argument: arg, why: "is not one of the read-only arguments allowed" };
      const value = equals > 0 ? arg.slice(equals + 1) : args[++index];
      if (value === void 0) return { argument: arg, why: "needs a value" };
      if (!fits(value, shape))
        return {
          argument: `${name} ${value}`,
          why: Array.isArray(shape) ? `takes only ${shape.join(", ")}` : shape === "path" ? "takes only a path inside the workspace" : `does not take that value`
        };
      continue;
    }
    const positional = list.positionals ?? "path";
    if (positional === "none")
      return { argument: arg, why: "is not accepted (this checker takes no extra words)" };
    if (!fits(arg, positional))
      return {
        argument: arg,
        why: positional === "path" ? "is not a path inside the workspace" : "is not a plain name"
      };
  }
  return void 0;
}
__name(refusedArgument, "refusedArgument");
var QUIET = ["-q", "--quiet", "-v", "--verbose"];
var PYTEST = {
  switches: [
    ...QUIET,
    "-vv",
    "-x",
    "--exitfirst",
    "-s",
    "-l",
    "--showlocals",
    "-ra",
    "-rA",
    "-rf",
    "-rfE",
    "--strict-markers",
    "--strict-config",
    "--disable-warnings",
    "--no-header",
    "--no-summary",
    "--lf",
    "--last-failed",
    "--ff",
    "--failed-first",
    "--sw",
    "--stepwise",
    "--co",
    "--collect-only",
    "--runxfail",
    "--doctest-modules",
    "--cov",
    "--cov-branch"
  ],
  options: {
    "--tb": ["auto", "long", "short", "line", "native", "no"],
    "--maxfail": "count",
    "--durations": "count",
    "-k": "expression",
    "-m": "expression",
    "-n": "count",
    "--numprocesses": "count",
    "--capture": ["no", "sys", "fd", "tee-sys"],
    "-W": "word",
    "--cov": "path",
    "--cov-report": ["term", "term-missing", "xml", "html", "lcov", "json"],
    "--cov-fail-under": "count"
  }
};
var UNITTEST = {
  switches: [...QUIET, "-f", "--failfast", "-b", "--buffer", "--locals", "discover"],
  options: { "-s": "path", "-t": "path", "-p": "word", "-k": "expression" },
  positionals: "word"
};
var LINT_COMMON = {
  "--select": "word",
  "--ignore": "word",
  "--extend-select": "word",
  "--extend-ignore": "word",
  "--max-line-length": "count",
  "--exclude": "word"
};
var FLAKE8 = {
  switches: [...QUIET, "--count", "--statistics", "--show-source"],
  options: { ...LINT_COMMON, "--max-complexity": "count", "--format": ["default", "pylint"] }
};
var PYLINT = {
  switches: ["-E", "--errors-only", "--recursive=y"],
  options: {
    "--disable": "word",
    "-d": "word",
    "--enable": "word",
    "-e": "word",
    "-j": "count",
    "--jobs": "count",
    "--fail-under": "count",
    "--output-format": ["text", "parseable", "colorized", "json", "json2", "msvs"],
    "--reports": ["y", "n"],
    "-r": ["y", "n"],
    "--score": ["y", "n"],
    "--max-line-length": "count"
  }
};
var MYPY = {
  switches: [
    "--strict",
    "--ignore-missing-imports",
    "--no-error-summary",
    "--pretty",
    "--show-error-codes",
    "--no-incremental",
    "--check-untyped-defs",
    "--disallow-untyped-defs",
    "--warn-unused-ignores",
    "--namespace-packages",
    "--explicit-package-bases"
  ],
  options: {
    "-p": "word",
    "--package": "word",
    "-m": "word",
    "--module": "word",
    "--python-version": "word"
  }
};
var PYRIGHT = {
  switches: ["--warnings"],
  options: {
    "-p": "path",
    "--project": "path",
    "--pythonversion": "word",
    "--level": ["error", "warning"]
  }
};
var PYCODESTYLE = {
  switches: [...QUIET, "--count", "--statistics", "--show-source"],
  options: { ...LINT_COMMON, "--convention": ["pep257", "numpy", "google"] }
};
var BANDIT = {
  switches: [...QUIET, "-r", "--recursive", "-l", "-ll", "-lll", "-i", "-ii", "-iii"],
  options: {
    "-x": "word",
    "--exclude": "word",
    "-s": "word",
    "--skip": "word",
    "-t": "word",
    "--tests": "word",
    "-f": ["txt", "json", "screen", "csv", "yaml"],
    "--format": ["txt", "json", "screen", "csv", "yaml"]
  }
};
var RUFF_CHECK = {
  switches: [...QUIET, "--no-fix", "--statistics", "--preview", "--no-cache", "--exit-zero"],
  options: {
    ...LINT_COMMON,
    "--output-format": ["full", "concise", "grouped", "json", "github", "pylint", "junit"],
    "--target-version": "word",
    "--line-length": "count"
  }
};
var FORMAT_CHECK = {
  switches: [
    ...QUIET,
    "--check",
    "--diff",
    "--preview",
    "--check-only",
    "-c",
    "--no-color",
    "--color"
  ],
  options: {
    "--line-length": "count",
    "-l": "count",
    "--target-version": "word",
    "-t": "word",
    "--profile": "word"
  }
};
var JEST = {
  switches: [
    "--ci",
    "--coverage",
    "--silent",
    "--verbose",
    "--passWithNoTests",
    "--runInBand",
    "-i",
    "--bail",
    "--detectOpenHandles",
    "--forceExit",
    "--no-cache",
    "--listTests",
    "--noStackTrace"
  ],
  options: {
    "--maxWorkers": "count",
    "-w": "count",
    "--testNamePattern": "expression",
    "-t": "expression",
    "--selectProjects": "word",
    "--shard": "word",
    "--testTimeout": "count"
  },
  positionals: "path"
};
var VITEST = {
  switches: ["--coverage", "--silent", "--passWithNoTests", "--no-file-parallelism"],
  options: {
    "--reporter": ["default", "verbose", "dot", "tap", "tap-flat", "hanging-process"],
    "--testNamePattern": "expression",
    "-t": "expression",
    "--project": "word",
    "--shard": "word",
    "--pool": ["threads", "forks", "vmThreads", "vmForks"],
    "--maxWorkers": "count",
    "--testTimeout": "count",
    "--bail": "count"
  }
};
var MOCHA = {
  switches: ["--recursive", "--bail", "-b", "--exit", "--forbid-only", "--forbid-pending"],
  options: {
    "--reporter": ["spec", "dot", "min", "tap", "list", "progress"],
    "-R": ["spec", "dot", "min", "tap", "list", "progress"],
    "--timeout": "count",
    "-t": "count",
    "--grep": "expression",
    "-g": "expression",
    "--spec": "path",
    "--extension": "word"
  }
};
var ESLINT_FORMATS = ["stylish", "json", "json-with-metadata", "compact", "unix", "tap"];
var ESLINT = {
  switches: ["--quiet", "--no-warn-ignored", "--report-unused-disable-directives"],
  options: {
    "--max-warnings": "count",
    "--ext": "word",
    "--format": ESLINT_FORMATS,
    "-f": ESLINT_FORMATS
  }
};
var STYLELINT = {
  switches: ["--quiet"],
  options: {
    "--max-warnings": "count",
    "--formatter": ["string", "json", "compact", "unix", "verbose", "tap"],
    "-f": ["string", "json", "compact", "unix", "verbose", "tap"]
  }
};
var MARKDOWNLINT = { options: { "--ignore": "path", "-i": "path" } };
var TSC = {
  switches: ["--noEmit", "--pretty", "--strict", "--skipLibCheck"],
  options: { "-p": "path", "--project": "path", "--target": "word" }
};
var PRETTIER = {
  switches: ["--check", "-c", "--list-different", "-l", "--ignore-unknown"],
  options: { "--log-level": ["silent", "error", "warn", "log", "debug"] }
};
var GO_TEST = {
  switches: ["-v", "-race", "-short", "-cover", "-failfast", "-json", "-vet=off"],
  options: {
    "-run": "expression",
    "-skip": "expression",
    "-count": "count",
    "-timeout": "word",
    "-covermode": ["set", "count", "atomic"],
    "-tags": "word",
    "-p": "count",
    "-parallel": "count"
  }
};
var GO_VET = { switches: ["-json"], options: { "-tags": "word" } };
var GOLANGCI = {
  switches: ["--fast"],
  options: {
    "--timeout": "word",
    "--enable": "word",
    "-E": "word",
    "--disable": "word",
    "-D": "word",
    "-j": "count"
  }
};
var STATICCHECK = { options: { "-checks": "word", "-tags": "word" } };
var CARGO = {
  switches: [
    "--all-targets",
    "--all-features",
    "--workspace",
    "--no-fail-fast",
    "--lib",
    "--bins",
    "--tests",
    "--doc",
    "--release",
    "--locked",
    "--frozen",
    "--offline",
    ...QUIET
  ],
  options: {
    "--features": "word",
    "-F": "word",
    "-p": "word",
    "--package": "word",
    "--test": "word",
    "--bin": "word"
  },
  positionals: "word",
  afterDoubleDash: {
    options: { "-D": "word", "-W": "word", "-A": "word" },
    switches: ["--nocapture", "--include-ignored", "--ignored"],
    positionals: "word"
  }
};
var CARGO_FMT = {
  switches: ["--check", "--all", ...QUIET],
  options: { "-p": "word", "--package": "word" },
  positionals: "none"
};
var MAVEN = {
  switches: ["-q", "--quiet", "-B", "--batch-mode", "-o", "--offline", "-e", "-ntp"],
  options: { "-pl": "word", "--projects": "word", "-P": "word" },
  positionals: "none"
};
var GRADLE = {
  switches: [
    "--no-daemon",
    "--offline",
    "--info",
    "-q",
    "--quiet",
    "--stacktrace",
    "--continue",
    "--console=plain"
  ],
  options: { "--tests": "expression" },
  positionals: "none"
};
var SHELLCHECK = {
  options: {
    "-S": ["error", "warning", "info", "style"],
    "--severity": ["error", "warning", "info", "style"],
    "-s": ["sh", "bash", "dash", "ksh"],
    "--shell": ["sh", "bash", "dash", "ksh"],
    "-f": ["tty", "gcc", "checkstyle", "json", "json1", "quiet"],
    "--format": ["tty", "gcc", "checkstyle", "json", "json1", "quiet"]
  }
};
var YAMLLINT = {
  switches: ["-s", "--strict", "--no-warnings"],
  options: {
    "-f": ["parsable", "standard", "colored", "github", "auto"],
    "--format": ["parsable", "standard", "colored", "github", "auto"]
  }
};
var SEVERITIES = ["error", "warning", "info", "style", "ignore", "none"];
var HADOLINT = { options: { "--failure-threshold": SEVERITIES, "-t": SEVERITIES } };
var ACTIONLINT = { switches: ["-color", "-oneline", "-no-color"] };
var HELM_LINT = { switches: ["--strict", "--quiet"] };
var TERRAFORM_VALIDATE = {
  switches: ["-no-color", "-json"],
  positionals: "none"
};
var TERRAFORM_FMT = { switches: ["-check", "-diff", "-recursive", "-no-color"] };
var TFLINT = {
  switches: ["--recursive"],
  options: { "--format": ["default", "json", "checkstyle", "junit", "compact", "sarif"] },
  positionals: "none"
};
var CHECKER_ARGUMENTS = {
  pytest: PYTEST,
  "py.test": PYTEST,
  unittest: UNITTEST,
  flake8: FLAKE8,
  pylint: PYLINT,
  mypy: MYPY,
  pyright: PYRIGHT,
  pycodestyle: PYCODESTYLE,
  pydocstyle: PYCODESTYLE,
  bandit: BANDIT,
  "ruff check": RUFF_CHECK,
  "ruff format": FORMAT_CHECK,
  black: FORMAT_CHECK,
  isort: FORMAT_CHECK,
  jest: JEST,
  "vitest run": VITEST,
  mocha: MOCHA,
  eslint: ESLINT,
  stylelint: STYLELINT,
  markdownlint: MARKDOWNLINT,
  tsc: TSC,
  prettier: PRETTIER,
  "go test": GO_TEST,
  "go vet": GO_VET,
  "golangci-lint run": GOLANGCI,
  staticcheck: STATICCHECK,
  "cargo test": CARGO,
  "cargo clippy": CARGO,
  "cargo check": CARGO,
  "cargo fmt": CARGO_FMT,
  "mvn test": MAVEN,
  "./mvnw test": MAVEN,
  "gradle test": GRADLE,
  "gradle check": GRADLE,
  "./gradlew test": GRADLE,
  "./gradlew check": GRADLE,
  shellcheck: SHELLCHECK,
  yamllint: YAMLLINT,
  hadolint: HADOLINT,
  actionlint: ACTIONLINT,
  "helm lint": HELM_LINT,
  "terraform validate": TERRAFORM_VALIDATE,
  "terraform fmt": TERRAFORM_FMT,
  tflint: TFLINT
};

// src/checklist/recognize.ts
var TEXT_ONLY_CONTEXT = { infer: true, findReports: /* @__PURE__ */ __name(() => [], "findReports") };
var SHELL_LANGS = /* @__PURE__ */ new Set([
  "",
  "bash",
  "sh",
  "shell",
  "console",
  "zsh",
  "fish",
  "powershell",
  "ps1",
  "pwsh",
  "cmd",
  "bat",
  "terminal",
  "shell-session"
]);
var OTHER_PROGRAMS = /* @__PURE__ */ new Set([
  "docker",
  "docker-compose",
  "kubectl",
  "helm",
  "terraform",
  "curl",
  "wget",
  "psql",
  "mysql",
  "redis-cli",
  "rm",
  "cp",
  "mv",
  "git",
  "ssh",
  "scp",
  "sudo",
  "systemctl",
  "service",
  "alembic",
  "make",
  "bash",
  "sh",
  "zsh",
  "openssl",
  "aws",
  "gcloud",
  "az",
  "certbot",
  "chmod",
  "chown",
  "mkdir",
  "cat",
  "echo",
  "ansible",
  "ansible-playbook",
  "locust",
  "ab",
  "pip",
  "pip3",
  "node",
  "npx",
  "go",
  "cargo",
  "mvn",
  "gradle",
  "crontab",
  "rsync",
  "tar",
  "kill",
  "pkill",
  "nc",
  "ping",
  "dig",
  "nslookup",
  "ls",
  "grep",
  "sed",
  "awk",
  "jq",
  ...PYTHON_PROGRAMS,
  ...PACKAGE_MANAGERS
]);
var CHECKER_PROGRAMS = new Set(CHECKERS.map((rule) => rule.program));
var NEEDS_TARGET = /* @__PURE__ */ new Set([
  "pylint",
  "mypy",
  "bandit",
  "shellcheck",
  "yamllint",
  "hadolint",
  "black",
  "isort",
  "prettier",
  "pycodestyle"
]);
function isPathLike(word) {
  return word.includes("/");
}
__name(isPathLike, "isPathLike");
function isCommandLike(span) {
  const text = span.trim();
  if (text === "") return false;
  const words = text.split(/\s+/);
  const first = words[0];
  if (words.length === 1) {
    return CHECKERS.some(
      (rule) => rule.program === first && (!rule.subcommands || rule.defaultSubcommand !== void 0)
    );
  }
  if (first.endsWith(":") || first.includes("=") || words[1] === "=") return false;
  if (CHECKER_PROGRAMS.has(first) || OTHER_PROGRAMS.has(first)) return true;
  return /^(\.{0,2}\/)?[a-z][a-z0-9._+/-]*$/.test(first);
}
__name(isCommandLike, "isCommandLike");
function shellQuote(word) {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
__name(shellQuote, "shellQuote");
function joinArgv(argv) {
  return argv.map(shellQuote).join(" ");
}
__name(joinArgv, "joinArgv");
function isCheckingScript(name) {
  for (const base of CHECKING_SCRIPTS) {
    if (name === base) return true;
    if (!name.startsWith(`${base}:`)) continue;
    const suffixes = name.slice(base.length + 1).split(":");
    if (suffixes.some(
      (part) => part === "" || REFUSED_SCRIPT_SUFFIX_WORDS.some((word) => part.toLowerCase().includes(word))
    ))
      return false;
    return true;
  }
  return false;
}
__name(isCheckingScript, "isCheckingScript");
function applyRule(words) {
  const [program, ...rest] = words;
  const twoWords = rest[0] === void 0 ? program : `${program} ${rest[0]}`;
  const unformattable = FORMATTERS_WITHOUT_CHECK_MODE[twoWords] ?? FORMATTERS_WITHOUT_CHECK_MODE[program];
  if (unformattable) return { refusal: unformattable };
  const rules = CHECKERS.filter((rule) => rule.program === program);
  if (rules.length === 0) {
    if (isPathLike(program))
      return { refusal: `${program} is a script, not one of the read-only checkers` };
    return { refusal: `${program} is not on the list of read-only checkers` };
  }
  let chosen;
  let subcommand = [];
  let args = rest;
  for (const rule of rules) {
    if (!rule.subcommands) {
      chosen = rule;
      break;
    }
    if (rest[0] !== void 0 && rule.subcommands.includes(rest[0])) {
      chosen = rule;
      subcommand = [rest[0]];
      args = rest.slice(1);
      break;
    }
    if (rule.defaultSubcommand !== void 0 && (rest[0] === void 0 || rest[0].startsWith("-"))) {
      chosen = rule;
      subcommand = [rule.defaultSubcommand];
      break;
    }
  }
  if (!chosen) {
    const known = rules.flatMap(
      (rule) => (rule.subcommands ?? []).map((sub) => `${program} ${sub}`)
    );
    return {
      refusal: `${twoWords} is not a read-only checker (${known.join(", ")} ${known.length === 1 ? "is" : "are"})`
    };
  }
  if (chosen.checkMode) {
    const mode = chosen.checkMode;
    args = args.filter((arg) => !(mode.remove ?? []).includes(arg));
    if (!args.some((arg) => mode.unless.includes(arg))) args = [mode.add, ...args];
  }
  const name = [program, ...subcommand].join(" ");
  const allowed = CHECKER_ARGUMENTS[name];
  if (allowed === void 0) return { refusal: `${name} has no list of read-only arguments` };
  const refused = refusedArgument(args, allowed);
  if (refused !== void 0)
    return {
      refusal: `\`${refused.argument}\` ${refused.why} for ${name} (only workspace paths and read-only flags are run)`
    };
  if (NEEDS_TARGET.has(program) && args.every((arg) => arg.startsWith("-"))) {
    return { refusal: `${program} is given no files or folders to check` };
  }
  return { argv: [program, ...subcommand, ...args] };
}
__name(applyRule, "applyRule");
function classifyCommand(command) {
  let words;
  let syntax;
  try {
    words = splitCommand(command);
  } catch (error) {
    if (!(error instanceof ShellSyntaxError)) throw error;
    syntax = error.message.replace(/; set "shell: bash" to run it$/, "");
    words = (command.split(/[|&;<>()`]|\$\(/)[0] ?? "").trim().split(/\s+/).filter(Boolean);
  }
  if (syntax !== void 0 && words.length === 0) return { refusal: syntax };
  const verdict = classifyWords(words);
  if (syntax === void 0) return verdict;
  const reasons = "refusal" in verdict ? [verdict.refusal, syntax] : [syntax];
  return { refusal: reasons.join(", and ") };
}
__name(classifyCommand, "classifyCommand");
function classifyWords(words) {
  const program = words[0];
  if (program === void 0) return { refusal: "the command is empty" };
  if (PYTHON_PROGRAMS.includes(program)) {
    const module = words[2];
    if (words[1] !== "-m" || module === void 0)
      return { refusal: `${program} runs a script; only "${program} -m <checker>" is recognized` };
    if (!PYTHON_MODULE_CHECKERS.includes(module))
      return { refusal: `${program} -m ${module} is not on the list of read-only checkers` };
    if (module === "unittest") {
      const refused = refusedArgument(words.slice(3), CHECKER_ARGUMENTS.unittest);
      return refused === void 0 ? { argv: [...words] } : { refusal: `\`${refused.argument}\` ${refused.why} for unittest` };
    }
    const inner = applyRule(words.slice(2));
    return "argv" in inner ? { argv: [program, "-m", ...inner.argv] } : inner;
  }
  const runner = packageRunner(words);
  if (runner !== void 0) {
    if ("refusal" in runner) return runner;
    const { runnerName, tool, args } = runner;
    if (!NPX_CHECKERS.includes(tool))
      return { refusal: `${runnerName} ${tool} is not on the list of read-only checkers` };
    const inner = applyRule([tool, ...args]);
    return "argv" in inner ? { argv: [`${LOCAL_BIN}${tool}`, ...inner.argv.slice(1)] } : inner;
  }
  if (PACKAGE_MANAGERS.includes(program)) {
    const first = words[1];
    if (first === void 0) return { refusal: `${program} alone runs no checking script` };
    let script;
    let scriptIndex = 1;
    if (program === "npm") {
      if (first === "run" || first === "run-script") scriptIndex = 2;
      script = first === "test" || first === "t" ? "test" : scriptIndex === 2 ? words[2] : void 0;
    } else if (program === "bun") {
      if (first === "run") scriptIndex = 2;
      script = first === "test" ? "test" : first === "run" ? words[2] : void 0;
    } else {
      if (first === "run") scriptIndex = 2;
      script = first === "run" ? words[2] : first;
    }
    if (script === void 0 || !isCheckingScript(script)) {
      return {
        refusal: `"${words.slice(0, first === "run" || first === "run-script" ? 3 : 2).join(" ")}" is not a checking script (only ${CHECKING_SCRIPTS.join(", ")} and their :suffix forms)`
      };
    }
    const extra = words[scriptIndex + 1];
    if (extra !== void 0)
      return {
        refusal: `\`${extra}\` is not accepted: a package script runs with no extra arguments or ${program} flags`
      };
    return { argv: [...words] };
  }
  return applyRule(words);
}
__name(classifyWords, "classifyWords");
var LOCAL_BIN = "node_modules/.bin/";
var NPX_NO_INSTALL = ["--no", "--no-install"];
function packageRunner(words) {
  const [program, second] = words;
  let start;
  if (program === "npx" || program === "bunx") start = 1;
  else if ((program === "pnpm" || program === "yarn") && second === "exec") start = 2;
  else return void 0;
  const runnerName = words.slice(0, start).join(" ");
  let index = start;
  while (words[index]?.startsWith("-")) {
    if (program !== "npx" || !NPX_NO_INSTALL.includes(words[index]))
      return {
        refusal: `\`${words[index]}\` is not accepted: ${runnerName} runs the workspace's own tool, with no runner flags`
      };
    index++;
  }
  const tool = words[index];
  if (tool === void 0) return { refusal: `${runnerName} names no tool` };
  return { runnerName, tool, args: words.slice(index + 1) };
}
__name(packageRunner, "packageRunner");
var COMPARISON = String.raw`(?:>=|=>|≥|>|⩾|at\s+least|over|above|min(?:imum)?\.?(?:\s+of)?|no\s+less\s+than|more\s+than|greater\s+than)`;
var PERCENT = String.raw`(\d{1,3}(?:\.\d+)?)\s*%`;
var COVERAGE_MINIMUM = new RegExp(
  String.raw`${COMPARISON}\s*:?\s*${PERCENT}|${PERCENT}\s*(?:\+|or\s+(?:more|higher|above|better))`,
  "i"
);
var ANY_PERCENT = /\d+(?:\.\d+)?\s*%/g;
var ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
var SHORT_ENV_NAME = /^[A-Z][A-Z0-9]{2,}$/;
var ENV_WORDS = /\b(?:environment\s+variables?|env\s+vars?)\b/i;
var ENV_VERB = /\b(?:set(?!\s+up\b)|configured|defined|present)\b/i;
var NEGATION = /\b(?:not|never|unset|no|without|removed|disabled|empty)\b|n't\b/i;
var DOTENV = /^\.env(?:\.[\w-]+)*$/;
var IGNORED = /\.gitignore|\bgit-?ignored\b|\bignored by git\b|\b(?:not|never)\s+(?:be\s+)?(?:committed|checked\s+in|tracked)\b|\bexcluded\s+from\s+(?:version\s+control|git|the\s+repo(?:sitory)?)\b|\bnot\s+in\s+(?:version\s+control|git)\b/i;
var SCAN = /\b(?:security|vulnerability|vulnerabilities|vuln|dependency|dependencies|container|image|sast|secrets?|bandit|trivy|grype|osv|osv-scanner|gitleaks|npm|pip)\s+(?:scan|scans|scanning|audit|check)\b|\bpip-audit\b/i;
var NO_VULNERABILITIES = /\bno\s+(?:(known|open|new)\s+)?(?:(critical|high)(?:\s*(?:\/|or|and|,)\s*(critical|high))?\s+)?(?:severity\s+)?vulnerabilit(?:y|ies)\b/i;
var SCANNER_NAME = /\b(?:grype|osv|osv-scanner|gitleaks|npm audit|pip-audit|secrets?)\b/i;
var SCAN_DONE = /\b(?:complete|completed|passed|passing|passes|pass|clean|done|run|ran|performed|green|succeeded|successful)\b/i;
var TESTS_PASSING = /\b(?:(\w+)\s+)?tests?\s+(?:are\s+|have\s+|all\s+)?(?:passing|pass|passed|green|succeed|succeeded)\b/i;
var UNQUALIFIED = /* @__PURE__ */ new Set(["all", "the", "automated", "ci", "full", "whole", "entire", "every"]);
var ABOUT_THE_TOOL = /\b(?:install|installed|upgrade|upgraded|update|updated|bump|bumped|pin|pinned|configure|configured|add|added|remove|removed|uninstall|replace|migrate|set\s+up)\b/i;
function coverageMinimum(prose) {
  const match = COVERAGE_MINIMUM.exec(prose);
  if (!match) return void 0;
  const pct = Number(match[1] ?? match[2]);
  if (!(pct > 0 && pct <= 100)) return void 0;
  const key = /\bbranch(?:es)?\b/i.test(prose) ? "min-branches" : /\bfunctions?\b/i.test(prose) ? "min-functions" : "min-lines";
  return { key, pct };
}
__name(coverageMinimum, "coverageMinimum");
function recognizeCoverage(text, context) {
  if (!/\bcoverage\b/i.test(text.prose)) return void 0;
  const minimum = coverageMinimum(text.prose);
  if (!minimum)
    return {
      name: "coverage",
      note: 'mentions coverage but no minimum with a comparison (such as "coverage \u2265 90%")'
    };
  if ((text.prose.match(ANY_PERCENT) ?? []).length > 1)
    return {
      name: "coverage",
      note: "mentions coverage with several percentages; which one is the minimum is not plain"
    };
  const report = context.coverageReport ?? USUAL_COVERAGE_REPORTS.find((place) => context.exists?.(place)) ?? `{${USUAL_COVERAGE_REPORTS.join(",")}}`;
  return {
    name: `coverage \u2265 ${minimum.pct}%`,
    check: { kind: "coverage", options: { report, [minimum.key]: minimum.pct } }
  };
}
__name(recognizeCoverage, "recognizeCoverage");
function recognizeEnv(text) {
  if (text.codeSpans.length === 0) return void 0;
  const mentionsEnv = ENV_WORDS.test(text.prose);
  const names = text.codeSpans.map((span) => span.trim());
  const isEnvName = /* @__PURE__ */ __name((name) => ENV_NAME.test(name) || mentionsEnv && SHORT_ENV_NAME.test(name), "isEnvName");
  if (!names.some(isEnvName)) return void 0;
  if (!ENV_VERB.test(text.prose)) return void 0;
  if (!names.every(isEnvName))
    return {
      name: "env",
      note: "names environment variables beside other code; which to check is not plain"
    };
  if (NEGATION.test(withoutParentheticals(text.prose)))
    return {
      name: "env",
      note: "names environment variables in a negative sentence; an env check would ask the opposite"
    };
  return { name: "env", check: { kind: "env", options: { required: [...new Set(names)] } } };
}
__name(recognizeEnv, "recognizeEnv");
function withoutParentheticals(prose) {
  let text = prose;
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = text.replace(/\([^()]*\)/g, " ");
  }
  return text;
}
__name(withoutParentheticals, "withoutParentheticals");
var CONDITION = /\(\s*(?:optional(?:ly)?\b[^()]*|(?:only\s+)?(?:if|when|unless|where)\b[^()]*|not\s+required\b[^()]*|as\s+needed|nice\s+to\s+have)\)/i;
function conditionOf(prose) {
  return CONDITION.exec(prose)?.[0].replace(/\s+/g, " ");
}
__name(conditionOf, "conditionOf");
function recognizeDotenv(text) {
  const paths = text.codeSpans.map((span) => span.trim()).filter((span) => DOTENV.test(span));
  if (paths.length === 0) return void 0;
  const words = [text.prose, ...text.codeSpans].join(" ");
  if (!IGNORED.test(words)) return void 0;
  const unique = [...new Set(paths)];
  if (unique.length > 1)
    return {
      name: "file",
      note: `names several files (${unique.join(", ")}); one item holds one file check`
    };
  return { name: "file", check: { kind: "file", options: { path: unique[0], gitignored: true } } };
}
__name(recognizeDotenv, "recognizeDotenv");
function recognizeSecurityScan(text, context) {
  const noVulnerabilities = NO_VULNERABILITIES.exec(text.prose);
  if (!noVulnerabilities && !(SCAN.test(text.prose) && SCAN_DONE.test(text.prose)))
    return void 0;
  const wants = /\bbandit\b/i.test(text.prose) ? ["bandit"] : /\b(?:trivy|container|image)\b/i.test(text.prose) ? ["trivy"] : SCANNER_NAME.test(text.prose) ? ["scan"] : ["bandit", "trivy", "scan"];
  const found = wants.map((kind) => ({ kind, reports: context.findReports(kind) })).filter((entry2) => entry2.reports.length > 0);
  if (found.length === 0) {
    return {
      name: "security scan",
      note: `no ${describeWanted(wants)} report found in the usual places to read`
    };
  }
  if (found.length > 1)
    return {
      name: "security scan",
      note: `${found.map((entry2) => `a ${entry2.kind === "scan" ? "scanner" : entry2.kind} report (${entry2.reports[0]})`).join(" and ")} exist; say which this item reads with a directive`
    };
  const [entry] = found;
  const max = noVulnerabilities && entry.kind !== "bandit" ? limitsSaid(noVulnerabilities) : void 0;
  return {
    name: `${entry.kind} report`,
    check: {
      kind: entry.kind,
      options: { report: entry.reports[0], ...max ? { max } : {} }
    }
  };
}
__name(recognizeSecurityScan, "recognizeSecurityScan");
function describeWanted(wants) {
  const names = wants.map((kind) => kind === "scan" ? "scanner" : kind);
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}
__name(describeWanted, "describeWanted");
function limitsSaid(match) {
  const named = [match[2], match[3]].filter((s) => s !== void 0);
  if (named.length === 0) return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
  return Object.fromEntries(named.map((severity) => [severity.toLowerCase(), 0]));
}
__name(limitsSaid, "limitsSaid");
function recognizeTestsPassing(text, context) {
  const match = TESTS_PASSING.exec(text.prose);
  if (!match) return void 0;
  const qualifier = match[1]?.toLowerCase();
  if (qualifier !== void 0 && !UNQUALIFIED.has(qualifier)) return void 0;
  const reports = context.findReports("tests");
  if (reports.length === 0)
    return { name: "tests passing", note: "no JUnit report found in the usual places to read" };
  return { name: "tests passing", check: { kind: "tests", options: { report: reports[0] } } };
}
__name(recognizeTestsPassing, "recognizeTestsPassing");
function codeBlockNote(text) {
  const blocks = text.codeBlocks.filter(
    (block) => SHELL_LANGS.has((block.lang ?? "").toLowerCase())
  );
  if (blocks.length === 0) return void 0;
  const lines = blocks.map((block) => block.line).join(", ");
  return `commands in a fenced code block (line ${lines}) are never run; name a read-only checker in inline code, or declare <!-- gate: command run="..." -->`;
}
__name(codeBlockNote, "codeBlockNote");
function joinNotes(notes) {
  const kept = notes.filter((note) => note !== void 0);
  return kept.length ? kept.join("; ") : void 0;
}
__name(joinNotes, "joinNotes");
function recognizeCheck(text, context) {
  const recognized = recognizeFromText(text, context);
  const condition = recognized.check ? conditionOf(text.prose) : void 0;
  if (condition === void 0) return recognized;
  return {
    ...recognized,
    isConditional: true,
    note: `advisory: the item says ${condition}, so its check does not block`
  };
}
__name(recognizeCheck, "recognizeCheck");
function recognizeFromText(text, context) {
  if (!context.infer) return {};
  const commands = text.codeSpans.filter(isCommandLike);
  if (commands.length > 0) {
    const verdicts = commands.map((command) => ({ command, verdict: classifyCommand(command) }));
    const refused = verdicts.filter((entry) => "refusal" in entry.verdict);
    if (refused.length > 0) {
      const reasons = refused.map(
        (entry) => `\`${entry.command}\` is not run: ${"refusal" in entry.verdict ? entry.verdict.refusal : ""}`
      );
      return { note: joinNotes([...reasons, codeBlockNote(text)]) };
    }
    if (ABOUT_THE_TOOL.test(text.prose)) {
      return {
        note: `the item is about installing or configuring ${commands.map((command) => `\`${command}\``).join(", ")}, not about running it`
      };
    }
    const others = [
      recognizeCoverage(text, context),
      recognizeEnv(text),
      recognizeDotenv(text),
      recognizeSecurityScan(text, context)
    ].filter((candidate) => candidate?.check !== void 0);
    if (others.length > 0) {
      return {
        note: `names a command and also ${others.map((other) => other.name).join(", ")}; one item holds one check: split it, or declare the check with a directive`
      };
    }
    const lines = [
      ...new Set(
        verdicts.flatMap(({ verdict }) => "argv" in verdict ? [joinArgv(verdict.argv)] : [])
      )
    ];
    return { check: { kind: "command", options: { run: lines.length === 1 ? lines[0] : lines } } };
  }
  const candidates = [
    recognizeCoverage(text, context),
    recognizeEnv(text),
    recognizeDotenv(text),
    recognizeSecurityScan(text, context),
    recognizeTestsPassing(text, context)
  ].filter((candidate) => candidate !== void 0);
  if (candidates.length > 1) {
    const names = candidates.map((candidate) => candidate.name).join(", ");
    return {
      note: joinNotes([
        `names several checks (${names}); one item holds one check: split it, or declare the check with a directive`,
        codeBlockNote(text)
      ])
    };
  }
  const [only] = candidates;
  if (only?.check) return { check: only.check };
  return { note: joinNotes([only?.note, codeBlockNote(text)]) };
}
__name(recognizeFromText, "recognizeFromText");

export {
  TEXT_ONLY_CONTEXT,
  isCommandLike,
  joinArgv,
  classifyCommand,
  LOCAL_BIN,
  recognizeCheck
};
//# sourceMappingURL=shared-checklist-recognize.js.map
