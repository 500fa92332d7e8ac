// Patch coverage and ratchets judged again in the merge: three shard runs of dist/cli.js on a real
// git repository with a base and a head commit, merged with --base and --base-report.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitRepo, lines } from '../helpers/git-repo.js';
import { ROOT, runAction } from '../helpers/run-action.js';

const CLI = path.join(ROOT, 'dist', 'cli.js');

const CHECKLIST = `version: 1
title: Service readiness
sections:
  - title: Quality
    items:
      - id: patch
        title: Changed lines are tested
        coverage: { report: reports/lcov.info, min-patch-lines: 80 }
      - id: ratchet
        title: Line coverage does not fall
        coverage: { report: reports/lcov.info, min-lines: base, tolerance: 0.1 }
`;

/** An lcov file: per source file, line → hits. */
function lcov(files: Record<string, Record<number, number>>): string {
  const out = ['TN:'];
  for (const [name, hits] of Object.entries(files)) {
    out.push(`SF:${name}`);
    for (const [line, count] of Object.entries(hits)) out.push(`DA:${line},${count}`);
    out.push('end_of_record');
  }
  return `${out.join('\n')}\n`;
}

const span = (from: number, to: number, hit: readonly number[]): Record<number, number> =>
  Object.fromEntries(
    Array.from({ length: to - from + 1 }, (_, i) => [from + i, hit.includes(from + i) ? 2 : 0]),
  );

/** What each shard's tests covered of the head commit. */
const SHARDS: Record<string, string> = {
  linux: lcov({ 'src/a.js': span(1, 10, [1, 2, 3, 4]), 'src/b.js': span(1, 5, [1]) }),
  macos: lcov({ 'src/a.js': span(1, 10, [3, 4, 5, 6]) }),
  windows: lcov({ 'src/a.js': span(1, 12, [11]), 'src/b.js': span(1, 5, [2, 3]) }),
};

/** The changed lines of head against base, read from `git diff -U0` hunk headers. */
function changedLines(repo: GitRepo, base: string, head: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  let file = '';
  for (const line of repo.git('diff', '-U0', '--no-color', base, head).split('\n')) {
    const name = /^\+\+\+ b\/(.+)$/.exec(line);
    if (name) {
      file = name[1]!;
      out.set(file, new Set());
    }
    const hunk = /^@@ -\S+ \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let at = start; at < start + count; at++) out.get(file)!.add(at);
    }
  }
  return out;
}

/** The union over the lcov texts: per file, coverable lines and covered lines. */
function unionOf(
  texts: readonly string[],
): Map<string, { coverable: Set<number>; hit: Set<number> }> {
  const out = new Map<string, { coverable: Set<number>; hit: Set<number> }>();
  for (const text of texts) {
    let file = '';
    for (const line of text.split('\n')) {
      if (line.startsWith('SF:')) {
        file = line.slice(3);
        if (!out.has(file)) out.set(file, { coverable: new Set(), hit: new Set() });
      }
      const da = /^DA:(\d+),(\d+)$/.exec(line);
      if (da) {
        out.get(file)!.coverable.add(Number(da[1]));
        if (Number(da[2]) > 0) out.get(file)!.hit.add(Number(da[1]));
      }
    }
  }
  return out;
}

function cli(cwd: string, args: readonly string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Item {
  id: string;
  status: string;
  summary: string;
  metrics?: Record<string, { covered: number; total: number; pct: number | null } | null>;
}

function itemsOf(stdout: string): Map<string, Item> {
  const report = JSON.parse(stdout) as { checklists: { items: Item[] }[] };
  const items = report.checklists[0]!.items;
  expect(items.length).toBeGreaterThan(0);
  return new Map(items.map((item) => [item.id, item]));
}

let repo: GitRepo;
let base: string;
let head: string;

beforeAll(async () => {
  repo = GitRepo.create('rg-merge-patch-');
  base = repo.commit(
    {
      '.github/readiness.yml': CHECKLIST,
      'src/a.js': lines(10, 'a'),
      'src/b.js': lines(5, 'b'),
      '.gitignore': 'reports/\nshards/\n',
    },
    'base',
  );
  repo.git('checkout', '-q', '-b', 'feature');
  // Lines 3-6 of a.js rewritten and two added at its end; line 2 of b.js rewritten.
  const a = lines(10, 'a').split('\n');
  for (const at of [2, 3, 4, 5]) a[at] = `changed ${at + 1}`;
  const b = lines(5, 'b').split('\n');
  b[1] = 'changed 2';
  head = repo.commit(
    { 'src/a.js': `${a.slice(0, 10).join('\n')}\nadded 11\nadded 12\n`, 'src/b.js': b.join('\n') },
    'head',
  );
  await mkdir(path.join(repo.dir, 'shards'));
  for (const [name, text] of Object.entries(SHARDS)) {
    await mkdir(path.join(repo.dir, 'reports'), { recursive: true });
    await writeFile(path.join(repo.dir, 'reports/lcov.info'), text);
    // No --base and no --base-report in the shards: what needs them is judged in the merge.
    const run = cli(repo.dir, ['check', '--shard', name, '--out', `shards/${name}.json`]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    await rm(path.join(repo.dir, 'reports'), { recursive: true });
  }
});

afterAll(() => repo.cleanup());

describe.concurrent('patch coverage and ratchets in the merge (dist/cli.js)', () => {
  it('judges the patch on the union of the shards, counted as by hand from the diff', async () => {
    const shard = JSON.parse(await readFile(path.join(repo.dir, 'shards/linux.json'), 'utf8')) as {
      commit: string;
      checklists: { items: Item[] }[];
    };
    expect(shard.commit).toBe(head);
    const own = shard.checklists[0]!.items.find((item) => item.id === 'patch')!;
    // A shard has no base: it leaves the patch to the merge rather than erroring.
    expect(own.status).toBe('passed');
    expect(own.summary).toContain('patch minimums judged in the merge');

    const changed = changedLines(repo, base, head);
    const union = unionOf(Object.values(SHARDS));
    let covered = 0;
    let total = 0;
    for (const [file, set] of changed)
      for (const line of set) {
        if (!union.get(file)?.coverable.has(line)) continue;
        total++;
        if (union.get(file)!.hit.has(line)) covered++;
      }
    // a.js 3-6, 11, 12 and b.js 2 changed; all but a.js:12 covered by some shard.
    expect([covered, total]).toEqual([6, 7]);
    // No single shard reaches 80% of the changed lines: only the union passes.
    for (const text of Object.values(SHARDS)) {
      const alone = unionOf([text]);
      let hit = 0;
      for (const [file, set] of changed)
        for (const line of set) if (alone.get(file)?.hit.has(line)) hit++;
      expect(hit / total).toBeLessThan(0.8);
    }

    const run = cli(repo.dir, [
      'merge',
      'shards/*.json',
      '--expect-shards',
      'linux, macos, windows',
      '--base',
      'main',
      '--format',
      'json',
    ]);
    expect(run.stderr).toContain('changed lines: merge base of main and HEAD');
    const patch = itemsOf(run.stdout).get('patch')!;
    expect(patch.status).toBe('passed');
    expect(patch.metrics!['patch']).toMatchObject({
      covered,
      total,
      pct: (covered / total) * 100,
    });
    expect(patch.summary).toContain(`changed lines 85.7% (${covered}/${total}) ≥ 80%`);
  });

  it('errors a patch minimum when the merge has no base, saying how to give one', () => {
    const run = cli(repo.dir, [
      'merge',
      'shards/*.json',
      '--expect-shards',
      '3',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    const patch = itemsOf(run.stdout).get('patch')!;
    expect(patch.status).toBe('errored');
    expect(patch.summary).toContain('min-patch-lines needs the changed lines');
    expect(patch.summary).toContain('--base REF');
  });

  it('blocks when the merged line coverage is 0.2 points below the base report', async () => {
    const union = unionOf(Object.values(SHARDS));
    let hit = 0;
    let coverable = 0;
    for (const file of union.values()) {
      coverable += file.coverable.size;
      for (const line of file.hit) if (file.coverable.has(line)) hit++;
    }
    const pct = (hit / coverable) * 100;
    const baseReport = (basePct: number) =>
      JSON.stringify({
        schema: 'readiness-gate/report@2',
        score: 100,
        level: null,
        checklists: [
          {
            path: '.github/readiness.yml',
            items: [
              {
                id: 'ratchet',
                title: 'Line coverage does not fall',
                status: 'passed',
                isBlocking: true,
                metrics: { lines: { covered: 0, total: 0, pct: basePct } },
              },
            ],
          },
        ],
      });
    const dir = path.join(repo.dir, 'shards');
    await writeFile(path.join(dir, 'base-broken.report'), baseReport(pct + 0.2));
    await writeFile(path.join(dir, 'base-within.report'), baseReport(pct + 0.05));
    const mergeWith = (file: string, failOn: string) =>
      cli(repo.dir, [
        'merge',
        'shards/*.json',
        '--expect-shards',
        '3',
        '--base',
        'main',
        '--base-report',
        `shards/${file}`,
        '--fail-on',
        failOn,
        '--format',
        'json',
      ]);

    const broken = mergeWith('base-broken.report', 'blocking');
    expect(broken.code).toBe(1);
    const ratchet = itemsOf(broken.stdout).get('ratchet')!;
    expect(ratchet.status).toBe('failed');
    expect(ratchet.metrics!['lines']!.pct).toBeCloseTo(pct, 10);
    expect(ratchet.summary).toContain('below the base by more than 0.1 points');
    // Under fail-on: regression the broken ratchet is the regression.
    const regression = mergeWith('base-broken.report', 'regression');
    expect(regression.code).toBe(1);
    const delta = (JSON.parse(regression.stdout) as { delta?: { ratchetsBroken: unknown[] } })
      .delta;
    expect(delta?.ratchetsBroken).toHaveLength(1);

    const within = mergeWith('base-within.report', 'blocking');
    expect(within.code).toBe(0);
    expect(itemsOf(within.stdout).get('ratchet')!.status).toBe('passed');
  });
});

describe("the merge checkout must be the shards' commit", () => {
  it('does not count the changed lines of another commit', async () => {
    const other = await mkdtemp(path.join(os.tmpdir(), 'rg-merge-other-'));
    await rm(other, { recursive: true });
    repo.git('worktree', 'add', '-q', '--detach', other, head);
    try {
      const elsewhere = new GitRepo(other);
      elsewhere.git('config', 'commit.gpgsign', 'false');
      const later = elsewhere.commit({ 'src/b.js': lines(6, 'later') }, 'later');
      expect(later).not.toBe(head);
      const run = cli(other, [
        'merge',
        path.join(repo.dir, 'shards/*.json'),
        '--expect-shards',
        '3',
        '--base',
        'main',
        '--commit',
        head,
        '--format',
        'json',
      ]);
      expect(run.code).toBe(1);
      const patch = itemsOf(run.stdout).get('patch')!;
      expect(patch.status).toBe('errored');
      expect(patch.summary).toContain(
        `the changed lines are of ${later.slice(0, 12)}, and the shards are of ${head.slice(0, 12)}`,
      );
    } finally {
      repo.git('worktree', 'remove', '--force', other);
    }
  });
});

describe('patch coverage and ratchets in mode: merge (dist/index.js)', () => {
  it('takes the change from the event and the base-report input, as mode: check does', async () => {
    const payload = {
      action: 'synchronize',
      number: 2,
      pull_request: {
        number: 2,
        body: '',
        head: { sha: head, ref: 'feature' },
        base: { sha: base, ref: 'main' },
      },
      repository: { full_name: 'Codertocat/Hello-World' },
    };
    for (const [name, text] of Object.entries(SHARDS)) {
      await mkdir(path.join(repo.dir, 'reports'), { recursive: true });
      await writeFile(path.join(repo.dir, 'reports/lcov.info'), text);
      const shard = await runAction({
        workspace: repo.dir,
        eventName: 'pull_request',
        payload,
        inputs: {
          shard: name,
          publish: 'false',
          token: '',
          'report-file': `shards/action/${name}.json`,
        },
      });
      expect(shard.code).toBe(0);
    }
    await rm(path.join(repo.dir, 'reports'), { recursive: true });
    const union = unionOf(Object.values(SHARDS));
    let hit = 0;
    let coverable = 0;
    for (const file of union.values()) {
      coverable += file.coverable.size;
      for (const line of file.hit) if (file.coverable.has(line)) hit++;
    }
    await writeFile(
      path.join(repo.dir, 'shards/action-base.report'),
      JSON.stringify({
        schema: 'readiness-gate/report@2',
        score: 100,
        level: null,
        checklists: [
          {
            path: '.github/readiness.yml',
            items: [
              {
                id: 'ratchet',
                title: 'Line coverage does not fall',
                status: 'passed',
                isBlocking: true,
                metrics: { lines: { pct: (hit / coverable) * 100 + 0.2 } },
              },
            ],
          },
        ],
      }),
    );
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload,
      inputs: {
        mode: 'merge',
        reports: 'shards/action/*.json',
        'expect-shards': 'linux, macos, windows',
        'base-report': 'shards/action-base.report',
        'fail-on': 'regression',
        token: '',
      },
    });
    expect(run.stdout).toContain('Changed lines: merge base');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'Worse than the base: ratchet broken: Line coverage does not fall',
    );
    const items = itemsOf(await readFile(run.outputs.report!, 'utf8'));
    expect(items.get('patch')!.status).toBe('passed');
    expect(items.get('patch')!.metrics!['patch']).toMatchObject({ covered: 6, total: 7 });
    expect(items.get('ratchet')!.status).toBe('failed');
  });
});
