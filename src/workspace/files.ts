// Finding files inside the workspace: a path or a glob, never outside it, even through symlinks.
import { lstatSync, statSync } from 'node:fs';
import { checkGlob, confineReal, isGlob, resolveRealInside } from './paths.js';

/**
 * Absolute paths of the files a path or glob names, sorted; [] when none. A plain path that
 * exists is returned whatever its kind, so the reader can say it is a directory or a FIFO.
 * Throws PathError when a path, or a match of a glob, leads outside the workspace or into .git/.
 */
export async function resolveFiles(workdir: string, pattern: string): Promise<string[]> {
  if (!isGlob(pattern)) {
    const absolute = resolveRealInside(workdir, pattern, 'path');
    try {
      lstatSync(absolute);
      statSync(absolute);
      return [absolute];
    } catch {
      return [];
    }
  }
  const found = await globFiles(workdir, checkGlob(pattern, 'glob'));
  for (const file of found) confineReal(workdir, file, 'glob match', file);
  return found;
}

/**
 * Absolute paths of the files a glob matches under `cwd`, sorted, dot files included, without
 * following symlinked folders. Callers confine the matches where they must stay inside.
 */
export async function globFiles(cwd: string, pattern: string): Promise<string[]> {
  // Loaded only when a pattern is a glob: most checklists name plain paths.
  const { glob } = await import('tinyglobby');
  const found = await glob(pattern, {
    cwd,
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
    return statSync(resolveRealInside(workdir, relative)).isFile();
  } catch {
    return false;
  }
}
