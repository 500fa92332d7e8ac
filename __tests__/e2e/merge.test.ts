// Matrix shards end to end: three shard runs of dist/cli.js and dist/index.js on three parts of
// one project, merged into one verdict; missing and foreign shards block it.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { EXAMPLE_HEAD_SHA, startStandin, type Standin } from '../github/standin/index.js';
import { examplePayload, ROOT, runAction } from '../helpers/run-action.js';
import { makeWorkspace } from '../helpers/workspace.js';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const REPO = 'Codertocat/Hello-World';

const CHECKLIST = `version: 1
title: Service readiness
sections:
  - title: Quality
    items:
      - id: unit-tests
        title: Unit tests pass
        tests: { report: reports/junit.xml, max-failures: 1, min-total: 10 }
      - id: integration-tests
        title: Integration tests pass
        tests: { report: reports/integration.xml }
      - id: e2e-tests
        title: End-to-end tests pass
        tests: { report: reports/e2e.xml }
        blocking: false
      - id: coverage
        title: Line and branch coverage
        coverage: { report: reports/lcov.info, min-lines: 55, min-branches: 40 }
      - id: function-coverage
        title: Function coverage
        coverage: { report: reports/lcov.info, min-functions: 10 }
        blocking: false
      - id: release-notes
        title: Release notes reviewed
        manual: true
        blocking: false
`;

const junit = (suite: string, cases: readonly ('pass' | 'fail' | 'skip')[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="${suite}" tests="${cases.length}">\n${cases
    .map(
      (outcome, index) =>
        `  <testcase classname="${suite}" name="case ${index}">${outcome === 'fail' ? '<failure message="boom"/>' : outcome === 'skip' ? '<skipped/>' : ''}</testcase>`,
    )
    .join('\n')}\n</testsuite>\n`;

/** An lcov file: for each source file its DA lines (line → hits) and BRDA entries (line, taken). */
function lcov(
  files: Record<string, { lines: Record<number, number>; branches?: [number, number][] }>,
): string {
  const out: string[] = ['TN:'];
  for (const [name, file] of Object.entries(files)) {
    out.push(`SF:${name}`, 'FN:1,main', `FNDA:1,main`);
    for (const [line, taken] of file.branches ?? []) {
      const index = out.filter((l) => l.startsWith(`BRDA:${line},`)).length;
      out.push(`BRDA:${line},0,${index},${taken}`);
    }
    for (const [line, hits] of Object.entries(file.lines)) out.push(`DA:${line},${hits}`);
    out.push('end_of_record');
  }
  return `${out.join('\n')}\n`;
}

const range = (from: number, to: number, hit: readonly number[]): Record<number, number> =>
  Object.fromEntries(
    Array.from({ length: to - from + 1 }, (_, i) => [from + i, hit.includes(from + i) ? 3 : 0]),
  );

/** Three parts of one project's test run: each shard ran some tests and covered some lines. */
const PARTS: Record<string, Record<string, string>> = {
  linux: {
    'reports/junit.xml': junit('linux', ['pass', 'pass', 'pass', 'skip']),
    'reports/lcov.info': lcov({
      'src/a.js': {
        lines: range(1, 10, [1, 2, 3, 4]),
        branches: [
          [3, 1],
          [3, 0],
        ],
      },
      'src/b.js': { lines: range(1, 5, [1]) },
    }),
  },
  macos: {
    'reports/junit.xml': junit('macos', ['pass', 'pass', 'pass']),
    'reports/lcov.info': lcov({
      'src/a.js': {
        lines: range(1, 10, [3, 4, 5, 6]),
        branches: [
          [3, 0],
          [3, 1],
        ],
      },
    }),
  },
  windows: {
    'reports/junit.xml': junit('windows', ['pass', 'pass', 'fail', 'pass', 'pass']),
    'reports/integration.xml': junit('integration', ['pass', 'pass']),
    'reports/lcov.info': lcov({
      'src/a.js': { lines: range(1, 12, [11]) },
      'src/b.js': {
        lines: range(1, 5, [2, 3]),
        branches: [
          [2, 4],
          [2, 0],
          [2, 0],
        ],
      },
    }),
  },
};

/**
 * The expected figures, worked out from the lcov text itself: the union of coverable and covered
 * lines per file, and per line the most branches any one shard covered, out of the most found.
 */
function expectedCoverage(texts: readonly string[]): {
  lines: [number, number];
  branches: [number, number];
} {
  const coverable = new Map<string, Set<number>>();
  const covered = new Map<string, Set<number>>();
  const branches = new Map<string, [number, number]>();
  for (const text of texts) {
    let file = '';
    const perLine = new Map<string, [number, number]>();
    for (const line of text.split('\n')) {
      if (line.startsWith('SF:')) file = line.slice(3);
      const da = /^DA:(\d+),(\d+)$/.exec(line);
      if (da) {
        if (!coverable.has(file)) coverable.set(file, new Set());
        if (!covered.has(file)) covered.set(file, new Set());
        coverable.get(file)!.add(Number(da[1]));
        if (Number(da[2]) > 0) covered.get(file)!.add(Number(da[1]));
      }
      const brda = /^BRDA:(\d+),\d+,\d+,(\d+|-)$/.exec(line);
      if (brda) {
        const key = `${file}:${brda[1]}`;
        const pair = perLine.get(key) ?? [0, 0];
        pair[1]++;
        if (brda[2] !== '-' && Number(brda[2]) > 0) pair[0]++;
        perLine.set(key, pair);
      }
    }
    for (const [key, [hit, found]] of perLine) {
      const best = branches.get(key) ?? [0, 0];
      branches.set(key, [Math.max(best[0], hit), Math.max(best[1], found)]);
    }
  }
  let linesCovered = 0;
  let linesTotal = 0;
  for (const [file, lines] of coverable) {
    linesTotal += lines.size;
    for (const line of covered.get(file)!) if (lines.has(line)) linesCovered++;
  }
  let brCovered = 0;
  let brTotal = 0;
  for (const [hit, found] of branches.values()) {
    brCovered += hit;
    brTotal += found;
  }
  return { lines: [linesCovered, linesTotal], branches: [brCovered, brTotal] };
}

function cli(
  workdir: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: workdir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Puts one part's reports in place (and removes the others'), as that shard's job would have them. */
async function usePart(workdir: string, part: string): Promise<void> {
  await rm(path.join(workdir, 'reports'), { recursive: true, force: true });
  for (const [name, content] of Object.entries(PARTS[part]!)) {
    await mkdir(path.dirname(path.join(workdir, name)), { recursive: true });
    await writeFile(path.join(workdir, name), content);
  }
}

/** Runs `check --shard` for each part, writing shards/<name>.json; extra arguments per shard. */
async function runShards(
  workdir: string,
  extra: Readonly<Record<string, readonly string[]>> = {},
): Promise<void> {
  await mkdir(path.join(workdir, 'shards'), { recursive: true });
  for (const part of Object.keys(PARTS)) {
    await usePart(workdir, part);
    const run = cli(workdir, [
      'check',
      '--shard',
      part,
      '--out',
      `shards/${part}.json`,
      ...(extra[part] ?? []),
    ]);
    // A shard exits 0 once it decided, although on its own it is not ready: the merge decides.
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }
  await rm(path.join(workdir, 'reports'), { recursive: true, force: true });
}

interface MergedItem {
  id: string;
  status: string;
  summary: string;
  metrics?: Record<string, { covered: number; total: number; pct: number } | number | null>;
}

interface MergedReport {
  passed: boolean;
  ready: boolean;
  commit: string | null;
  shard: string | null;
  shards: string[];
  checklists: { items: MergedItem[] }[];
}

function merged(run: { stdout: string }): { report: MergedReport; items: Map<string, MergedItem> } {
  const report = JSON.parse(run.stdout) as MergedReport;
  const items = report.checklists[0]!.items;
  expect(items.length).toBeGreaterThan(0);
  return { report, items: new Map(items.map((item) => [item.id, item])) };
}

/** One project with its three shard reports made once; each test works on a copy (same commit). */
let template: Promise<string> | undefined;

async function project(): Promise<string> {
  template ??= (async () => {
    const workdir = await makeWorkspace({ '.github/readiness.yml': CHECKLIST }, { git: true });
    await runShards(workdir);
    return workdir;
  })();
  const copy = await mkdtemp(path.join(os.tmpdir(), 'rg-shards-'));
  await cp(await template, copy, { recursive: true });
  return copy;
}

/** Runs one shard again (its part's reports in place), replacing its report. */
async function rerunShard(workdir: string, part: string, extra: readonly string[] = []) {
  await usePart(workdir, part);
  const run = cli(workdir, ['check', '--shard', part, '--out', `shards/${part}.json`, ...extra]);
  expect(run.code).toBe(0);
  await rm(path.join(workdir, 'reports'), { recursive: true, force: true });
}

describe.concurrent('merging shard reports (dist/cli.js)', () => {
  it('sums the tests, takes the union of covered lines, and passes what no shard passes alone', async () => {
    const workdir = await project();
    const shard = JSON.parse(await readFile(path.join(workdir, 'shards/linux.json'), 'utf8')) as {
      shard: string;
      commit: string;
      checklists: {
        path: string;
        sha256: string;
        items: (MergedItem & { coverage?: unknown })[];
      }[];
    };
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: workdir, encoding: 'utf8' });
    expect(shard.shard).toBe('linux');
    expect(shard.commit).toBe(head.trim());
    expect(shard.checklists[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(shard.checklists[0]!.items.find((item) => item.id === 'coverage')!.coverage).toEqual({
      files: {
        'src/a.js': { covered: '1-4', coverable: '1-10', branches: { '3': [1, 2] } },
        'src/b.js': { covered: '1', coverable: '1-5' },
      },
    });
    // On its own the shard is below the minimum (5 of 15 lines).
    expect(shard.checklists[0]!.items.find((item) => item.id === 'coverage')!.status).toBe(
      'failed',
    );

    const run = cli(workdir, [
      'merge',
      'shards/*.json',
      '--expect-shards',
      'linux, macos, windows',
      '--format',
      'json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { report, items } = merged(run);
    // The gate passes; the advisory items left undone keep it from the top level (not ready).
    expect(report.passed).toBe(true);
    expect(report.ready).toBe(false);
    expect(report.commit).toBe(head.trim());
    expect(report.shard).toBeNull();
    expect(report.shards).toEqual(['linux', 'macos', 'windows']);

    const unit = items.get('unit-tests')!;
    expect(unit.status).toBe('passed');
    // 4 + 3 + 5 tests; one failure (allowed), one skipped.
    expect(unit.metrics).toEqual({ total: 12, passed: 10, failed: 1, errors: 0, skipped: 1 });

    const expected = expectedCoverage(
      Object.values(PARTS).map((part) => part['reports/lcov.info']!),
    );
    expect(expected.lines).toEqual([10, 17]);
    const coverage = items.get('coverage')!;
    expect(coverage.status).toBe('passed');
    expect(coverage.metrics!.lines).toEqual({
      covered: expected.lines[0],
      total: expected.lines[1],
      pct: (expected.lines[0] / expected.lines[1]) * 100,
    });
    expect(coverage.metrics!.branches).toEqual({
      covered: expected.branches[0],
      total: expected.branches[1],
      pct: (expected.branches[0] / expected.branches[1]) * 100,
    });

    // A report only one shard wrote: the others count as absent, not as errored.
    const integration = items.get('integration-tests')!;
    expect(integration.status).toBe('passed');
    expect(integration.metrics).toMatchObject({ total: 2, passed: 2 });
    // A report no shard wrote: errored, saying so.
    const e2e = items.get('e2e-tests')!;
    expect(e2e.status).toBe('errored');
    expect(e2e.summary).toContain('missing in every shard');
    // Function coverage does not merge from per-line data.
    const functions = items.get('function-coverage')!;
    expect(functions.status).toBe('errored');
    expect(functions.summary).toContain('min-functions cannot be judged from shard reports');

    const text = cli(workdir, ['merge', 'shards/*.json', '--expect-shards', '3']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('merged from 3 shards (linux, macos, windows)');

    // Reports downloaded elsewhere: paths start at the current directory, as inspect's do.
    const downloads = await mkdtemp(path.join(os.tmpdir(), 'rg-downloads-'));
    for (const part of Object.keys(PARTS))
      await copyFile(
        path.join(workdir, `shards/${part}.json`),
        path.join(downloads, `${part}.json`),
      );
    const elsewhere = cli(downloads, ['merge', '*.json', '-C', workdir, '--expect-shards', '3']);
    expect(elsewhere.stderr).toBe('');
    expect(elsewhere.code).toBe(0);
  });

  it('blocks when an expected shard is missing, named or counted', async () => {
    const workdir = await project();
    await rm(path.join(workdir, 'shards/macos.json'));
    const named = cli(workdir, [
      'merge',
      'shards/*.json',
      '--expect-shards',
      'linux,macos,windows',
      '--format',
      'json',
    ]);
    expect(named.code).toBe(1);
    expect(named.stderr).toBe('blocked: expected shard "macos" is missing (no report)\n');
    const { report, items } = merged(named);
    expect(report.ready).toBe(false);
    expect(items.get('matrix-shards')!.summary).toBe(
      'expected shard "macos" is missing (no report)',
    );

    const counted = cli(workdir, ['merge', 'shards/*.json', '--expect-shards', '3']);
    expect(counted.code).toBe(1);
    expect(counted.stderr).toContain('expected 3 shards, 2 reported (linux, windows): 1 missing');
  });

  it('blocks on a shard of another commit, naming it', async () => {
    const workdir = await project();
    await rerunShard(workdir, 'windows', ['--commit', 'f'.repeat(40)]);
    const run = cli(workdir, ['merge', 'shards/*.json', '--expect-shards', '3']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^blocked: shard "windows" \(shards\/windows\.json\) is of another commit: ffffffffffff, this run is of [0-9a-f]{12}\n$/,
    );
  });

  it('blocks on a shard that ran another version of the checklist, naming it', async () => {
    const workdir = await project();
    const file = path.join(workdir, '.github/readiness.yml');
    // The windows shard ran an edited checklist; this checkout has the committed one.
    await writeFile(file, `${CHECKLIST}# edited in one shard\n`);
    await rerunShard(workdir, 'windows');
    await writeFile(file, CHECKLIST);
    const run = cli(workdir, [
      'merge',
      'shards/*.json',
      '--expect-shards',
      '3',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^blocked: shard "windows" ran another checklist: \.github\/readiness\.yml with sha256 [0-9a-f]{12}, this checkout's is [0-9a-f]{12}\n$/,
    );
    // Foreign data is not merged: windows did not take part.
    expect(merged(run).report.shards).toEqual(['linux', 'macos']);
  });

  it('blocks on a report of another schema, and refuses a shard name given twice (exit 2)', async () => {
    const workdir = await project();
    const file = path.join(workdir, 'shards/macos.json');
    const text = await readFile(file, 'utf8');
    // A report of an older version (report@1), downloaded next to the others.
    await writeFile(file, text.replace('"readiness-gate/report@2"', '"readiness-gate/report@1"'));
    const run = cli(workdir, ['merge', 'shards/*.json', '--expect-shards', '3']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'blocked: shards/macos.json is of another report schema ("readiness-gate/report@1"; this run reads readiness-gate/report@2)',
    );
    expect(run.stderr).toContain('expected 3 shards, 2 reported');

    await writeFile(file, text.replace('"shard":"macos"', '"shard":"linux"'));
    const twice = cli(workdir, ['merge', 'shards/*.json', '--expect-shards', '3']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain(
      'shard "linux" reported twice: shards/linux.json and shards/macos.json',
    );
    const noExpect = cli(workdir, ['merge', 'shards/*.json']);
    expect(noExpect.code).toBe(2);
    expect(noExpect.stderr).toContain('merge needs --expect-shards');
  });

  it('refuses to merge against an invalid checklist (exit 2)', async () => {
    const workdir = await project();
    await writeFile(
      path.join(workdir, '.github/readiness.yml'),
      'version: 1\ntitle: x\nitems: 3\n',
    );
    const run = cli(workdir, ['merge', 'shards/*.json', '--expect-shards', '3']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^\.github\/readiness\.yml:\d+:\d+: /);
  });
});

/** Checks every shard runs on its own platform: the worst status wins, findings are unioned. */
const SHARED = `version: 1
title: Shared checks
items:
  - id: platform-script
    title: The platform script passes
    command: { run: "node check.js" }
  - id: deploy-token
    title: Deploy token configured
    env: { required: [DEPLOY_TOKEN] }
  - id: style
    title: flake8 within limits
    lint: { report: reports/flake8.txt, format: flake8, max-warnings: 2 }
  - id: secrets
    title: No more than one leaked secret
    scan: { report: reports/gitleaks.json, max: { high: 1 } }
  - id: python-audit
    title: No known vulnerability in the Python dependencies
    scan: { report: reports/pip-audit.json }
  - id: runbook
    title: Runbook exists
    file: { path: RUNBOOK.md, exists: true }
  - id: sign-off
    title: Product owner signed off
    manual: true
`;

const FLAKE8: Record<string, string> = {
  a: 'app.py:1:1: E302 expected 2 blank lines, found 1\napp.py:3:1: E302 expected 2 blank lines, found 1\n',
  b: 'app.py:3:1: E302 expected 2 blank lines, found 1\nlib.py:2:5: E225 missing whitespace around operator\n',
  c: 'app.py:1:1: E302 expected 2 blank lines, found 1\n',
};

/** gitleaks JSON leaks: shards a and c found the same one, b another. */
const leak = (rule: string, file: string, line: number): string =>
  JSON.stringify({
    RuleID: rule,
    Description: rule,
    File: file,
    StartLine: line,
    Commit: 'abc',
    Fingerprint: `abc:${file}:${rule}:${line}`,
  });
/** pip-audit JSON (no severities: the default limit includes unknown: 0); only shard b found one. */
const pipAudit = (vulns: readonly string[]): string =>
  `${JSON.stringify({ dependencies: [{ name: 'requests', version: '2.0.0', vulns: vulns.map((id) => ({ id, fix_versions: ['2.32.0'], aliases: [] })) }] })}\n`;
const PIP_AUDIT: Record<string, string> = {
  a: pipAudit([]),
  b: pipAudit(['PYSEC-2023-74']),
  c: pipAudit([]),
};
const GITLEAKS: Record<string, string> = {
  a: `[${leak('aws-access-token', 'config.py', 3)}]\n`,
  b: `[${leak('github-pat', 'deploy.sh', 8)}]\n`,
  c: `[${leak('aws-access-token', 'config.py', 3)}]\n`,
};

describe('merging checks that every shard runs (dist/cli.js)', () => {
  it('takes the worst status, unions findings before max, and counts one confirmation for all', async () => {
    const workdir = await makeWorkspace(
      {
        '.github/readiness.yml': SHARED,
        'RUNBOOK.md': '# Runbook\n',
        'check.js': "process.exit(process.env.SHARD === 'b' ? 1 : 0);\n",
      },
      { git: true },
    );
    await mkdir(path.join(workdir, 'reports'));
    for (const shard of ['a', 'b', 'c']) {
      await writeFile(path.join(workdir, 'reports/flake8.txt'), FLAKE8[shard]!);
      await writeFile(path.join(workdir, 'reports/gitleaks.json'), GITLEAKS[shard]!);
      await writeFile(path.join(workdir, 'reports/pip-audit.json'), PIP_AUDIT[shard]!);
      const env = { SHARD: shard, ...(shard === 'c' ? {} : { DEPLOY_TOKEN: 'tok-123456' }) };
      const confirm = shard === 'a' ? ['--confirm', 'sign-off'] : [];
      const run = cli(
        workdir,
        ['check', '--shard', shard, '--out', `${shard}.json`, ...confirm],
        env,
      );
      expect(run.code).toBe(0);
      // Alone, each shard's flake8 report is within its limit of 2 warnings.
      const own = JSON.parse(await readFile(path.join(workdir, `${shard}.json`), 'utf8')) as {
        checklists: { items: MergedItem[] }[];
      };
      expect(own.checklists[0]!.items.find((item) => item.id === 'style')!.status).toBe('passed');
      // And each shard's one leak is within the scan's limit of one.
      expect(own.checklists[0]!.items.find((item) => item.id === 'secrets')!.status).toBe('passed');
    }
    const run = cli(workdir, ['merge', '*.json', '--expect-shards', 'a,b,c', '--format', 'json']);
    expect(run.code).toBe(1);
    const { items } = merged(run);
    expect(items.get('platform-script')).toMatchObject({ status: 'failed' });
    expect(items.get('platform-script')!.summary).toMatch(/\(in b\)$/);
    expect(items.get('deploy-token')).toMatchObject({
      status: 'failed',
      summary: 'DEPLOY_TOKEN is not set (in c)',
    });
    // Three distinct warnings over the shards (one repeated in two of them): over the limit.
    expect(items.get('style')).toMatchObject({
      status: 'failed',
      summary: '3 warnings > 2 allowed',
      metrics: { errors: 0, warnings: 3, notes: 0 },
    });
    // Two distinct leaks over the shards (a and c found the same one): over the scan's limit.
    expect(items.get('secrets')).toMatchObject({
      status: 'failed',
      summary: '2 HIGH secrets > 1 allowed',
      metrics: { secrets: { critical: 0, high: 2, medium: 0, low: 0, unknown: 0 } },
    });
    // The format's own default limit (unknown: 0) is not in the merged data: b failed alone, so the union fails.
    expect(items.get('python-audit')!.status).toBe('failed');
    expect(items.get('python-audit')!.summary).toMatch(
      /^1 UNKNOWN vulnerability > 0 allowed.*\(in b\)$/,
    );
    expect(items.get('runbook')).toMatchObject({ status: 'passed' });
    expect(items.get('sign-off')).toMatchObject({ status: 'passed' });
    expect(items.get('sign-off')!.summary).toMatch(/\(in a\)$/);
  });
});

async function standin(context: TestContext): Promise<Standin> {
  const started = await startStandin();
  context.onTestFinished(() => started.close());
  return started;
}

describe('merging shard reports (dist/index.js against the stand-in)', () => {
  it('shards post nothing and pass their step; the merge posts one comment and one check run', async (context) => {
    const server = await standin(context);
    const workspace = await makeWorkspace({ '.github/readiness.yml': CHECKLIST });
    const payload = examplePayload('pull_request', 'opened');
    for (const part of Object.keys(PARTS)) {
      await usePart(workspace, part);
      const shard = await runAction({
        workspace,
        eventName: 'pull_request',
        payload,
        inputs: { shard: part, publish: 'false', 'report-file': `shards/${part}/report.json` },
        env: { GITHUB_API_URL: server.url },
      });
      expect(shard.stderr).toBe('');
      expect(shard.code).toBe(0);
      expect(shard.summary).toBe('');
      expect(shard.outputs.passed).toBe('false');
      expect(shard.outputs.ready).toBe('false');
      const report = JSON.parse(
        await readFile(path.join(workspace, `shards/${part}/report.json`), 'utf8'),
      ) as { shard: string; commit: string };
      expect(report.shard).toBe(part);
      expect(report.commit).toBe(EXAMPLE_HEAD_SHA);
    }
    expect(server.log).toEqual([]);
    await rm(path.join(workspace, 'reports'), { recursive: true, force: true });

    const run = await runAction({
      workspace,
      eventName: 'pull_request',
      payload,
      inputs: {
        mode: 'merge',
        reports: 'shards/**/*.json',
        'expect-shards': 'linux\nmacos\nwindows',
      },
      env: { GITHUB_API_URL: server.url },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(server.requests('issues/create-comment')).toHaveLength(1);
    expect(server.requests('checks/create')).toHaveLength(1);
    const comments = server.state.comments(REPO, 2);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('Merged from 3 shards: **linux**, **macos**, **windows**.');
    const runs = server.state.checkRuns(REPO, EXAMPLE_HEAD_SHA);
    expect(runs).toHaveLength(1);
    // Ready, with the advisory e2e and function-coverage items errored: neutral, as a single run.
    expect(runs[0]!.conclusion).toBe('neutral');
    expect(run.summary).toContain('Merged from 3 shards');
    const merged = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as MergedReport;
    expect(merged.shards).toEqual(['linux', 'macos', 'windows']);
    expect(server.log.every((entry) => entry.status < 400)).toBe(true);
  });

  it('a merge with a shard missing fails the step, naming it', async (context) => {
    const server = await standin(context);
    const workspace = await makeWorkspace({ '.github/readiness.yml': CHECKLIST });
    const payload = examplePayload('pull_request', 'opened');
    await usePart(workspace, 'linux');
    const shard = await runAction({
      workspace,
      eventName: 'pull_request',
      payload,
      inputs: { shard: 'linux', publish: 'false', 'report-file': 'shards/linux.json' },
      env: { GITHUB_API_URL: server.url },
    });
    expect(shard.code).toBe(0);
    const run = await runAction({
      workspace,
      eventName: 'pull_request',
      payload,
      inputs: { mode: 'merge', reports: 'shards/*.json', 'expect-shards': 'linux, windows' },
      env: { GITHUB_API_URL: server.url },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=Shard reports::expected shard "windows" is missing (no report)',
    );
    expect(server.state.checkRuns(REPO, EXAMPLE_HEAD_SHA).at(-1)!.conclusion).toBe('failure');
  });
});
