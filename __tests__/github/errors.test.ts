// Classifying GitHub's answers: permission errors carry the fix, and no message carries the token.
import { describe, expect, it } from 'vitest';
import {
  classifyError,
  GitHubApiError,
  PermissionError,
  redactToken,
} from '../../src/github/errors.js';
import { fitMarkdown } from '../../src/render/fit-markdown.js';

function requestError(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): unknown {
  return Object.assign(new Error(message), {
    status,
    request: {
      method: 'POST',
      url: 'https://api.github.com/repos/o/r/check-runs',
      headers: { authorization: 'token ghs_SECRETSECRETSECRET123' },
    },
    response: { status, headers, data: { message, status: String(status) } },
  });
}

describe('classifyError', () => {
  it('turns 403 Resource not accessible by personal access token into a PermissionError too', () => {
    const error = classifyError(
      requestError(403, 'Resource not accessible by personal access token'),
      { surface: 'check-run' },
    );
    expect(error).toBeInstanceOf(PermissionError);
    expect(error.message).toBe(
      'Could not publish the check run: GitHub answered 403 "Resource not accessible by personal access token" (POST https://api.github.com/repos/o/r/check-runs). The token lacks a permission: add `checks: write` under `permissions:` in the workflow (or the job).',
    );
  });

  it('leaves other 403s (rate limits) as API errors', () => {
    const error = classifyError(requestError(403, 'You have exceeded a secondary rate limit.'), {
      surface: 'comment',
    });
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(403);
  });

  it('handles errors that are not Octokit errors', () => {
    expect(classifyError(new TypeError('fetch failed'), { surface: 'comment' }).message).toBe(
      'GitHub request failed: fetch failed',
    );
    expect(classifyError('weird', { surface: 'comment' }).message).toBe(
      'GitHub request failed: unknown error',
    );
  });

  it('never repeats the token, even when GitHub echoes it', () => {
    const error = classifyError(requestError(422, 'token ghs_SECRETSECRETSECRET123 is bad'), {
      surface: 'comment',
      token: 'ghs_SECRETSECRETSECRET123',
    });
    expect(error.message).not.toContain('SECRET');
    expect(redactToken('authorization: token abc.def', undefined)).toBe('authorization: ***');
    expect(redactToken('use my-custom-token here', 'my-custom-token')).toBe('use *** here');
  });
});

describe('fitMarkdown', () => {
  it('closes a code fence it had to cut through', () => {
    const body = `\`\`\`\n${'x'.repeat(1000)}`;
    const cut = fitMarkdown(body, { maxChars: 500 });
    expect(cut.length).toBeLessThanOrEqual(500);
    expect(cut).toMatch(/^```\nx+\n```\n\n> \[!NOTE\]/);
  });
});
