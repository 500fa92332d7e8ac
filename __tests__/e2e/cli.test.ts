// The command as a developer runs it: dist/cli.js in a child process, real files, real exit codes.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE22, NODE24, ROOT } from '../helpers/run-action.js';
import { makeWorkspace } from '../helpers/workspace.js';

function cli(args: string[], cwd: string, env: Record<string, string> = {}, node = NODE24) {
  const result = spawnSync(node, [path.join(ROOT, 'dist', 'cli.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CHECKLIST = `title: Local gate
items:
  - title: Node runs
    command: { run: "node -e 0" }
  - id: ship
    title: Ship it
    manual: true
    blocking: true
`;

// The package supports Node 22 and later (engines): the command's tests run on both ends.
describe.each([
  ['Node 24', NODE24],
  ['Node 22', NODE22],
])('readiness-gate (dist/cli.js) on %s', (_name, node) => {
  const run = (args: string[], cwd: string, env: Record<string, string> = {}) =>
    cli(args, cwd, env, node);

  it('check: exit 1 when blocked, 0 once the required sign-off is confirmed', async () => {
    const dir = await makeWorkspace({ 'readiness.yml': CHECKLIST });
    const blocked = run(['check'], dir);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('✘ Blocked: 1 blocking item · score 50.0 (do not deploy)');
    expect(blocked.stdout).toMatch(/Blocking\n {2}○ Ship it readiness\.yml:5/);
    const ready = run(['check', '--confirm', 'ship'], dir);
    expect(ready.code).toBe(0);
    expect(ready.stdout).toContain('✔ Ready: score 100.0 (ready)');
    // fail-on decides the exit code; the verdict is the same.
    expect(run(['check', '--fail-on', 'never'], dir).code).toBe(0);
  });

  it('check: a pass that is not ready exits 0, and 1 under --fail-on not-ready', async () => {
    const dir = await makeWorkspace({
      'readiness.yml':
        'title: t\nitems:\n  - title: Node runs\n    command: { run: "node -e 0" }\n  - title: Docs\n    manual: true\n',
    });
    const passes = run(['check'], dir);
    expect(passes.code).toBe(0);
    expect(passes.stdout).toContain(
      '● Not blocked, not ready: 1 item awaits a person · score 50.0 (do not deploy)',
    );
    expect(run(['check', '--fail-on', 'not-ready'], dir).code).toBe(1);
  });

  it('check shows why a command failed and its last lines, all of them with --verbose', async () => {
    const dir = await makeWorkspace({
      'readiness.yml':
        'title: t\nitems:\n  - title: Prints\n    command: { run: "node -e \\"for (let i = 1; i <= 30; i++) console.log(\'line \' + i); process.exit(2)\\"" }\n',
    });
    const out = run(['check'], dir);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('exited 2');
    expect(out.stdout).toContain('│ line 30');
    expect(out.stdout).not.toContain('│ line 5\n');
    expect(out.stdout).toContain('--verbose shows all');
    expect(run(['check', '--verbose'], dir).stdout).toContain('│ line 5\n');
  });

  it('check --format json prints the report@2 document, and the error object on bad input', async () => {
    const dir = await makeWorkspace({
      'readiness.yml': CHECKLIST,
      'empty.md': '# Nothing to do\n',
    });
    const out = run(['check', '--format', 'json'], dir);
    const report = JSON.parse(out.stdout);
    expect(report).toMatchObject({
      schema: 'readiness-gate/report@2',
      passed: false,
      ready: false,
      score: 50,
      level: 'do not deploy',
      commit: null,
    });
    const bad = run(['check', '--format', 'json', '-c', 'empty.md'], dir);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toEqual({
      schema: 'readiness-gate/error@1',
      error: 'invalid-checklist',
      problems: [
        {
          file: 'empty.md',
          line: 1,
          column: 1,
          message: 'no task-list items found; is this the checklist?',
          keyPath: null,
        },
      ],
    });
    // A bad option, asked for JSON, is answered in JSON too.
    const usage = run(['check', '--format', 'json', '--concurrency', '0'], dir);
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout)).toMatchObject({
      schema: 'readiness-gate/error@1',
      error: 'bad-usage',
      problems: [{ message: '--concurrency must be a whole number from 1 to 256, found "0"' }],
    });
    expect(
      report.checklists[0].items.map((i: { id: string; status: string }) => `${i.id}:${i.status}`),
    ).toEqual(['node-runs:passed', 'ship:pending']);
  });

  it('check --format markdown prints the summary; --out writes it', async () => {
    const dir = await makeWorkspace({ 'readiness.yml': CHECKLIST });
    const out = run(['check', '--format', 'markdown', '--out', 'verdict.md'], dir);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(readFileSync(path.join(dir, 'verdict.md'), 'utf8')).toContain(
      '## ❌ Blocked: 1 blocking item',
    );
  });

  it('plan shows what would run and runs nothing', async () => {
    const dir = await makeWorkspace({
      'readiness.yml':
        "title: t\nitems:\n  - title: would write\n    command: { run: \"node -e \\\"require('fs').writeFileSync('ran', '')\\\"\" }\n",
    });
    const out = run(['plan', '--format', 'json'], dir);
    expect(out.code).toBe(0);
    const plan = JSON.parse(out.stdout);
    expect(plan.checklists[0].items[0]).toMatchObject({ kind: 'command', inferred: false });
    expect(run(['plan'], dir).stdout).toContain('▶ would write');
    expect(spawnSync('test', ['-e', path.join(dir, 'ran')]).status).toBe(1);
  });

  it('validate: exit 0 for a valid checklist, 2 with located problems', async () => {
    const dir = await makeWorkspace({
      'good.yml': CHECKLIST,
      'bad.yml': 'title: t\nitems:\n  - title: x\n    env: { required: DATABASE_URL }\n',
    });
    expect(run(['validate', 'good.yml'], dir)).toMatchObject({
      code: 0,
      stdout: 'good.yml: valid\n',
    });
    const bad = run(['validate', 'bad.yml'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      'bad.yml:4:22: items[0].env.required: must be a list, found "DATABASE_URL"',
    );
    const json = JSON.parse(run(['validate', 'bad.yml', '--format', 'json'], dir).stdout);
    expect(json.valid).toBe(false);
    expect(json.problems[0]).toMatchObject({ file: 'bad.yml', line: 4, column: 22 });
  });

  it('exits 2 for bad usage, naming the problem', async () => {
    const dir = await makeWorkspace({ 'readiness.yml': CHECKLIST });
    expect(run(['check', '--format', 'yaml'], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format must be one of text, markdown, json'),
    });
    expect(run(['frobnicate'], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "frobnicate"'),
    });
    // One clean line, not Node's parser text.
    expect(run(['check', '--bogus'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'readiness-gate: unknown option --bogus for check (see readiness-gate check --help)\n',
    });
    // -v is not a version flag: `check -v && deploy` must not deploy.
    expect(run(['check', '-v'], dir)).toMatchObject({
      code: 2,
      stderr: 'readiness-gate: unknown option -v for check (see readiness-gate check --help)\n',
    });
    expect(run(['check', '--min-score', 'high'], dir)).toMatchObject({ code: 2 });
    expect(run(['check', '--concurrency', '1.5'], dir)).toMatchObject({
      code: 2,
      stderr: 'readiness-gate: --concurrency must be a whole number from 1 to 256, found "1.5"\n',
    });
    expect(run(['check', '-C', 'readiness.yml'], dir)).toMatchObject({
      code: 2,
      stderr: 'readiness-gate: -C readiness.yml: not a folder\n',
    });
    expect(run(['check', '-C', 'missing'], dir)).toMatchObject({
      code: 2,
      stderr: 'readiness-gate: -C missing: no such folder\n',
    });
    expect(run(['check', '--out', '.'], dir)).toMatchObject({
      code: 2,
      stderr: "readiness-gate: --out . is a folder; give a file's path\n",
    });
    expect(run(['check', '--shard', 'linux', '--out', '.'], dir)).toMatchObject({
      code: 2,
      stderr: "readiness-gate: --out . is a folder; give a file's path\n",
    });
    expect(run([], dir).code).toBe(2);
  });

  it('answers --version and --help at the top level and --help per command', async () => {
    const dir = await makeWorkspace({});
    expect(run(['--version'], dir)).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
    const help = run(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('readiness-gate check');
    const checkHelp = run(['check', '--help'], dir);
    expect(checkHelp.code).toBe(0);
    expect(checkHelp.stdout).toContain('--fail-on WHEN');
    expect(checkHelp.stdout).not.toMatch(/\bAction\b|checklist input/);
    expect(run(['init', '--help'], dir).stdout).toContain('readiness-gate init --from');
    // No Action wording in the terminal.
    const none = run(['check'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no checklist found');
    expect(none.stderr).not.toMatch(/\binput\b/);
  });

  it('an explicit command that is not installed is errored, one that hangs is killed at its timeout', async () => {
    const dir = await makeWorkspace({
      'readiness.yml':
        'title: t\nitems:\n  - title: missing tool\n    command: { run: no-such-program-rg }\n  - title: hangs\n    command: { run: "sleep 60", timeout: 1 }\n',
    });
    const started = Date.now();
    const out = run(['check', '--format', 'json'], dir);
    expect(Date.now() - started).toBeLessThan(30_000);
    const items = JSON.parse(out.stdout).checklists[0].items;
    expect(items[0]).toMatchObject({
      status: 'errored',
      summary: '`no-such-program-rg`: command not found',
    });
    expect(items[1]).toMatchObject({
      status: 'errored',
      summary: '`sleep 60` timed out after 1 s (process group killed)',
    });
  });

  it('a whole-gate time budget ends what is still running', async () => {
    const dir = await makeWorkspace({
      'readiness.yml':
        'title: t\nitems:\n  - title: slow\n    command: { run: "sleep 30" }\n  - title: quick\n    command: { run: "node -e 0" }\n',
    });
    const started = Date.now();
    const out = run(
      ['check', '--format', 'json', '--timeout-minutes', '0.02', '--concurrency', '1'],
      dir,
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    const items = JSON.parse(out.stdout).checklists[0].items;
    expect(items[0]).toMatchObject({
      status: 'errored',
      summary: expect.stringContaining('time budget'),
    });
    expect(items[1]).toMatchObject({
      status: 'errored',
      summary: expect.stringContaining('time budget'),
    });
  });

  it('a command that prints 50 MB keeps a bounded tail in the report', async () => {
    const dir = await makeWorkspace({
      'readiness.yml':
        'title: t\nitems:\n  - title: flood\n    command: { run: "node -e \\"const b = Buffer.alloc(1 << 20, 97); for (let i = 0; i < 50; i++) process.stdout.write(b); process.exit(1)\\"" }\n',
    });
    const out = run(['check', '--format', 'json'], dir);
    expect(out.stdout.length).toBeLessThan(100_000);
    const item = JSON.parse(out.stdout).checklists[0].items[0];
    expect(item.status).toBe('failed');
    expect(item.output.length).toBeLessThanOrEqual(16 * 1024 + 1);
  });

  it('SIGTERM ends the gate and the commands it started', async () => {
    const dir = await makeWorkspace({
      'readiness.yml':
        'title: t\nitems:\n  - title: hangs\n    command: { run: "sh -c \'echo $$ > pid; sleep 60\'" }\n',
    });
    const child = spawn(node, [path.join(ROOT, 'dist', 'cli.js'), 'check'], {
      cwd: dir,
      stdio: 'ignore',
    });
    const pidFile = path.join(dir, 'pid');
    for (let i = 0; i < 100 && spawnSync('test', ['-s', pidFile]).status !== 0; i++)
      await new Promise((r) => setTimeout(r, 50));
    const pid = Number(readFileSync(pidFile, 'utf8'));
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(143);
    await new Promise((r) => setTimeout(r, 200));
    const state = spawnSync('sh', [
      '-c',
      `cat /proc/${pid}/stat 2>/dev/null | sed 's/.*) //' | cut -c1`,
    ])
      .stdout.toString()
      .trim();
    expect(['', 'Z']).toContain(state);
  });

  it('several checklists by glob: each its own verdict, ready only when all are', async () => {
    const dir = await makeWorkspace({
      'checklists/a.yml':
        'title: A\nitems:\n  - title: ok\n    file: { path: checklists/a.yml, exists: true }\n',
      'checklists/b.md': '# B\n\n- [ ] Runbook <!-- gate: file path=RUNBOOK.md exists=true -->\n',
    });
    const out = run(['check', '--checklist', 'checklists/*', '--format', 'json'], dir);
    expect(out.code).toBe(1);
    const report = JSON.parse(out.stdout);
    expect(
      report.checklists.map((c: { path: string; ready: boolean }) => `${c.path}:${c.ready}`),
    ).toEqual(['checklists/a.yml:true', 'checklists/b.md:false']);
    expect(report).toMatchObject({ ready: false, score: 50 });
  });

  for (const name of ['ai-etl-production.md', 'flashcards-production.md', 'nkdash-deployment.md']) {
    it(`init --from ${name} writes YAML that, checked in the same folder, gives every item the same status`, async () => {
      const dir = await makeWorkspace({
        [name]: readFileSync(path.join(ROOT, '__tests__/fixtures/checklists', name), 'utf8'),
      });
      const init = run(['init', '--from', name], dir);
      expect(init.stderr).toBe('');
      expect(init.code).toBe(0);
      writeFileSync(path.join(dir, 'readiness.yml'), init.stdout);
      // Only Node on the PATH: the recognized checkers are not installed, so both stay pending
      // alike (and the test does not wait for them).
      const onlyNode = { PATH: path.dirname(node) };
      const statuses = (checklist: string): string[] =>
        JSON.parse(
          run(['check', '-c', checklist, '--format', 'json'], dir, onlyNode).stdout,
        ).checklists[0].items.map(
          (item: { id: string; status: string; kind: string; blocking: boolean }) =>
            `${item.id}:${item.kind}:${item.status}:${item.blocking}`,
        );
      const fromMarkdown = statuses(name);
      expect(fromMarkdown.length).toBeGreaterThan(50);
      expect(statuses('readiness.yml')).toEqual(fromMarkdown);
      if (name === 'nkdash-deployment.md')
        expect(fromMarkdown).toContain('unit-tests-passing-pytest-tests:command:pending:true');
      // No punctuation leaks into ids.
      expect(fromMarkdown.filter((entry) => /^-|-:|--/.test(entry))).toEqual([]);
    });
  }
});

describe('readiness-gate check: waivers on the clock, against --base', () => {
  const git = (cwd: string, ...args: string[]) =>
    spawnSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e',
      },
    }).stdout.trim();
  const LIST = `title: T
items:
  - { id: runbook, file: { path: RUNBOOK.md, exists: true } }
`;
  const WAIVER = `waivers:
  - { item: runbook, reason: Next sprint, by: alice, until: 2026-11-30 }
`;

  it('an old waiver simply expires; the same waiver added since --base is a located error; a bad clock is bad input', async () => {
    const dir = await makeWorkspace({ 'readiness.yml': LIST }, { git: true });
    git(dir, 'branch', '-M', 'main');
    const env = { READINESS_GATE_NOW: '2026-12-01' };
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(dir, 'readiness.yml'), LIST + WAIVER);
    git(dir, 'commit', '-qam', 'waive');
    const added = cli(['check', '--base', 'main~1'], dir, env);
    expect(added.code).toBe(2);
    expect(added.stderr).toContain(
      'readiness.yml:5:5: waivers.until: waiver for "runbook" ends on 2026-11-30, which is in the past (today is 2026-12-01)',
    );
    const old = cli(['check', '--base', 'main'], dir, env);
    expect(old.code).toBe(1);
    expect(old.stdout).toContain(
      'RUNBOOK.md does not exist — waiver by @alice expired on 2026-11-30',
    );
    const earlier = cli(['check', '--base', 'main'], dir, {
      READINESS_GATE_NOW: '2026-11-29T08:00:00Z',
    });
    expect(earlier.code).toBe(0);
    expect(earlier.stdout).toContain(
      'waived by @alice until 2026-11-30 (1 day left, expiring soon): Next sprint',
    );
    const bad = cli(['check'], dir, { READINESS_GATE_NOW: 'next tuesday' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('READINESS_GATE_NOW must be an ISO 8601 date or time');
  });
});

describe('readiness-gate check: finding waivers', () => {
  it('removes a waived vulnerability from the counts and calls a waiver for a finding not in the report stale', async () => {
    const trivy = readFileSync(
      path.join(ROOT, '__tests__/fixtures/reports/trivy-json/trivy/alpine-310.json'),
      'utf8',
    );
    const list = (ids: string[]) => `title: T
items:
  - { id: image, trivy: { report: trivy.json, max: { medium: 0 } } }
waivers:
${ids.map((id) => `  - { item: image, finding: ${id}, reason: Not shipped, by: bob, until: 2026-12-20 }`).join('\n')}
`;
    const env = { READINESS_GATE_NOW: '2026-12-01' };
    const partly = await makeWorkspace({
      'readiness.yml': list(['CVE-2019-1549', 'CVE-9999-0001']),
      'trivy.json': trivy,
    });
    const run = cli(['check', '--format', 'json'], partly, env);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      checklists: { items: { status: string; summary: string }[]; waivers: unknown[] }[];
    };
    expect(report.checklists[0]!.items[0]).toMatchObject({
      status: 'failed',
      summary: '2 MEDIUM vulnerabilities > 0 allowed (waived: CVE-2019-1549)',
    });
    expect(report.checklists[0]!.waivers).toMatchObject([
      { finding: 'CVE-2019-1549', state: 'active' },
      { finding: 'CVE-9999-0001', state: 'stale' },
    ]);
    const fully = await makeWorkspace({
      'readiness.yml': list(['CVE-2019-1549', 'CVE-2019-1551']),
      'trivy.json': trivy,
    });
    const passed = cli(['check'], fully, env);
    expect(passed.code).toBe(0);
    expect(passed.stdout).toContain(
      'image: CVE-2019-1551 waived by @bob until 2026-12-20 (19 days left): Not shipped [active]',
    );
  });
});

describe('readiness-gate merge: waivers and enforce-from on the merge job clock', () => {
  it('judges item waivers and enforce-from again from the merged statuses', async () => {
    const dir = await makeWorkspace(
      {
        'readiness.yml': `title: T
items:
  - { id: runbook, file: { path: RUNBOOK.md, exists: true } }
  - { id: notes, file: { path: NOTES.md, exists: true }, enforce-from: 2027-01-15 }
waivers:
  - { item: runbook, reason: Next sprint, by: alice, until: 2027-01-31 }
`,
      },
      { git: true },
    );
    const shard = cli(['check', '--shard', 'a', '--out', 'a.json'], dir, {
      READINESS_GATE_NOW: '2026-12-01',
    });
    expect(shard.code).toBe(0);
    const before = cli(['merge', 'a.json', '--expect-shards', 'a', '--format', 'json'], dir, {
      READINESS_GATE_NOW: '2026-12-01',
    });
    expect(before.code).toBe(0);
    const early = JSON.parse(before.stdout) as {
      checklists: { items: { status: string; isBlocking: boolean }[]; waivers: unknown[] }[];
    };
    expect(early.checklists[0]!.items.map((item) => [item.status, item.isBlocking])).toEqual([
      ['waived', false],
      ['failed', false],
    ]);
    expect(early.checklists[0]!.waivers).toMatchObject([{ state: 'active' }]);
    const after = cli(['merge', 'a.json', '--expect-shards', 'a'], dir, {
      READINESS_GATE_NOW: '2027-02-01',
    });
    expect(after.code).toBe(1);
    expect(after.stdout).toContain(
      'RUNBOOK.md does not exist — waiver by @alice expired on 2027-01-31',
    );
    expect(after.stdout).toContain('2 blocking items');
  });
});
