// The `file` kind: a path exists, is absent, contains text, matches a pattern, or is ignored by git.
import { stat } from 'node:fs/promises';
import type { Result } from '../model.js';
import { resolveRealInside } from '../workspace/paths.js';
import { readRegularFileSync } from '../workspace/regular-file.js';
import {
  compileLinear,
  isLinearRegexLoaded,
  LinearRegexError,
  loadLinearRegex,
  testLinear,
} from './linear-regex.js';
import type { CheckContext, CheckKindModule } from './types.js';

export interface FileOptions {
  readonly path: string;
  readonly exists?: boolean;
  readonly absent?: boolean;
  readonly contains?: string;
  readonly matches?: string;
  readonly gitignored?: boolean;
}

const CONDITIONS = ['exists', 'absent', 'contains', 'matches', 'gitignored'] as const;
/** Files larger than this are not searched for `contains`/`matches`. */
const MAX_SEARCH_BYTES = 64 * 1024 * 1024;

/** Whether something exists at the path (a directory counts for `exists`); never reads it. */
async function isPresent(absolute: string): Promise<boolean> {
  try {
    await stat(absolute);
    return true;
  } catch {
    return false;
  }
}

/** Reads a regular file to search it, or the errored/failed result that says why it cannot be. */
function readText(absolute: string, shown: string, context: CheckContext): string | Result {
  let bytes: Buffer;
  try {
    bytes = readRegularFileSync(absolute, MAX_SEARCH_BYTES);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return { status: 'failed', summary: `${shown} does not exist` };
    return {
      status: 'errored',
      summary: `${shown} cannot be searched: ${(error as Error).message}`,
    };
  }
  const text = bytes.toString('utf8');
  // A pass or fail on a file that holds a secret would tell something about the secret.
  if (context.mask(text) !== text)
    return {
      status: 'errored',
      summary: `${shown} holds a secret value (in some encoding); it is not searched`,
    };
  return text;
}

async function git(context: CheckContext, args: string[]): Promise<number | null | 'missing'> {
  const outcome = await context.runCommand({
    argv: ['git', ...args],
    cwd: context.workdir,
    env: context.env,
    timeoutMs: 30_000,
    signal: context.signal,
  });
  return outcome.notFound ? 'missing' : outcome.exitCode;
}

async function checkGitignored(path: string, context: CheckContext): Promise<Result> {
  const ignored = await git(context, ['check-ignore', '-q', '--no-index', '--', path]);
  if (ignored === 'missing') return { status: 'errored', summary: 'git is not installed' };
  if (ignored === 128 || ignored === null)
    return {
      status: 'errored',
      summary: `git check-ignore failed for ${path} (is this a git repository?)`,
    };
  const tracked = await git(context, ['ls-files', '--error-unmatch', '--', path]);
  if (tracked === 0) return { status: 'failed', summary: `${path} is committed to the repository` };
  if (ignored !== 0) return { status: 'failed', summary: `${path} is not ignored by .gitignore` };
  return { status: 'passed', summary: `${path} is ignored by git and not committed` };
}

async function run(options: FileOptions, context: CheckContext): Promise<Result> {
  let absolute: string;
  try {
    absolute = resolveRealInside(context.workdir, options.path, 'file path');
  } catch (error) {
    return { status: 'errored', summary: (error as Error).message };
  }
  const shown = options.path;
  if (options.gitignored) return checkGitignored(shown, context);
  if (options.absent) {
    return (await isPresent(absolute))
      ? { status: 'failed', summary: `${shown} exists but must not` }
      : { status: 'passed', summary: `${shown} is absent` };
  }
  if (options.contains !== undefined || options.matches !== undefined) {
    const text = readText(absolute, shown, context);
    if (typeof text !== 'string') return text;
    if (options.contains !== undefined) {
      return text.includes(options.contains)
        ? { status: 'passed', summary: `${shown} contains the text` }
        : {
            status: 'failed',
            summary: `${shown} does not contain "${options.contains.slice(0, 80)}"`,
          };
    }
    let found: boolean;
    await loadLinearRegex();
    try {
      found = testLinear(compileLinear(options.matches!), text, context.remainingMs?.());
    } catch (error) {
      if (error instanceof LinearRegexError)
        return { status: 'errored', summary: `${shown}: ${error.message}` };
      throw error;
    }
    return found
      ? { status: 'passed', summary: `${shown} matches /${options.matches}/` }
      : { status: 'failed', summary: `${shown} does not match /${options.matches}/` };
  }
  return (await isPresent(absolute))
    ? { status: 'passed', summary: `${shown} exists` }
    : { status: 'failed', summary: `${shown} does not exist` };
}

export const fileCheck: CheckKindModule<FileOptions> = {
  kind: 'file',
  optionsSchema: {
    type: 'object',
    description:
      'Passes when the condition on the path holds: exists, absent, contains (literal text), matches (a regular expression), or gitignored (ignored by git and not tracked).',
    properties: {
      path: { type: 'string', minLength: 1, description: 'Relative to the repository root.' },
      exists: { const: true },
      absent: { const: true },
      contains: { type: 'string', minLength: 1 },
      matches: { type: 'string', minLength: 1 },
      gitignored: { const: true },
    },
    required: ['path'],
    additionalProperties: false,
  },
  validate: (options) => {
    const given = CONDITIONS.filter((key) => options[key] !== undefined);
    const problems: { key?: string; message: string }[] = [];
    if (given.length === 0)
      problems.push({ message: `needs one condition: ${CONDITIONS.join(', ')}` });
    if (given.length > 1)
      problems.push({
        key: given[1],
        message: `has ${given.join(' and ')}: give one condition per item`,
      });
    // The loader loads the engine for any checklist that says `matches`.
    if (options.matches !== undefined && isLinearRegexLoaded()) {
      try {
        compileLinear(options.matches);
      } catch (error) {
        problems.push({ key: 'matches', message: (error as Error).message });
      }
    }
    return problems;
  },
  describe: (options) => {
    const condition = CONDITIONS.find((key) => options[key] !== undefined) ?? 'exists';
    const value =
      condition === 'contains' || condition === 'matches'
        ? ` ${JSON.stringify(options[condition])}`
        : '';
    return `file: ${options.path} ${condition}${value}`;
  },
  runsCommand: () => false,
  // Pass/fail on `contains` or `matches` is an oracle on the file's bytes.
  refusedWithCommands: (options) => options.contains !== undefined || options.matches !== undefined,
  run,
};
