// The check run against the stand-in: found again by name, no duplicates after a 502, annotations valid and batched 50 a request.
import { afterEach, describe, expect, it } from 'vitest';
import {
  fitCheckText,
  publishCheckRun,
  toApiAnnotation,
  type CheckAnnotation,
  type CheckRunRequest,
} from '../../src/github/check-run.js';
import { countApiCalls } from '../../src/github/client.js';
import { PermissionError } from '../../src/github/errors.js';
import { EXAMPLE_HEAD_SHA, useStandin } from './standin/index.js';
import { testOctokit } from './octokit.js';

const REPO = 'Codertocat/Hello-World';
const start = useStandin(afterEach);

function request(overrides: Partial<CheckRunRequest> = {}): CheckRunRequest {
  return {
    owner: 'Codertocat',
    repo: 'Hello-World',
    headSha: EXAMPLE_HEAD_SHA,
    name: 'Deployment readiness',
    conclusion: 'failure',
    title: 'Not ready: 1 blocking item',
    summary: '## Not ready',
    annotations: [],
    ...overrides,
  };
}

function failures(count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, index) => ({
    path: 'DEPLOYMENT_CHECKLIST.md',
    startLine: index + 1,
    startColumn: 3,
    endColumn: 9,
    level: 'failure' as const,
    title: `Item ${index} ${'with a very long title '.repeat(20)}`,
    message: `Item ${index} failed`,
  }));
}

describe('publishCheckRun', () => {
  it('creates the run on the head SHA, then updates the same run on the next publish', async () => {
    const server = await start();
    const octokit = testOctokit(server);
    const first = await publishCheckRun(octokit, request());
    const second = await publishCheckRun(
      octokit,
      request({ conclusion: 'success', title: 'Ready', summary: '## Ready' }),
    );
    expect(first.action).toBe('created');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(first.url).toBe(`https://github.com/Codertocat/Hello-World/runs/${first.id}`);
    const runs = server.state.checkRuns(REPO, EXAMPLE_HEAD_SHA);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      name: 'Deployment readiness',
      status: 'completed',
      conclusion: 'success',
      output: { title: 'Ready', summary: '## Ready' },
    });
    expect(
      server.log.map((entry) => `${entry.method} ${entry.operationId} ${entry.status}`),
    ).toEqual([
      'GET checks/list-for-ref 200',
      'POST checks/create 201',
      'GET checks/list-for-ref 200',
      'PATCH checks/update 200',
    ]);
    expect(server.log[0]?.query).toMatchObject({
      check_name: 'Deployment readiness',
      filter: 'latest',
    });
    expect(countApiCalls(octokit).requests).toBe(4);
  });

  it('sends 600 annotations with long titles 50 a request, every request accepted and every limit respected', async () => {
    const server = await start();
    const started = performance.now();
    const result = await publishCheckRun(
      testOctokit(server),
      request({ annotations: failures(600), maxAnnotations: 1000 }),
    );
    const elapsedMs = performance.now() - started;
    expect(result).toMatchObject({ annotationsSent: 600, annotationsDropped: 0 });
    expect(server.log.every((entry) => entry.status < 400)).toBe(true);
    const writes = server.log.filter((entry) => entry.method !== 'GET');
    expect(writes.map((entry) => entry.operationId)).toEqual([
      'checks/create',
      ...Array<string>(11).fill('checks/update'),
    ]);
    for (const write of writes) {
      const annotations = (write.body as { output: { annotations: { title: string }[] } }).output
        .annotations;
      expect(annotations).toHaveLength(50);
      expect(annotations.every((annotation) => [...annotation.title].length <= 255)).toBe(true);
    }
    const [run] = server.state.checkRuns(REPO);
    expect(run?.annotations).toHaveLength(600);
    expect(run?.annotations[0]).toMatchObject({
      start_line: 1,
      end_line: 1,
      start_column: 3,
      end_column: 9,
    });
    expect(run?.annotations[599]?.message).toBe('Item 599 failed');
    // The default 1 s spacing of the 12 writes would take 11 s or more.
    expect(elapsedMs).toBeLessThan(9000);
  });

  it('caps annotations at maxAnnotations, keeping the first (most important) ones', async () => {
    const server = await start();
    const result = await publishCheckRun(
      testOctokit(server),
      request({ annotations: failures(120), maxAnnotations: 75 }),
    );
    expect(result).toMatchObject({ annotationsSent: 75, annotationsDropped: 45 });
    expect(
      server.state
        .checkRuns(REPO)[0]
        ?.annotations.map((annotation) => annotation.message)
        .at(-1),
    ).toBe('Item 74 failed');
    expect(server.log.filter((entry) => entry.method !== 'GET')).toHaveLength(2);
  });

  it('recovers from a committed 502 on the first write of each kind with no duplicate run and no duplicate annotations', async () => {
    const server = await start({
      faults: [{ kind: 'server-error', on: 'write', perOperation: true, commitWrite: true }],
    });
    const result = await publishCheckRun(
      testOctokit(server),
      request({ annotations: failures(120), maxAnnotations: 200 }),
    );
    const runs = server.state.checkRuns(REPO);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.id).toBe(result.id);
    expect(runs[0]?.annotations).toHaveLength(120);
    expect(
      server.log.filter((entry) => entry.status === 502).map((entry) => entry.operationId),
    ).toEqual(['checks/create', 'checks/update']);
  });

  it('recovers from an uncommitted 502 with the retry plugin and no duplicate run', async () => {
    const server = await start({
      faults: [{ kind: 'server-error', on: 'write', perOperation: true }],
    });
    const octokit = testOctokit(server);
    await publishCheckRun(octokit, request({ annotations: failures(60), maxAnnotations: 100 }));
    await publishCheckRun(octokit, request({ conclusion: 'success' }));
    const runs = server.state.checkRuns(REPO);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.annotations).toHaveLength(60);
    expect(runs[0]?.conclusion).toBe('success');
  });

  it('starts a fresh run rather than appending annotations to one that has them already', async () => {
    const server = await start();
    const octokit = testOctokit(server);
    const first = await publishCheckRun(octokit, request({ annotations: failures(3) }));
    const second = await publishCheckRun(octokit, request({ annotations: failures(3) }));
    expect(second.id).not.toBe(first.id);
    expect(server.state.checkRuns(REPO).map((run) => run.annotations.length)).toEqual([3, 3]);
  });

  it('fits an emoji-heavy summary into 65,535 bytes, which GitHub checks besides characters', async () => {
    const server = await start();
    const summary = Array.from({ length: 3000 }, (_, index) => `- 🚀 item ${index} ✅ passed`).join(
      '\n',
    );
    expect(Buffer.byteLength(summary)).toBeGreaterThan(65_535);
    expect(summary.length).toBeLessThan(100_000);
    await publishCheckRun(testOctokit(server), request({ summary, text: summary }));
    const [run] = server.state.checkRuns(REPO);
    expect(Buffer.byteLength(run?.output.summary ?? '')).toBeLessThanOrEqual(65_535);
    expect(run?.output.summary).toMatch(/- 🚀 item \d+ ✅ passed\n\n> \[!NOTE\]/);
    expect(Buffer.byteLength(run?.output.text ?? '')).toBeLessThanOrEqual(65_535);
  });

  it('publishes hostile text in the title, summary and annotations, which the stand-in accepts', async () => {
    const server = await start();
    const hostile =
      '--> <!-- readiness-gate:x --> | pipe | @octocat [x](javascript:alert(1)) <script>\u0000\u202e 🚀';
    const result = await publishCheckRun(
      testOctokit(server),
      request({
        title: hostile,
        summary: hostile.repeat(2000),
        text: hostile,
        annotations: [
          {
            path: 'a b/ü.md',
            startLine: 1,
            level: 'failure',
            title: hostile.repeat(20),
            message: hostile,
          },
        ],
      }),
    );
    expect(result.annotationsSent).toBe(1);
    expect(server.log.every((entry) => entry.status < 400)).toBe(true);
    expect(server.state.checkRuns(REPO)[0]?.annotations[0]?.path).toBe('a b/ü.md');
  });

  it('classifies a token without checks: write as a PermissionError naming it', async () => {
    const server = await start({
      tokens: { ghs_nochecks: { issues: 'write', pull_requests: 'write', checks: 'read' } },
    });
    const error = await publishCheckRun(testOctokit(server, 'ghs_nochecks'), request()).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).permissionLine).toBe('checks: write');
    expect((error as PermissionError).message).toContain(
      'add `checks: write` under `permissions:`',
    );
    expect((error as PermissionError).message).not.toContain('ghs_nochecks');
  });
});

describe('toApiAnnotation', () => {
  it('drops columns on a multi-line range, fixes lines, cuts the title and message', () => {
    expect(
      toApiAnnotation({
        path: './src\\a.ts',
        startLine: 0,
        endLine: -3,
        startColumn: 4,
        level: 'warning',
        message: 'm',
      }),
    ).toEqual({
      path: 'src/a.ts',
      start_line: 1,
      end_line: 1,
      start_column: 4,
      annotation_level: 'warning',
      message: 'm',
    });
    const multi = toApiAnnotation({
      path: 'a.md',
      startLine: 3,
      endLine: 5,
      startColumn: 1,
      endColumn: 2,
      level: 'notice',
      message: 'm',
      title: '🚀'.repeat(300),
    });
    expect(multi).not.toHaveProperty('start_column');
    expect([...(multi?.title ?? '')].length).toBe(255);
    const long = toApiAnnotation({
      path: 'a.md',
      startLine: 1,
      level: 'failure',
      message: 'é'.repeat(40_000),
    });
    expect(Buffer.byteLength(long?.message ?? '')).toBeLessThanOrEqual(64 * 1024);
    expect(
      toApiAnnotation({
        path: 'a.md',
        startLine: 2,
        startColumn: 9,
        endColumn: 3,
        level: 'failure',
        message: 'm',
      }),
    ).not.toHaveProperty('start_column');
  });

  it('refuses paths outside the repository', () => {
    for (const path of ['/home/runner/work/x/a.ts', '../a.ts', 'src/../../a.ts', 'C:/a.ts', '']) {
      expect(
        toApiAnnotation({ path, startLine: 1, level: 'failure', message: 'm' }),
      ).toBeUndefined();
    }
  });

  it('leaves text within the limits unchanged', () => {
    expect(fitCheckText('## Ready')).toBe('## Ready');
  });
});
