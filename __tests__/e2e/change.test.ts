// Judging the change end to end: dist/cli.js with --base and --base-report, and dist/index.js on
// GitHub's test merge commit with base-report: auto against the stand-in.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, type TestContext } from 'vitest';
import { startStandin } from '../github/standin/index.js';
import { GitRepo } from '../helpers/git-repo.js';
import { NODE24, ROOT, runAction } from '../helpers/run-action.js';

const CHECKLIST = `title: Service
items:
  - id: patch
    title: Changed lines are tested
    coverage: { report: lcov.info, min-patch-lines: 50, min-lines: base }
  - id: lint
    title: No lint errors on changed lines
    lint: { report: eslint.json, scope: changed-lines }
`;

const BASE_APP = Array.from({ length: 10 }, (_, i) => `base ${i + 1}`).join('\n') + '\n';

/** lcov for app.js: lines 1-12 coverable, `uncovered` not hit. */
function lcov(uncovered: readonly number[]): string {
  const rows = Array.from(
    { length: 12 },
    (_, i) => `DA:${i + 1},${uncovered.includes(i + 1) ? 0 : 1}`,
  );
  return `SF:app.js\n${rows.join('\n')}\nend_of_record\n`;
}

function eslint(dir: string, lines: readonly number[]): string {
  return JSON.stringify([
    {
      filePath: `${dir}/app.js`,
      messages: lines.map((line) => ({
        ruleId: 'no-undef',
        severity: 2,
        message: `at ${line}`,
        line,
      })),
    },
  ]);
}

/**
 * main: base (app.js, 10 lines) → main moves on (other.txt); pr: app.js lines 3 and 11-12 changed.
 * HEAD is GitHub's test merge of pr into main.
 */
function makeRepo(context: TestContext) {
  const repo = GitRepo.create('rg-e2e-change-');
  context.onTestFinished(() => repo.cleanup());
  const base = repo.commit({ 'app.js': BASE_APP, '.github/readiness.yml': CHECKLIST });
  repo.git('checkout', '-q', '-b', 'pr');
  const rows = BASE_APP.trimEnd().split('\n');
  rows[2] = 'pr 3';
  rows.push('pr 11', 'pr 12');
  const prHead = repo.commit({ 'app.js': rows.join('\n') + '\n' });
  repo.git('checkout', '-q', 'main');
  const mainTip = repo.commit({ 'other.txt': 'main moved on\n' });
  repo.git('checkout', '-q', '--detach', 'main');
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge pr', prHead);
  return { repo, base, mainTip, prHead };
}

function baseReport(commit: string, linesPct: number, score: number): string {
  return JSON.stringify({
    schema: 'readiness-gate/report@2',
    commit,
    passed: true,
    ready: true,
    score,
    level: score >= 90 ? 'ready' : 'do not deploy',
    checklists: [
      {
        path: '.github/readiness.yml',
        items: [
          {
            id: 'patch',
            title: 'Changed lines are tested',
            status: 'passed',
            isBlocking: false,
            metrics: { lines: { covered: 9, total: 10, pct: linesPct } },
          },
          {
            id: 'lint',
            title: 'No lint errors on changed lines',
            status: 'passed',
            isBlocking: false,
          },
        ],
      },
    ],
  });
}

function cli(args: string[], cwd: string) {
  const result = spawnSync(NODE24, [path.join(ROOT, 'dist', 'cli.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.concurrent('judging the change', () => {
  it('CLI: --base judges the changed lines, --base-report adds the delta line', (context) => {
    const { repo, base } = makeRepo(context);
    repo.git('checkout', '-q', 'pr');
    // Changed coverable lines 3, 11, 12; 11 uncovered → 2 of 3. Lint: line 3 changed, 5 not.
    repo.write({
      'lcov.info': lcov([5, 11]),
      'eslint.json': eslint(repo.dir, [5]),
      'base.json': baseReport(base, 90, 100),
    });
    const run = cli(
      ['check', '--base', 'main', '--base-report', 'base.json', '--format', 'json'],
      repo.dir,
    );
    expect(run.stderr).toContain(
      `changed lines: merge base of main and HEAD: ${base.slice(0, 12)}`,
    );
    const report = JSON.parse(run.stdout) as {
      delta: { score: number; coverage: { base: number; head: number } };
      checklists: {
        items: { id: string; status: string; summary: string; metrics: Record<string, unknown> }[];
      }[];
    };
    const schema = JSON.parse(
      readFileSync(path.join(ROOT, 'checklists/report.schema.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const [patch, lint] = report.checklists[0]!.items;
    expect(patch!.metrics['patch']).toMatchObject({ covered: 2, total: 3 });
    // 10 of 12 lines covered: 83.3% < 90% at the base − 0.1: the ratchet breaks.
    expect(patch!.status).toBe('failed');
    expect(patch!.summary).toBe('lines 90.0% → 83.3%, below the base by more than 0.1 points');
    expect(lint!.status).toBe('passed');
    expect(lint!.metrics).toEqual({ errors: 0, warnings: 0, notes: 0, outOfScope: 1 });
    expect(report.delta.score).toBe(-50);
    expect(report.delta.coverage.base).toBe(90);
    expect(report.delta.coverage.head).toBeCloseTo(83.333, 3);
    expect(run.code).toBe(1);
    const text = cli(['check', '--base', 'main', '--base-report', 'base.json'], repo.dir);
    expect(text.stdout).toContain(
      'against the base: score 100.0 → 50.0, ready → do not deploy; 1 newly blocking: Changed lines are tested; coverage 90.0% → 83.3%',
    );
  });

  it('CLI: --fail-on regression passes a pull request that leaves an old blocking item as it was, fails one that adds it', (context) => {
    const { repo, base } = makeRepo(context);
    repo.git('checkout', '-q', 'pr');
    // 11 of 12 covered (91.7% ≥ 90% − 0.1); the lint error is on changed line 3: lint blocks.
    repo.write({ 'lcov.info': lcov([5]), 'eslint.json': eslint(repo.dir, [3]) });
    const lintBlockedAtBase = JSON.parse(baseReport(base, 90, 50)) as {
      checklists: { items: { status: string; isBlocking: boolean }[] }[];
    };
    Object.assign(lintBlockedAtBase.checklists[0]!.items[1]!, {
      status: 'failed',
      isBlocking: true,
    });
    repo.write({
      'blocked.json': JSON.stringify(lintBlockedAtBase),
      'clean.json': baseReport(base, 90, 100),
    });
    const args = ['check', '--base', 'main', '--fail-on', 'regression', '--base-report'];
    const same = cli([...args, 'blocked.json'], repo.dir);
    expect(same.stdout).toContain('against the base: score 50.0 → 50.0');
    expect(same.code).toBe(0);
    const blocking = cli(
      [...args.slice(0, 4), 'blocking', '--base-report', 'blocked.json'],
      repo.dir,
    );
    expect(blocking.code).toBe(1);
    const added = cli([...args, 'clean.json'], repo.dir);
    expect(added.stdout).toContain('1 newly blocking: No lint errors on changed lines');
    expect(added.code).toBe(1);
    // Without a base report, regression is the gate itself.
    expect(cli(['check', '--base', 'main', '--fail-on', 'regression'], repo.dir).code).toBe(1);
    const help = cli(['check', '--help'], repo.dir);
    expect(help.stdout).toContain('regression (exit 1 only');
    expect(help.stdout).toContain('--base-report FILE');
  });

  it('CLI: without --base a patch item is errored, saying how to give one', (context) => {
    const { repo } = makeRepo(context);
    repo.write({ 'lcov.info': lcov([]), 'eslint.json': eslint(repo.dir, []) });
    const run = cli(['check', '--format', 'json'], repo.dir);
    const report = JSON.parse(run.stdout) as { checklists: { items: { summary: string }[] }[] };
    expect(report.checklists[0]!.items[0]!.summary).toBe(
      'min-patch-lines needs the changed lines, but the run has no base (pass --base REF, e.g. --base origin/main)',
    );
    const foreign = cli(['check', '--base-report', 'lcov.info'], repo.dir);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/--base-report lcov\.info: is not JSON/);
  });

  it('Action: on the test merge commit, base-report: auto finds the base run and fail-on: regression passes', async (context) => {
    const { repo, base, mainTip, prHead } = makeRepo(context);
    repo.write({ 'lcov.info': lcov([11]), 'eslint.json': eslint(repo.dir, [5]) });
    const server = await startStandin();
    context.onTestFinished(() => server.close());
    const zip = zipSync({ 'readiness-report.json': strToU8(baseReport(base, 90, 100)) });
    server.state.addWorkflowRun('Codertocat/Hello-World', {
      headSha: base,
      artifacts: [{ name: 'readiness-report', zip }],
    });
    const payload = {
      action: 'synchronize',
      number: 2,
      pull_request: {
        number: 2,
        body: '',
        head: {
          sha: prHead,
          ref: 'pr',
          repo: { full_name: 'Codertocat/Hello-World', fork: false },
        },
        base: { sha: mainTip, ref: 'main', repo: { full_name: 'Codertocat/Hello-World' } },
      },
      repository: { full_name: 'Codertocat/Hello-World' },
    };
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload,
      inputs: { 'base-report': 'auto', 'fail-on': 'regression' },
      env: {
        GITHUB_API_URL: server.url,
        GITHUB_TOKEN_FOR_TEST: 'ghs_write',
        GITHUB_WORKFLOW_REF:
          'Codertocat/Hello-World/.github/workflows/readiness.yml@refs/pull/2/merge',
      },
    });
    expect(run.stdout).toContain('Changed lines: test merge commit: HEAD^1..HEAD');
    expect(run.stdout).toMatch(
      /::notice::base-report: auto: base report: artifact readiness-report of run \d+/,
    );
    // 11 of 12 covered (91.7% ≥ 90% − 0.1), changed lines 2 of 3; the lint finding is off the change.
    expect(run.outputs['delta']).toBe('0.0');
    expect(run.summary).toContain('against the base: score 100.0 → 100.0; coverage 90.0% → 91.7%');
    expect(run.code).toBe(0);
    const [comment] = server.state.comments('Codertocat/Hello-World', 2);
    expect(comment?.body).toContain('against the base: score 100.0 → 100.0');
    // A second run that adds a lint error on a changed line: the comment keeps two labelled
    // lines, what changed since the previous run and where the pull request stands against the base.
    repo.write({ 'eslint.json': eslint(repo.dir, [3, 5]) });
    const again = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload,
      inputs: { 'base-report': 'auto', 'fail-on': 'regression' },
      env: {
        GITHUB_API_URL: server.url,
        GITHUB_TOKEN_FOR_TEST: 'ghs_write',
        GITHUB_WORKFLOW_REF:
          'Codertocat/Hello-World/.github/workflows/readiness.yml@refs/pull/2/merge',
      },
    });
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(
      'Worse than the base: 1 newly blocking: No lint errors on changed lines',
    );
    const body = server.state.comments('Codertocat/Hello-World', 2)[0]!.body;
    const since = body
      .split('\n')
      .findIndex((line) => line.includes('since the previous run: 1 newly blocking'));
    const against = body
      .split('\n')
      .findIndex((line) =>
        line.startsWith(
          'against the base: score 100.0 → 50.0, ready → do not deploy; 1 newly blocking: No lint errors on changed lines',
        ),
      );
    expect(since).toBeGreaterThan(0);
    expect(against).toBeGreaterThan(since);
    const checkRuns = server.state.checkRuns('Codertocat/Hello-World');
    expect(checkRuns.at(-1)?.conclusion).toBe('failure');
    expect(checkRuns[0]?.conclusion).toBe('success');
  });

  it('Action: a merge group judges base_sha..head_sha', async (context) => {
    const { repo, mainTip } = makeRepo(context);
    repo.write({ 'lcov.info': lcov([11, 12]), 'eslint.json': eslint(repo.dir, [3]) });
    const queueHead = repo.git('rev-parse', 'HEAD');
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'merge_group',
      payload: {
        merge_group: { base_sha: mainTip, head_sha: queueHead, base_ref: 'refs/heads/main' },
        repository: { full_name: 'Codertocat/Hello-World' },
      },
      inputs: { token: '', 'fail-on': 'never' },
    });
    expect(run.stdout).toContain(
      `Changed lines: merge group: ${mainTip.slice(0, 12)}..${queueHead.slice(0, 12)}`,
    );
    const report = JSON.parse(readFileSync(run.outputs['report']!, 'utf8')) as {
      checklists: { items: { status: string; metrics: Record<string, unknown> }[] }[];
    };
    const [patch, lint] = report.checklists[0]!.items;
    // Without a base report the min-lines: base ratchet decides (errored), the figures still shown.
    expect(patch!.status).toBe('errored');
    // Lines 3, 11, 12 changed; 11 and 12 uncovered: 1 of 3 < 50%. Lint line 3 is on the change.
    expect(patch!.metrics['patch']).toMatchObject({ covered: 1, total: 3 });
    expect(lint!.metrics).toMatchObject({ errors: 1, outOfScope: 0 });
    expect(run.outputs['delta']).toBe('');
  });

  it('Action: fail-on: regression fails a pull request that adds a blocking item', async (context) => {
    const { repo, base, mainTip, prHead } = makeRepo(context);
    repo.write({ 'lcov.info': lcov([]), 'eslint.json': eslint(repo.dir, [3]) });
    repo.write({ 'base.json': baseReport(base, 90, 100) });
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: {
        pull_request: { number: 2, head: { sha: prHead }, base: { sha: mainTip, ref: 'main' } },
        repository: { full_name: 'Codertocat/Hello-World' },
      },
      inputs: { 'base-report': 'base.json', 'fail-on': 'regression', token: '' },
    });
    expect(run.outputs['delta']).toBe('-50.0');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'Worse than the base: 1 newly blocking: No lint errors on changed lines',
    );
  });
});
