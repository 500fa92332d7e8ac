// The Octokit client against the stand-in: secondary rate limits with retry-after, bounded retries, call counting, GHES base URLs.
import { afterEach, describe, expect, it } from 'vitest';
import {
  countApiCalls,
  createOctokit,
  loopbackTestWaitMs,
  TEST_WAIT_VARIABLE,
} from '../../src/github/client.js';
import { publishComment } from '../../src/github/comment.js';
import { classifyError, GitHubApiError } from '../../src/github/errors.js';
import { useStandin } from './standin/index.js';
import { testOctokit } from './octokit.js';

const start = useStandin(afterEach);

const comment = {
  owner: 'Codertocat',
  repo: 'Hello-World',
  issueNumber: 2,
  marker: 'c.md',
  body: 'b',
  mode: 'always',
  ready: false,
} as const;

describe('createOctokit', () => {
  it('waits out a secondary rate limit as retry-after says, then succeeds', async () => {
    const server = await start({
      faults: [{ kind: 'secondary-rate-limit', on: 'issues/create-comment', retryAfterS: 1 }],
    });
    const warnings: string[] = [];
    const octokit = testOctokit(server, 'ghs_write', { warnings });
    const result = await publishComment(octokit, comment);
    expect(result.action).toBe('created');
    expect(warnings).toEqual([
      expect.stringMatching(
        /^GitHub's secondary rate limit hit on POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments; retrying after 1 s \(retry 1 of 2\)\.$/,
      ),
    ]);
    expect(server.requests('issues/create-comment').map((entry) => entry.status)).toEqual([
      403, 201,
    ]);
    expect(countApiCalls(octokit)).toEqual({ requests: 3, rateLimited: 1 });
  });

  it('gives up after two retries of a secondary rate limit', async () => {
    const server = await start({
      faults: [
        { kind: 'secondary-rate-limit', on: 'issues/create-comment', times: 10, retryAfterS: 1 },
      ],
    });
    const warnings: string[] = [];
    const error = await publishComment(
      testOctokit(server, 'ghs_write', { warnings }),
      comment,
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(403);
    expect((error as Error).message).toMatch(/secondary rate limit/);
    expect(server.requests('issues/create-comment')).toHaveLength(3);
    expect(warnings.at(-1)).toMatch(/after 2 retries; giving up/);
  });

  it('does not wait for a retry-after longer than the bound', async () => {
    const server = await start({
      faults: [{ kind: 'secondary-rate-limit', on: 'issues/create-comment', retryAfterS: 3600 }],
    });
    const warnings: string[] = [];
    const started = performance.now();
    await expect(
      publishComment(testOctokit(server, 'ghs_write', { warnings, maxRetryAfterS: 60 }), comment),
    ).rejects.toThrow(/secondary rate limit/);
    // Waiting as asked would take an hour; a loaded runner still answers well within 10 s.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(warnings[0]).toMatch(/asks to wait 3600 s .* longer than 60 s, giving up/);
  });

  it('retries a 502 on a read with the retry plugin and counts every attempt', async () => {
    const server = await start({ faults: [{ kind: 'server-error', on: 'pulls/get', times: 2 }] });
    const octokit = testOctokit(server);
    const { data } = await octokit.rest.pulls.get({
      owner: 'Codertocat',
      repo: 'Hello-World',
      pull_number: 2,
    });
    expect(data.number).toBe(2);
    expect(server.requests('pulls/get').map((entry) => entry.status)).toEqual([502, 502, 200]);
    expect(countApiCalls(octokit).requests).toBe(3);
  });

  it('talks to GitHub Enterprise Server under /api/v3, following Link headers there', async () => {
    const server = await start({ pathPrefix: '/api/v3', serverUrl: 'https://ghes.example.com' });
    server.state.seedComments('Codertocat/Hello-World', 2, 150);
    const result = await publishComment(testOctokit(server), comment);
    expect(result.url).toMatch(
      /^https:\/\/ghes\.example\.com\/Codertocat\/Hello-World\/pull\/2#issuecomment-\d+$/,
    );
    expect(server.requests('issues/list-comments').map((entry) => entry.path)).toEqual([
      '/repos/Codertocat/Hello-World/issues/2/comments',
      '/repositories/1296269/issues/2/comments',
    ]);
  });

  it('answers 401 without a valid token, classified without echoing the token', async () => {
    const server = await start({ tokens: { ghs_write: 'write' } });
    const error = await testOctokit(server, 'ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
      .rest.pulls.get({ owner: 'Codertocat', repo: 'Hello-World', pull_number: 2 })
      .then(
        () => new Error('expected a 401'),
        (caught: unknown) =>
          classifyError(caught, {
            surface: 'pull-request',
            token: 'ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
          }),
      );
    expect(error.message).toBe(
      'GitHub answered 401 (GET http://127.0.0.1:' +
        new URL(server.url).port +
        '/repos/Codertocat/Hello-World/pulls/2): Bad credentials',
    );
    expect(JSON.stringify(error)).not.toContain('ABCDEFGHIJ');
  });

  it('does not retry when nothing listens at the API URL: another try would fail the same way', async () => {
    const server = await start();
    const url = server.url;
    await server.close(); // closing again after the test does no harm
    // The real retry backoff (1 s, 4 s, 9 s) would make this take 14 s; one refused attempt is
    // far quicker, even on a loaded runner.
    const octokit = createOctokit('ghs_write', { baseUrl: url });
    const started = Date.now();
    const error = await octokit.rest.pulls
      .get({ owner: 'Codertocat', repo: 'Hello-World', pull_number: 2 })
      .then(
        () => undefined,
        (caught: unknown) => classifyError(caught, { surface: 'pull-request' }),
      );
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error?.message).toContain('ECONNREFUSED');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(countApiCalls(octokit).requests).toBe(1);
  });

  it('takes the short test waits only for a loopback API, so a workflow cannot outrun GitHub with them', () => {
    const env = { [TEST_WAIT_VARIABLE]: '5' };
    expect(loopbackTestWaitMs(env, 'http://127.0.0.1:8080')).toBe(5);
    expect(loopbackTestWaitMs(env, 'http://[::1]:8080/api/v3')).toBe(5);
    expect(loopbackTestWaitMs({ ...env, GITHUB_API_URL: 'http://localhost:1' }, undefined)).toBe(5);
    expect(loopbackTestWaitMs(env, undefined)).toBeUndefined(); // api.github.com
    expect(loopbackTestWaitMs(env, 'https://api.github.com')).toBeUndefined();
    expect(loopbackTestWaitMs(env, 'https://ghes.example.com/api/v3')).toBeUndefined();
    expect(loopbackTestWaitMs(env, 'http://127.0.0.1.example.com')).toBeUndefined();
    expect(loopbackTestWaitMs(env, 'not a url')).toBeUndefined();
    expect(loopbackTestWaitMs({ [TEST_WAIT_VARIABLE]: '-1' }, 'http://127.0.0.1')).toBeUndefined();
    expect(loopbackTestWaitMs({}, 'http://127.0.0.1:8080')).toBeUndefined();
  });
});
