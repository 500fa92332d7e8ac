// Finding files inside the workspace: a path or a glob, never outside it.
import { existsSync, statSync } from 'node:fs';
import { checkGlob, isGlob, resolveInside } from './paths.js';

/** Absolute paths of the files a path or glob names, sorted; [] when none. Throws PathError outside the workspace. */
export async function resolveFiles(workdir: string, pattern: string): Promise<string[]> {
  if (!isGlob(pattern)) {
    const absolute = resolveInside(workdir, pattern, 'path');
    return existsSync(absolute) && statSync(absolute).isFile() ? [absolute] : [];
  }
  const safe = checkGlob(pattern, 'glob');
  // Loaded only when a pattern is a glob: most checklists name plain paths.
  const { glob } = await import('tinyglobby');
  const found = await glob(safe, {
    cwd: workdir,
    absolute: true,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false,
  });
  return found.sort();
}

/** Synchronous existence test for a repository-relative path (recognition asks many). */
export function fileExists(workdir: string, relative: string): boolean {
  try {
    return statSync(resolveInside(workdir, relative)).isFile();
  } catch {
    return false;
  }
}
