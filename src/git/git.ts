// Runs git with no shell: small commands with a bounded output, large ones (diffs) streamed line by line.
import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';

/** A git command that failed: its arguments, exit code and the first lines of its stderr. */
export class GitError extends Error {
  override readonly name = 'GitError';
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(message);
  }
}

export interface GitOptions {
  /** The repository (any folder inside its worktree). */
  readonly cwd: string;
  /** Largest stdout kept; more is an error (default 16 MiB). */
  readonly maxBytes?: number;
  /** Exit codes that are answers, not failures (`merge-base` exits 1 when there is none). */
  readonly okExitCodes?: readonly number[];
  readonly signal?: AbortSignal;
}

export interface GitResult {
  readonly stdout: Buffer;
  readonly exitCode: number;
}

const STDERR_KEEP = 4096;

/**
 * Options that keep a hostile repository's configuration from running anything or changing the
 * output we parse: no pager, no external diff or textconv drivers, unquoted UTF-8 paths, fixed
 * prefixes, no colour.
 */
const SAFE_CONFIG = [
  '-c',
  'core.quotePath=false',
  '-c',
  'core.pager=cat',
  '-c',
  'color.ui=false',
  '-c',
  'diff.noprefix=false',
  '-c',
  'diff.mnemonicPrefix=false',
];

function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
  };
}

function describe(args: readonly string[]): string {
  return `git ${args.join(' ')}`.slice(0, 200);
}

/** Starts git with the safe configuration and environment, keeping the start of its stderr for the error. */
function spawnGit(args: readonly string[], options: Pick<GitOptions, 'cwd' | 'signal'>) {
  const child = spawn('git', [...SAFE_CONFIG, ...args], {
    cwd: options.cwd,
    env: gitEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: false,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < STDERR_KEEP) stderr += chunk.toString('utf8').slice(0, STDERR_KEEP);
  });
  return { child, stderr: (): string => stderr };
}

/** Runs `git args` and returns its stdout; throws GitError on a failure or an oversized output. */
export function git(args: readonly string[], options: GitOptions): Promise<GitResult> {
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const { child, stderr } = spawnGit(args, options);
    const chunks: Buffer[] = [];
    let size = 0;
    let overflow = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (overflow) return;
      size += chunk.length;
      if (size > maxBytes) {
        overflow = true;
        child.kill('SIGKILL');
        return;
      }
      chunks.push(chunk);
    });
    child.on('error', (error) =>
      reject(
        new GitError(
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'git is not installed or not on PATH'
            : `${describe(args)}: ${error.message}`,
          null,
          stderr(),
        ),
      ),
    );
    child.on('close', (code) => {
      if (overflow) {
        reject(new GitError(`${describe(args)}: output larger than ${maxBytes} bytes`, null, ''));
        return;
      }
      const exitCode = code ?? -1;
      if (exitCode === 0 || options.okExitCodes?.includes(exitCode)) {
        resolve({ stdout: Buffer.concat(chunks), exitCode });
        return;
      }
      reject(
        new GitError(
          `${describe(args)} failed (exit ${exitCode}): ${stderr().trim().split('\n')[0] ?? ''}`,
          exitCode,
          stderr(),
        ),
      );
    });
  });
}

/** Runs git and returns its trimmed stdout as text. */
export async function gitText(args: readonly string[], options: GitOptions): Promise<string> {
  return (await git(args, options)).stdout.toString('utf8').trim();
}

/**
 * Runs `git args` and hands each stdout line (without its newline) to `onLine` as it arrives,
 * so a diff of any size is parsed in constant memory.
 */
export function gitLines(
  args: readonly string[],
  options: Omit<GitOptions, 'maxBytes'>,
  onLine: (line: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const { child, stderr } = spawnGit(args, options);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    let failure: unknown;
    const feed = (text: string): void => {
      let newline = text.indexOf('\n');
      if (newline === -1) {
        rest += text;
        return;
      }
      onLine(rest + text.slice(0, newline));
      rest = '';
      let start = newline + 1;
      while ((newline = text.indexOf('\n', start)) !== -1) {
        onLine(text.slice(start, newline));
        start = newline + 1;
      }
      rest = text.slice(start);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure !== undefined) return;
      try {
        feed(decoder.write(chunk));
      } catch (error) {
        failure = error;
        child.kill('SIGKILL');
      }
    });
    child.on('error', (error) =>
      reject(new GitError(`${describe(args)}: ${error.message}`, null, stderr())),
    );
    child.on('close', (code) => {
      if (failure !== undefined) {
        reject(failure);
        return;
      }
      try {
        const tail = rest + decoder.end();
        if (tail !== '') onLine(tail);
      } catch (error) {
        reject(error);
        return;
      }
      if (code === 0 || (code !== null && options.okExitCodes?.includes(code))) resolve();
      else
        reject(
          new GitError(
            `${describe(args)} failed (exit ${code ?? 'killed'}): ${stderr().trim().split('\n')[0] ?? ''}`,
            code,
            stderr(),
          ),
        );
    });
  });
}
