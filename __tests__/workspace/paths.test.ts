import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  checkGlob,
  confineReal,
  PathError,
  resolveInside,
  resolveRealInside,
  toRepoRelative,
} from '../../src/workspace/paths.js';
import { readRegularFileSync } from '../../src/workspace/regular-file.js';

describe('toRepoRelative', () => {
  it('makes absolute runner paths relative', () => {
    expect(toRepoRelative('/home/runner/work/app/app/src/a.py', '/home/runner/work/app/app')).toBe(
      'src/a.py',
    );
    expect(toRepoRelative('/home/runner/work/app/app/src/a.py', '/home/runner/work/app/app/')).toBe(
      'src/a.py',
    );
  });

  it('handles Windows paths with either separator and any drive-letter case', () => {
    expect(toRepoRelative('D:\\a\\app\\app\\src\\main.ts', 'D:\\a\\app\\app')).toBe('src/main.ts');
    expect(toRepoRelative('d:/a/app/app/src/main.ts', 'D:\\a\\app\\app')).toBe('src/main.ts');
    expect(toRepoRelative('D:\\A\\App\\app\\src\\main.ts', 'D:\\a\\app\\app')).toBe('src/main.ts');
    expect(toRepoRelative('src\\lib\\x.ts', 'D:\\a\\app\\app')).toBe('src/lib/x.ts');
  });

  it('leaves out paths outside the repository', () => {
    expect(toRepoRelative('/usr/lib/python3/site.py', '/home/runner/work/app/app')).toBeUndefined();
    expect(
      toRepoRelative('/home/runner/work/app/app-other/x.py', '/home/runner/work/app/app'),
    ).toBeUndefined();
    expect(toRepoRelative('C:\\hostedtoolcache\\x.js', 'D:\\a\\app\\app')).toBeUndefined();
    expect(toRepoRelative('../outside.py', '/repo')).toBeUndefined();
  });

  it('normalizes relative paths', () => {
    expect(toRepoRelative('./src/../lib/a.ts', '/repo')).toBe('lib/a.ts');
  });
});

describe('resolveInside', () => {
  const root = path.resolve('/work/repo');
  it('resolves relative paths from the working directory', () => {
    expect(resolveInside(root, 'docs/RUNBOOK.md')).toBe(path.join(root, 'docs/RUNBOOK.md'));
    expect(resolveInside(root, 'docs\\RUNBOOK.md')).toBe(path.join(root, 'docs/RUNBOOK.md'));
  });

  it('refuses a path that leaves the workspace', () => {
    expect(() => resolveInside(root, '../secrets.yml', 'checklist')).toThrow(PathError);
    expect(() => resolveInside(root, 'docs/../../x')).toThrow(/leaves the workspace/);
    expect(() => resolveInside(root, '/etc/passwd')).toThrow(/outside the workspace/);
  });

  it('accepts an absolute path inside the workspace', () => {
    expect(resolveInside(root, path.join(root, 'a.yml'))).toBe(path.join(root, 'a.yml'));
  });
});

describe('checkGlob', () => {
  it('refuses globs that escape', () => {
    expect(() => checkGlob('../**/*.yml')).toThrow(PathError);
    expect(() => checkGlob('/etc/*')).toThrow(PathError);
    expect(() => checkGlob('a/../../b/*')).toThrow(PathError);
    expect(checkGlob('reports\\junit*.xml')).toBe('reports/junit*.xml');
  });
});

describe('confineReal and readRegularFileSync', () => {
  it('follows symlinks: a link out of the workspace or into .git/ is refused, one inside is not', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rg-paths-'));
    const outside = mkdtempSync(path.join(os.tmpdir(), 'rg-paths-out-'));
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, 'a.txt'), 'a');
    symlinkSync('a.txt', path.join(dir, 'inside'));
    symlinkSync(outside, path.join(dir, 'out'));
    symlinkSync('.git', path.join(dir, 'gitdir'));
    expect(resolveRealInside(dir, 'inside')).toBe(path.join(dir, 'inside'));
    expect(() => resolveRealInside(dir, 'out/missing.txt')).toThrow(/outside the workspace/);
    expect(() => resolveRealInside(dir, 'gitdir/config')).toThrow(/\.git\//);
    expect(() => resolveRealInside(dir, '.GIT/config')).toThrow(/\.git\//);
    expect(() => confineReal(dir, '/proc/self/environ', 'path', 'x')).toThrow(/outside/);
  });

  it('reads a regular file, and refuses a FIFO, a device, a directory and a file over the limit', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rg-regular-'));
    writeFileSync(path.join(dir, 'ok.txt'), 'hello');
    writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(100));
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    expect(readRegularFileSync(path.join(dir, 'ok.txt'), 10).toString()).toBe('hello');
    expect(() => readRegularFileSync(path.join(dir, 'big.txt'), 10)).toThrow(/limit/);
    expect(() => readRegularFileSync(path.join(dir, 'pipe'), 10)).toThrow(/FIFO/);
    expect(() => readRegularFileSync('/dev/zero', 10)).toThrow(/character device/);
    expect(() => readRegularFileSync(dir, 10)).toThrow(/directory/);
    expect(() => readRegularFileSync('/proc/self/environ', 10)).toThrow(/\/proc\//);
  });
});
