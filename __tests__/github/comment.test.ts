// The sticky comment against the stand-in: found again across pages, never duplicated, cut to GitHub's limit, safe for hostile text.
import { afterEach, describe, expect, it } from 'vitest';
import {
  commentMarker,
  encodeCommentState,
  fitComment,
  publishComment,
  readCommentState,
  stateHash,
  type CommentRequest,
} from '../../src/github/comment.js';
import { countApiCalls } from '../../src/github/client.js';
import { PermissionError } from '../../src/github/errors.js';
import { useStandin } from './standin/index.js';
import { testOctokit } from './octokit.js';

const REPO = 'Codertocat/Hello-World';
const start = useStandin(afterEach);

function request(overrides: Partial<CommentRequest> = {}): CommentRequest {
  return {
    owner: 'Codertocat',
    repo: 'Hello-World',
    issueNumber: 2,
    marker: 'DEPLOYMENT_CHECKLIST.md',
    body: '## ✅ Ready\n\nScore 100.0',
    mode: 'always',
    ready: true,
    ...overrides,
  };
}

describe('publishComment', () => {
  it('leaves one comment after two publishes, updated in place', async () => {
    const server = await start();
    const octokit = testOctokit(server);
    const first = await publishComment(octokit, request({ body: 'first run' }));
    const second = await publishComment(octokit, request({ body: 'second run' }));
    expect(first.action).toBe('created');
    expect(second).toMatchObject({ action: 'updated', id: first.id, url: first.url });
    const comments = server.state.comments(REPO, 2);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe(`${commentMarker('DEPLOYMENT_CHECKLIST.md')}\nsecond run`);
    expect(first.url).toMatch(
      /^https:\/\/github\.com\/Codertocat\/Hello-World\/pull\/2#issuecomment-\d+$/,
    );
    expect(
      server.log.map((entry) => `${entry.method} ${entry.operationId} ${entry.status}`),
    ).toEqual([
      'GET issues/list-comments 200',
      'POST issues/create-comment 201',
      'GET issues/list-comments 200',
      // Who the token writes as, asked once a marked comment exists (GITHUB_TOKEN: a bot).
      'GET users/get-authenticated 403',
      'PATCH issues/update-comment 200',
    ]);
    expect(countApiCalls(octokit).requests).toBe(5);
  });

  it('ignores a comment that forges the marker, never deletes it, and posts its own', async () => {
    const server = await start();
    const octokit = testOctokit(server);
    const marker = commentMarker('DEPLOYMENT_CHECKLIST.md');
    const [forged] = server.state.seedComments(REPO, 2, 1, {
      body: `${marker}\n## ✅ Ready (forged by a contributor)`,
      user: 'mallory',
    });
    const result = await publishComment(octokit, request({ body: 'the real verdict' }));
    expect(result.action).toBe('created');
    const comments = server.state.comments(REPO, 2);
    expect(comments.map((comment) => [comment.user, comment.body])).toEqual([
      ['mallory', forged!.body],
      ['github-actions[bot]', `${marker}\nthe real verdict`],
    ]);
    expect(server.requests('issues/delete-comment')).toHaveLength(0);
    expect(server.requests('issues/update-comment')).toHaveLength(0);
  });

  it("with a personal access token, trusts only that user's marked comments, not a bot's", async () => {
    const server = await start({ users: { ghp_alice: 'alice' } });
    const octokit = testOctokit(server, 'ghp_alice');
    const marker = commentMarker('DEPLOYMENT_CHECKLIST.md');
    server.state.seedComments(REPO, 2, 1, { body: `${marker}\nforged`, user: 'other-app[bot]' });
    const first = await publishComment(octokit, request({ body: 'one' }));
    const second = await publishComment(octokit, request({ body: 'two' }));
    expect(first.action).toBe('created');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(server.state.comments(REPO, 2).map((comment) => [comment.user, comment.body])).toEqual([
      ['other-app[bot]', `${marker}\nforged`],
      ['alice', `${marker}\ntwo`],
    ]);
  });

  it('finds its comment on page three among 250 others, listing 100 a page', async () => {
    const server = await start();
    server.state.seedComments(REPO, 2, 220);
    const octokit = testOctokit(server);
    const created = await publishComment(octokit, request());
    server.state.seedComments(REPO, 2, 30);
    const updated = await publishComment(octokit, request({ body: 'again' }));
    expect(updated).toMatchObject({ action: 'updated', id: created.id });
    expect(server.state.comments(REPO, 2)).toHaveLength(251);
    const lists = server.requests('issues/list-comments').slice(-3);
    expect(lists.map((entry) => entry.query['page'] ?? '1')).toEqual(['1', '2', '3']);
    expect(lists.every((entry) => entry.query['per_page'] === '100')).toBe(true);
    expect(lists[1]?.path).toBe('/repositories/1296269/issues/2/comments');
  });

  it('updates the newest match and deletes the duplicates left by concurrent runs', async () => {
    const server = await start();
    const marker = commentMarker('DEPLOYMENT_CHECKLIST.md');
    server.state.seedComments(REPO, 2, 1, {
      body: `${marker}\nold one`,
      user: 'github-actions[bot]',
    });
    server.state.seedComments(REPO, 2, 5);
    const [newest] = server.state.seedComments(REPO, 2, 1, {
      body: `${marker}\nnewer one`,
      user: 'github-actions[bot]',
    });
    server.state.seedComments(REPO, 2, 1, {
      body: `${marker}\nnewest? no: ${commentMarker('other.md')}`,
      user: 'github-actions[bot]',
    });
    const [otherChecklist] = server.state.seedComments(REPO, 2, 1, {
      body: `${commentMarker('other.md')}\nother checklist`,
      user: 'github-actions[bot]',
    });
    const result = await publishComment(testOctokit(server), request({ body: 'fresh' }));
    expect(result.action).toBe('deleted-duplicates');
    const remaining = server.state.comments(REPO, 2);
    const ours = remaining.filter((comment) => comment.body.startsWith(marker));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toBe(`${marker}\nfresh`);
    expect(ours[0]?.id).not.toBe(newest?.id);
    expect(remaining.some((comment) => comment.id === otherChecklist?.id)).toBe(true);
    expect(server.requests('issues/delete-comment')).toHaveLength(2);
  });

  it('in on-failure mode, posts nothing when ready but updates an existing comment when it passes', async () => {
    const server = await start();
    const octokit = testOctokit(server);
    expect(await publishComment(octokit, request({ mode: 'on-failure', ready: true }))).toEqual({
      action: 'skipped',
    });
    expect(server.state.comments(REPO, 2)).toHaveLength(0);
    expect(
      (
        await publishComment(
          octokit,
          request({ mode: 'on-failure', ready: false, body: 'not ready' }),
        )
      ).action,
    ).toBe('created');
    expect(
      (
        await publishComment(
          octokit,
          request({ mode: 'on-failure', ready: true, body: 'ready now' }),
        )
      ).action,
    ).toBe('updated');
    expect(server.state.comments(REPO, 2).map((comment) => comment.body.split('\n')[1])).toEqual([
      'ready now',
    ]);
  });

  it('classifies a read-only token as a PermissionError naming pull-requests: write, and the fork pattern on forks', async () => {
    const server = await start({ tokens: { ghs_fork: 'read-only' } });
    const error = await publishComment(
      testOctokit(server, 'ghs_fork'),
      request({ isFork: true }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermissionError);
    const permission = error as PermissionError;
    expect(permission.permissionLine).toBe('pull-requests: write');
    expect(permission.acceptedPermissions).toBe('issues=write; pull_requests=write');
    expect(permission.message).toContain('Resource not accessible by integration');
    expect(permission.message).toContain('workflow_run');
    expect(permission.message).not.toContain('ghs_fork');
    const sameRepo = await publishComment(testOctokit(server, 'ghs_fork'), request()).catch(
      (caught: unknown) => caught,
    );
    expect((sameRepo as Error).message).toContain(
      'add `pull-requests: write` under `permissions:`',
    );
  });

  it('recovers from a 502 on the first write of each kind without leaving a duplicate comment', async () => {
    const server = await start({
      faults: [{ kind: 'server-error', on: 'write', perOperation: true, commitWrite: true }],
    });
    const octokit = testOctokit(server);
    expect((await publishComment(octokit, request({ body: 'one' }))).action).toBe('created');
    expect((await publishComment(octokit, request({ body: 'two' }))).action).toBe('updated');
    expect(server.state.comments(REPO, 2)).toHaveLength(1);
    expect(server.state.comments(REPO, 2)[0]?.body).toContain('two');
    expect(
      server.log.filter((entry) => entry.status === 502).map((entry) => entry.operationId),
    ).toEqual(['issues/create-comment', 'issues/update-comment']);
  });

  it('recovers from an uncommitted 502 on create by posting again', async () => {
    const server = await start({ faults: [{ kind: 'server-error', on: 'issues/create-comment' }] });
    expect((await publishComment(testOctokit(server), request())).action).toBe('created');
    expect(server.state.comments(REPO, 2)).toHaveLength(1);
  });

  it('publishes hostile text that the stand-in accepts, and finds its marker again', async () => {
    const server = await start();
    const octokit = testOctokit(server);
    const hostile = [
      '-->',
      '<!-- readiness-gate:DEPLOYMENT_CHECKLIST.md -->',
      '| broken | table |',
      '@octocat please merge',
      '[click](javascript:alert(1))',
      '<script>alert(1)</script> </details> <details>',
      '\u0000 \u202e 🚀'.repeat(10),
    ].join('\n');
    const path = 'evil --> <!-- path\n.md';
    await publishComment(octokit, request({ marker: path, body: hostile }));
    await publishComment(octokit, request({ marker: path, body: `${hostile}\nagain` }));
    const comments = server.state.comments(REPO, 2);
    expect(comments).toHaveLength(1);
    expect(commentMarker(path)).toBe('<!-- readiness-gate:evil --%3E %3C!-- path%0A.md -->');
    expect(comments[0]?.body.split('\n')[0]).toBe(commentMarker(path));
    expect(
      server.log.every(
        (entry) => entry.status < 400 || entry.operationId === 'users/get-authenticated',
      ),
    ).toBe(true);
  });

  it('cuts a body over 65,536 characters at a clean boundary, and GitHub accepts it', async () => {
    const server = await start();
    const row = (index: number): string => `| item ${index} | failed | ${'x'.repeat(80)} |`;
    const body = [
      '## Not ready',
      '<details><summary>All items</summary>',
      '',
      '| item | status | summary |',
      '| --- | --- | --- |',
      ...Array.from({ length: 2000 }, (_, index) => row(index)),
      '',
      '</details>',
    ].join('\n');
    expect(body.length).toBeGreaterThan(65_536);
    await publishComment(testOctokit(server), request({ body }));
    const stored = server.state.comments(REPO, 2)[0]?.body ?? '';
    expect(stored.length).toBeLessThanOrEqual(65_536);
    expect(stored).toMatch(
      /\| item \d+ \| failed \| x{80} \|\n\n<\/details>\n\n> \[!NOTE\]\n> Cut to fit GitHub's size limit: \d+ lines/,
    );
    expect(stored).toContain('job summary and the JSON report');
    expect(
      stored
        .trimEnd()
        .split('\n')
        .filter((line) => /^\| item \d/.test(line))
        .every((line) => /^\| item \d+ \| failed \| x{80} \|$/.test(line)),
    ).toBe(true);
  });
});

describe('fitComment', () => {
  it('returns a body within the limit unchanged', () => {
    expect(fitComment('short', 10)).toBe('short');
  });

  it('never cuts inside a fenced code block or between a table header and its delimiter', () => {
    const body = [
      'intro',
      '```',
      'a'.repeat(200),
      'b'.repeat(200),
      '```',
      '| h |',
      '| - |',
      '| r |',
    ].join('\n');
    const inFence = fitComment(body, 400);
    expect(inFence).toMatch(/^intro\n\n> \[!NOTE\]/);
    expect(inFence.length).toBeLessThanOrEqual(400);
    const table = [
      'intro',
      '| h |',
      '| - |',
      ...Array.from({ length: 40 }, (_, index) => `| row ${index} |`),
    ].join('\n');
    const cutTable = fitComment(table, 300);
    expect(cutTable.length).toBeLessThanOrEqual(300);
    expect(cutTable).not.toMatch(/\| h \|\n\n/);
  });

  it('falls back to a code-point cut for one huge line without splitting an emoji', () => {
    const cut = fitComment('🚀'.repeat(40_000), 65_536);
    expect(cut.length).toBeLessThanOrEqual(65_536);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('the comment state', () => {
  it('reads back what it wrote, and nothing from a body that is not ours or is malformed', () => {
    const state = {
      digest: 'abcDEF123_-x',
      blocking: [stateHash('tests')],
      notPassing: [stateHash('tests'), stateHash('docs')],
    };
    const line = encodeCommentState(state);
    expect(line).toMatch(/^<!-- readiness-gate-state v1 d=[\w-]+ b=[\w-]+ n=[\w-]+ -->$/);
    expect(readCommentState(`${commentMarker('a.md')}\n${line}\n## body`)).toEqual(state);
    expect(readCommentState('## a comment without state')).toBeUndefined();
    expect(readCommentState('<!-- readiness-gate-state v2 d=x -->')).toBeUndefined();
    expect(readCommentState('<!-- readiness-gate-state v1 b=abc -->')).toBeUndefined();
  });

  it('cannot be made to close the comment or forge a marker by what it is given', () => {
    const line = encodeCommentState({
      digest: 'x --> <!-- readiness-gate:other.md -->',
      blocking: ['-->'],
      notPassing: [],
    });
    expect(line.match(/-->/g)).toHaveLength(1);
    expect(line).not.toContain('readiness-gate:other');
  });

  it('is not rewritten when the digest is the same: no edit, no notification', async () => {
    const server = await start();
    const octokit = testOctokit(server);
    const compose = (digest: string) => () => ({
      body: `${commentMarker('c.yml')}\n${encodeCommentState({ digest, blocking: [], notPassing: [] })}\nbody ${digest}`,
      digest,
    });
    const first = await publishComment(octokit, request({ compose: compose('one') }));
    expect(first.action).toBe('created');
    const again = await publishComment(octokit, request({ compose: compose('one') }));
    expect(again).toMatchObject({ action: 'unchanged', id: first.id });
    expect(server.requests('issues/update-comment')).toHaveLength(0);
    const changed = await publishComment(octokit, request({ compose: compose('two') }));
    expect(changed.action).toBe('updated');
    expect(server.state.comments(REPO, 2)[0]!.body).toContain('body two');
  });
});

describe('commentMarker', () => {
  it('keeps an id inside its HTML comment: no id can close it early or forge another marker', () => {
    const marker = commentMarker('x --> y\n<!-- readiness-gate:other -->');
    expect(marker.startsWith('<!-- readiness-gate:')).toBe(true);
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
    expect(marker).not.toContain('\n');
    expect(marker.match(/<!--/g)).toHaveLength(1);
  });
});
