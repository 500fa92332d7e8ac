// Tests of the GitHub stand-in itself, with plain fetch: auth, pagination, validation layers, limits and faults.
import { afterEach, describe, expect, it } from 'vitest';
import { type Standin, useStandin } from './standin/index.js';

const REPO = '/repos/Codertocat/Hello-World';
const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const start = useStandin(afterEach);

interface Reply {
  status: number;
  headers: Headers;
  json: unknown;
}

async function call(
  server: Standin,
  method: string,
  path: string,
  body?: unknown,
  token: string | null = 'ghs_write',
): Promise<Reply> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (token) headers['authorization'] = `token ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? JSON.parse(text) : undefined,
  };
}

function annotation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    path: 'checklist.md',
    start_line: 3,
    end_line: 3,
    annotation_level: 'failure',
    message: 'failed',
    ...overrides,
  };
}

describe('GitHub stand-in', () => {
  it('answers 401 Requires authentication without a token, and Bad credentials for an unknown one', async () => {
    const server = await start({ tokens: { ghs_write: 'write' } });
    const missing = await call(server, 'GET', `${REPO}/issues/2/comments`, undefined, null);
    expect(missing.status).toBe(401);
    expect(missing.json).toEqual({
      message: 'Requires authentication',
      documentation_url: 'https://docs.github.com/rest',
      status: '401',
    });
    const unknown = await call(server, 'GET', `${REPO}/issues/2/comments`, undefined, 'ghs_other');
    expect(unknown.status).toBe(401);
    expect((unknown.json as { message: string }).message).toBe('Bad credentials');
  });

  it('sends rate-limit headers on every response and counts usage', async () => {
    const server = await start();
    const first = await call(server, 'GET', `${REPO}/pulls/2`);
    const second = await call(server, 'GET', `${REPO}/pulls/99`);
    expect(first.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('999');
    expect(second.status).toBe(404);
    expect(second.headers.get('x-ratelimit-used')).toBe('2');
    expect(Number(second.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(second.headers.get('x-ratelimit-resource')).toBe('core');
  });

  it('paginates comments 30 a page by default with Link headers that use /repositories/<id>', async () => {
    const server = await start();
    server.state.seedComments('Codertocat/Hello-World', 2, 250);
    const first = await call(server, 'GET', `${REPO}/issues/2/comments`);
    expect((first.json as unknown[]).length).toBe(30);
    const link = first.headers.get('link') ?? '';
    expect(link).toMatch(
      /^<http:\/\/127\.0\.0\.1:\d+\/repositories\/1296269\/issues\/2\/comments\?page=2>; rel="next", <[^>]+page=9>; rel="last"$/,
    );
    const capped = await call(server, 'GET', `${REPO}/issues/2/comments?per_page=500&page=3`);
    expect((capped.json as unknown[]).length).toBe(50);
    expect(capped.headers.get('link')).toContain('rel="prev"');
    expect(capped.headers.get('link')).not.toContain('rel="next"');
    expect(capped.headers.get('link')).toContain('rel="first"');
    const viaId = await call(
      server,
      'GET',
      `/repositories/1296269/issues/2/comments?per_page=100&page=2`,
    );
    expect((viaId.json as { id: number }[])[0]?.id).toBe(
      server.state.comments('Codertocat/Hello-World', 2)[100]?.id,
    );
  });

  it('answers 403 Resource not accessible by integration to a read-only token, naming the accepted permissions', async () => {
    const server = await start({ tokens: { ghs_write: 'write', ghs_fork: 'read-only' } });
    const comment = await call(
      server,
      'POST',
      `${REPO}/issues/2/comments`,
      { body: 'hi' },
      'ghs_fork',
    );
    expect(comment.status).toBe(403);
    expect(comment.json).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '403',
    });
    expect(comment.headers.get('x-accepted-github-permissions')).toBe(
      'issues=write; pull_requests=write',
    );
    const check = await call(
      server,
      'POST',
      `${REPO}/check-runs`,
      { name: 'x', head_sha: SHA },
      'ghs_fork',
    );
    expect(check.status).toBe(403);
    expect(check.headers.get('x-accepted-github-permissions')).toBe('checks=write');
    expect((await call(server, 'GET', `${REPO}/pulls/2`, undefined, 'ghs_fork')).status).toBe(200);
  });

  it('answers schema-layer 422s as GitHub words them', async () => {
    const server = await start();
    const noSha = await call(server, 'POST', `${REPO}/check-runs`, { name: 'x' });
    expect(noSha.status).toBe(422);
    expect((noSha.json as { message: string }).message).toBe(
      `Invalid request.\n\n"head_sha" wasn't supplied.`,
    );
    expect(noSha.json).not.toHaveProperty('errors');
    const badAnnotation = await call(server, 'POST', `${REPO}/check-runs`, {
      name: 'x',
      head_sha: SHA,
      output: {
        title: 't',
        summary: 's',
        annotations: [{ start_line: 1, end_line: 1, message: 'm' }],
      },
    });
    expect((badAnnotation.json as { message: string }).message).toBe(
      `Invalid request.\n\n"annotation_level", "path" weren't supplied.`,
    );
    const tooMany = await call(server, 'POST', `${REPO}/check-runs`, {
      name: 'x',
      head_sha: SHA,
      output: {
        title: 't',
        summary: 's',
        annotations: Array.from({ length: 51 }, () => annotation()),
      },
    });
    expect((tooMany.json as { message: string }).message).toBe(
      'Invalid request.\n\nNo more than 50 items are allowed; 51 were supplied.',
    );
    const longSummary = await call(server, 'POST', `${REPO}/check-runs`, {
      name: 'x',
      head_sha: SHA,
      output: { title: 't', summary: 'a'.repeat(85289) },
    });
    expect((longSummary.json as { message: string }).message).toBe(
      'Invalid request.\n\nOnly 65535 characters are allowed; 85289 were supplied.',
    );
    const notString = await call(server, 'POST', `${REPO}/issues/2/comments`, { body: false });
    expect((notString.json as { message: string }).message).toBe(
      `Invalid request.\n\nFor 'properties/body', false is not a string.`,
    );
    const empty = await call(server, 'POST', `${REPO}/issues/2/comments`);
    expect((empty.json as { message: string }).message).toBe(
      `Invalid request.\n\nFor 'links/0/schema', nil is not an object.`,
    );
    const waiting = await call(server, 'POST', `${REPO}/check-runs`, {
      name: 'x',
      head_sha: SHA,
      status: 'waiting',
    });
    expect((waiting.json as { message: string }).message).toBe(
      `Invalid request.\n\nFor 'properties/status', "waiting" is not a member of ["queued", "in_progress", "completed"].`,
    );
    const badJson = await call(server, 'POST', `${REPO}/issues/2/comments`, '{"body": ');
    expect(badJson.status).toBe(400);
    expect(server.state.checkRuns('Codertocat/Hello-World')).toHaveLength(0);
  });

  it('answers model-layer Validation Failed for the limits the schema does not encode', async () => {
    const server = await start();
    const longComment = await call(server, 'POST', `${REPO}/issues/2/comments`, {
      body: 'a'.repeat(65_537),
    });
    expect(longComment.status).toBe(422);
    expect(longComment.json).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: 'Body is too long (maximum is 65536 characters)',
        },
      ],
      status: '422',
    });
    expect(
      (await call(server, 'POST', `${REPO}/issues/2/comments`, { body: 'a'.repeat(65_536) }))
        .status,
    ).toBe(201);
    const emoji = '🚀'.repeat(20_000); // 20,000 characters, 80,000 bytes
    const bytes = await call(server, 'POST', `${REPO}/check-runs`, {
      name: 'x',
      head_sha: SHA,
      output: { title: 't', summary: emoji },
    });
    expect(bytes.json).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'CheckRun',
          code: 'custom',
          field: 'summary',
          message: 'summary exceeds a maximum bytesize of 65535',
        },
      ],
    });
    const noConclusion = await call(server, 'POST', `${REPO}/check-runs`, {
      name: 'x',
      head_sha: SHA,
      status: 'completed',
    });
    expect(noConclusion.json).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'CheckRun', code: 'missing_field', field: 'conclusion' }],
    });
    const invalidAnnotations = [
      annotation({ start_line: 3, end_line: 4, start_column: 1, end_column: 2 }),
      annotation({ start_line: 0, end_line: 0 }),
      annotation({ start_line: 5, end_line: 4 }),
      annotation({ title: 't'.repeat(256) }),
      annotation({ message: 'm'.repeat(64 * 1024 + 1) }),
    ];
    for (const invalid of invalidAnnotations) {
      const reply = await call(server, 'POST', `${REPO}/check-runs`, {
        name: 'x',
        head_sha: SHA,
        output: { title: 't', summary: 's', annotations: [invalid] },
      });
      expect(reply.json).toMatchObject({
        message: 'Validation Failed',
        errors: [{ resource: 'CheckRun', code: 'invalid', field: 'annotations' }],
      });
    }
    expect(server.state.checkRuns('Codertocat/Hello-World')).toHaveLength(0);
  });

  it('requires a conclusion on PATCH with status completed through the schema anyOf', async () => {
    const server = await start();
    const created = await call(server, 'POST', `${REPO}/check-runs`, {
      name: 'x',
      head_sha: SHA,
      status: 'in_progress',
    });
    const id = (created.json as { id: number }).id;
    const reply = await call(server, 'PATCH', `${REPO}/check-runs/${id}`, { status: 'completed' });
    expect(reply.status).toBe(422);
    expect((reply.json as { message: string }).message).toContain(`"conclusion" wasn't supplied.`);
  });

  it('appends annotations on PATCH and replaces title and summary', async () => {
    const server = await start();
    const created = await call(server, 'POST', `${REPO}/check-runs`, {
      name: 'Deployment readiness',
      head_sha: SHA,
      conclusion: 'failure',
      output: { title: 'first', summary: 'one', annotations: [annotation()] },
    });
    expect(created.status).toBe(201);
    const id = (created.json as { id: number }).id;
    const updated = await call(server, 'PATCH', `${REPO}/check-runs/${id}`, {
      output: { title: 'second', summary: 'two', annotations: [annotation(), annotation()] },
    });
    expect(updated.json).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'second', summary: 'two', annotations_count: 3 },
    });
    const listed = await call(
      server,
      'GET',
      `${REPO}/commits/${SHA}/check-runs?check_name=${encodeURIComponent('Deployment readiness')}`,
    );
    expect(listed.json).toMatchObject({
      total_count: 1,
      check_runs: [{ id, app: { slug: 'github-actions' } }],
    });
    const other = await call(server, 'GET', `${REPO}/commits/${SHA}/check-runs?check_name=other`);
    expect(other.json).toMatchObject({ total_count: 0, check_runs: [] });
  });

  it('creates, updates and deletes comments, and answers 404 for a comment that is gone', async () => {
    const server = await start();
    const created = await call(server, 'POST', `${REPO}/issues/2/comments`, { body: 'one' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      body: 'one',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: expect.stringMatching(/\/pull\/2#issuecomment-\d+$/),
    });
    const id = (created.json as { id: number }).id;
    expect(
      (await call(server, 'PATCH', `${REPO}/issues/comments/${id}`, { body: 'two' })).json,
    ).toMatchObject({ body: 'two' });
    expect((await call(server, 'DELETE', `${REPO}/issues/comments/${id}`)).status).toBe(204);
    expect(
      (await call(server, 'PATCH', `${REPO}/issues/comments/${id}`, { body: 'three' })).status,
    ).toBe(404);
    expect(
      (await call(server, 'POST', `${REPO}/issues/77/comments`, { body: 'nowhere' })).status,
    ).toBe(404);
    expect(
      server.log.map((entry) => `${entry.method} ${entry.operationId} ${entry.status}`),
    ).toEqual([
      'POST issues/create-comment 201',
      'PATCH issues/update-comment 200',
      'DELETE issues/delete-comment 204',
      'PATCH issues/update-comment 404',
      'POST issues/create-comment 404',
    ]);
  });

  it('injects a secondary rate limit with retry-after on the Nth request', async () => {
    const server = await start({
      faults: [{ kind: 'secondary-rate-limit', nth: 2, retryAfterS: 7 }],
    });
    expect((await call(server, 'GET', `${REPO}/pulls/2`)).status).toBe(200);
    const limited = await call(server, 'GET', `${REPO}/pulls/2`);
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect((limited.json as { message: string }).message).toMatch(/secondary rate limit/);
    expect((await call(server, 'GET', `${REPO}/pulls/2`)).status).toBe(200);
  });

  it('injects a 502 on the first write of each kind, optionally after committing it', async () => {
    const server = await start({
      faults: [{ kind: 'server-error', on: 'write', perOperation: true, commitWrite: true }],
    });
    expect(
      (await call(server, 'POST', `${REPO}/check-runs`, { name: 'x', head_sha: SHA })).status,
    ).toBe(502);
    expect(
      (await call(server, 'POST', `${REPO}/check-runs`, { name: 'x', head_sha: SHA })).status,
    ).toBe(201);
    expect(server.state.checkRuns('Codertocat/Hello-World')).toHaveLength(2);
    expect((await call(server, 'POST', `${REPO}/issues/2/comments`, { body: 'a' })).status).toBe(
      502,
    );
    expect((await call(server, 'GET', `${REPO}/issues/2/comments`)).status).toBe(200);
    expect(server.log.filter((entry) => entry.fault === 'server-error')).toHaveLength(2);
  });

  it('serves GitHub Enterprise Server paths under /api/v3', async () => {
    const server = await start({ pathPrefix: '/api/v3' });
    expect(server.url).toMatch(/\/api\/v3$/);
    server.state.seedComments('Codertocat/Hello-World', 2, 40);
    const reply = await call(server, 'GET', `${REPO}/issues/2/comments`);
    expect(reply.headers.get('link')).toContain(
      '/api/v3/repositories/1296269/issues/2/comments?page=2',
    );
  });
});
