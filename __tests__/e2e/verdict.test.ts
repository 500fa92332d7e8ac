// The verdict end to end: dist/index.js as the runner starts it, against the loopback stand-in of
// GitHub: the gate and readiness apart, fail-on, conclusions, an invalid checklist where the
// verdict was, no rewrite of an unchanged verdict, and what changed since the previous run.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { EXAMPLE_HEAD_SHA, startStandin, type Standin } from '../github/standin/index.js';
import { examplePayload, runAction, type ActionRun } from '../helpers/run-action.js';
import { makeWorkspace } from '../helpers/workspace.js';

const REPO = 'Codertocat/Hello-World';
const GITHUB_SHA = '0000000000000000000000000000000000000001';

const BLOCKED = `version: 1
title: Service readiness
items:
  - id: tests
    title: Tests pass
    command: { run: "node -e 'console.log(\\"FAIL test_login: expected 200\\"); process.exit(3)'" }
  - id: runbook
    title: Runbook exists
    file: { path: RUNBOOK.md, exists: true }
`;

const NOT_READY = `version: 1
title: Service readiness
items:
  - id: runbook
    title: Runbook exists
    file: { path: RUNBOOK.md, exists: true }
  - title: Docs reviewed
    manual: true
`;

const READY = `version: 1
title: Service readiness
items:
  - id: runbook
    title: Runbook exists
    file: { path: RUNBOOK.md, exists: true }
`;

async function standin(context: TestContext): Promise<Standin> {
  const started = await startStandin();
  context.onTestFinished(() => started.close());
  return started;
}

function gate(
  server: Standin,
  workspace: string,
  options: { inputs?: Record<string, string>; pullRequest?: boolean } = {},
): Promise<ActionRun> {
  return runAction({
    workspace,
    eventName: options.pullRequest ? 'pull_request' : 'push',
    payload: options.pullRequest
      ? examplePayload('pull_request', 'opened')
      : examplePayload('push'),
    inputs: options.inputs ?? {},
    env: { GITHUB_API_URL: server.url },
  });
}

const CASES = [
  {
    name: 'blocked',
    checklist: BLOCKED,
    outputs: { passed: 'false', ready: 'false', blocking: '1', pending: '0', score: '50.0' },
    headline: '❌ Blocked: 1 blocking item · score 50.0 (do not deploy)',
    exit: { blocking: 1, 'not-ready': 1, never: 0 },
    conclusion: { blocking: 'failure', 'not-ready': 'failure', never: 'failure' },
  },
  {
    name: 'passes but not ready',
    checklist: NOT_READY,
    outputs: { passed: 'true', ready: 'false', blocking: '0', pending: '1', score: '50.0' },
    headline: '🟡 Not blocked, not ready: 1 item awaits a person · score 50.0 (do not deploy)',
    exit: { blocking: 0, 'not-ready': 1, never: 0 },
    conclusion: { blocking: 'neutral', 'not-ready': 'failure', never: 'neutral' },
  },
  {
    name: 'ready',
    checklist: READY,
    outputs: { passed: 'true', ready: 'true', blocking: '0', pending: '0', score: '100.0' },
    headline: '✅ Ready: score 100.0 (ready)',
    exit: { blocking: 0, 'not-ready': 0, never: 0 },
    conclusion: { blocking: 'success', 'not-ready': 'success', never: 'success' },
  },
] as const;

describe.concurrent('the verdict (dist/index.js against the stand-in)', () => {
  for (const example of CASES) {
    for (const failOn of ['blocking', 'not-ready', 'never'] as const) {
      it(`${example.name} under fail-on: ${failOn}: exit ${example.exit[failOn]}, check run ${example.conclusion[failOn]}`, async (context) => {
        const server = await standin(context);
        const workspace = await makeWorkspace({
          '.github/readiness.yml': example.checklist,
          'RUNBOOK.md': '# Runbook\n',
        });
        const run = await gate(server, workspace, { inputs: { 'fail-on': failOn } });
        expect(run.stderr).toBe('');
        expect(run.code).toBe(example.exit[failOn]);
        expect(run.outputs).toMatchObject({ ...example.outputs, level: expect.any(String) });
        const [checkRun] = server.state.checkRuns(REPO, GITHUB_SHA);
        expect(checkRun!.conclusion).toBe(example.conclusion[failOn]);
        expect(checkRun!.output.title).toBe(example.headline);
        expect(run.summary).toContain(`## ${example.headline.replace(/\(([^)]*)\)/, '\\($1\\)')}`);
        // The log has one line per item, in a collapsed group, with the reason.
        expect(run.stdout).toMatch(/::group::Deciding \d items?/);
        expect(run.stdout).toMatch(
          /(?:✔|✘|○) \w+ +Runbook exists \(file; \.github\/readiness\.yml:\d+\): /,
        );
      });
    }
  }

  it('passes the gate with the 🟡 headline when every item was skipped, with no score and empty outputs', async (context) => {
    const server = await standin(context);
    const workspace = await makeWorkspace({
      'DEPLOYMENT_CHECKLIST.md': '# Deploy\n\n- [ ] ~~Old step~~\n- [ ] ~~Another old step~~\n',
    });
    const run = await gate(server, workspace);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', ready: 'false', score: '', level: '' });
    const [checkRun] = server.state.checkRuns(REPO, GITHUB_SHA);
    expect(checkRun!.conclusion).toBe('neutral');
    expect(checkRun!.output.title).toBe('🟡 Not blocked, no score: every item was skipped');
    expect(run.stdout).toContain('struck out');
  });

  it('refuses a checklist with no task items, located, and fails whatever fail-on says', async (context) => {
    const server = await standin(context);
    const workspace = await makeWorkspace({ 'README.md': '# Service\n\nNo list here.\n' });
    const run = await gate(server, workspace, {
      inputs: { checklist: 'README.md', 'fail-on': 'never' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('README.md:1:1: no task-list items found; is this the checklist?');
    expect(run.stdout).not.toContain('internal error');
    expect(run.outputs).toMatchObject({ passed: 'false', ready: 'false', score: '' });
    const [checkRun] = server.state.checkRuns(REPO, GITHUB_SHA);
    expect(checkRun!.conclusion).toBe('failure');
    expect(checkRun!.output.summary).toContain('no verdict was reached');
  });

  it('replaces an earlier verdict comment with the problems when the checklist becomes invalid', async (context) => {
    const server = await standin(context);
    const workspace = await makeWorkspace({
      '.github/readiness.yml': READY,
      'RUNBOOK.md': '# Runbook\n',
    });
    const first = await gate(server, workspace, { pullRequest: true });
    expect(first.code).toBe(0);
    expect(server.state.comments(REPO, 2)[0]!.body).toContain('✅ Ready');
    await writeFile(
      path.join(workspace, '.github/readiness.yml'),
      'version: 1\ntitle: Service readiness\nitems:\n  - id: runbook\n    file: { path: RUNBOOK.md, exist: true }\n',
    );
    const second = await gate(server, workspace, { pullRequest: true });
    expect(second.code).toBe(1);
    const comments = server.state.comments(REPO, 2);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body).not.toContain('✅ Ready');
    expect(body).toContain('Invalid checklist: no verdict was reached for commit');
    expect(body).toMatch(
      /\[`\.github\/readiness\.yml:5:\d+`\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/blob\/[0-9a-f]{40}\/\.github\/readiness\.yml#L5\)/,
    );
    const runs = server.state.checkRuns(REPO, EXAMPLE_HEAD_SHA);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.conclusion).toBe('failure');
    expect(runs[0]!.output.title).toMatch(/^Invalid checklist: no verdict was reached/);
    const where = runs[0]!.annotations.map((a) => `${a.path}:${a.start_line}`);
    expect(where.length).toBeGreaterThan(0);
    expect(new Set(where)).toEqual(new Set(['.github/readiness.yml:5']));
    await context.expect(body).toMatchFileSnapshot('../__outputs__/invalid-checklist-comment.md');
  });

  it('with several checklists, one invalid, still gives the valid one its verdict comment; the run fails', async (context) => {
    const server = await standin(context);
    const workspace = await makeWorkspace({
      'checklists/api.yml': READY,
      'checklists/web.yml':
        'version: 1\ntitle: Web\nitems:\n  - title: x\n    comand: { run: ls }\n',
      'RUNBOOK.md': '# Runbook\n',
    });
    const run = await gate(server, workspace, {
      pullRequest: true,
      inputs: { checklist: 'checklists/*.yml', 'fail-on': 'never' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ passed: 'false', ready: 'false' });
    const bodies = server.state
      .comments(REPO, 2)
      .map((comment) => comment.body)
      .sort();
    expect(bodies).toHaveLength(2);
    expect(bodies[0]!.split('\n')[0]).toBe('<!-- readiness-gate:checklists/api.yml -->');
    expect(bodies[0]).toContain('✅ Ready: score 100.0');
    expect(bodies[1]!.split('\n')[0]).toBe('<!-- readiness-gate:checklists/web.yml -->');
    expect(bodies[1]).toContain('Invalid checklist: no verdict was reached');
    const [checkRun] = server.state.checkRuns(REPO, EXAMPLE_HEAD_SHA);
    expect(checkRun!.conclusion).toBe('failure');
    const summary = checkRun!.output.summary ?? '';
    expect(summary.indexOf('Invalid checklist')).toBeGreaterThanOrEqual(0);
    expect(summary.indexOf('Invalid checklist')).toBeLessThan(summary.indexOf('✅ Ready'));
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as Record<
      string,
      unknown
    >;
    expect(report).toMatchObject({ passed: false, ready: false });
    expect(report.invalid).toEqual([
      expect.objectContaining({ file: 'checklists/web.yml', line: 5 }),
    ]);
  });

  it('does not rewrite an unchanged verdict, and says what is newly passing after a fix', async (context) => {
    const server = await standin(context);
    const workspace = await makeWorkspace({ '.github/readiness.yml': BLOCKED });
    const first = await gate(server, workspace, { pullRequest: true });
    expect(first.code).toBe(1);
    const firstBody = server.state.comments(REPO, 2)[0]!.body;
    expect(firstBody).toMatch(/\n {2}\$ node -e [^\n]*\n {2}FAIL test_login: expected 200\n/);
    const second = await gate(server, workspace, { pullRequest: true });
    expect(second.code).toBe(1);
    expect(server.requests('issues/update-comment')).toHaveLength(0);
    expect(server.state.comments(REPO, 2)[0]!.body).toBe(firstBody);
    expect(second.stdout).toContain('(1 unchanged, not rewritten)');
    await writeFile(path.join(workspace, 'RUNBOOK.md'), '# Runbook\n');
    const third = await gate(server, workspace, { pullRequest: true });
    expect(third.code).toBe(1);
    expect(server.requests('issues/update-comment')).toHaveLength(1);
    const body = server.state.comments(REPO, 2)[0]!.body;
    expect(body).toContain('since the previous run: 1 newly passing (Runbook exists)');
  });

  it('keeps two gates on one checklist apart by id: their own comment and check run', async (context) => {
    const server = await standin(context);
    const workspace = await makeWorkspace({
      '.github/readiness.yml': NOT_READY,
      'RUNBOOK.md': '# Runbook\n',
    });
    await gate(server, workspace, { pullRequest: true, inputs: { id: 'staging' } });
    await gate(server, workspace, { pullRequest: true, inputs: { id: 'production' } });
    const comments = server.state.comments(REPO, 2);
    expect(comments.map((comment) => comment.body.split('\n')[0]).sort()).toEqual([
      '<!-- readiness-gate:production -->',
      '<!-- readiness-gate:staging -->',
    ]);
    expect(
      server.state
        .checkRuns(REPO, EXAMPLE_HEAD_SHA)
        .map((checkRun) => checkRun.name)
        .sort(),
    ).toEqual(['Deployment readiness (production)', 'Deployment readiness (staging)']);
  });

  it('with check-run: false and job-summary: false makes neither', async (context) => {
    const server = await standin(context);
    const workspace = await makeWorkspace({ '.github/readiness.yml': BLOCKED });
    const run = await gate(server, workspace, {
      inputs: { 'check-run': 'false', 'job-summary': 'false' },
    });
    expect(run.code).toBe(1);
    expect(server.state.checkRuns(REPO, GITHUB_SHA)).toHaveLength(0);
    expect(run.summary).toBe('');
  });

  it('names the input in a bad input, without "internal error"', async (context) => {
    const server = await standin(context);
    const workspace = await makeWorkspace({ '.github/readiness.yml': READY });
    const run = await gate(server, workspace, { inputs: { 'fail-on': 'sometimes' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::readiness-gate: input "fail-on" must be one of blocking, not-ready, regression, never, found "sometimes"',
    );
    expect(run.stdout).not.toContain('internal error');
  });
});
