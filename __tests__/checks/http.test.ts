// The `http` kind against a real loopback server: status, body, timeouts, retries, redirects, the 1 MiB bound.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { httpCheck, MAX_BODY_BYTES, type HttpOptions } from '../../src/checks/http.js';
import type { CheckContext } from '../../src/checks/types.js';
import type { Result } from '../../src/model.js';
import { checkContext } from '../helpers/check-context.js';

let server: http.Server;
let base: string;
/** Requests seen per path, so retries and the bounded body can be asserted. */
const hits = new Map<string, number>();
let bodyBytesSent = 0;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const count = (hits.get(url.pathname) ?? 0) + 1;
    hits.set(url.pathname, count);
    switch (url.pathname) {
      case '/health':
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"status":"ok"}');
        return;
      case '/down':
        response.writeHead(503);
        response.end('starting');
        return;
      case '/starting':
        // Answers 503 twice, then 200: a service an earlier step started.
        response.writeHead(count <= 2 ? 503 : 200);
        response.end(count <= 2 ? 'not yet' : 'ready');
        return;
      case '/hang':
        return; // never answers
      case '/moved':
        response.writeHead(302, { location: '/health' });
        response.end();
        return;
      case '/huge': {
        // 8 MiB, with the text looked for only after the first MiB.
        response.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const pump = (): void => {
          while (sent < 8 * 1024 * 1024) {
            sent += chunk.length;
            bodyBytesSent += chunk.length;
            if (!response.write(chunk)) {
              response.once('drain', pump);
              return;
            }
          }
          response.end('needle');
        };
        response.on('error', () => undefined);
        pump();
        return;
      }
      default:
        response.writeHead(404);
        response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function context(overrides: Partial<CheckContext> = {}): CheckContext {
  return checkContext(process.cwd(), {
    // A proxy in the step's environment must not catch loopback requests that NO_PROXY exempts.
    env: { HTTP_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1' },
    resolveFiles: () => Promise.resolve([]),
    ...overrides,
  });
}

const check = (options: HttpOptions, overrides?: Partial<CheckContext>): Promise<Result> =>
  httpCheck.run(options, context(overrides));

describe('http options', () => {
  const validate = new Ajv({ strict: false }).compile(httpCheck.optionsSchema);
  it('accepts what DESIGN.md shows and refuses other schemes and bad values', () => {
    expect(
      validate({
        url: 'http://localhost:8000/health',
        status: 200,
        contains: 'ok',
        timeout: 10,
        retries: 5,
        interval: 2,
      }),
    ).toBe(true);
    expect(validate({ url: 'https://example.com', status: [200, 204], follow: true })).toBe(true);
    expect(validate({ url: 'file:///etc/passwd' })).toBe(false);
    expect(validate({ url: 'http://x', status: 99 })).toBe(false);
    expect(validate({ url: 'http://x', retries: -1 })).toBe(false);
    expect(validate({ url: 'http://x', method: 'POST' })).toBe(false);
  });
});

describe('http', () => {
  it('passes when the endpoint answers 200 with the text', async () => {
    const result = await check({ url: `${base}/health`, contains: '"ok"' });
    expect(result.status).toBe('passed');
    expect(result.summary).toBe(`GET ${base}/health answered 200 with "\\"ok\\""`);
    expect(result.metrics).toMatchObject({ status: 200, attempts: 1 });
  });

  it('fails on another status, showing the body', async () => {
    const result = await check({ url: `${base}/down` });
    expect(result.status).toBe('failed');
    expect(result.summary).toBe(`GET ${base}/down answered 503, expected 200`);
    expect(result.output).toBe('starting');
  });

  it('accepts any status of a list', async () => {
    const result = await check({ url: `${base}/down`, status: [200, 503] });
    expect(result.status).toBe('passed');
  });

  it('fails when the body lacks the text', async () => {
    const result = await check({ url: `${base}/health`, contains: 'healthy' });
    expect(result.status).toBe('failed');
    expect(result.summary).toBe(`GET ${base}/health answered 200 without "healthy" in its body`);
  });

  it('retries a service that is still starting, and passes once it answers', async () => {
    hits.delete('/starting');
    const result = await check({ url: `${base}/starting`, retries: 5, interval: 0.01 });
    expect(result.status).toBe('passed');
    expect(result.summary).toBe(`GET ${base}/starting answered 200 (attempt 3 of 6)`);
    expect(hits.get('/starting')).toBe(3);
  });

  it('fails after its retries when the answer stays wrong', async () => {
    hits.delete('/down');
    const result = await check({ url: `${base}/down`, retries: 2, interval: 0.01 });
    expect(result.status).toBe('failed');
    expect(result.summary).toBe(`GET ${base}/down answered 503, expected 200 after 3 attempts`);
    expect(hits.get('/down')).toBe(3);
  });

  it('is errored when the endpoint does not answer within the timeout', async () => {
    const result = await check({ url: `${base}/hang`, timeout: 0.2 });
    expect(result.status).toBe('errored');
    expect(result.summary).toBe(`GET ${base}/hang did not answer within 0.2 s`);
  });

  it('is errored when nothing listens', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await check({ url: `http://127.0.0.1:${port}/health` });
    expect(result.status).toBe('errored');
    expect(result.summary).toMatch(/could not be reached: .*ECONNREFUSED/);
  });

  it('does not follow a redirect unless asked', async () => {
    const result = await check({ url: `${base}/moved` });
    expect(result.status).toBe('failed');
    expect(result.summary).toBe(
      `GET ${base}/moved answered 302, expected 200 (a redirect to /health; set follow: true to follow it)`,
    );
    const followed = await check({ url: `${base}/moved`, follow: true, contains: 'ok' });
    expect(followed.status).toBe('passed');
  });

  it('reads a body only up to 1 MiB', async () => {
    bodyBytesSent = 0;
    const result = await check({ url: `${base}/huge`, contains: 'needle' });
    expect(result.status).toBe('failed');
    expect(result.summary).toBe(
      `GET ${base}/huge answered 200 without "needle" in its body (first 1 MiB read)`,
    );
    // The connection was dropped long before the server's 8 MiB were out.
    expect(bodyBytesSent).toBeLessThan(8 * 1024 * 1024);
    expect(MAX_BODY_BYTES).toBe(1024 * 1024);
  });

  it('goes through the proxy the step names when NO_PROXY does not exempt the host', async () => {
    const before = hits.get('/health') ?? 0;
    const result = await check(
      { url: `${base}/health` },
      { env: { HTTP_PROXY: 'http://127.0.0.1:9' } },
    );
    // Nothing listens on port 9: the request fails at the proxy and never reaches the server.
    expect(result.status).toBe('errored');
    expect(hits.get('/health') ?? 0).toBe(before);
    expect(result.summary).toMatch(/could not be reached/);
  });

  it('tunnels through the proxy the step names (HTTP CONNECT)', async () => {
    // A loopback proxy that sends every tunnel to the test server, whatever host was asked for.
    const seen: string[] = [];
    const proxy = http.createServer();
    proxy.on('connect', (request: http.IncomingMessage, socket: Duplex) => {
      seen.push(request.url ?? '');
      const upstream = net.connect(Number(new URL(base).port), '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    try {
      const result = await check(
        { url: 'http://service.invalid/health', contains: '"ok"' },
        { env: { http_proxy: proxyUrl } },
      );
      expect(result.status).toBe('passed');
      expect(seen).toEqual(['service.invalid:80']);
    } finally {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  it('keeps to its timeout when a proxy never answers', async () => {
    const sockets = new Set<Duplex>();
    const proxy = http.createServer();
    proxy.on('connect', (_request: http.IncomingMessage, socket: Duplex) => {
      sockets.add(socket); // holds the tunnel open without a word
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    try {
      const result = await check(
        { url: 'http://service.invalid/health', timeout: 0.3 },
        { env: { HTTP_PROXY: proxyUrl } },
      );
      expect(result.status).toBe('errored');
      expect(result.summary).toBe('GET http://service.invalid/health did not answer within 0.3 s');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  it('is refused, errored and never skipped, where http checks may not run', async () => {
    hits.delete('/health');
    const result = await check(
      { url: `${base}/health` },
      { mayFetchHttp: false, httpRefusedReason: 'refused on pull_request_target' },
    );
    expect(result).toMatchObject({ status: 'errored', summary: 'refused on pull_request_target' });
    expect(hits.get('/health')).toBeUndefined();
  });

  it('verifies TLS: a self-signed certificate is refused, whatever NODE_TLS_REJECT_UNAUTHORIZED says', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rg-tls-'));
    const previous = process.env['NODE_TLS_REJECT_UNAUTHORIZED'];
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
          '-addext',
          'subjectAltName=IP:127.0.0.1',
          '-keyout',
          path.join(dir, 'key.pem'),
          '-out',
          path.join(dir, 'cert.pem'),
        ],
        { stdio: 'ignore' },
      );
      const tls = https.createServer(
        {
          key: readFileSync(path.join(dir, 'key.pem')),
          cert: readFileSync(path.join(dir, 'cert.pem')),
        },
        (_request, response) => response.end('ok'),
      );
      await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
      const url = `https://127.0.0.1:${(tls.address() as AddressInfo).port}/health`;
      try {
        process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';
        const result = await check({ url }, { env: {} });
        expect(result.status).toBe('errored');
        expect(result.summary).toMatch(/could not be reached: .*self[- ]signed certificate/i);
      } finally {
        tls.closeAllConnections();
        await new Promise((resolve) => tls.close(resolve));
      }
    } finally {
      if (previous === undefined) delete process.env['NODE_TLS_REJECT_UNAUTHORIZED'];
      else process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = previous;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
