// Runs one git command in the repository and hands back its standard output (no shell, bounded).
import { execFile } from 'node:child_process';

/** Git failed or is missing; the message says what was asked and what git answered. */
export class GitError extends Error {
  override readonly name = 'GitError';
}

const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

export function runGit(workdir: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=false', ...args],
      {
        cwd: workdir,
        maxBuffer: MAX_OUTPUT_BYTES,
        encoding: 'utf8',
        // Never ask for credentials or open an editor in CI.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
      },
      (error, stdout, stderr) => {
        if (error) {
          const detail = (stderr || error.message).trim().split('\n')[0];
          reject(new GitError(`git ${args.join(' ')} failed: ${detail}`));
        } else resolve(stdout);
      },
    );
  });
}
