// Builds the real Octokit from src/github/client.ts against a stand-in, with throttling waits made tiny for tests.
import Bottleneck from 'bottleneck';
import { createOctokit, type ClientOptions, type GitHubOctokit } from '../../src/github/client.js';
import type { Standin } from './standin/index.js';

/** Write spacing of 5 ms instead of 1 s (3 s for comments); retry-after seconds count as 10 ms; 5xx backoff 10 ms. */
export function testOctokit(
  standin: Standin,
  token = 'ghs_write',
  options: ClientOptions & { warnings?: string[] } = {},
): GitHubOctokit {
  const warnings = options.warnings;
  return createOctokit(token, {
    baseUrl: standin.url,
    retryBaseMs: 10,
    onWarning: (message) => warnings?.push(message),
    ...options,
    throttle: {
      retryAfterBaseValue: 10,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 5 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 5 }),
      ...options.throttle,
    },
  });
}
