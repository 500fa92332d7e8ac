import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGlob, PathError, resolveInside, toRepoRelative } from '../../src/workspace/paths.js';

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
