// The commit a working directory has checked out, for the command line's shard reports and merges.
import { execFile } from 'node:child_process';

/** `git rev-parse HEAD` in `workdir`: the full hash, or undefined when it is not a git checkout. */
export function headCommit(workdir: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['rev-parse', '--verify', 'HEAD'],
      { cwd: workdir, timeout: 10_000, windowsHide: true },
      (error, stdout) => {
        const hash = String(stdout).trim();
        resolve(!error && /^[0-9a-f]{40,64}$/.test(hash) ? hash : undefined);
      },
    );
  });
}
