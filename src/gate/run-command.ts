// Runs one command for a check: no shell unless asked, a timeout that kills the whole
// process group, and a bounded tail of the output.
import { spawn } from 'node:child_process';

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
