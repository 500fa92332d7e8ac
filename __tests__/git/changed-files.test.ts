import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedFilesBetween, commitsBetween } from '../../src/git/changed-files.js';
import { GitError } from '../../src/git/git.js';
import { fileAtCommit } from '../../src/git/commits.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'rg-git-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const git = (...args: string[]): string =>
  execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
      GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z',
    },
  }).trim();
const commit = (files: Record<string, string>, message: string): string => {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  git('add', '-A');
  git('commit', '-qm', message);
  return git('rev-parse', 'HEAD');
};

git('init', '-q', '-b', 'main');
const base = commit({ 'readiness.yml': 'title: v1\n', 'db/old name.sql': 'x\n' }, 'base');
git('checkout', '-q', '-b', 'feature');
mkdirSync(path.join(dir, 'migrations'));
git('mv', 'db/old name.sql', 'migrations/001 ünï.sql');
const first = commit({ 'readiness.yml': 'title: v2\n' }, 'rename');
const second = commit({ 'README.md': 'docs\n' }, 'docs');
git('checkout', '-q', 'main');
const mainTip = commit({ 'other.txt': 'main moves on\n' }, 'main');

describe('the git foundation for waivers and sign-off', () => {
  it('lists files changed between commits, both names of a rename, unquoted', async () => {
    expect((await changedFilesBetween(dir, base, first)).sort()).toEqual([
      'db/old name.sql',
      'migrations/001 ünï.sql',
      'readiness.yml',
    ]);
    expect(await changedFilesBetween(dir, first, second)).toEqual(['README.md']);
  });

  it('reads a file at a commit, undefined where it did not exist, and refuses an unknown commit', async () => {
    const at = (sha: string, file: string) => fileAtCommit(sha, file, { cwd: dir });
    expect((await at(base, 'readiness.yml'))?.toString('utf8')).toBe('title: v1\n');
    expect(await at(base, 'README.md')).toBeUndefined();
    await expect(at('f'.repeat(40), 'readiness.yml')).rejects.toBeInstanceOf(GitError);
  });

  it('lists the pull request commits, newest first', async () => {
    expect(mainTip).not.toBe(base);
    expect((await commitsBetween(dir, base, second)).map((c) => c.sha)).toEqual([second, first]);
  });
});
