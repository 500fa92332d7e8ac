// Paths inside the workspace: resolving user paths and globs safely, and turning paths that
// tools wrote (absolute runner paths, Windows separators) into repository-relative ones.
import fs from 'node:fs';
import path from 'node:path';

export class PathError extends Error {
  override readonly name = 'PathError';
}

/** `C:\a\b` or `C:/a/b` or `\\server\share`: a path only Windows calls absolute. */
function isWindowsAbsolute(p: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}

/** Converts backslashes to slashes; keeps a drive letter, lower-cased for comparison. */
export function toSlashes(p: string): string {
  return p.replace(/\\/g, '/');
}

function normalizeForCompare(p: string): string {
  let s = toSlashes(p);
  if (/^[A-Za-z]:\//.test(s)) s = s[0]!.toLowerCase() + s.slice(1);
  return path.posix.normalize(s);
}

/**
 * Makes a path that a tool wrote relative to the repository root, with `/` separators.
 * Works for POSIX and Windows paths whatever the current platform. Returns undefined when the
 * path is outside the root (a dependency's file, a runner temp file).
 */
export function toRepoRelative(filePath: string, root: string): string | undefined {
  if (filePath === '') return undefined;
  const isAbsolute = filePath.startsWith('/') || isWindowsAbsolute(filePath);
  if (!isAbsolute) {
    const rel = path.posix.normalize(toSlashes(filePath)).replace(/^\.\//, '');
    if (rel === '..' || rel.startsWith('../') || rel === '.') return undefined;
    return rel;
  }
  const file = normalizeForCompare(filePath);
  const base = normalizeForCompare(root).replace(/\/+$/, '');
  // Windows file systems are case-insensitive: compare drive paths without case.
  const windows = isWindowsAbsolute(filePath) || isWindowsAbsolute(root);
  const fileKey = windows ? file.toLowerCase() : file;
  const baseKey = windows ? base.toLowerCase() : base;
  if (fileKey === baseKey) return undefined;
  if (!fileKey.startsWith(baseKey + '/')) return undefined;
  return file.slice(base.length + 1);
}

/**
 * Resolves a user-given path (relative to the working directory) and refuses one that leaves it.
 * `label` names the path in the error (`checklist`, `report`, ...).
 */
export function resolveInside(workdir: string, userPath: string, label = 'path'): string {
  const cleaned = toSlashes(userPath.trim());
  if (cleaned === '') throw new PathError(`${label} is empty`);
  if (cleaned.startsWith('/') || isWindowsAbsolute(userPath)) {
    const rel = toRepoRelative(userPath, workdir);
    if (rel === undefined && normalizeForCompare(userPath) !== normalizeForCompare(workdir)) {
      throw new PathError(`${label} "${userPath}" is outside the workspace ${workdir}`);
    }
    return path.resolve(workdir, rel ?? '.');
  }
  const normalized = path.posix.normalize(cleaned);
  if (normalized === '..' || normalized.startsWith('../')) {
    throw new PathError(
      `${label} "${userPath}" leaves the workspace (paths are relative to ${workdir})`,
    );
  }
  return path.resolve(workdir, normalized);
}

/** True when the pattern has glob syntax. */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

/** Checks a glob pattern stays inside the workspace, and returns it with `/` separators. */
export function checkGlob(pattern: string, label = 'pattern'): string {
  const cleaned = toSlashes(pattern.trim());
  if (cleaned.startsWith('/') || isWindowsAbsolute(pattern)) {
    throw new PathError(`${label} "${pattern}" must be relative to the workspace`);
  }
  const normalized = path.posix.normalize(cleaned);
  if (normalized === '..' || normalized.startsWith('../') || normalized.split('/').includes('..')) {
    throw new PathError(`${label} "${pattern}" leaves the workspace`);
  }
  return normalized;
}

/** Repository-relative, slash-separated display form of an absolute path inside workdir. */
export function displayPath(absolute: string, workdir: string): string {
  return toRepoRelative(absolute, workdir) ?? toSlashes(absolute);
}

/** The real path of a path that may not exist: its nearest existing ancestor's, plus the rest. */
function realpathOfMaybeMissing(absolute: string): string {
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return path.join(fs.realpathSync(current), ...missing.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      const parent = path.dirname(current);
      if (parent === current) return absolute;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

/** True when a repository-relative path goes into a `.git` folder (the checkout keeps its token there). */
export function isInGitDir(relative: string): boolean {
  return toSlashes(relative)
    .split('/')
    .some((segment) => segment.toLowerCase() === '.git');
}

/**
 * Follows every symlink of an absolute path under `workdir` and refuses it when the real path
 * lands outside the workspace's real path, or inside a `.git` folder. Returns the real path.
 * `shown` is the path as the user wrote it, for the message.
 */
export function confineReal(
  workdir: string,
  absolute: string,
  label: string,
  shown: string,
): string {
  let root: string;
  let real: string;
  try {
    root = realpathOfMaybeMissing(path.resolve(workdir));
    real = realpathOfMaybeMissing(absolute);
  } catch (error) {
    // A symlink loop (ELOOP), a path too long, a folder that may not be listed.
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new PathError(`${label} "${shown}" cannot be resolved (${code})`);
  }
  if (real !== root && !real.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) {
    throw new PathError(`${label} "${shown}" leads outside the workspace (through a symlink)`);
  }
  if (isInGitDir(path.relative(root, real)) || isInGitDir(path.relative(workdir, absolute))) {
    throw new PathError(`${label} "${shown}" is inside .git/, which checks never read`);
  }
  return real;
}

/** resolveInside, then confineReal: the path as written and after symlinks both stay inside. */
export function resolveRealInside(workdir: string, userPath: string, label = 'path'): string {
  const absolute = resolveInside(workdir, userPath, label);
  confineReal(workdir, absolute, label, userPath);
  return absolute;
}
