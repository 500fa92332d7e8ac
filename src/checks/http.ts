// The `http` kind: an endpoint answers with the expected status (and text) within its retries.
import type { Result } from '../model.js';
import type { CheckContext, CheckKindModule } from './types.js';

export interface HttpOptions {
  readonly url: string;
  /** Expected status code, or any of a list (default 200). */
  readonly status?: number | readonly number[];
  /** Literal text the body must contain (within its first MAX_BODY_BYTES). */
  readonly contains?: string;
  /** Seconds for one attempt, body included (default 10). */
  readonly timeout?: number;
  /** Attempts after the first (default 0). */
  readonly retries?: number;
  /** Seconds between attempts (default 2). */
  readonly interval?: number;
  /** Follow redirects (default false: a redirect is the answer). */
  readonly follow?: boolean;
}

/** Bodies are read up to 1 MiB; the rest is never downloaded. */
export const MAX_BODY_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 5;
const SHOWN_BODY_CHARS = 2000;

const seconds = { type: 'number', exclusiveMinimum: 0, maximum: 3600 };
const statusCode = { type: 'integer', minimum: 100, maximum: 599 };

export const httpOptionsSchema = {
  type: 'object',
  description:
    'Requests a URL (GET, TLS verified, the proxy variables applied): passes when it answers with the expected status, and with the text given in contains, within its retries. Declared only, never inferred; refused on pull_request_target unless allowed.',
  properties: {
    url: {
      type: 'string',
      pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$',
      description: 'An http:// or https:// URL.',
    },
    status: {
      description: 'Expected status code, or a list of them (default 200).',
      oneOf: [statusCode, { type: 'array', items: statusCode, minItems: 1 }],
    },
    contains: {
      type: 'string',
      minLength: 1,
      description: 'Literal text the body must contain (its first 1 MiB is read).',
    },
    timeout: { ...seconds, description: 'Seconds for one attempt, body included (default 10).' },
    retries: {
      type: 'integer',
      minimum: 0,
      maximum: 100,
      description: 'Attempts after the first, for a service still starting (default 0).',
    },
    interval: { ...seconds, description: 'Seconds between attempts (default 2).' },
    follow: {
      type: 'boolean',
      description: 'Follow redirects (default false: a redirect is the answer judged).',
    },
  },
  required: ['url'],
  additionalProperties: false,
} as const;

/** One attempt's answer, or why there was none. */
type Attempt =
  | {
      readonly status: number;
      readonly body: string;
      readonly isTruncated: boolean;
      readonly location?: string;
    }
  | { readonly error: string; readonly isTimeout: boolean };

function expectedStatuses(options: HttpOptions): readonly number[] {
  if (options.status === undefined) return [200];
  return typeof options.status === 'number' ? [options.status] : options.status;
}

/** Why an answer is not the expected one, or undefined when it is. */
function mismatch(attempt: Attempt, options: HttpOptions): string | undefined {
  if ('error' in attempt) return attempt.error;
  const expected = expectedStatuses(options);
  if (!expected.includes(attempt.status)) {
    const redirect =
      attempt.status >= 300 && attempt.status < 400 && !options.follow
        ? ` (a redirect${attempt.location ? ` to ${attempt.location}` : ''}; set follow: true to follow it)`
        : '';
    return `answered ${attempt.status}, expected ${expected.join(' or ')}${redirect}`;
  }
  if (options.contains !== undefined && !attempt.body.includes(options.contains)) {
    return `answered ${attempt.status} without ${JSON.stringify(options.contains)} in its body${attempt.isTruncated ? ' (first 1 MiB read)' : ''}`;
  }
  return undefined;
}

async function run(options: HttpOptions, context: CheckContext): Promise<Result> {
  const started = Date.now();
  if (!context.mayFetchHttp) {
    return {
      status: 'errored',
      summary:
        context.httpRefusedReason ??
        'http checks do not run on pull_request_target, where a write token sits next to code from a fork (set allow-on-pull-request-target: http to allow)',
      durationMs: 0,
    };
  }
  const attempts = 1 + (options.retries ?? 0);
  const timeoutMs = (options.timeout ?? 10) * 1000;
  const intervalMs = (options.interval ?? 2) * 1000;
  const dispatchers = new Dispatchers(await loadUndici(), context.env);
  let last: Attempt | undefined;
  let attempt = 1;
  try {
    for (; attempt <= attempts; attempt++) {
      last = await withDeadline(
        fetchOnce(options, dispatchers, timeoutMs, context.signal),
        timeoutMs,
      );
      if (mismatch(last, options) === undefined || context.signal.aborted) break;
      if (attempt < attempts && !(await pause(intervalMs, context.signal))) break;
    }
  } finally {
    await dispatchers.destroy();
  }
  const durationMs = Date.now() - started;
  const tried = Math.min(attempt, attempts);
  const triedNote = attempts > 1 ? ` (attempt ${tried} of ${attempts})` : '';
  const status = last && !('error' in last) ? last.status : null;
  const metrics = { status, attempts: tried, durationMs };
  const shown = context.mask(options.url);
  if (context.signal.aborted && (last === undefined || mismatch(last, options) !== undefined)) {
    return {
      status: 'errored',
      summary: `GET ${shown}: not decided (the gate ran out of time or was stopped)`,
      metrics,
      durationMs,
    };
  }
  const problem = mismatch(last!, options);
  if (problem === undefined) {
    return {
      status: 'passed',
      summary: `GET ${shown} answered ${status}${options.contains !== undefined ? ` with ${JSON.stringify(options.contains)}` : ''}${triedNote}`,
      metrics,
      durationMs,
    };
  }
  const output =
    last && !('error' in last) && last.body !== ''
      ? context.mask(last.body.slice(0, SHOWN_BODY_CHARS))
      : undefined;
  return {
    // No answer (refused, timed out, TLS or DNS failure) leaves the check undecided.
    status: 'error' in last! ? 'errored' : 'failed',
    summary: `GET ${shown} ${problem}${attempts > 1 ? ` after ${attempts} attempts` : ''}`,
    metrics,
    durationMs,
    ...(output ? { output } : {}),
  };
}

type Undici = typeof import('undici');

/** TLS is always verified, whatever NODE_TLS_REJECT_UNAUTHORIZED says. */
const VERIFIED = { rejectUnauthorized: true } as const;

/**
 * The connection for each URL: straight to the server, or through the proxy the step's
 * `HTTPS_PROXY`/`HTTP_PROXY` (either case) name unless `NO_PROXY` exempts the host. (undici's own
 * EnvHttpProxyAgent does this too, but warns on every run that it is experimental.)
 */
class Dispatchers {
  private direct: import('undici').Dispatcher | undefined;
  private readonly proxied = new Map<string, import('undici').Dispatcher>();
  private readonly noProxy: readonly string[];

  constructor(
    private readonly undici: Undici,
    private readonly env: Readonly<Record<string, string | undefined>>,
  ) {
    this.noProxy = (env['NO_PROXY'] ?? env['no_proxy'] ?? '')
      .split(/[\s,]+/)
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean);
  }

  for(url: URL): import('undici').Dispatcher {
    const proxy = this.proxyFor(url);
    if (proxy === undefined) return (this.direct ??= new this.undici.Agent({ connect: VERIFIED }));
    let agent = this.proxied.get(proxy);
    if (agent === undefined) {
      // requestTls: to the server through the tunnel; proxyTls: to an https:// proxy.
      agent = new this.undici.ProxyAgent({ uri: proxy, requestTls: VERIFIED, proxyTls: VERIFIED });
      this.proxied.set(proxy, agent);
    }
    return agent;
  }

  private proxyFor(url: URL): string | undefined {
    const env = this.env;
    const proxy =
      url.protocol === 'https:'
        ? (env['HTTPS_PROXY'] ?? env['https_proxy'] ?? env['HTTP_PROXY'] ?? env['http_proxy'])
        : (env['HTTP_PROXY'] ?? env['http_proxy']);
    if (proxy === undefined || proxy.trim() === '' || this.isExempt(url)) return undefined;
    return proxy.trim();
  }

  /** NO_PROXY as curl reads it: `*`, a host, `.domain` or `domain` (its subdomains too), with an optional port. */
  private isExempt(url: URL): boolean {
    const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    return this.noProxy.some((entry) => {
      if (entry === '*') return true;
      const match = /^(.*?)(?::(\d+))?$/.exec(entry)!;
      const name = match[1]!.replace(/^\*?\./, '').replace(/^\[|\]$/g, '');
      if (match[2] !== undefined && match[2] !== port) return false;
      return host === name || host.endsWith(`.${name}`);
    });
  }

  async destroy(): Promise<void> {
    // Destroy, not close: a request still hanging (a silent proxy) must not hold the gate.
    const all = [...this.proxied.values(), ...(this.direct ? [this.direct] : [])];
    await Promise.all(all.map((agent) => agent.destroy().catch(() => undefined)));
  }
}

/**
 * undici, loaded only when an http check runs. It is CommonJS: bundled, its exports may sit on
 * the namespace's `default`.
 */
async function loadUndici(): Promise<Undici> {
  const loaded = (await import('undici')) as Undici & { default?: Undici };
  return typeof loaded.ProxyAgent === 'function' ? loaded : loaded.default!;
}

/**
 * The attempt, or a timeout once `timeoutMs` have passed: undici's proxy tunnel (CONNECT) does not
 * heed the abort signal, so the deadline is kept here as well.
 */
async function withDeadline(attempt: Promise<Attempt>, timeoutMs: number): Promise<Attempt> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Attempt>((resolve) => {
    timer = setTimeout(
      () => resolve({ error: `did not answer within ${timeoutMs / 1000} s`, isTimeout: true }),
      timeoutMs + 50,
    );
  });
  try {
    return await Promise.race([attempt, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** One GET, redirects followed only when asked, the body read up to MAX_BODY_BYTES. */
async function fetchOnce(
  options: HttpOptions,
  dispatchers: Dispatchers,
  timeoutMs: number,
  gateSignal: AbortSignal,
): Promise<Attempt> {
  const { request } = await loadUndici();
  const signal = AbortSignal.any([gateSignal, AbortSignal.timeout(timeoutMs)]);
  let url = options.url;
  try {
    for (let hop = 0; ; hop++) {
      const response = await request(url, {
        method: 'GET',
        dispatcher: dispatchers.for(new URL(url)),
        signal,
        headers: { 'user-agent': 'readiness-gate', accept: '*/*' },
      });
      const location = headerValue(response.headers['location']);
      const isRedirect = response.statusCode >= 300 && response.statusCode < 400 && location;
      if (isRedirect && options.follow) {
        // Drain the (small) redirect body so the connection ends cleanly.
        await response.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
          return { error: `redirected to a ${next.protocol} URL`, isTimeout: false };
        if (hop >= MAX_REDIRECTS)
          return { error: `more than ${MAX_REDIRECTS} redirects`, isTimeout: false };
        url = next.href;
        continue;
      }
      const { body, isTruncated } = await readBounded(response.body);
      return {
        status: response.statusCode,
        body,
        isTruncated,
        ...(location ? { location } : {}),
      };
    }
  } catch (error) {
    if (signal.aborted && !gateSignal.aborted)
      return { error: `did not answer within ${timeoutMs / 1000} s`, isTimeout: true };
    return { error: `could not be reached: ${describeError(error)}`, isTimeout: false };
  }
}

/** The body's first MAX_BODY_BYTES as UTF-8; the connection is dropped once they are read. */
async function readBounded(
  body: AsyncIterable<Buffer> & {
    destroy: () => void;
    on: (event: 'error', listener: () => void) => unknown;
  },
): Promise<{ body: string; isTruncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const room = MAX_BODY_BYTES - size;
    if (chunk.length >= room) {
      chunks.push(chunk.subarray(0, room));
      // Dropping the connection makes the stream report an abort nobody needs to hear.
      body.on('error', () => undefined);
      body.destroy();
      return { body: Buffer.concat(chunks).toString('utf8'), isTruncated: true };
    }
    chunks.push(chunk);
    size += chunk.length;
  }
  return { body: Buffer.concat(chunks).toString('utf8'), isTruncated: false };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function describeError(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code =
    typeof cause === 'object' && cause !== null && 'code' in cause
      ? String((cause as { code: unknown }).code)
      : '';
  const message = cause instanceof Error ? cause.message : String(cause);
  return code && !message.includes(code) ? `${code} ${message}` : message;
}

/** Waits, unless the gate is stopped first; false when it was. */
function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export const httpCheck: CheckKindModule<HttpOptions> = {
  kind: 'http',
  optionsSchema: httpOptionsSchema,
  describe: (options) => {
    const expected = expectedStatuses(options).join(' or ');
    const retries = options.retries ? `, ${options.retries} retries` : '';
    return `GET ${options.url} → ${expected}${options.contains !== undefined ? ` containing ${JSON.stringify(options.contains)}` : ''}${retries}`;
  },
  runsCommand: () => false,
  run,
};
