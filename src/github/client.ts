// Builds the one Octokit the action uses: retry on 5xx, throttling that honours retry-after, and a count of API calls.
import { getOctokit } from '@actions/github';
import type { Octokit } from '@octokit/core';
import type { OctokitOptions } from '@octokit/core/types';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import type BottleneckModule from 'bottleneck';
// @ts-expect-error: the light build (the one the throttling plugin bundles) ships no types of its own
import BottleneckLight from 'bottleneck/light.js';

/** The Octokit `@actions/github` builds, with the REST methods and pagination. */
export type GitHubOctokit = ReturnType<typeof getOctokit>;

/** Throttling settings a test may override (write spacing groups, the retry-after scale). */
export type ThrottleOverrides = Partial<
  Omit<ThrottlingOptions, 'enabled' | 'onRateLimit' | 'onSecondaryRateLimit'>
>;

export interface ClientOptions {
  /** The API base URL; default `GITHUB_API_URL` as `@actions/github` reads it (GitHub Enterprise Server included). */
  readonly baseUrl?: string;
  /** How many times to retry after a rate limit before giving up; default 2. */
  readonly maxRateLimitRetries?: number;
  /** The longest wait, in seconds, worth taking for a rate limit; longer ones give up at once. Default 120. */
  readonly maxRetryAfterS?: number;
  /** Retries after a 5xx or a network error; default 3 (the retry plugin's own). */
  readonly retries?: number;
  /** Milliseconds per unit of the retry plugin's `(n+1)²` backoff; default 1000. Tests make it tiny. */
  readonly retryBaseMs?: number;
  readonly throttle?: ThrottleOverrides;
  /** Where to say that a limit was hit and what happens next (core.warning in the action). */
  readonly onWarning?: (message: string) => void;
}

interface CallCounter {
  requests: number;
  rateLimited: number;
}

const counters = new WeakMap<object, CallCounter>();

/** Failures that another attempt a few seconds later will not cure: nothing listens there, or no such host. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND']);

/**
 * Octokit wraps fetch's `TypeError('fetch failed')` in a RequestError with status 500, which the
 * retry plugin would retry three times over 14 s; these causes say the API cannot be reached at all.
 */
function isUnreachable(error: unknown): boolean {
  let cause =
    error !== null && typeof error === 'object' ? (error as { cause?: unknown }).cause : undefined;
  for (let depth = 0; depth < 4 && cause !== null && typeof cause === 'object'; depth++) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if ((typeof code === 'string' && UNREACHABLE_CODES.has(code)) || message === 'bad port')
      return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * A plugin registered before retry and throttling, so it wraps every HTTP attempt, retries included.
 * It also tells the retry plugin not to retry when the API cannot be reached at all.
 */
function countingPlugin(counter: CallCounter) {
  return (octokit: Octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      counter.requests += 1;
      try {
        return await request(options);
      } catch (error) {
        if (isUnreachable(error)) options.request = { ...options.request, retries: 0 };
        throw error;
      }
    });
    return {};
  };
}

const Bottleneck = BottleneckLight as typeof BottleneckModule;

/** The variable the end-to-end tests set so that dist/ against their loopback stand-in does not wait. */
export const TEST_WAIT_VARIABLE = 'READINESS_GATE_TEST_API_WAIT_MS';

/**
 * The waits a test asks for through READINESS_GATE_TEST_API_WAIT_MS (write spacing, retry-after
 * unit, 5xx backoff unit, in ms), honoured only when the API is on this machine's loopback: against
 * GitHub the variable changes nothing, so a workflow cannot set it to outrun GitHub's limits.
 */
export function loopbackTestWaitMs(
  env: Readonly<Record<string, string | undefined>>,
  baseUrl: string | undefined,
): number | undefined {
  const raw = env[TEST_WAIT_VARIABLE];
  if (raw === undefined || !/^\d{1,4}$/.test(raw)) return undefined;
  let host: string;
  try {
    host = new URL(baseUrl ?? env['GITHUB_API_URL'] ?? 'https://api.github.com').hostname;
  } catch {
    return undefined;
  }
  return host === '127.0.0.1' || host === '[::1]' || host === 'localhost' ? Number(raw) : undefined;
}

/**
 * Builds Octokit once with `@octokit/plugin-retry` (5xx and network errors) and
 * `@octokit/plugin-throttling` (primary and secondary rate limits; `retry-after` honoured, at most
 * `maxRateLimitRetries` times and never for a wait longer than `maxRetryAfterS`).
 */
export function createOctokit(token: string, options: ClientOptions = {}): GitHubOctokit {
  const counter: CallCounter = { requests: 0, rateLimited: 0 };
  const maxRetries = options.maxRateLimitRetries ?? 2;
  const maxWaitS = options.maxRetryAfterS ?? 120;
  const warn = options.onWarning ?? (() => undefined);
  const testWaitMs = loopbackTestWaitMs(process.env, options.baseUrl);
  const testThrottle: ThrottleOverrides =
    testWaitMs === undefined
      ? {}
      : {
          retryAfterBaseValue: testWaitMs,
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime: testWaitMs }),
          notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: testWaitMs }),
        };
  const retryBaseMs = options.retryBaseMs ?? testWaitMs;
  const shouldRetry = (
    kind: string,
    retryAfterS: number,
    method: string,
    url: string,
    retryCount: number,
  ): boolean => {
    counter.rateLimited += 1;
    const request = `${method} ${url}`;
    if (retryCount >= maxRetries) {
      warn(
        `GitHub's ${kind} rate limit stopped ${request} after ${retryCount} retries; giving up.`,
      );
      return false;
    }
    if (retryAfterS > maxWaitS) {
      warn(
        `GitHub's ${kind} rate limit asks to wait ${retryAfterS} s before ${request}; that is longer than ${maxWaitS} s, giving up.`,
      );
      return false;
    }
    warn(
      `GitHub's ${kind} rate limit hit on ${request}; retrying after ${retryAfterS} s (retry ${retryCount + 1} of ${maxRetries}).`,
    );
    return true;
  };
  const octokitOptions: OctokitOptions = {
    retry: {
      retries: options.retries ?? 3,
      ...(retryBaseMs === undefined ? {} : { retryAfterBaseValue: retryBaseMs }),
    },
    throttle: {
      ...testThrottle,
      ...options.throttle,
      onRateLimit: (retryAfter, request, _octokit, retryCount) =>
        shouldRetry('primary', retryAfter, request.method, request.url, retryCount),
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) =>
        shouldRetry('secondary', retryAfter, request.method, request.url, retryCount),
    },
  };
  if (options.baseUrl !== undefined) octokitOptions.baseUrl = options.baseUrl;
  const octokit = getOctokit(token, octokitOptions, countingPlugin(counter), retry, throttling);
  counters.set(octokit, counter);
  return octokit;
}

/** How many HTTP requests this Octokit has sent, retries included, and how many hit a rate limit. */
export function countApiCalls(octokit: object): {
  readonly requests: number;
  readonly rateLimited: number;
} {
  const counter = counters.get(octokit);
  return { requests: counter?.requests ?? 0, rateLimited: counter?.rateLimited ?? 0 };
}
