// The Go module a folder of the repository declares, from its go.mod: Go tools name files by
// import path (`example.com/app/pkg/file.go`), and this turns them back into repository paths.
import path from 'node:path';
import { resolveRealInside } from '../workspace/paths.js';
import { readRegularFileSync } from '../workspace/regular-file.js';

const MAX_GO_MOD_BYTES = 1024 * 1024;

/** The module path from go.mod's text (`module example.com/app`), or undefined. */
export function goModuleOf(goMod: string): string | undefined {
  const match = /^\s*module\s+("?)([^\s"]+)\1\s*(?:\/\/.*)?$/m.exec(goMod);
  return match?.[2];
}

/**
 * The module path of the go.mod in `dir` (repository-relative, '' for the root), or undefined.
 * Read only as a regular file inside the workspace: a go.mod that is a FIFO or a link to
 * /dev/zero or out of the workspace must not hang the reader, fill memory or be read.
 */
export function readGoModule(workdir: string, dir = ''): string | undefined {
  try {
    const file = resolveRealInside(workdir, path.posix.join(dir, 'go.mod'), 'go.mod');
    return goModuleOf(readRegularFileSync(file, MAX_GO_MOD_BYTES).toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The nearest go.mod above a repository path, and its folder; each folder read once. */
export function goModuleFinder(
  workdir: string,
): (file: string) => { dir: string; module: string } | undefined {
  const byDir = new Map<string, string | undefined>();
  const moduleIn = (dir: string): string | undefined => {
    if (!byDir.has(dir)) byDir.set(dir, readGoModule(workdir, dir));
    return byDir.get(dir);
  };
  return (file) => {
    for (let dir = path.posix.dirname(file); ; dir = path.posix.dirname(dir)) {
      const key = dir === '.' ? '' : dir;
      const module = moduleIn(key);
      if (module !== undefined) return { dir: key, module };
      if (key === '') return undefined;
    }
  };
}
