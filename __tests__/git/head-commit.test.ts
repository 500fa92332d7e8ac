// HEAD's commit, as `check`, shards and merges name it: from .git's files or, where they do not say
// it plainly, from git; the same answer as `git rev-parse HEAD` every way a checkout can be.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headCommit } from '../../src/git/head-commit.js';
import { GitRepo } from '../helpers/git-repo.js';

let repo: GitRepo;
beforeAll(() => {
  repo = GitRepo.create('rg-head-');
  repo.commit({ 'a.txt': 'one\n' });
  repo.commit({ 'a.txt': 'two\n' });
});
afterAll(() => repo.cleanup());

const revParse = (cwd: string) =>
  execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8' }).trim();

describe('headCommit', () => {
  it('reads a branch, a packed ref and a detached HEAD as git does', async () => {
    expect(await headCommit(repo.dir)).toBe(revParse(repo.dir));
    repo.git('pack-refs', '--all');
    expect(await headCommit(repo.dir)).toBe(revParse(repo.dir));
    repo.git('checkout', '-q', '--detach', 'HEAD~1');
    expect(await headCommit(repo.dir)).toBe(revParse(repo.dir));
    repo.git('checkout', '-q', '-');
  });

  it("gives a worktree inside the repository its own HEAD, not the repository's", async () => {
    const worktree = path.join(repo.dir, 'wt');
    repo.git('worktree', 'add', '-q', '--detach', worktree, 'HEAD~1');
    try {
      expect(revParse(worktree)).not.toBe(revParse(repo.dir));
      expect(await headCommit(worktree)).toBe(revParse(worktree));
    } finally {
      repo.git('worktree', 'remove', '--force', worktree);
    }
  });

  it('is undefined outside a checkout', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'rg-nogit-'));
    try {
      expect(await headCommit(outside)).toBeUndefined();
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
