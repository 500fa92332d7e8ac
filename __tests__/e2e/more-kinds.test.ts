// http, scan and the new test formats as users run them: dist/index.js on pull_request and pull_request_target, and the CLI.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplePayload, NODE24, ROOT, runAction } from '../helpers/run-action.js';
import { makeWorkspace } from '../helpers/workspace.js';

const fixtures = path.join(ROOT, '__tests__', 'fixtures', 'reports');
let server: http.Server;
let base: string;
let healthHits = 0;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === '/health') healthHits++;
    response.writeHead(request.url === '/health' ? 200 : 404);
    response.end('{"status":"ok"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function checklist(): string {
  return `version: 1
title: Service readiness
sections:
  - title: Running service
    items:
      - id: health
        title: Health endpoint answers
        http: { url: "${base}/health", status: 200, contains: "ok", timeout: 5 }
      - id: node-runs
        title: Node runs
        command: { run: "node -e 0" }
  - title: Quality
    items:
      - id: dotnet-tests
        title: .NET tests pass
        tests: { report: "reports/results.trx", max-failures: 5 }
      - id: deps
        title: No critical vulnerabilities
        scan: { report: "grype.json", ignore-unfixed: true, max: { high: 2 } }
`;
}

async function workspace(): Promise<string> {
  const dir = await makeWorkspace({ 'readiness.yml': checklist() });
  await mkdir(path.join(dir, 'reports'), { recursive: true });
  await copyFile(
    path.join(fixtures, 'trx/dorny-test-reporter/dotnet-trx.trx'),
    path.join(dir, 'reports/results.trx'),
  );
  await copyFile(
    path.join(fixtures, 'grype-json/defectdojo/check_all_fields.json'),
    path.join(dir, 'grype.json'),
  );
  return dir;
}

interface ReportItem {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly summary: string;
  readonly metrics?: Record<string, unknown>;
}

async function items(reportFile: string): Promise<Record<string, ReportItem>> {
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as {
    checklists: { items: ReportItem[] }[];
  };
  return Object.fromEntries(report.checklists[0]!.items.map((item) => [item.id, item]));
}

describe('the Action with http, scan and TRX items', () => {
  it('decides them all on pull_request', async () => {
    const before = healthHits;
    const run = await runAction({
      workspace: await workspace(),
      eventName: 'pull_request',
      payload: examplePayload('pull_request', 'opened'),
      inputs: { checklist: 'readiness.yml', comment: 'false', 'check-run': 'false' },
    });
    const byId = await items(run.outputs.report!);
    expect(byId['health']).toMatchObject({ kind: 'http', status: 'passed' });
    expect(healthHits).toBe(before + 1);
    expect(byId['dotnet-tests']).toMatchObject({
      kind: 'tests',
      status: 'passed',
      summary: '11 tests, 5 failed, 1 skipped (≤ 5 allowed)',
    });
    expect(byId['deps']).toMatchObject({ kind: 'scan', status: 'passed' });
    expect(byId['deps']!.summary).toBe('2 vulnerabilities (2 high) (3 ignored)');
  });

  it('refuses http checks on pull_request_target: errored, never skipped, and never requested', async () => {
    const before = healthHits;
    const run = await runAction({
      workspace: await workspace(),
      eventName: 'pull_request_target',
      payload: examplePayload('pull_request', 'opened'),
      inputs: {
        checklist: 'readiness.yml',
        comment: 'false',
        'check-run': 'false',
        'allow-commands-on-pull-request-target': 'true',
      },
    });
    const byId = await items(run.outputs.report!);
    expect(byId['health']!.status).toBe('errored');
    expect(byId['health']!.summary).toContain('pull_request_target');
    expect(byId['health']!.summary).toContain('allow-on-pull-request-target: http');
    expect(healthHits).toBe(before);
    // The older input still allows commands (and only commands).
    expect(byId['node-runs']!.status).toBe('passed');
    expect(run.outputs.passed).toBe('false');
  });

  it('runs them on pull_request_target when allow-on-pull-request-target names http', async () => {
    const before = healthHits;
    const run = await runAction({
      workspace: await workspace(),
      eventName: 'pull_request_target',
      payload: examplePayload('pull_request', 'opened'),
      inputs: {
        checklist: 'readiness.yml',
        comment: 'false',
        'check-run': 'false',
        'allow-on-pull-request-target': 'http',
      },
    });
    const byId = await items(run.outputs.report!);
    expect(byId['health']!.status).toBe('passed');
    expect(healthHits).toBe(before + 1);
    expect(byId['node-runs']!.status).not.toBe('passed');
  });

  it('fails the step on an unknown allow-on-pull-request-target entry, naming it', async () => {
    const run = await runAction({
      workspace: await workspace(),
      eventName: 'pull_request_target',
      payload: examplePayload('pull_request', 'opened'),
      inputs: { checklist: 'readiness.yml', 'allow-on-pull-request-target': 'commands,files' },
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain(
      'input "allow-on-pull-request-target" lists commands and/or http, found "files"',
    );
  });
});

describe('the CLI', () => {
  it('inspects the new formats', async () => {
    const { stdout } = await promisify(execFile)(NODE24, [
      path.join(ROOT, 'dist', 'cli.js'),
      'inspect',
      path.join(fixtures, 'nunit-xml/publish-unit-test-result-action/NUnit-issue44527.xml'),
      '--format',
      'json',
    ]);
    expect(JSON.parse(stdout)).toEqual({
      format: 'nunit-xml',
      family: 'tests',
      metrics: { total: 150, passed: 6, failed: 11, errors: 133, skipped: 0 },
    });
  });

  it('recognizes a security item in a Markdown checklist when a gitleaks report is in its usual place', async () => {
    const dir = await makeWorkspace({
      'DEPLOYMENT_CHECKLIST.md':
        '# Release\n\n- [ ] Secrets scan passed\n- [ ] Health check `curl http://localhost:8000/health`\n',
    });
    await mkdir(path.join(dir, 'reports'), { recursive: true });
    await copyFile(
      path.join(fixtures, 'gitleaks-json/gitleaks/json_simple.json'),
      path.join(dir, 'reports/gitleaks-report.json'),
    );
    const { stdout } = await promisify(execFile)(NODE24, [
      path.join(ROOT, 'dist', 'cli.js'),
      'plan',
      '--checklist',
      'DEPLOYMENT_CHECKLIST.md',
      '--format',
      'json',
      '-C',
      dir,
    ]);
    const plan = JSON.parse(stdout) as {
      checklists: {
        items: { title: string; kind: string; inferred: boolean; check?: unknown }[];
      }[];
    };
    const [secrets, health] = plan.checklists[0]!.items;
    expect(secrets).toMatchObject({
      kind: 'scan',
      inferred: true,
      check: { report: 'reports/gitleaks-report.json' },
    });
    expect(health!.kind).toBe('manual');
  });
});
