// Runs one command for a check: no shell unless asked, a timeout that kills the whole
// process group, and a bounded tail of the output.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { trackCommand, untrackCommand } from './live-commands.js';

export { killAllCommands } from './live-commands.js';

export interface CommandRequest {
  /** Program and arguments, run without a shell. Exactly one of argv and script. */
  readonly argv?: readonly string[];
  /** A script handed to `shell` (e.g. `bash -c script`). */
  readonly script?: string;
  readonly shell?: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly timeoutMs: number;
  /** Bytes of output tail kept (stdout and stderr interleaved). */
  readonly maxOutputBytes?: number;
  readonly signal?: AbortSignal;
  /** Platform override for tests; defaults to process.platform. */
  readonly platform?: NodeJS.Platform;
}

export interface CommandOutcome {
  /** Null when killed by a signal or never started. */
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  /** The program could not be found (ENOENT, or a shell's 127). */
  readonly notFound: boolean;
  /** Cancelled through the request's signal (gate budget or SIGTERM). */
  readonly cancelled: boolean;
  /** Tail of the combined output, at most maxOutputBytes, decoded as UTF-8. */
  readonly output: string;
  readonly outputBytes: number;
  readonly truncated: boolean;
  readonly durationMs: number;
  /** Spawn error message, when the process could not start. */
  readonly error?: string;
}

export const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024;

/** How to start a program on Windows, where `.cmd`/`.bat` shims (npm, npx, yarn) need cmd.exe. */
export interface WindowsInvocation {
  readonly file: string;
  readonly args: readonly string[];
  readonly useShell: boolean;
}

/** Quotes one argument for cmd.exe (`"a b"`, doubled quotes, carets before metacharacters). */
export function quoteForCmd(arg: string): string {
  if (arg !== '' && !/[\s"&|<>^()%!,;=]/.test(arg)) return arg;
  return `"${arg.replace(/"/g, '""').replace(/([%!^])/g, '^$1')}"`;
}

/**
 * Finds what Windows would run for `argv[0]`: searches PATH with PATHEXT when the name has
 * no extension; a `.cmd`/`.bat` target must go through the shell (Node refuses to spawn it
 * directly since CVE-2024-27980), with every argument quoted for cmd.exe.
 */
export function resolveWindowsInvocation(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  exists: (file: string) => boolean,
): WindowsInvocation | undefined {
  const program = argv[0];
  if (program === undefined) return undefined;
  const pathValue = env.Path ?? env.PATH ?? '';
  const extensions = (env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean);
  const hasDir = /[\\/]/.test(program);
  const dirs = hasDir ? [''] : [cwd, ...pathValue.split(';').filter(Boolean)];
  const hasExtension = /\.[A-Za-z0-9]+$/.test(program);
  for (const dir of dirs) {
    const base = dir === '' ? program : `${dir.replace(/[\\/]+$/, '')}\\${program}`;
    const candidates = hasExtension ? [base] : extensions.map((ext) => base + ext.toLowerCase());
    for (const candidate of candidates) {
      if (!exists(candidate)) continue;
      const useShell = /\.(cmd|bat)$/i.test(candidate);
      return useShell
        ? { file: [candidate, ...argv.slice(1)].map(quoteForCmd).join(' '), args: [], useShell }
        : { file: candidate, args: argv.slice(1), useShell };
    }
  }
  return undefined;
}

/** Keeps the last `limit` bytes of a stream of chunks. */
class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  total = 0;
  constructor(private readonly limit: number) {}
  push(chunk: Buffer): void {
    this.total += chunk.length;
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size - this.chunks[0]!.length >= this.limit) {
      this.size -= this.chunks.shift()!.length;
    }
  }
  text(): string {
    let buffer = Buffer.concat(this.chunks);
    if (buffer.length > this.limit) buffer = buffer.subarray(buffer.length - this.limit);
    // Drop a partial UTF-8 sequence at the cut.
    let start = 0;
    while (start < buffer.length && start < 4 && (buffer[start]! & 0xc0) === 0x80) start++;
    return buffer.subarray(start).toString('utf8');
  }
}

function killTree(pid: number | undefined, platform: NodeJS.Platform): void {
  if (pid === undefined) return;
  try {
    if (platform === 'win32') {
      spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    } else {
      process.kill(-pid, 'SIGKILL');
    }
  } catch {
    // Already gone.
  }
}

/**
 * The action's own secrets, never handed to a command (a workflow's `run:` step does not see
 * them either): its inputs (`INPUT_TOKEN`), the runner's tokens, and its cache and results URLs.
 */
const ACTION_ONLY_VARIABLE =
  /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_ID_TOKEN_REQUEST_.*|ACTIONS_CACHE_URL|ACTIONS_RESULTS_URL)$/i;

/** The environment a command runs with: the step's, without undefined values or the action's secrets. */
export function commandEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && !ACTION_ONLY_VARIABLE.test(entry[0]),
    ),
  );
}

/** Runs one command; never throws. */
export function runCommand(request: CommandRequest): Promise<CommandOutcome> {
  const started = Date.now();
  const platform = request.platform ?? process.platform;
  const tail = new TailBuffer(request.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES);
  const env = commandEnvironment(request.env);
  let file: string;
  let args: readonly string[];
  let useShell = false;
  if (request.script !== undefined) {
    const shell = request.shell ?? (platform === 'win32' ? 'pwsh' : 'bash');
    file = shell;
    args =
      shell === 'cmd'
        ? ['/d', '/s', '/c', request.script]
        : shell === 'pwsh' || shell === 'powershell'
          ? ['-NoProfile', '-Command', request.script]
          : ['-c', request.script];
  } else {
    const argv = request.argv ?? [];
    if (argv.length === 0) {
      return Promise.resolve({
        exitCode: null,
        timedOut: false,
        notFound: true,
        cancelled: false,
        output: '',
        outputBytes: 0,
        truncated: false,
        durationMs: 0,
        error: 'empty command',
      });
    }
    file = argv[0]!;
    args = argv.slice(1);
    if (platform === 'win32') {
      const invocation = resolveWindowsInvocation(argv, env, request.cwd, (candidate) =>
        existsSync(candidate),
      );
      if (invocation) ({ file, args, useShell } = invocation);
    }
  }

  return new Promise((resolve) => {
    let timedOut = false;
    let cancelled = false;
    let settled = false;
    const child = spawn(file, args, {
      cwd: request.cwd,
      env,
      shell: useShell,
      detached: platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const finish = (
      outcome: Omit<
        CommandOutcome,
        'output' | 'outputBytes' | 'truncated' | 'durationMs' | 'timedOut' | 'cancelled'
      >,
    ): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
      if (child.pid !== undefined) untrackCommand(child.pid);
      resolve({
        ...outcome,
        timedOut,
        cancelled,
        output: tail.text(),
        outputBytes: tail.total,
        truncated: tail.total > (request.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES),
        durationMs: Date.now() - started,
      });
    };
    // After a kill, a process that escaped the group may still hold the pipes open: stop
    // waiting for them after a grace period.
    const forceFinish = (): void => {
      setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        finish({ exitCode: null, notFound: false });
      }, 2000).unref();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child.pid, platform);
      forceFinish();
    }, request.timeoutMs);
    const onAbort = (): void => {
      cancelled = true;
      killTree(child.pid, platform);
      forceFinish();
    };
    if (request.signal?.aborted) onAbort();
    else request.signal?.addEventListener('abort', onAbort, { once: true });
    if (child.pid !== undefined) {
      const pid = child.pid;
      trackCommand(pid, () => killTree(pid, platform));
    }
    child.stdout?.on('data', (chunk: Buffer) => tail.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => tail.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish({ exitCode: null, notFound: error.code === 'ENOENT', error: error.message });
    });
    // A command that exits leaves nothing behind: what it started in its group ends with it.
    child.on('exit', () => killTree(child.pid, platform));
    child.on('close', (code) => {
      // A shell reports a missing program as 127 (POSIX) or 9009 (cmd.exe).
      const viaShell = request.script !== undefined || useShell;
      finish({ exitCode: code, notFound: viaShell && (code === 127 || code === 9009) });
    });
  });
}
