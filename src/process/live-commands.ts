// The commands still running, so a signal handler can kill them without loading node:child_process.
const live = new Map<number, () => void>();

/** Remembers a running command's process (group) and how to kill it. */
export function trackCommand(pid: number, kill: () => void): void {
  live.set(pid, kill);
}

export function untrackCommand(pid: number): void {
  live.delete(pid);
}

/** Kills every command still running (on SIGTERM, or when the gate's budget runs out). */
export function killAllCommands(): void {
  for (const kill of live.values()) kill();
  live.clear();
}
