// The Action as the runner starts it: dist/index.js under Node 24, inputs as INPUT_*, file commands.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { examplePayload, ROOT, runAction } from '../helpers/run-action.js';
import { makeWorkspace } from '../helpers/workspace.js';

const READY = `version: 1
title: Service readiness
sections:
  - title: Build
    items:
      - id: node-runs
        title: Node runs
        command: { run: "node -e 0" }
      - id: runbook
        title: Runbook exists
        file: { path: RUNBOOK.md, exists: true }
      - title: Docs reviewed
        manual: true
`;

const NOT_READY = `version: 1
title: Service readiness
policy: { min-score: 50 }
sections:
  - title: Build
    items:
      - id: tests
        title: Tests pass
        command: { run: "node -e 'process.exit(3)'" }
      - id: secrets
        title: Secrets configured
        env: { required: [DATABASE_URL, SECRET_KEY] }
      - id: runbook
        title: Runbook exists
        file: { path: RUNBOOK.md, exists: true }
`;

describe('the action (dist/index.js)', () => {
  it('reports a passing checklist that is not ready: outputs, summary, report file, exit 0', async () => {
    const workspace = await makeWorkspace({
      '.github/readiness.yml': READY,
      'RUNBOOK.md': '# Runbook\n',
    });
    const run = await runAction({ workspace, eventName: 'push', payload: examplePayload('push') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      passed: 'true',
      ready: 'false',
      score: '66.6',
      level: 'do not deploy',
      blocking: '0',
      pending: '1',
    });
    expect(run.outputs.report).toBe(path.join(run.temp, 'readiness-report.json'));
    expect(run.summary).toContain(
      '## 🟡 Not blocked, not ready: 1 item awaits a person · score 66.6 \\(do not deploy\\)',
    );
    expect(run.summary).toMatch(
      /⏳ \| \[Docs reviewed\]\(https:\/\/github\.com\/.*readiness\.yml#L\d+\)/,
    );
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8'));
    const schema = JSON.parse(
      await readFile(path.join(ROOT, 'checklists/report.schema.json'), 'utf8'),
    );
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report).toMatchObject({
      schema: 'readiness-gate/report@2',
      passed: true,
      ready: false,
      commit: '0000000000000000000000000000000000000001',
    });
    // Metrics are camelCase everywhere.
    const command = report.checklists[0].items.find((i: { kind: string }) => i.kind === 'command');
    expect(Object.keys(command.metrics).sort()).toEqual(['durationMs', 'exitCode']);
    expect(report.counts).toEqual({
      total: 3,
      passed: 2,
      failed: 0,
      errored: 0,
      pending: 1,
      skipped: 0,
      waived: 0,
      blocking: 0,
    });
  });

  it('fails the step for a not-ready checklist, with annotations at the checklist lines', async () => {
    const workspace = await makeWorkspace({ '.github/readiness.yml': NOT_READY });
    const run = await runAction({ workspace, eventName: 'push', payload: examplePayload('push') });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({
      ready: 'false',
      score: '0.0',
      level: 'do not deploy',
      blocking: '3',
    });
    expect(run.stdout).toContain(
      "::error title=Blocking%3A Tests pass,file=.github/readiness.yml,line=7,endLine=7::`node -e 'process.exit(3)'` exited 3",
    );
    expect(run.stdout).toContain(
      '::error::Blocked: 3 blocking items · score 0.0 (do not deploy). 3 blocking items: Tests pass; Secrets configured; Runbook exists',
    );
    expect(run.summary).toContain('## ❌ Blocked: 3 blocking items');
    expect(run.summary).toContain('DATABASE\\_URL, SECRET\\_KEY are not set');
  });

  it('reports but does not fail with fail-on: never', async () => {
    const workspace = await makeWorkspace({ '.github/readiness.yml': NOT_READY });
    const run = await runAction({ workspace, inputs: { 'fail-on': 'never' } });
    expect(run.code).toBe(0);
    expect(run.outputs.ready).toBe('false');
  });

  it('never prints the value behind an env check, nor the token', async () => {
    const secret = 'pg://admin:hunter2-very-secret@db/prod';
    const token = 'ghs_TOKENVALUE1234567890abcdefghijklmnop';
    const workspace = await makeWorkspace({
      '.github/readiness.yml': `title: t\nitems:\n  - title: db\n    env: { required: [DATABASE_URL] }\n  - title: echo\n    command: { run: "node -e \\"console.log(process.env.DATABASE_URL, process.argv[1])\\" ${token}" }\n`,
    });
    const run = await runAction({
      workspace,
      env: { DATABASE_URL: secret, GITHUB_TOKEN_FOR_TEST: token },
    });
    // ::add-mask:: lines are how the runner learns what to mask; it does not print them.
    const printed = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    const everything = [
      printed,
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      await readFile(run.outputs.report!, 'utf8'),
    ].join('\n');
    expect(everything).not.toContain('hunter2');
    expect(everything).not.toContain(token);
    expect(run.stdout).toContain(`::add-mask::${token}`);
    expect(await readFile(run.outputs.report!, 'utf8')).toContain('*** ***');
  });

  it('fails with every problem located for an invalid checklist, even with fail-on: never', async () => {
    const workspace = await makeWorkspace({
      'readiness.yml':
        'title: t\nitems:\n  - title: a\n    comand: { run: ls }\n  - title: b\n    weight: lots\n    manual: true\n',
    });
    const run = await runAction({ workspace, inputs: { 'fail-on': 'never' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=Invalid checklist,file=readiness.yml,line=4,col=5::items[0].comand: unknown key "comand" (did you mean "command"?)',
    );
    expect(run.stdout).toContain(
      'readiness.yml:6:13: items[1].weight: must be a number, found "lots"',
    );
    expect(run.outputs).toMatchObject({ passed: 'false', ready: 'false', score: '' });
    expect(run.summary).toContain('Invalid checklist: no verdict was reached');
  });

  it('fails clearly when the checklist does not exist, or leaves the workspace', async () => {
    const workspace = await makeWorkspace({ 'x.txt': '' });
    const missing = await runAction({ workspace, inputs: { checklist: 'nope.yml' } });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('nope.yml: checklist not found');
    const escaping = await runAction({ workspace, inputs: { checklist: '../../etc/*.yml' } });
    expect(escaping.code).toBe(1);
    expect(escaping.stdout).toContain('leaves the workspace');
    const none = await runAction({ workspace });
    expect(none.stdout).toContain('no checklist found; looked for .github/readiness.yml');
  });

  it('refuses an unknown input value with the input named', async () => {
    const workspace = await makeWorkspace({ 'readiness.yml': READY });
    const run = await runAction({ workspace, inputs: { 'fail-on': 'sometimes' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'input "fail-on" must be one of blocking, not-ready, regression, never, found "sometimes"',
    );
  });

  it('does not run commands on pull_request_target: the item is errored, and says why', async () => {
    const workspace = await makeWorkspace({ 'readiness.yml': READY, 'RUNBOOK.md': 'x' });
    const run = await runAction({
      workspace,
      eventName: 'pull_request_target',
      payload: examplePayload('pull_request', 'opened'),
      inputs: { comment: 'false' },
    });
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8'));
    const item = report.checklists[0].items.find((i: { id: string }) => i.id === 'node-runs');
    expect(item.status).toBe('errored');
    expect(item.summary).toContain('pull_request_target');
    expect(report.counts).toMatchObject({ skipped: 0, errored: 1 });
  });
});
