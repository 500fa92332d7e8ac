// The git foundation against real repositories: diffs, renames, merge bases, test merges, shallow clones.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diffChangedLines, unquoteGitPath } from '../../src/git/diff.js';
import {
  fileAtCommit,
  findMergeBase,
  mergeBase,
  ShallowCheckoutError,
} from '../../src/git/commits.js';
import { resolveChangeRange, changedLinesFor } from '../../src/git/change-range.js';
import { rangesOverlap } from '../../src/git/change-set.js';
import { GitRepo, lines } from '../helpers/git-repo.js';

const repos: GitRepo[] = [];
const dirs: string[] = [];
function newRepo(): GitRepo {
  const repo = GitRepo.create();
  repos.push(repo);
  return repo;
}
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function replaceLine(text: string, lineNo: number, replacement: string): string {
  const all = text.split('\n');
  all[lineNo - 1] = replacement;
  return all.join('\n');
}

describe('diffChangedLines', () => {
  it('gives the new side of modified, added, renamed and deleted files', async () => {
    const repo = newRepo();
    const base = repo.commit({
      'a.txt': lines(5),
      'c.txt': lines(20, 'c'),
      'e.txt': lines(10, 'e'),
      'g.txt': 'gone\n',
    });
    repo.remove('c.txt', 'e.txt', 'g.txt');
    repo.write({
      'a.txt': replaceLine(lines(5), 3, 'changed') + 'six\nseven\n',
      'b.txt': 'one\n\n   \nfour\n',
      'd.txt': replaceLine(lines(20, 'c'), 10, 'ten changed'),
      'f.txt': lines(10, 'e'),
    });
    const head = repo.commit({});
    const changes = await diffChangedLines(base, head, { cwd: repo.dir });
    const byPath = Object.fromEntries(changes.files.map((f) => [f.path, f]));
    expect(Object.keys(byPath).sort()).toEqual(['a.txt', 'b.txt', 'd.txt', 'f.txt', 'g.txt']);
    expect(byPath['a.txt']).toMatchObject({
      status: 'modified',
      ranges: [3, 3, 6, 7],
      lineCount: 3,
    });
    expect(byPath['b.txt']).toMatchObject({
      status: 'added',
      ranges: [1, 4],
      lineCount: 4,
      nonBlankCount: 2,
    });
    expect(byPath['d.txt']).toMatchObject({
      status: 'renamed',
      oldPath: 'c.txt',
      ranges: [10, 10],
    });
    // A pure rename changes the file, not its lines.
    expect(byPath['f.txt']).toMatchObject({
      status: 'renamed',
      oldPath: 'e.txt',
      ranges: [],
      lineCount: 0,
    });
    expect(byPath['g.txt']).toMatchObject({ status: 'deleted' });
    expect(changes.hasFile('g.txt')).toBe(false);
    expect(changes.hasFile('f.txt')).toBe(true);
    expect(changes.hasLine('a.txt', 3)).toBe(true);
    expect(changes.hasLine('a.txt', 4)).toBe(false);
    expect(changes.touchesLines('a.txt', 4, 6)).toBe(true);
    expect(changes.touchesLines('d.txt', 1, 9)).toBe(false);
    expect(changes.lineCount).toBe(3 + 4 + 1);
  });

  it('reads unusual file names git would quote', async () => {
    const repo = newRepo();
    const base = repo.commit({ 'keep.txt': 'x\n' });
    const head = repo.commit({ 'é t\tab"q.txt': 'one\ntwo\n' });
    const changes = await diffChangedLines(base, head, { cwd: repo.dir });
    expect(changes.files.map((f) => f.path)).toEqual(['é t\tab"q.txt']);
    expect(changes.file('é t\tab"q.txt')?.ranges).toEqual([1, 2]);
  });

  it('counts a line whose content looks like a diff header as a changed line', async () => {
    const repo = newRepo();
    const base = repo.commit({ 'p.txt': 'a\n' });
    const head = repo.commit({ 'p.txt': 'a\n++ b/x\ndiff --git a/y b/y\n@@ -1 +1 @@\n' });
    const changes = await diffChangedLines(base, head, { cwd: repo.dir });
    expect(changes.files).toHaveLength(1);
    expect(changes.file('p.txt')).toMatchObject({ ranges: [2, 4], nonBlankCount: 3 });
  });
});

describe('unquoteGitPath and rangesOverlap', () => {
  it('decodes octal UTF-8 escapes and finds overlapping ranges', () => {
    expect(unquoteGitPath('"b/\\303\\251\\tx"')).toBe('b/é\tx');
    expect(unquoteGitPath('b/plain')).toBe('b/plain');
    const ranges = [3, 5, 10, 10, 20, 30];
    expect(rangesOverlap(ranges, 1, 2)).toBe(false);
    expect(rangesOverlap(ranges, 1, 3)).toBe(true);
    expect(rangesOverlap(ranges, 6, 9)).toBe(false);
    expect(rangesOverlap(ranges, 10, 10)).toBe(true);
    expect(rangesOverlap(ranges, 31, 40)).toBe(false);
    expect(rangesOverlap(ranges, 25, 40)).toBe(true);
  });
});

/** main: base → (fork) → main moves on; pr: base → pr change. */
function forkedRepo(): { repo: GitRepo; base: string; mainTip: string; prHead: string } {
  const repo = newRepo();
  const base = repo.commit({ 'app.py': lines(10), 'other.py': lines(10) });
  repo.git('checkout', '-q', '-b', 'pr');
  const prHead = repo.commit({ 'app.py': replaceLine(lines(10), 4, 'pr change') });
  repo.git('checkout', '-q', 'main');
  const mainTip = repo.commit({ 'other.py': replaceLine(lines(10), 2, 'main moved on') });
  return { repo, base, mainTip, prHead };
}

describe('resolveChangeRange', () => {
  it('uses the merge base, so a base branch that moved on does not count', async () => {
    const { repo, base, prHead } = forkedRepo();
    repo.git('checkout', '-q', 'pr');
    const { range, changes } = await changedLinesFor(
      { kind: 'ref', baseRef: 'main' },
      { cwd: repo.dir },
    );
    expect(range.from).toBe(base);
    expect(range.to).toBe(prHead);
    expect(range.mergeBase).toBe(base);
    expect(changes.files.map((f) => f.path)).toEqual(['app.py']);
    expect(changes.file('app.py')?.ranges).toEqual([4, 4]);
  });

  it("diffs GitHub's test merge commit against its first parent", async () => {
    const { repo, base, mainTip, prHead } = forkedRepo();
    repo.git('checkout', '-q', '--detach', 'main');
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge pr into main', prHead);
    const merge = repo.git('rev-parse', 'HEAD');
    const { range, changes } = await changedLinesFor(
      { kind: 'pull_request', baseSha: mainTip, headSha: prHead },
      { cwd: repo.dir },
    );
    expect(range.from).toBe(mainTip);
    expect(range.to).toBe(merge);
    expect(range.mergeBase).toBe(base);
    expect(range.how).toMatch(/^test merge commit/);
    expect(changes.files.map((f) => f.path)).toEqual(['app.py']);
    expect(changes.file('app.py')?.ranges).toEqual([4, 4]);
  });

  it('uses merge-base..HEAD when the checkout is the pull request head', async () => {
    const { repo, base, mainTip, prHead } = forkedRepo();
    repo.git('checkout', '-q', 'pr');
    const range = await resolveChangeRange(
      { kind: 'pull_request', baseSha: mainTip, headSha: prHead },
      { cwd: repo.dir },
    );
    expect(range).toMatchObject({ from: base, to: prHead, mergeBase: base, notes: [] });
    // pull_request_target checks out the base branch: said, since nothing would count.
    repo.git('checkout', '-q', 'main');
    const onBase = await resolveChangeRange(
      { kind: 'pull_request', baseSha: mainTip, headSha: prHead },
      { cwd: repo.dir },
    );
    expect(onBase.notes).toEqual([
      `HEAD (${mainTip.slice(0, 12)}) is neither the pull request's head (${prHead.slice(0, 12)}) nor its test merge commit; the changed lines are those of HEAD`,
    ]);
  });

  it("takes a merge group's base_sha and head_sha", async () => {
    const { repo, mainTip, prHead } = forkedRepo();
    repo.git('checkout', '-q', '--detach', 'main');
    repo.git('merge', '-q', '--no-ff', '-m', 'queue', prHead);
    const queueHead = repo.git('rev-parse', 'HEAD');
    const { range, changes } = await changedLinesFor(
      { kind: 'merge_group', baseSha: mainTip, headSha: queueHead },
      { cwd: repo.dir },
    );
    expect(range).toMatchObject({ from: mainTip, to: queueHead, mergeBase: mainTip });
    expect(changes.files.map((f) => f.path)).toEqual(['app.py']);
  });

  it('says which --base is unknown', async () => {
    const { repo } = forkedRepo();
    await expect(
      resolveChangeRange({ kind: 'ref', baseRef: 'no-such-branch' }, { cwd: repo.dir }),
    ).rejects.toThrow(/--base no-such-branch: no such commit/);
  });
});

describe('shallow checkouts', () => {
  function shallowClone(source: GitRepo, branch: string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rg-shallow-'));
    dirs.push(dir);
    execFileSync(
      'git',
      [
        'clone',
        '-q',
        '--depth',
        '1',
        '--no-single-branch',
        '-b',
        branch,
        `file://${source.dir}`,
        dir,
      ],
      {
        stdio: 'ignore',
      },
    );
    return dir;
  }

  it('deepens to find the merge base and says which fetch-depth would suffice', async () => {
    const { repo, base, mainTip } = forkedRepo();
    // Three more commits on the pull request, so the merge base is 4 commits below its head.
    repo.git('checkout', '-q', 'pr');
    for (let i = 0; i < 3; i++) repo.commit({ [`more${i}.txt`]: `${i}\n` });
    const clone = shallowClone(repo, 'pr');
    expect(await mergeBase(mainTip, 'HEAD', { cwd: clone })).toBeUndefined();
    const found = await findMergeBase(mainTip, 'HEAD', { cwd: clone });
    expect(found.mergeBase).toBe(base);
    expect(found.deepened).toBe(true);
    expect(found.depthNeeded).toBe(5);
  });

  it("reads a depth-1 test merge commit's parents by deepening one commit, and says fetch-depth: 2", async () => {
    const { repo, base, mainTip, prHead } = forkedRepo();
    repo.git('checkout', '-q', '-b', 'merge', 'main');
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge pr', prHead);
    const clone = shallowClone(repo, 'merge');
    const { range, changes } = await changedLinesFor(
      { kind: 'pull_request', baseSha: mainTip, headSha: prHead },
      { cwd: clone },
    );
    expect(range.from).toBe(mainTip);
    expect(range.mergeBase).toBe(base);
    expect(range.notes[0]).toMatch(/deepened by one commit .* fetch-depth: 2/);
    expect(changes.files.map((f) => f.path)).toEqual(['app.py']);
  });

  it('names fetch-depth when it may not fetch', async () => {
    const { repo, mainTip } = forkedRepo();
    const clone = shallowClone(repo, 'pr');
    const failure = findMergeBase(mainTip, 'HEAD', { cwd: clone, mayFetch: false });
    await expect(failure).rejects.toBeInstanceOf(ShallowCheckoutError);
    await expect(failure).rejects.toThrow(/too shallow .*fetch-depth: 0/);
    // With the pull request's commit count, the exact depth.
    await expect(
      resolveChangeRange(
        {
          kind: 'pull_request',
          baseSha: mainTip,
          headSha: repo.git('rev-parse', 'pr'),
          commits: 1,
        },
        { cwd: clone, mayFetch: false },
      ),
    ).rejects.toThrow(/; set fetch-depth: 2 on actions\/checkout \(or 0 for the whole history\)$/);
  });
});

describe('fileAtCommit', () => {
  it('reads a file as it was, and nothing for a file that did not exist', async () => {
    const repo = newRepo();
    const first = repo.commit({ 'x.txt': 'old\n' });
    repo.commit({ 'x.txt': 'new\n', 'y.txt': 'y\n' });
    expect((await fileAtCommit(first, 'x.txt', { cwd: repo.dir }))?.toString()).toBe('old\n');
    expect(await fileAtCommit(first, 'y.txt', { cwd: repo.dir })).toBeUndefined();
    await expect(fileAtCommit(first, 'x.txt', { cwd: repo.dir, maxBytes: 2 })).rejects.toThrow(
      /larger than 2 bytes/,
    );
  });
});
