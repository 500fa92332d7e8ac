// Publishing on GitHub, end to end: dist/index.js as the runner starts it, against the loopback stand-in of GitHub's REST API.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it, type TestContext } from 'vitest';
import { commentMarker } from '../../src/github/comment.js';
import {
  BOT_LOGIN,
  EXAMPLE_HEAD_SHA,
  startStandin,
  type Standin,
  type StandinOptions,
} from '../github/standin/index.js';
import {
  examplePayload,
  ROOT,
  runAction,
  type ActionRun,
  type RunActionOptions,
} from '../helpers/run-action.js';
import { makeWorkspace } from '../helpers/workspace.js';

const REPO = 'Codertocat/Hello-World';
const GITHUB_SHA = '0000000000000000000000000000000000000001';
const MARKER = commentMarker('.github/readiness.yml');

/** Blocking failures, an advisory failure, a manual sign-off, and titles that try to break out. */
const HOSTILE = `version: 1
title: "Service | readiness <script>alert(1)</script>"
sections:
  - title: "Build | <b>bold</b> -->"
    items:
      - id: tests
        title: "Tests | pass <script>alert(1)</script> for @octocat --> [click](javascript:alert(1))"
        command: { run: "node -e 'process.exit(3)'" }
      - id: runbook
        title: "Runbook exists <!-- readiness-gate:other.yml -->"
        file: { path: RUNBOOK.md, exists: true }
      - id: lint
        title: "Lint <img src=x onerror=alert(1)> | javascript:alert(1)"
        file: { path: LINT.md, exists: true }
        blocking: false
  - title: Sign-off
    items:
      - id: product-sign-off
        title: Product owner signed off
        manual: true
        blocking: true
`;

const READY = `version: 1
title: Service readiness
sections:
  - title: Build
    items:
      - id: runbook
        title: Runbook exists
        file: { path: RUNBOOK.md, exists: true }
      - id: product-sign-off
        title: Product owner signed off
        manual: true
        blocking: true
`;

/** A stand-in of its own for each test (they run concurrently), closed when the test ends. */
async function standin(context: TestContext, options: StandinOptions = {}): Promise<Standin> {
  const started = await startStandin(options);
  context.onTestFinished(() => started.close());
  return started;
}

function pullRequestPayload(
  options: { fork?: boolean; body?: string } = {},
): Record<string, unknown> {
  const payload = examplePayload('pull_request', 'opened') as {
    pull_request: Record<string, unknown> & { head: { repo: Record<string, unknown> } };
  };
  if (options.fork) {
    payload.pull_request.head.repo = {
      ...payload.pull_request.head.repo,
      full_name: 'forker/Hello-World',
      name: 'Hello-World',
      owner: { login: 'forker' },
      fork: true,
    };
  }
  if (options.body !== undefined) payload.pull_request.body = options.body;
  return payload;
}

async function gate(
  server: Standin,
  options: Omit<RunActionOptions, 'env'> & { token?: string; env?: Record<string, string> },
): Promise<ActionRun> {
  return runAction({
    ...options,
    env: {
      GITHUB_API_URL: server.url,
      ...(options.token ? { GITHUB_TOKEN_FOR_TEST: options.token } : {}),
      ...options.env,
    },
  });
}

function warnings(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::warning'));
}

function commandAnnotations(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => /^::error (?:title|file)=/.test(line));
}

describe.concurrent('publishing on GitHub (dist/index.js against the stand-in)', () => {
  it('keeps one comment after two runs, updated in place, and hostile titles break neither the comment nor its marker', async (context) => {
    const server = await standin(context);
    const workspace = await makeWorkspace({
      '.github/readiness.yml': HOSTILE,
      'RUNBOOK.md': '# Runbook\n',
    });
    const first = await gate(server, {
      workspace,
      eventName: 'pull_request',
      payload: pullRequestPayload(),
    });
    expect(first.code).toBe(1);
    expect(first.stderr).toBe('');
    expect(warnings(first)).toEqual([]);
    // The advisory item now passes: the verdict changed, so the comment is rewritten.
    await writeFile(path.join(workspace, 'LINT.md'), '# Lint\n');
    const second = await gate(server, {
      workspace,
      eventName: 'pull_request',
      payload: pullRequestPayload(),
    });
    expect(second.code).toBe(1);

    const comments = server.state.comments(REPO, 2);
    expect(comments).toHaveLength(1);
    expect(server.requests('issues/create-comment')).toHaveLength(1);
    expect(server.requests('issues/update-comment')).toHaveLength(1);
    expect(second.outputs['comment-url']).toBe(
      `https://github.com/${REPO}/pull/2#issuecomment-${comments[0]!.id}`,
    );
    expect(second.outputs['check-run-url']).toMatch(
      new RegExp(`^https://github.com/${REPO}/runs/\\d+$`),
    );

    const body = comments[0]!.body;
    const lines = body.split('\n');
    expect(lines[0]).toBe(MARKER);
    // The marker and the state line are the only HTML comments, and nothing else closes one.
    expect(lines[1]).toMatch(/^<!-- readiness-gate-state v1 d=[\w-]+ b=[\w-]* n=[\w-]* -->$/);
    expect(body.match(/<!--/g)).toHaveLength(2);
    expect(body.match(/-->/g)).toHaveLength(2);
    expect(body).toContain('since the previous run: 1 newly passing (Lint');
    expect(body).not.toMatch(/<script|<img|<b>bold/i);
    expect(body).not.toMatch(/\]\(javascript:/i);
    expect(body).not.toMatch(/@octocat/);
    expect(body).toContain('@\u200boctocat');
    // Each table row keeps its four cells: every `|` from a title is escaped.
    for (const row of lines.filter((line) => line.startsWith('|')))
      expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
    // Links to the checklist lines at the PR's head commit, and the run in the footer.
    expect(body).toContain(
      `](https://github.com/${REPO}/blob/${EXAMPLE_HEAD_SHA}/.github/readiness.yml#L6)`,
    );
    expect(body).toContain(`[workflow run](https://github.com/${REPO}/actions/runs/42)`);

    // One check run per publish on the head commit (not GITHUB_SHA); the check run carries the
    // annotations, so no workflow commands are printed.
    const runs = server.state.checkRuns(REPO, EXAMPLE_HEAD_SHA);
    expect(runs.length).toBeGreaterThanOrEqual(1);
    const run = runs.at(-1)!;
    expect(run.name).toBe('Deployment readiness');
    expect(run.conclusion).toBe('failure');
    expect(run.output.title).toBe('❌ Blocked: 2 blocking items · score 50.0 (do not deploy)');
    expect(run.output.summary).toContain('## ❌ Blocked: 2 blocking items');
    expect(run.annotations.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([
      ['.github/readiness.yml', 6, 'failure'],
      ['.github/readiness.yml', 18, 'failure'],
    ]);
    expect(server.state.checkRuns(REPO, GITHUB_SHA)).toEqual([]);
    expect(commandAnnotations(second)).toEqual([]);
    // Only the question "who is this token" fails, as it does for GITHUB_TOKEN (a bot).
    expect(
      server.log.filter((entry) => entry.status >= 400).map((entry) => entry.operationId),
    ).toEqual(['users/get-authenticated']);
  });

  it('finds its comment on page three among 250 and updates it', async (context) => {
    const server = await standin(context);
    server.state.seedComments(REPO, 2, 250, {
      body: (index) =>
        index === 230 ? `${MARKER}\nan old verdict` : `Comment ${index + 1} from a reviewer.`,
      user: BOT_LOGIN,
    });
    const workspace = await makeWorkspace({ '.github/readiness.yml': READY, 'RUNBOOK.md': 'x' });
    const run = await gate(server, {
      workspace,
      eventName: 'pull_request',
      payload: pullRequestPayload(),
    });
    expect(run.code).toBe(1);
    const pages = server.requests('issues/list-comments').map((entry) => entry.query.page ?? '1');
    // Twice: once for /confirm commands (the checklist has a manual item), once to find the comment.
    expect(pages).toEqual(['1', '2', '3', '1', '2', '3']);
    expect(server.requests('issues/create-comment')).toHaveLength(0);
    const ours = server.state
      .comments(REPO, 2)
      .filter((comment) => comment.body.startsWith(MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('Service readiness');
    expect(server.state.comments(REPO, 2)).toHaveLength(250);
  });

  it('with a read-only token on a fork PR posts nothing, warns once why and how, still writes outputs, summary and report, and exits by the verdict; publish mode then posts that report from workflow_run', async (context) => {
    const server = await standin(context, {
      tokens: {
        ghs_forkreadonly000000000000000000000000: 'read-only',
        ghs_basewrite00000000000000000000000000000: 'write',
      },
    });
    server.state.addPull(REPO, {
      number: 2,
      headSha: EXAMPLE_HEAD_SHA,
      headRepo: 'forker/Hello-World',
      body: '- [x] Product owner signed off',
    });
    const workspace = await makeWorkspace({ '.github/readiness.yml': HOSTILE, 'RUNBOOK.md': 'x' });
    const check = await gate(server, {
      workspace,
      eventName: 'pull_request',
      payload: pullRequestPayload({ fork: true }),
      token: 'ghs_forkreadonly000000000000000000000000',
    });
    expect(check.code).toBe(1);
    expect(check.outputs).toMatchObject({ ready: 'false', level: 'do not deploy', blocking: '1' });
    expect(check.outputs['comment-url']).toBeUndefined();
    expect(check.outputs['check-run-url']).toBeUndefined();
    expect(check.summary).toContain('## ❌ Blocked: 1 blocking item');
    const warned = warnings(check);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toContain('Nothing was posted on pull request #2: it comes from a fork');
    expect(warned[0]).toContain('workflow_run');
    expect(warned[0]).toContain('mode: publish');
    expect(check.stdout).toContain('::error::Blocked: 1 blocking item');
    // No check run, so the workflow commands carry the annotations (ten at most).
    expect(commandAnnotations(check)).toHaveLength(1);
    expect(server.state.comments(REPO, 2)).toHaveLength(0);
    expect(server.state.checkRuns(REPO)).toHaveLength(0);
    // One refused write, then it stops asking.
    expect(
      server.log.filter((entry) => entry.method !== 'GET').map((entry) => entry.status),
    ).toEqual([403]);
    const reportFile = check.outputs.report!;
    const report = JSON.parse(await readFile(reportFile, 'utf8'));
    expect(report.source).toEqual({
      repository: REPO,
      event: 'pull_request',
      pullRequest: 2,
      headSha: EXAMPLE_HEAD_SHA,
    });
    const schema = JSON.parse(
      await readFile(path.join(ROOT, 'checklists/report.schema.json'), 'utf8'),
    );
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);

    // The second workflow: workflow_run in the base repository, with a write token and the downloaded report.
    const downloaded = await makeWorkspace({});
    await writeFile(path.join(downloaded, 'readiness-report.json'), await readFile(reportFile));
    const payload = examplePayload('workflow_run', 'completed') as {
      workflow_run: Record<string, unknown>;
      repository: Record<string, unknown>;
    };
    payload.workflow_run = {
      ...payload.workflow_run,
      event: 'pull_request',
      head_sha: EXAMPLE_HEAD_SHA,
      pull_requests: [],
    };
    const publish = await gate(server, {
      workspace: downloaded,
      eventName: 'workflow_run',
      payload,
      token: 'ghs_basewrite00000000000000000000000000000',
      inputs: { mode: 'publish', report: 'readiness-report.json', 'fail-on': 'never' },
      env: { GITHUB_SHA: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e' },
    });
    expect(publish.stderr).toBe('');
    expect(warnings(publish)).toEqual([]);
    expect(publish.code).toBe(0);
    expect(publish.outputs).toMatchObject({
      ready: 'false',
      blocking: '1',
      report: path.join(downloaded, 'readiness-report.json'),
    });
    const comments = server.state.comments(REPO, 2);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.split('\n')[0]).toBe(MARKER);
    expect(comments[0]!.body).toContain(`/blob/${EXAMPLE_HEAD_SHA}/.github/readiness.yml#L6)`);
    expect(publish.outputs['comment-url']).toContain('#issuecomment-');
    const runs = server.state.checkRuns(REPO, EXAMPLE_HEAD_SHA);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.conclusion).toBe('failure');
    expect(runs[0]!.annotations.map((a) => a.start_line)).toEqual([6, 12]);
    expect(publish.summary).toContain('## ❌ Blocked: 1 blocking item');
  });

  it('names the missing permissions: line when a same-repository token cannot write checks, and posts what it can', async (context) => {
    const server = await standin(context, {
      tokens: {
        ghs_nochecks000000000000000000000000000000: {
          pull_requests: 'write',
          issues: 'write',
          checks: 'read',
        },
      },
    });
    const workspace = await makeWorkspace({ '.github/readiness.yml': READY, 'RUNBOOK.md': 'x' });
    const run = await gate(server, {
      workspace,
      eventName: 'pull_request',
      payload: pullRequestPayload(),
      token: 'ghs_nochecks000000000000000000000000000000',
      inputs: { 'fail-on': 'never' },
    });
    expect(run.code).toBe(0);
    const warned = warnings(run);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toContain('Could not post the check run: the token lacks `checks: write`');
    expect(warned[0]).toContain('under `permissions:`');
    expect(server.state.comments(REPO, 2)).toHaveLength(1);
    expect(run.outputs['comment-url']).toBeDefined();
    expect(commandAnnotations(run)).toHaveLength(1);
  });

  it('survives a 502 on the first write of each kind with no duplicate comment or check run', async (context) => {
    const server = await standin(context, {
      faults: [{ kind: 'server-error', on: 'write', perOperation: true, commitWrite: true }],
    });
    server.state.addPull(REPO, {
      number: 2,
      headSha: EXAMPLE_HEAD_SHA,
      body: '- [x] Product owner signed off',
    });
    const workspace = await makeWorkspace({ '.github/readiness.yml': READY, 'RUNBOOK.md': 'x' });
    const run = await gate(server, {
      workspace,
      eventName: 'pull_request',
      payload: pullRequestPayload(),
    });
    expect(run.code).toBe(0);
    expect(warnings(run)).toEqual([]);
    expect(
      server.log
        .filter((entry) => entry.fault === 'server-error')
        .map((entry) => entry.operationId),
    ).toEqual(['issues/create-comment', 'checks/create']);
    expect(server.state.comments(REPO, 2)).toHaveLength(1);
    expect(server.state.checkRuns(REPO)).toHaveLength(1);
    expect(server.state.checkRuns(REPO)[0]!.conclusion).toBe('success');
    expect(run.outputs['check-run-url']).toBeDefined();
  });

  it('keeps 600 failing items with long titles within every limit, annotations 50 a request up to max-annotations', async (context) => {
    const server = await standin(context);
    const long = 'x'.repeat(300);
    const items = Array.from(
      { length: 600 },
      (_, index) =>
        `      - id: item-${index}\n        title: "Item ${index} ${long} | ✅🚀"\n        file: { path: missing-${index}.txt, exists: true }\n`,
    ).join('');
    const workspace = await makeWorkspace({
      '.github/readiness.yml': `version: 1\ntitle: Big\nsections:\n  - title: Everything\n    items:\n${items}`,
    });
    const run = await gate(server, {
      workspace,
      eventName: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { 'max-annotations': '1000' },
    });
    expect(run.code).toBe(1);
    expect(warnings(run)).toEqual([]);
    expect(server.log.every((entry) => entry.status < 400)).toBe(true);
    const writes = [...server.requests('checks/create'), ...server.requests('checks/update')];
    expect(writes).toHaveLength(12);
    for (const write of writes) {
      const output = (
        write.body as { output: { summary: string; annotations: { title: string }[] } }
      ).output;
      expect(output.annotations.length).toBeLessThanOrEqual(50);
      expect(Buffer.byteLength(output.summary)).toBeLessThanOrEqual(65_535);
      for (const annotation of output.annotations)
        expect([...annotation.title].length).toBeLessThanOrEqual(255);
    }
    const [checkRun] = server.state.checkRuns(REPO, EXAMPLE_HEAD_SHA);
    expect(checkRun!.annotations).toHaveLength(600);
    const body = server.state.comments(REPO, 2)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain("Cut to fit GitHub's size limit");
    expect(body.split('\n')[0]).toBe(MARKER);
  });

  it('on push posts no comment and puts the check run on GITHUB_SHA', async (context) => {
    const server = await standin(context);
    const workspace = await makeWorkspace({ '.github/readiness.yml': READY, 'RUNBOOK.md': 'x' });
    const run = await gate(server, {
      workspace,
      eventName: 'push',
      payload: examplePayload('push'),
    });
    expect(run.code).toBe(1);
    expect(server.requests('issues/list-comments')).toHaveLength(0);
    expect(server.requests('pulls/get')).toHaveLength(0);
    expect(run.outputs['comment-url']).toBeUndefined();
    expect(server.state.checkRuns(REPO).map((checkRun) => checkRun.headSha)).toEqual([GITHUB_SHA]);
    expect(JSON.parse(await readFile(run.outputs.report!, 'utf8')).source).toEqual({
      repository: REPO,
      event: 'push',
      headSha: GITHUB_SHA,
    });
  });

  it('talks to GitHub Enterprise Server through GITHUB_API_URL (/api/v3)', async (context) => {
    const server = await standin(context, {
      pathPrefix: '/api/v3',
      serverUrl: 'https://ghe.example.com',
    });
    const workspace = await makeWorkspace({ '.github/readiness.yml': READY, 'RUNBOOK.md': 'x' });
    const run = await gate(server, {
      workspace,
      eventName: 'pull_request',
      payload: pullRequestPayload(),
      env: { GITHUB_SERVER_URL: 'https://ghe.example.com' },
    });
    expect(server.url).toMatch(/\/api\/v3$/);
    expect(run.code).toBe(1);
    expect(server.log.length).toBeGreaterThan(0);
    // The stand-in answers only under /api/v3: every request went there and succeeded.
    expect(server.log.filter((entry) => entry.status >= 400)).toEqual([]);
    expect(server.state.checkRuns(REPO)).toHaveLength(1);
    expect(run.outputs['comment-url']).toMatch(
      /^https:\/\/ghe\.example\.com\/Codertocat\/Hello-World\/pull\/2#issuecomment-/,
    );
  });

  it('on merge_group puts the check run on merge_group.head_sha', async (context) => {
    const server = await standin(context);
    const workspace = await makeWorkspace({ '.github/readiness.yml': READY, 'RUNBOOK.md': 'x' });
    const payload = examplePayload('merge_group', 'checks_requested') as {
      merge_group: { head_sha: string };
    };
    const run = await gate(server, { workspace, eventName: 'merge_group', payload });
    expect(run.code).toBe(1);
    expect(server.requests('issues/list-comments')).toHaveLength(0);
    expect(server.state.checkRuns(REPO).map((checkRun) => checkRun.headSha)).toEqual([
      payload.merge_group.head_sha,
    ]);
  });

  it('on pull_request_target refuses commands (errored), says why in the report and the comment, and still publishes', async (context) => {
    const server = await standin(context);
    const workspace = await makeWorkspace({ '.github/readiness.yml': HOSTILE, 'RUNBOOK.md': 'x' });
    const run = await gate(server, {
      workspace,
      eventName: 'pull_request_target',
      payload: pullRequestPayload(),
    });
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8'));
    const tests = report.checklists[0].items.find((item: { id: string }) => item.id === 'tests');
    expect(tests.status).toBe('errored');
    expect(tests.summary).toContain('pull_request_target');
    expect(server.state.comments(REPO, 2)[0]!.body).toContain('pull\\_request\\_target');
    expect(server.state.checkRuns(REPO, EXAMPLE_HEAD_SHA)).toHaveLength(1);
  });

  it('never lets the token out: not in stdout, stderr, summary, outputs, report, nor any request body', async (context) => {
    const token = 'ghs_LeakCanary_9f8e7d6c5b4a39281706fedcba';
    const server = await standin(context, { tokens: { [token]: 'write' } });
    const workspace = await makeWorkspace({
      '.github/readiness.yml': `version: 1\ntitle: "Deploy with ${token}"\nsections:\n  - title: "S ${token}"\n    items:\n      - title: "Echo ${token} | @octocat"\n        command: { run: "node -e \\"console.log(process.argv[1]); process.exit(1)\\" ${token}" }\n      - title: "${token} env"\n        env: { required: [MY_TOKEN] }\n`,
    });
    const run = await gate(server, {
      workspace,
      eventName: 'pull_request',
      payload: pullRequestPayload({ body: `- [x] ${token}` }),
      token,
      env: { MY_TOKEN: token },
    });
    expect(run.code).toBe(1);
    expect(server.requests('checks/create')).toHaveLength(1);
    expect(server.requests('issues/create-comment')).toHaveLength(1);
    const printed = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    const everything = [
      printed,
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      await readFile(run.outputs.report!, 'utf8'),
      JSON.stringify(server.log.map((entry) => entry.body)),
    ].join('\n');
    const escaped = token.replace(/_/g, '\\_');
    for (const form of [token, escaped, token.slice(4), encodeURIComponent(token)])
      expect(everything).not.toContain(form);
    expect(server.log.every((entry) => entry.token === token)).toBe(true);
  });

  it('confirms manual items from the PR body as it is now, not as the event payload had it', async (context) => {
    const server = await standin(context);
    server.state.addPull(REPO, {
      number: 2,
      headSha: EXAMPLE_HEAD_SHA,
      body: 'Ready to go.\n\n- [x] Product owner signed off\n',
    });
    const workspace = await makeWorkspace({ '.github/readiness.yml': READY, 'RUNBOOK.md': 'x' });
    const run = await gate(server, {
      workspace,
      eventName: 'pull_request',
      payload: pullRequestPayload({ body: '- [ ] Product owner signed off' }),
      inputs: { comment: 'false' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ ready: 'true', blocking: '0' });
    expect(server.requests('pulls/get')).toHaveLength(1);
    // Read for /confirm commands only: with comment: false the gate posts none.
    expect(server.requests('issues/list-comments')).toHaveLength(1);
    expect(server.requests('issues/create-comment')).toHaveLength(0);
    expect(server.state.checkRuns(REPO, EXAMPLE_HEAD_SHA)[0]!.conclusion).toBe('success');
  });

  it("posts the demo checklist's comment as __tests__/__outputs__/demo-comment.md shows it, in a bounded number of API calls", async (context) => {
    const server = await standin(context);
    const run = await gate(server, {
      workspace: ROOT,
      eventName: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { 'working-directory': 'examples/python-service', 'fail-on': 'never' },
    });
    expect(run.stderr).toBe('');
    expect(warnings(run)).toEqual([]);
    // pulls/get; reviews, review comments and comments for /confirm (the checklist has manual
    // items); list comments, create comment, list check runs, create check run.
    expect(server.log.map((entry) => entry.operationId)).toEqual([
      'pulls/get',
      'pulls/list-reviews',
      'pulls/list-review-comments',
      'issues/list-comments',
      'issues/list-comments',
      'issues/create-comment',
      'checks/list-for-ref',
      'checks/create',
    ]);
    expect(run.stdout).toMatch(
      /Published on GitHub in \d+ ms with 8 API calls: 1 comment, a check run\./,
    );
    const [comment] = server.state.comments(REPO, 2);
    expect(comment!.body.split('\n')[0]).toBe(
      commentMarker('examples/python-service/.github/readiness.yml'),
    );
    const annotations = server.state.checkRuns(REPO, EXAMPLE_HEAD_SHA)[0]!.annotations;
    expect(
      annotations.every((annotation) => annotation.path.startsWith('examples/python-service/')),
    ).toBe(true);
    const body = comment!.body.replace(/decided in \d+\.\d s/, 'decided in 0.1 s');
    await context.expect(body).toMatchFileSnapshot('../__outputs__/demo-comment.md');
  });

  it('in publish mode refuses a malformed report, and leaves the comment alone when the pull request has moved on', async (context) => {
    const server = await standin(context);
    server.state.addPull(REPO, { number: 2, headSha: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' });
    const folder = await makeWorkspace({
      'bad.json': JSON.stringify({ schema: 'readiness-gate/report@1', ready: 'yes' }),
    });
    const bad = await gate(server, {
      workspace: folder,
      eventName: 'workflow_run',
      payload: examplePayload('workflow_run', 'completed'),
      inputs: { mode: 'publish', report: 'bad.json' },
    });
    expect(bad.code).toBe(1);
    // A report of another version is refused by name.
    expect(bad.stdout).toContain(
      'this is a readiness-gate/report@1 report; this version reads readiness-gate/report@2 only',
    );
    await writeFile(
      path.join(folder, 'bad.json'),
      JSON.stringify({ schema: 'readiness-gate/report@2', ready: 'yes' }),
    );
    const malformed = await gate(server, {
      workspace: folder,
      eventName: 'workflow_run',
      payload: examplePayload('workflow_run', 'completed'),
      inputs: { mode: 'publish', report: 'bad.json' },
    });
    expect(malformed.code).toBe(1);
    expect(malformed.stdout).toContain('not a readiness-gate/report@2 JSON report');
    expect(malformed.stdout).toContain('ready: expected a boolean, found "yes"');
    expect(server.log).toEqual([]);

    const workspace = await makeWorkspace({ '.github/readiness.yml': READY, 'RUNBOOK.md': 'x' });
    const check = await gate(server, {
      workspace,
      eventName: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { token: '', 'fail-on': 'never' },
    });
    expect(server.log).toEqual([]);
    await writeFile(path.join(folder, 'report.json'), await readFile(check.outputs.report!));
    const payload = examplePayload('workflow_run', 'completed') as {
      workflow_run: Record<string, unknown>;
    };
    payload.workflow_run = {
      ...payload.workflow_run,
      event: 'pull_request',
      head_sha: EXAMPLE_HEAD_SHA,
      pull_requests: [],
    };
    const publish = await gate(server, {
      workspace: folder,
      eventName: 'workflow_run',
      payload,
      inputs: { mode: 'publish', report: 'report.json' },
    });
    expect(publish.code).toBe(1);
    expect(warnings(publish)).toHaveLength(1);
    expect(warnings(publish)[0]).toContain(
      'Pull request #2 is now at aaaaaaa, not at ec26c3e where this report was made',
    );
    expect(server.state.comments(REPO, 2)).toHaveLength(0);
    expect(server.state.checkRuns(REPO, EXAMPLE_HEAD_SHA)).toHaveLength(1);
  });
});
