// Conservative recognition: turns an item's text into a check only where the meaning is plain
// (a read-only checker in inline code, a coverage minimum, env names, `.env` ignored, a report that
// exists), and otherwise leaves it manual with a note saying why. Pure: the caller supplies the files.
import type { CheckSpec } from '../model.js';
import { USUAL_COVERAGE_REPORTS } from './usual-reports.js';

export { USUAL_COVERAGE_REPORTS };
import { ShellSyntaxError, splitCommand } from '../process/split-command.js';
import {
  CHECKERS,
  CHECKING_SCRIPTS,
  FORMATTERS_WITHOUT_CHECK_MODE,
  NPX_CHECKERS,
  PACKAGE_MANAGERS,
  PYTHON_MODULE_CHECKERS,
  PYTHON_PROGRAMS,
  REFUSED_SCRIPT_SUFFIX_WORDS,
  type CheckerRule,
} from './checkers.js';
import { CHECKER_ARGUMENTS, refusedArgument } from './checker-arguments.js';

export type ReportKind = 'tests' | 'bandit' | 'trivy' | 'scan';

/** What recognition may know about the repository; the caller builds it (and does the I/O). */
export interface RecognitionContext {
  /** Recognition on (input `infer`, default true). When off, every item without a directive is manual. */
  readonly infer: boolean;
  /** Input `coverage-report`: where an inferred coverage check reads, instead of the usual places. */
  readonly coverageReport?: string;
  /**
   * Reports of this kind found in the usual places (relative to the working directory), best
   * first; the first is what an inferred check reads. Empty when there is none.
   */
  readonly findReports: (kind: ReportKind) => readonly string[];
  /**
   * Whether a file exists (relative to the working directory). With it, an inferred coverage
   * check reads the first of USUAL_COVERAGE_REPORTS that exists; without it (or when none does),
   * it is given all of them as one brace glob, so the check errors naming every place it looked.
   */
  readonly exists?: (path: string) => boolean;
}

/** A context that recognizes from the text alone: no reports exist. */
export const TEXT_ONLY_CONTEXT: RecognitionContext = { infer: true, findReports: () => [] };

/** An item's text as recognition reads it (its first paragraph: the title). */
export interface ItemText {
  /** Plain text, inline code kept in backticks. */
  readonly title: string;
  /** The same text with each inline code replaced by a space: the words around the code. */
  readonly prose: string;
  /** The inline code spans, in order, as written. */
  readonly codeSpans: readonly string[];
  /** Fenced or indented code blocks that belong to the item itself (not to its children). */
  readonly codeBlocks: readonly { readonly lang?: string; readonly line: number }[];
}

export interface Recognition {
  readonly check?: CheckSpec;
  /** Why the item stays manual although it looks automatable, or why its check is advisory. */
  readonly note?: string;
  /** The item states a condition (`(if using real-time)`, `(optional)`): its check must not block. */
  readonly isConditional?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Commands.

/** A command recognized as a read-only checker (`argv` as it will run), or why it is not run. */
export type CommandVerdict = { readonly argv: readonly string[] } | { readonly refusal: string };

const SHELL_LANGS = new Set([
  '',
  'bash',
  'sh',
  'shell',
  'console',
  'zsh',
  'fish',
  'powershell',
  'ps1',
  'pwsh',
  'cmd',
  'bat',
  'terminal',
  'shell-session',
]);

/** Programs that are not checkers but that inline code often names as a command. */
const OTHER_PROGRAMS = new Set([
  'docker',
  'docker-compose',
  'kubectl',
  'helm',
  'terraform',
  'curl',
  'wget',
  'psql',
  'mysql',
  'redis-cli',
  'rm',
  'cp',
  'mv',
  'git',
  'ssh',
  'scp',
  'sudo',
  'systemctl',
  'service',
  'alembic',
  'make',
  'bash',
  'sh',
  'zsh',
  'openssl',
  'aws',
  'gcloud',
  'az',
  'certbot',
  'chmod',
  'chown',
  'mkdir',
  'cat',
  'echo',
  'ansible',
  'ansible-playbook',
  'locust',
  'ab',
  'pip',
  'pip3',
  'node',
  'npx',
  'go',
  'cargo',
  'mvn',
  'gradle',
  'crontab',
  'rsync',
  'tar',
  'kill',
  'pkill',
  'nc',
  'ping',
  'dig',
  'nslookup',
  'ls',
  'grep',
  'sed',
  'awk',
  'jq',
  ...PYTHON_PROGRAMS,
  ...PACKAGE_MANAGERS,
]);

const CHECKER_PROGRAMS = new Set(CHECKERS.map((rule) => rule.program));

/** Tools that exit with an error when given nothing to check (so a bare name would always fail). */
const NEEDS_TARGET = new Set([
  'pylint',
  'mypy',
  'bandit',
  'shellcheck',
  'yamllint',
  'hadolint',
  'black',
  'isort',
  'prettier',
  'pycodestyle',
]);

function isPathLike(word: string): boolean {
  return word.includes('/');
}

/** Does this inline code read as a command (rather than a file name, a value or a variable)? */
export function isCommandLike(span: string): boolean {
  const text = span.trim();
  if (text === '') return false;
  const words = text.split(/\s+/);
  const first = words[0]!;
  if (words.length === 1) {
    // One word is a command only when it is a checker that runs without a subcommand.
    return CHECKERS.some(
      (rule) =>
        rule.program === first && (!rule.subcommands || rule.defaultSubcommand !== undefined),
    );
  }
  if (first.endsWith(':') || first.includes('=') || words[1] === '=') return false;
  if (CHECKER_PROGRAMS.has(first) || OTHER_PROGRAMS.has(first)) return true;
  return /^(\.{0,2}\/)?[a-z][a-z0-9._+/-]*$/.test(first);
}

function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** argv back into one command string that splitCommand splits into the same argv. */
export function joinArgv(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}

function isCheckingScript(name: string): boolean {
  for (const base of CHECKING_SCRIPTS) {
    if (name === base) return true;
    if (!name.startsWith(`${base}:`)) continue;
    const suffixes = name.slice(base.length + 1).split(':');
    if (
      suffixes.some(
        (part) =>
          part === '' ||
          REFUSED_SCRIPT_SUFFIX_WORDS.some((word) => part.toLowerCase().includes(word)),
      )
    )
      return false;
    return true;
  }
  return false;
}

/** Applies a checker rule to `words` (program first): the argv to run, or why not. */
function applyRule(words: readonly string[]): CommandVerdict {
  const [program, ...rest] = words as [string, ...string[]];
  const twoWords = rest[0] === undefined ? program : `${program} ${rest[0]}`;
  const unformattable =
    FORMATTERS_WITHOUT_CHECK_MODE[twoWords] ?? FORMATTERS_WITHOUT_CHECK_MODE[program];
  if (unformattable) return { refusal: unformattable };
  const rules = CHECKERS.filter((rule) => rule.program === program);
  if (rules.length === 0) {
    if (isPathLike(program))
      return { refusal: `${program} is a script, not one of the read-only checkers` };
    return { refusal: `${program} is not on the list of read-only checkers` };
  }
  let chosen: CheckerRule | undefined;
  let subcommand: string[] = [];
  let args = rest;
  for (const rule of rules) {
    if (!rule.subcommands) {
      chosen = rule;
      break;
    }
    if (rest[0] !== undefined && rule.subcommands.includes(rest[0])) {
      chosen = rule;
      subcommand = [rest[0]];
      args = rest.slice(1);
      break;
    }
    if (
      rule.defaultSubcommand !== undefined &&
      (rest[0] === undefined || rest[0].startsWith('-'))
    ) {
      chosen = rule;
      subcommand = [rule.defaultSubcommand];
      break;
    }
  }
  if (!chosen) {
    const known = rules.flatMap((rule) =>
      (rule.subcommands ?? []).map((sub) => `${program} ${sub}`),
    );
    return {
      refusal: `${twoWords} is not a read-only checker (${known.join(', ')} ${known.length === 1 ? 'is' : 'are'})`,
    };
  }
  if (chosen.checkMode) {
    const mode = chosen.checkMode;
    args = args.filter((arg) => !(mode.remove ?? []).includes(arg));
    if (!args.some((arg) => mode.unless.includes(arg))) args = [mode.add, ...args];
  }
  const name = [program, ...subcommand].join(' ');
  const allowed = CHECKER_ARGUMENTS[name];
  if (allowed === undefined) return { refusal: `${name} has no list of read-only arguments` };
  const refused = refusedArgument(args, allowed);
  if (refused !== undefined)
    return {
      refusal: `\`${refused.argument}\` ${refused.why} for ${name} (only workspace paths and read-only flags are run)`,
    };
  if (NEEDS_TARGET.has(program) && args.every((arg) => arg.startsWith('-'))) {
    return { refusal: `${program} is given no files or folders to check` };
  }
  return { argv: [program, ...subcommand, ...args] };
}

/**
 * Decides whether a command (as written in inline code) is a read-only checker: the argv it runs
 * (formatters in check mode, `npx` never installing), or why it stays manual.
 */
export function classifyCommand(command: string): CommandVerdict {
  let words: string[];
  let syntax: string | undefined;
  try {
    words = splitCommand(command);
  } catch (error) {
    if (!(error instanceof ShellSyntaxError)) throw error;
    syntax = error.message.replace(/; set "shell: bash" to run it$/, '');
    // Judge the program of the first command too, so the note gives every reason.
    words = (command.split(/[|&;<>()`]|\$\(/)[0] ?? '').trim().split(/\s+/).filter(Boolean);
  }
  if (syntax !== undefined && words.length === 0) return { refusal: syntax };
  const verdict = classifyWords(words);
  if (syntax === undefined) return verdict;
  const reasons = 'refusal' in verdict ? [verdict.refusal, syntax] : [syntax];
  return { refusal: reasons.join(', and ') };
}

function classifyWords(words: readonly string[]): CommandVerdict {
  const program = words[0];
  if (program === undefined) return { refusal: 'the command is empty' };
  if (PYTHON_PROGRAMS.includes(program)) {
    const module = words[2];
    if (words[1] !== '-m' || module === undefined)
      return { refusal: `${program} runs a script; only "${program} -m <checker>" is recognized` };
    if (!PYTHON_MODULE_CHECKERS.includes(module))
      return { refusal: `${program} -m ${module} is not on the list of read-only checkers` };
    if (module === 'unittest') {
      const refused = refusedArgument(words.slice(3), CHECKER_ARGUMENTS.unittest!);
      return refused === undefined
        ? { argv: [...words] }
        : { refusal: `\`${refused.argument}\` ${refused.why} for unittest` };
    }
    const inner = applyRule(words.slice(2));
    return 'argv' in inner ? { argv: [program, '-m', ...inner.argv] } : inner;
  }
  const runner = packageRunner(words);
  if (runner !== undefined) {
    if ('refusal' in runner) return runner;
    const { runnerName, tool, args } = runner;
    if (!NPX_CHECKERS.includes(tool))
      return { refusal: `${runnerName} ${tool} is not on the list of read-only checkers` };
    const inner = applyRule([tool, ...args]);
    // Never through the runner, which could download a package: the workspace's own binary.
    return 'argv' in inner ? { argv: [`${LOCAL_BIN}${tool}`, ...inner.argv.slice(1)] } : inner;
  }
  if (PACKAGE_MANAGERS.includes(program)) {
    const first = words[1];
    if (first === undefined) return { refusal: `${program} alone runs no checking script` };
    let script: string | undefined;
    let scriptIndex = 1;
    if (program === 'npm') {
      if (first === 'run' || first === 'run-script') scriptIndex = 2;
      script =
        first === 'test' || first === 't' ? 'test' : scriptIndex === 2 ? words[2] : undefined;
    } else if (program === 'bun') {
      if (first === 'run') scriptIndex = 2;
      script = first === 'test' ? 'test' : first === 'run' ? words[2] : undefined;
    } else {
      if (first === 'run') scriptIndex = 2;
      script = first === 'run' ? words[2] : first;
    }
    if (script === undefined || !isCheckingScript(script)) {
      return {
        refusal: `"${words.slice(0, first === 'run' || first === 'run-script' ? 3 : 2).join(' ')}" is not a checking script (only ${CHECKING_SCRIPTS.join(', ')} and their :suffix forms)`,
      };
    }
    // No extra words: a package manager's flags can name a shell (--script-shell), a registry or
    // a config, and words after the script reach the tool (`-- -u` updates snapshots).
    const extra = words[scriptIndex + 1];
    if (extra !== undefined)
      return {
        refusal: `\`${extra}\` is not accepted: a package script runs with no extra arguments or ${program} flags`,
      };
    return { argv: [...words] };
  }
  return applyRule(words);
}

/** Where a package runner's tools are run from, relative to the command's working directory. */
export const LOCAL_BIN = 'node_modules/.bin/';

/** Flags of `npx` that only say "do not install", which is what the gate does anyway. */
const NPX_NO_INSTALL = ['--no', '--no-install'];

/**
 * `npx tool`, `pnpm exec tool`, `yarn exec tool`, `bunx tool`: the tool and its arguments, or
 * why the runner is refused (any runner flag other than "do not install").
 */
function packageRunner(
  words: readonly string[],
):
  | { readonly runnerName: string; readonly tool: string; readonly args: readonly string[] }
  | { readonly refusal: string }
  | undefined {
  const [program, second] = words;
  let start: number;
  if (program === 'npx' || program === 'bunx') start = 1;
  else if ((program === 'pnpm' || program === 'yarn') && second === 'exec') start = 2;
  else return undefined;
  const runnerName = words.slice(0, start).join(' ');
  let index = start;
  while (words[index]?.startsWith('-')) {
    if (program !== 'npx' || !NPX_NO_INSTALL.includes(words[index]!))
      return {
        refusal: `\`${words[index]}\` is not accepted: ${runnerName} runs the workspace's own tool, with no runner flags`,
      };
    index++;
  }
  const tool = words[index];
  if (tool === undefined) return { refusal: `${runnerName} names no tool` };
  return { runnerName, tool, args: words.slice(index + 1) };
}

// ---------------------------------------------------------------------------------------------
// Phrases.

const COMPARISON = String.raw`(?:>=|=>|≥|>|⩾|at\s+least|over|above|min(?:imum)?\.?(?:\s+of)?|no\s+less\s+than|more\s+than|greater\s+than)`;
const PERCENT = String.raw`(\d{1,3}(?:\.\d+)?)\s*%`;
const COVERAGE_MINIMUM = new RegExp(
  String.raw`${COMPARISON}\s*:?\s*${PERCENT}|${PERCENT}\s*(?:\+|or\s+(?:more|higher|above|better))`,
  'i',
);
const ANY_PERCENT = /\d+(?:\.\d+)?\s*%/g;

const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const SHORT_ENV_NAME = /^[A-Z][A-Z0-9]{2,}$/;
const ENV_WORDS = /\b(?:environment\s+variables?|env\s+vars?)\b/i;
const ENV_VERB = /\b(?:set(?!\s+up\b)|configured|defined|present)\b/i;
const NEGATION = /\b(?:not|never|unset|no|without|removed|disabled|empty)\b|n't\b/i;

const DOTENV = /^\.env(?:\.[\w-]+)*$/;
const IGNORED =
  /\.gitignore|\bgit-?ignored\b|\bignored by git\b|\b(?:not|never)\s+(?:be\s+)?(?:committed|checked\s+in|tracked)\b|\bexcluded\s+from\s+(?:version\s+control|git|the\s+repo(?:sitory)?)\b|\bnot\s+in\s+(?:version\s+control|git)\b/i;

const SCAN =
  /\b(?:security|vulnerability|vulnerabilities|vuln|dependency|dependencies|container|image|sast|secrets?|bandit|trivy|grype|osv|osv-scanner|gitleaks|npm|pip)\s+(?:scan|scans|scanning|audit|check)\b|\bpip-audit\b/i;
/** "No critical vulnerabilities", "no high or critical vulnerabilities", "no known vulnerabilities". */
const NO_VULNERABILITIES =
  /\bno\s+(?:(known|open|new)\s+)?(?:(critical|high)(?:\s*(?:\/|or|and|,)\s*(critical|high))?\s+)?(?:severity\s+)?vulnerabilit(?:y|ies)\b/i;
/** Names of the scanners whose reports a `scan` check reads (not bandit's or trivy's). */
const SCANNER_NAME = /\b(?:grype|osv|osv-scanner|gitleaks|npm audit|pip-audit|secrets?)\b/i;
const SCAN_DONE =
  /\b(?:complete|completed|passed|passing|passes|pass|clean|done|run|ran|performed|green|succeeded|successful)\b/i;

const TESTS_PASSING =
  /\b(?:(\w+)\s+)?tests?\s+(?:are\s+|have\s+|all\s+)?(?:passing|pass|passed|green|succeed|succeeded)\b/i;
const UNQUALIFIED = new Set(['all', 'the', 'automated', 'ci', 'full', 'whole', 'entire', 'every']);

const ABOUT_THE_TOOL =
  /\b(?:install|installed|upgrade|upgraded|update|updated|bump|bumped|pin|pinned|configure|configured|add|added|remove|removed|uninstall|replace|migrate|set\s+up)\b/i;

function coverageMinimum(prose: string): { key: string; pct: number } | undefined {
  const match = COVERAGE_MINIMUM.exec(prose);
  if (!match) return undefined;
  const pct = Number(match[1] ?? match[2]);
  if (!(pct > 0 && pct <= 100)) return undefined;
  // `>95%` is read as "at least 95%": a report at exactly 95.0% is within what the author meant.
  const key = /\bbranch(?:es)?\b/i.test(prose)
    ? 'min-branches'
    : /\bfunctions?\b/i.test(prose)
      ? 'min-functions'
      : 'min-lines';
  return { key, pct };
}

interface Candidate {
  readonly name: string;
  readonly check?: CheckSpec;
  readonly note?: string;
}

function recognizeCoverage(text: ItemText, context: RecognitionContext): Candidate | undefined {
  if (!/\bcoverage\b/i.test(text.prose)) return undefined;
  const minimum = coverageMinimum(text.prose);
  if (!minimum)
    return {
      name: 'coverage',
      note: 'mentions coverage but no minimum with a comparison (such as "coverage ≥ 90%")',
    };
  if ((text.prose.match(ANY_PERCENT) ?? []).length > 1)
    return {
      name: 'coverage',
      note: 'mentions coverage with several percentages; which one is the minimum is not plain',
    };
  const report =
    context.coverageReport ??
    USUAL_COVERAGE_REPORTS.find((place) => context.exists?.(place)) ??
    `{${USUAL_COVERAGE_REPORTS.join(',')}}`;
  return {
    name: `coverage ≥ ${minimum.pct}%`,
    check: { kind: 'coverage', options: { report, [minimum.key]: minimum.pct } },
  };
}

function recognizeEnv(text: ItemText): Candidate | undefined {
  if (text.codeSpans.length === 0) return undefined;
  const mentionsEnv = ENV_WORDS.test(text.prose);
  const names = text.codeSpans.map((span) => span.trim());
  const isEnvName = (name: string): boolean =>
    ENV_NAME.test(name) || (mentionsEnv && SHORT_ENV_NAME.test(name));
  if (!names.some(isEnvName)) return undefined;
  if (!ENV_VERB.test(text.prose)) return undefined;
  if (!names.every(isEnvName))
    return {
      name: 'env',
      note: 'names environment variables beside other code; which to check is not plain',
    };
  // A parenthetical qualifier (`set (anon key, NOT service_role)`) says which value, not the opposite.
  if (NEGATION.test(withoutParentheticals(text.prose)))
    return {
      name: 'env',
      note: 'names environment variables in a negative sentence; an env check would ask the opposite',
    };
  return { name: 'env', check: { kind: 'env', options: { required: [...new Set(names)] } } };
}

/** The sentence with its parenthetical asides removed: they qualify it, they do not negate it. */
function withoutParentheticals(prose: string): string {
  let text = prose;
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(/\([^()]*\)/g, ' ');
  }
  return text;
}

/** A parenthetical condition: `(optional)`, `(if using real-time)`, `(when enabled)`, `(if applicable)`. */
const CONDITION =
  /\(\s*(?:optional(?:ly)?\b[^()]*|(?:only\s+)?(?:if|when|unless|where)\b[^()]*|not\s+required\b[^()]*|as\s+needed|nice\s+to\s+have)\)/i;

function conditionOf(prose: string): string | undefined {
  return CONDITION.exec(prose)?.[0].replace(/\s+/g, ' ');
}

function recognizeDotenv(text: ItemText): Candidate | undefined {
  const paths = text.codeSpans.map((span) => span.trim()).filter((span) => DOTENV.test(span));
  if (paths.length === 0) return undefined;
  const words = [text.prose, ...text.codeSpans].join(' ');
  if (!IGNORED.test(words)) return undefined;
  const unique = [...new Set(paths)];
  if (unique.length > 1)
    return {
      name: 'file',
      note: `names several files (${unique.join(', ')}); one item holds one file check`,
    };
  return { name: 'file', check: { kind: 'file', options: { path: unique[0]!, gitignored: true } } };
}

function recognizeSecurityScan(text: ItemText, context: RecognitionContext): Candidate | undefined {
  const noVulnerabilities = NO_VULNERABILITIES.exec(text.prose);
  if (!noVulnerabilities && !(SCAN.test(text.prose) && SCAN_DONE.test(text.prose)))
    return undefined;
  const wants: ReportKind[] = /\bbandit\b/i.test(text.prose)
    ? ['bandit']
    : /\b(?:trivy|container|image)\b/i.test(text.prose)
      ? ['trivy']
      : SCANNER_NAME.test(text.prose)
        ? ['scan']
        : ['bandit', 'trivy', 'scan'];
  const found = wants
    .map((kind) => ({ kind, reports: context.findReports(kind) }))
    .filter((entry) => entry.reports.length > 0);
  if (found.length === 0) {
    return {
      name: 'security scan',
      note: `no ${describeWanted(wants)} report found in the usual places to read`,
    };
  }
  if (found.length > 1)
    return {
      name: 'security scan',
      note: `${found.map((entry) => `a ${entry.kind === 'scan' ? 'scanner' : entry.kind} report (${entry.reports[0]!})`).join(' and ')} exist; say which this item reads with a directive`,
    };
  const [entry] = found as [{ kind: ReportKind; reports: readonly string[] }];
  const max =
    noVulnerabilities && entry.kind !== 'bandit' ? limitsSaid(noVulnerabilities) : undefined;
  return {
    name: `${entry.kind} report`,
    check: {
      kind: entry.kind,
      options: { report: entry.reports[0]!, ...(max ? { max } : {}) },
    },
  };
}

/** `bandit`, `bandit, trivy or scanner` (grype, osv-scanner, npm audit, pip-audit, gitleaks). */
function describeWanted(wants: readonly ReportKind[]): string {
  const names = wants.map((kind) => (kind === 'scan' ? 'scanner' : kind));
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names.at(-1)!}`;
}

/**
 * The limits a sentence says: "no critical vulnerabilities" allows none critical (and any other);
 * "no high or critical" none of either; "no (known) vulnerabilities" none at all.
 */
function limitsSaid(match: RegExpExecArray): Record<string, number> {
  const named = [match[2], match[3]].filter((s): s is string => s !== undefined);
  if (named.length === 0) return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
  return Object.fromEntries(named.map((severity) => [severity.toLowerCase(), 0]));
}

function recognizeTestsPassing(text: ItemText, context: RecognitionContext): Candidate | undefined {
  const match = TESTS_PASSING.exec(text.prose);
  if (!match) return undefined;
  const qualifier = match[1]?.toLowerCase();
  if (qualifier !== undefined && !UNQUALIFIED.has(qualifier)) return undefined; // "integration tests passing": not every JUnit report says
  const reports = context.findReports('tests');
  if (reports.length === 0)
    return { name: 'tests passing', note: 'no JUnit report found in the usual places to read' };
  return { name: 'tests passing', check: { kind: 'tests', options: { report: reports[0]! } } };
}

function codeBlockNote(text: ItemText): string | undefined {
  const blocks = text.codeBlocks.filter((block) =>
    SHELL_LANGS.has((block.lang ?? '').toLowerCase()),
  );
  if (blocks.length === 0) return undefined;
  const lines = blocks.map((block) => block.line).join(', ');
  return `commands in a fenced code block (line ${lines}) are never run; name a read-only checker in inline code, or declare <!-- gate: command run="..." -->`;
}

function joinNotes(notes: readonly (string | undefined)[]): string | undefined {
  const kept = notes.filter((note): note is string => note !== undefined);
  return kept.length ? kept.join('; ') : undefined;
}

/**
 * Recognizes an item's check from its text, or says why it stays manual. Conservative: a wrong
 * check is worse than a manual item, so anything ambiguous stays manual. A condition in the text
 * (`(if using real-time)`, `(optional)`) makes the recognized check advisory, and the note says so.
 */
export function recognizeCheck(text: ItemText, context: RecognitionContext): Recognition {
  const recognized = recognizeFromText(text, context);
  const condition = recognized.check ? conditionOf(text.prose) : undefined;
  if (condition === undefined) return recognized;
  return {
    ...recognized,
    isConditional: true,
    note: `advisory: the item says ${condition}, so its check does not block`,
  };
}

function recognizeFromText(text: ItemText, context: RecognitionContext): Recognition {
  if (!context.infer) return {};
  const commands = text.codeSpans.filter(isCommandLike);
  if (commands.length > 0) {
    const verdicts = commands.map((command) => ({ command, verdict: classifyCommand(command) }));
    const refused = verdicts.filter((entry) => 'refusal' in entry.verdict);
    if (refused.length > 0) {
      const reasons = refused.map(
        (entry) =>
          `\`${entry.command}\` is not run: ${'refusal' in entry.verdict ? entry.verdict.refusal : ''}`,
      );
      return { note: joinNotes([...reasons, codeBlockNote(text)]) };
    }
    if (ABOUT_THE_TOOL.test(text.prose)) {
      return {
        note: `the item is about installing or configuring ${commands.map((command) => `\`${command}\``).join(', ')}, not about running it`,
      };
    }
    const others = [
      recognizeCoverage(text, context),
      recognizeEnv(text),
      recognizeDotenv(text),
      recognizeSecurityScan(text, context),
    ].filter((candidate): candidate is Candidate => candidate?.check !== undefined);
    if (others.length > 0) {
      return {
        note: `names a command and also ${others.map((other) => other.name).join(', ')}; one item holds one check: split it, or declare the check with a directive`,
      };
    }
    // One command line per command; several run in order and must all pass.
    const lines = [
      ...new Set(
        verdicts.flatMap(({ verdict }) => ('argv' in verdict ? [joinArgv(verdict.argv)] : [])),
      ),
    ];
    return { check: { kind: 'command', options: { run: lines.length === 1 ? lines[0]! : lines } } };
  }
  const candidates = [
    recognizeCoverage(text, context),
    recognizeEnv(text),
    recognizeDotenv(text),
    recognizeSecurityScan(text, context),
    recognizeTestsPassing(text, context),
  ].filter((candidate): candidate is Candidate => candidate !== undefined);
  if (candidates.length > 1) {
    const names = candidates.map((candidate) => candidate.name).join(', ');
    return {
      note: joinNotes([
        `names several checks (${names}); one item holds one check: split it, or declare the check with a directive`,
        codeBlockNote(text),
      ]),
    };
  }
  const [only] = candidates;
  if (only?.check) return { check: only.check };
  return { note: joinNotes([only?.note, codeBlockNote(text)]) };
}
