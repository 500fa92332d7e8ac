// A check's context as the engine builds it for a workspace: the real command runner and file
// resolution, no masking, every check allowed. Tests override what they are about.
import type { CheckContext } from '../../src/checks/types.js';
import { runCommand } from '../../src/process/run-command.js';
import { resolveFiles } from '../../src/workspace/files.js';

export function checkContext(workdir: string, overrides: Partial<CheckContext> = {}): CheckContext {
  return {
    workdir,
    env: process.env,
    runCommand,
    resolveFiles: (pattern) => resolveFiles(workdir, pattern),
    mask: (text) => text,
    isInferred: false,
    signal: new AbortController().signal,
    defaultTimeoutSec: 60,
    mayRunCommands: true,
    mayFetchHttp: true,
    ...overrides,
  };
}
