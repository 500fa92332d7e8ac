// Attacks through what the gate reads and what it prints, against dist/cli.js and dist/index.js:
// symlinks out of the workspace, FIFOs and devices, .git/, regexes, secrets in every encoding,
// pull_request_target oracles and a forged sticky comment.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { commentMarker } from '../../src/github/comment.js';
import { encodedForms } from '../../src/secrets/mask.js';
import { BOT_LOGIN, startStandin, type Standin } from '../github/standin/index.js';
import { examplePayload, NODE24, ROOT, runAction } from '../helpers/run-action.js';
import { makeWorkspace } from '../helpers/workspace.js';

const BASE_ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
const CLI = path.join(ROOT, 'dist', 'cli.js');

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const started = Date.now();
  const result = spawnSync(NODE24, [CLI, ...args], {
    cwd,
    env: { ...BASE_ENV, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    elapsedMs: Date.now() - started,
  };
}

interface JsonItem {
  readonly title: string;
  readonly status: string;
  readonly summary: string;
}

function checkItems(cwd: string, env: Record<string, string> = {}): JsonItem[] {
  const out = cli(['check', '--format', 'json'], cwd, env);
  expect(out.stderr).not.toContain('internal error');
  const items = (JSON.parse(out.stdout) as { checklists: { items: JsonItem[] }[] }).checklists[0]!
    .items;
  expect(items.length).toBeGreaterThan(0);
  return items;
}

function outsideDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'rg-outside-'));
}

const TOKEN = 'ghs_Att4ckerW4ntsThisT0ken0000000000000';

describe('paths after symlinks', () => {
  it('refuses a file check, a report, a report glob and a cwd that a symlink leads out of the workspace', async () => {
    const outside = outsideDir();
    writeFileSync(
      path.join(outside, 'junit.xml'),
      '<testsuite name="s" tests="1"><testcase name="t"/></testsuite>\n',
    );
    const dir = await makeWorkspace({
      'readiness.yml': [
        'title: t',
        'items:',
        '  - title: environ oracle',
        '    file: { path: env.txt, matches: "INPUT_TOKEN=g" }',
        '  - title: report through a linked folder',
        '    tests: { report: linked/junit.xml }',
        '  - title: glob through a linked folder',
        '    tests: { report: "linked/*.xml" }',
        '  - title: cwd outside',
        '    command: { run: "node -e 0", cwd: linked }',
        '  - title: exists outside',
        '    file: { path: linked/junit.xml, exists: true }',
        '',
      ].join('\n'),
    });
    symlinkSync('/proc/self/environ', path.join(dir, 'env.txt'));
    symlinkSync(outside, path.join(dir, 'linked'));
    const items = checkItems(dir, { INPUT_TOKEN: TOKEN });
    expect(items.map((item) => item.status)).toEqual([
      'errored',
      'errored',
      'errored',
      'errored',
      'errored',
    ]);
    for (const item of items) expect(item.summary).toMatch(/outside the workspace/);
  });

  it('does not hand an inferred checker a path argument that a symlink leads out of the workspace', async () => {
    const outside = outsideDir();
    writeFileSync(path.join(outside, 'credentials.yml'), `token: ${TOKEN}\n`);
    const dir = await makeWorkspace({
      'fake-bin/yamllint': '#!/bin/sh\ncat "$@"\n',
      'DEPLOYMENT_CHECKLIST.md': '# Release\n\n- [ ] YAML valid: `yamllint creds.yml`\n',
    });
    chmodSync(path.join(dir, 'fake-bin/yamllint'), 0o755);
    symlinkSync(path.join(outside, 'credentials.yml'), path.join(dir, 'creds.yml'));
    // A stand-in yamllint that prints what it is given: through the gate, it is never given it.
    const [item] = checkItems(dir, { PATH: `${path.join(dir, 'fake-bin')}:${BASE_ENV.PATH}` });
    expect(item).toMatchObject({
      status: 'errored',
      summary: 'argument "creds.yml" leads outside the workspace (through a symlink)',
    });
  });

  it('refuses a checklist that a symlink leads out of the workspace', async () => {
    const outside = outsideDir();
    writeFileSync(
      path.join(outside, 'readiness.yml'),
      'title: t\nitems:\n  - { title: x, manual: true }\n',
    );
    const dir = await makeWorkspace({});
    symlinkSync(path.join(outside, 'readiness.yml'), path.join(dir, 'readiness.yml'));
    const out = cli(['validate', 'readiness.yml'], dir);
    expect(out.code).toBe(2);
    expect(out.stdout + out.stderr).toContain('outside the workspace');
    expect(out.stderr).not.toContain('internal error');
  });

  it('never reads under .git/, directly or through a link', async () => {
    const dir = await makeWorkspace({
      '.git/config': `[http]\n\textraheader = AUTHORIZATION: basic ${TOKEN}\n`,
      'readiness.yml': [
        'title: t',
        'items:',
        '  - { title: config, file: { path: .git/config, contains: "ghs_" } }',
        '  - { title: linked, file: { path: cfg, matches: "ghs_A" } }',
        '',
      ].join('\n'),
    });
    symlinkSync('.git/config', path.join(dir, 'cfg'));
    const items = checkItems(dir);
    expect(items.map((item) => item.status)).toEqual(['errored', 'errored']);
    for (const item of items) expect(item.summary).toContain('.git/');
  });
});

describe('only regular files, read within the limit', () => {
  it('gives a FIFO, a device and a directory a clear error at once', async () => {
    const dir = await makeWorkspace({
      'folder/a.txt': 'x',
      'readiness.yml': [
        'title: t',
        'items:',
        '  - { title: fifo, file: { path: pipe, contains: "x" } }',
        '  - { title: fifo report, tests: { report: pipe } }',
        '  - { title: folder, file: { path: folder, contains: "x" } }',
        '',
      ].join('\n'),
    });
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    const out = cli(['check', '--format', 'json'], dir);
    const items = (JSON.parse(out.stdout) as { checklists: { items: JsonItem[] }[] }).checklists[0]!
      .items;
    expect(items.map((item) => [item.status, item.summary])).toEqual([
      ['errored', 'pipe cannot be searched: is a FIFO (named pipe), not a regular file'],
      ['errored', expect.stringContaining('FIFO')],
      ['errored', 'folder cannot be searched: is a directory, not a regular file'],
    ]);
    // Nothing waited for a writer: the whole run is over long before any timeout.
    expect(out.elapsedMs).toBeLessThan(20_000);
  });

  it('reads a base-report that is a FIFO neither in the Action nor in the command: a warning at once', async () => {
    const dir = await makeWorkspace({
      'readiness.yml': 'title: t\nitems:\n  - { title: home, env: { required: [HOME] } }\n',
    });
    execFileSync('mkfifo', [path.join(dir, 'base.json')]);
    const started = Date.now();
    // Were the FIFO opened for reading, the run would wait for a writer until the timeout.
    const run = await runAction({
      workspace: dir,
      inputs: { checklist: 'readiness.yml', 'base-report': 'base.json', comment: 'false' },
      timeoutMs: 30_000,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      '::warning::base-report: base.json: is a FIFO (named pipe), not a regular file; judged without a base report',
    );
    const out = cli(['check', '--base-report', 'base.json'], dir);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('FIFO');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('reads /dev/zero through a link neither as a check nor as a report given on the command line, in bounded memory', async () => {
    const dir = await makeWorkspace({
      'readiness.yml':
        'title: t\nitems:\n  - { title: zero, file: { path: zero, contains: "x" } }\n',
    });
    symlinkSync('/dev/zero', path.join(dir, 'zero'));
    expect(checkItems(dir)[0]).toMatchObject({
      status: 'errored',
      summary: expect.stringContaining('outside the workspace'),
    });
    // A report path given as a flag may point anywhere, but is read only as a regular file. The
    // peak RSS of the whole command is measured in its own process.
    const measured = spawnSync(
      NODE24,
      [
        '--input-type=module',
        '-e',
        `process.on('exit', () => process.stderr.write('maxRSS=' + process.resourceUsage().maxRSS + '\\n')); process.argv = [process.argv[0], ${JSON.stringify(CLI)}, 'inspect', 'zero']; await import(${JSON.stringify(CLI)});`,
      ],
      { cwd: dir, env: BASE_ENV, encoding: 'utf8', timeout: 60_000 },
    );
    expect(measured.status).toBe(2);
    expect(measured.stderr).toContain('character device');
    const maxRssKb = Number(/maxRSS=(\d+)/.exec(measured.stderr)?.[1]);
    expect(maxRssKb).toBeGreaterThan(0);
    expect(maxRssKb).toBeLessThan(256 * 1024);
  });
});

describe('matches: in linear time', () => {
  it('decides ^(a+)+$ on a hostile file at once, and refuses a pattern RE2 cannot run at its place', async () => {
    const dir = await makeWorkspace({
      'hostile.txt': `${'a'.repeat(30)}!`,
      'readiness.yml':
        'title: t\nitems:\n  - { title: redos, file: { path: hostile.txt, matches: "^(a+)+$" } }\n',
      'bad.yml':
        'title: t\nitems:\n  - title: backreference\n    file: { path: hostile.txt, matches: "(a)\\\\1" }\n',
    });
    const out = cli(['check', '--format', 'json'], dir);
    expect(out.elapsedMs).toBeLessThan(20_000);
    expect(JSON.parse(out.stdout).checklists[0].items[0]).toMatchObject({ status: 'failed' });
    const bad = cli(['validate', 'bad.yml'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stdout + bad.stderr).toMatch(/^bad\.yml:4:\d+: .*matches.*linear-time engine/m);
  });

  it('stops a long match when the whole-gate budget ends', async () => {
    const dir = await makeWorkspace({
      'readiness.yml':
        'title: t\nitems:\n  - { title: slow, file: { path: big.txt, matches: "(\\\\w+\\\\s?)*\\\\d$" } }\n',
    });
    writeFileSync(path.join(dir, 'big.txt'), Buffer.alloc(20 * 1024 * 1024, 'abcdefg\n'));
    const out = cli(['check', '--format', 'json', '--timeout-minutes', '0.02'], dir);
    const item = JSON.parse(out.stdout).checklists[0].items[0] as JsonItem;
    expect(item.status).toBe('errored');
    expect(item.summary).toMatch(/time budget/);
    expect(out.elapsedMs).toBeLessThan(20_000);
  });
});

describe('secrets', () => {
  it('a file holding a secret in any encoding makes its check errored, with no pass or fail', async () => {
    const forms = {
      plain: TOKEN,
      base64: Buffer.from(`x${TOKEN}`).toString('base64'),
      hex: Buffer.from(TOKEN).toString('hex').toUpperCase(),
      percent: encodeURIComponent(`${TOKEN}/`).replace(/%2F/, '%2f'),
    };
    const dir = await makeWorkspace({
      ...Object.fromEntries(
        Object.entries(forms).map(([name, text]) => [`${name}.txt`, `leak: ${text}\n`]),
      ),
      'readiness.yml': [
        'title: t',
        'items:',
        ...Object.keys(forms).map(
          (name) => `  - { title: ${name}, file: { path: ${name}.txt, contains: "leak" } }`,
        ),
        '',
      ].join('\n'),
    });
    const items = checkItems(dir, { DEPLOY_TOKEN: TOKEN });
    expect(items.map((item) => item.status)).toEqual(['errored', 'errored', 'errored', 'errored']);
    for (const item of items) expect(item.summary).toContain('holds a secret');
  });
});

describe('the Action (dist/index.js) against the GitHub stand-in', () => {
  async function standin(context: TestContext): Promise<Standin> {
    const started = await startStandin();
    context.onTestFinished(() => started.close());
    return started;
  }

  it('prints no form of the token on any surface: comment, check run, summary, log, JSON report', async (context) => {
    const server = await standin(context);
    const leak = [
      TOKEN,
      JSON.stringify({ token: TOKEN }),
      encodeURIComponent(`${TOKEN}/`).replace(/%2F/, '%2f'),
      Buffer.from(`a${TOKEN}`).toString('base64'),
      Buffer.from(`ab${TOKEN}`).toString('base64url'),
      Buffer.from(TOKEN).toString('hex'),
      Buffer.from(TOKEN).toString('hex').toUpperCase(),
      `&lt;${TOKEN}&gt;`,
    ].join('\n');
    const workspace = await makeWorkspace({
      'leak.txt': `${leak}\n`,
      'readiness.yml':
        "title: t\nitems:\n  - title: prints what it found\n    command: { run: \"node -e \\\"process.stdout.write(require('fs').readFileSync('leak.txt', 'utf8')); process.exit(1)\\\"\" }\n",
    });
    const run = await runAction({
      workspace,
      eventName: 'pull_request',
      payload: examplePayload('pull_request', 'opened'),
      env: { GITHUB_API_URL: server.url, GITHUB_TOKEN_FOR_TEST: TOKEN },
    });
    expect(run.code).toBe(1);
    const comment = server.state.comments('Codertocat/Hello-World', 2)[0]!.body;
    const checkRun = server.state.checkRuns('Codertocat/Hello-World').at(-1)!.output;
    const report = await import('node:fs/promises').then((fs) =>
      fs.readFile(run.outputs.report!, 'utf8'),
    );
    const surfaces = {
      comment,
      checkRunSummary: checkRun.summary ?? '',
      checkRunText: checkRun.text ?? '',
      summary: run.summary,
      // The runner reads `::add-mask::` lines and never shows them: they are how it learns what to mask.
      log: (run.stdout + run.stderr)
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
      report,
    };
    // The output did reach the surfaces (masked): the test would see a leak.
    expect(comment).toContain('***');
    for (const [surface, text] of Object.entries(surfaces))
      for (const form of encodedForms(TOKEN))
        expect(text.includes(form), `${surface}: ${form}`).toBe(false);
  });

  it('on pull_request_target refuses contains and matches as it refuses commands: errored, never a pass or fail', async (context) => {
    const server = await standin(context);
    const workspace = await makeWorkspace({
      'notes.txt': 'hello\n',
      'readiness.yml': [
        'title: t',
        'items:',
        '  - { id: contains, title: contains, file: { path: notes.txt, contains: "hello" } }',
        '  - { id: matches, title: matches, file: { path: notes.txt, matches: "^h" } }',
        '  - { id: exists, title: exists, file: { path: notes.txt, exists: true } }',
        '  - { id: command, title: command, command: { run: "node -e 0" } }',
        '',
      ].join('\n'),
    });
    const run = await runAction({
      workspace,
      eventName: 'pull_request_target',
      payload: examplePayload('pull_request', 'opened'),
      inputs: { comment: 'false' },
      env: { GITHUB_API_URL: server.url },
    });
    const report = JSON.parse(
      await import('node:fs/promises').then((fs) => fs.readFile(run.outputs.report!, 'utf8')),
    );
    const statuses = Object.fromEntries(
      (report.checklists[0].items as { id: string; status: string }[]).map((item) => [
        item.id,
        item.status,
      ]),
    );
    expect(statuses).toEqual({
      contains: 'errored',
      matches: 'errored',
      exists: 'passed',
      command: 'errored',
    });
    expect(report.counts.skipped).toBe(0);
  });

  it('ignores a comment that forges its marker, never deletes it, and keeps its own verdict', async (context) => {
    const server = await standin(context);
    const marker = commentMarker('readiness.yml');
    server.state.seedComments('Codertocat/Hello-World', 2, 1, {
      body: `${marker}\n## ✅ Ready (forged)`,
      user: 'mallory',
    });
    const workspace = await makeWorkspace({
      'readiness.yml':
        'title: t\nitems:\n  - { title: must fail, command: { run: "node -e process.exit(1)" } }\n',
    });
    const run = await runAction({
      workspace,
      eventName: 'pull_request',
      payload: examplePayload('pull_request', 'opened'),
      env: { GITHUB_API_URL: server.url },
    });
    expect(run.code).toBe(1);
    const comments = server.state.comments('Codertocat/Hello-World', 2);
    expect(comments.map((comment) => comment.user)).toEqual(['mallory', BOT_LOGIN]);
    expect(comments[0]!.body).toContain('forged');
    expect(comments[1]!.body.startsWith(marker)).toBe(true);
    expect(comments[1]!.body).toContain('Blocked');
    expect(server.requests('issues/delete-comment')).toHaveLength(0);
  });
});
