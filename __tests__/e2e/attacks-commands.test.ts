// Attacks through what the gate runs, against dist/cli.js and the real programs: each one is
// first shown to work when the program is run directly, then shown to do nothing through the gate.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24, ROOT, runAction } from '../helpers/run-action.js';
import { makeWorkspace } from '../helpers/workspace.js';

const BASE_ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(NODE24, [path.join(ROOT, 'dist', 'cli.js'), ...args], {
    cwd,
    env: { ...BASE_ENV, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonItem {
  readonly title: string;
  readonly status: string;
  readonly summary?: string;
  readonly note?: string;
  readonly kind?: string;
  readonly check?: { readonly run?: string };
}

/** `check --format json` for statuses and summaries, or `plan --format json` for notes and runs. */
function checkItems(
  cwd: string,
  env: Record<string, string> = {},
  command: 'check' | 'plan' = 'check',
): JsonItem[] {
  const out = cli([command, '--format', 'json'], cwd, env);
  expect(out.stderr).not.toContain('internal error');
  const items = (JSON.parse(out.stdout) as { checklists: { items: JsonItem[] }[] }).checklists[0]!
    .items;
  expect(items.length).toBeGreaterThan(0);
  return items;
}

function run(program: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  return spawnSync(program, args, {
    cwd,
    env: { ...BASE_ENV, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

function outsideDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'rg-outside-'));
}

/** Running, and not a zombie left for a reaper (a killed process no one has waited for). */
function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Whether the process has ended within `ms` (a SIGKILL takes a moment to be delivered). */
async function endsWithin(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

/** Runs a program without blocking this process (a loopback server here must answer it). */
function runAsync(program: string, args: string[], cwd: string, env: Record<string, string>) {
  return new Promise<number | null>((resolve) => {
    const child = spawn(program, args, { cwd, env: { ...BASE_ENV, ...env }, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('pytest', () => {
  it('runs plainly, but never with -p (a plugin of the attacker) or --basetemp (a folder it wipes)', async () => {
    const outside = outsideDir();
    const marker = path.join(outside, 'plugin-ran');
    const victim = path.join(outside, 'victim');
    const dir = await makeWorkspace({
      'evil_plugin.py': `open(${JSON.stringify(marker)}, "w").write("ran")\n`,
      'test_ok.py': 'def test_ok(tmp_path):\n    assert tmp_path.exists()\n',
      'DEPLOYMENT_CHECKLIST.md': [
        '# Release',
        '',
        '- [ ] Tests pass: `python3 -m pytest -q test_ok.py`',
        '- [ ] Plugin: `python3 -m pytest -p evil_plugin test_ok.py`',
        `- [ ] Temp: \`pytest --basetemp=${victim} test_ok.py\``,
        '',
      ].join('\n'),
    });
    // The attacks are real: run directly, pytest loads the plugin and empties the folder.
    expect(
      run('python3', ['-m', 'pytest', '-q', '-p', 'evil_plugin', 'test_ok.py'], dir).status,
    ).toBe(0);
    expect(existsSync(marker)).toBe(true);
    mkdirSync(victim);
    writeFileSync(path.join(victim, 'precious.txt'), 'keep me');
    expect(run('pytest', ['-q', `--basetemp=${victim}`, 'test_ok.py'], dir).status).toBe(0);
    expect(existsSync(path.join(victim, 'precious.txt'))).toBe(false);

    spawnSync('rm', ['-rf', marker, victim]);
    mkdirSync(victim);
    writeFileSync(path.join(victim, 'precious.txt'), 'keep me');
    const [plain, plugin, temp] = checkItems(dir);
    expect(plain).toMatchObject({ status: 'passed', kind: 'command' });
    expect(plugin).toMatchObject({ status: 'pending', kind: 'manual' });
    expect(temp).toMatchObject({ status: 'pending', kind: 'manual' });
    const [, pluginPlan, tempPlan] = checkItems(dir, {}, 'plan');
    expect(pluginPlan!.note).toContain('`-p`');
    expect(tempPlan!.note).toContain(`--basetemp=${victim}`);
    expect(existsSync(marker)).toBe(false);
    expect(readFileSync(path.join(victim, 'precious.txt'), 'utf8')).toBe('keep me');
  });
});

describe('npm scripts', () => {
  it('runs `npm test`, but not with --script-shell (a program of the attacker) or any other flag', async () => {
    const outside = outsideDir();
    const marker = path.join(outside, 'shell-ran');
    const dir = await makeWorkspace({
      'package.json': JSON.stringify({
        name: 'x',
        version: '1.0.0',
        scripts: { test: 'node -e 0' },
      }),
      'x.sh': `#!/bin/sh\necho ran > ${marker}\n`,
      'DEPLOYMENT_CHECKLIST.md':
        '# Release\n\n- [ ] Tests: `npm test`\n- [ ] Shell: `npm test --script-shell=./x.sh`\n- [ ] Update: `npm test -- -u`\n',
    });
    chmodSync(path.join(dir, 'x.sh'), 0o755);
    expect(run('npm', ['test', '--script-shell=./x.sh'], dir).status).toBe(0);
    expect(existsSync(marker)).toBe(true);
    spawnSync('rm', ['-f', marker]);

    const [plain, shell] = checkItems(dir);
    expect(plain).toMatchObject({ status: 'passed', kind: 'command' });
    expect(shell).toMatchObject({ status: 'pending', kind: 'manual' });
    const [, shellPlan, updatePlan] = checkItems(dir, {}, 'plan');
    expect(shellPlan!.note).toContain('--script-shell=./x.sh');
    expect(updatePlan!.note).toContain('no extra arguments');
    expect(existsSync(marker)).toBe(false);
  });
});

describe('npx and other package runners', () => {
  it('never download: a loopback registry that would serve a package is never asked', async () => {
    const requests: string[] = [];
    const registry = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(registry.address() as AddressInfo).port}/`;
    try {
      const cache = outsideDir();
      const env = {
        npm_config_registry: url,
        npm_config_cache: cache,
        npm_config_update_notifier: 'false',
      };
      const dir = await makeWorkspace({
        'DEPLOYMENT_CHECKLIST.md': [
          '# Release',
          '',
          `- [ ] Jest: \`npx jest --registry=${url} --package=evil-jest --yes\``,
          '- [ ] Yes: `npx --yes jest`',
          '- [ ] Jest suite: `npx jest --ci`',
          '',
        ].join('\n'),
      });
      // Run directly, npx asks the registry for the package.
      await runAsync('npx', ['--yes', 'evil-jest-package'], dir, env);
      expect(requests.length).toBeGreaterThan(0);
      requests.length = 0;

      const [registryFlag, yes] = checkItems(dir, env, 'plan');
      expect(registryFlag!.note).toContain(`--registry=${url}`);
      expect(yes!.note).toContain('`--yes`');
      const missing = checkItems(dir, env)[2];
      expect(missing).toMatchObject({
        status: 'pending',
        kind: 'command',
        summary: 'jest is not installed here: install it in the job or tick the item',
      });
      expect(requests).toEqual([]);
    } finally {
      registry.close();
    }
  });

  it("run the workspace's own node_modules/.bin tool directly, and not one that leads outside", async () => {
    const dir = await makeWorkspace({
      'node_modules/fake-jest/bin.js': `#!/usr/bin/env node\nrequire('fs').writeFileSync('local-jest-ran', process.argv.slice(2).join(' '));\n`,
      'DEPLOYMENT_CHECKLIST.md':
        '# Release\n\n- [ ] Jest: `npx jest --ci`\n- [ ] Vitest: `pnpm exec vitest run`\n',
    });
    chmodSync(path.join(dir, 'node_modules/fake-jest/bin.js'), 0o755);
    mkdirSync(path.join(dir, 'node_modules/.bin'));
    symlinkSync('../fake-jest/bin.js', path.join(dir, 'node_modules/.bin/jest'));
    // vitest's link leads to this repository's own vitest, outside the workspace.
    symlinkSync(
      path.join(ROOT, 'node_modules/vitest/vitest.mjs'),
      path.join(dir, 'node_modules/.bin/vitest'),
    );
    expect(checkItems(dir, {}, 'plan')[0]).toMatchObject({
      check: { run: 'node_modules/.bin/jest --ci' },
    });
    const [jest, vitest] = checkItems(dir);
    expect(jest).toMatchObject({ status: 'passed' });
    expect(readFileSync(path.join(dir, 'local-jest-ran'), 'utf8')).toBe('--ci');
    expect(vitest).toMatchObject({
      status: 'pending',
      summary: expect.stringContaining('vitest is not installed here'),
    });
  });
});

describe('eslint, vitest, tsc from node_modules', () => {
  it('eslint -o writes a file where it is told when run directly; through the gate it stays manual', async () => {
    const outside = outsideDir();
    const written = path.join(outside, 'eslint-output.txt');
    const dir = await makeWorkspace({
      'eslint.config.js': 'export default [];\n',
      'src/a.js': 'export const a = 1;\n',
      'src/a.test.js.snap': 'committed snapshot\n',
      'DEPLOYMENT_CHECKLIST.md': [
        '# Release',
        '',
        `- [ ] Lint: \`npx eslint -o ${written} src\``,
        '- [ ] Snapshots match: `npx vitest run --update`',
        `- [ ] Types: \`npx tsc --outDir ${outside}/out\``,
        '',
      ].join('\n'),
    });
    expect(
      run(path.join(ROOT, 'node_modules/.bin/eslint'), ['-o', written, 'src'], dir).status,
    ).toBe(0);
    expect(existsSync(written)).toBe(true);
    spawnSync('rm', ['-f', written]);

    const [lint, snapshots, types] = checkItems(dir, {}, 'plan');
    expect(lint!.note).toContain('`-o`');
    expect(snapshots!.note).toContain('`--update`');
    expect(types!.note).toContain('`--outDir`');
    expect(checkItems(dir).map((item) => item.status)).toEqual(['pending', 'pending', 'pending']);
    expect(existsSync(written)).toBe(false);
    expect(existsSync(path.join(outside, 'out'))).toBe(false);
    expect(readFileSync(path.join(dir, 'src/a.test.js.snap'), 'utf8')).toBe('committed snapshot\n');
  });
});

describe('the environment and the processes of a command', () => {
  it("runs commands without the action's own secrets", async () => {
    const dir = await makeWorkspace({
      'readiness.yml':
        'title: t\nitems:\n  - title: env\n    command: { run: "node -e \\"require(\'fs\').writeFileSync(\'env.json\', JSON.stringify(process.env))\\"" }\n',
    });
    const secrets = {
      INPUT_TOKEN: 'ghs_inputtoken000000000000000000000000',
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-value',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-value',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://id.example/x',
      ACTIONS_CACHE_URL: 'https://cache.example/x',
      ACTIONS_RESULTS_URL: 'https://results.example/x',
    };
    const items = checkItems(dir, { ...secrets, ORDINARY: 'kept' });
    expect(items[0]!.status).toBe('passed');
    const seen = JSON.parse(readFileSync(path.join(dir, 'env.json'), 'utf8')) as Record<
      string,
      string
    >;
    expect(seen.ORDINARY).toBe('kept');
    for (const name of Object.keys(secrets)) expect(seen[name], name).toBeUndefined();
  });

  it('ends what a command left running when it exits', async () => {
    const dir = await makeWorkspace({
      'readiness.yml':
        'title: t\nitems:\n  - title: leaves a child\n    command: { run: "sleep 300 & echo $! > bg.pid", shell: sh }\n',
    });
    expect(checkItems(dir)[0]!.status).toBe('passed');
    const pid = Number(readFileSync(path.join(dir, 'bg.pid'), 'utf8'));
    expect(pid).toBeGreaterThan(1);
    expect(await endsWithin(pid, 2000)).toBe(true);
  });

  it('on SIGTERM ends its commands and exits within a few seconds', async () => {
    const dir = await makeWorkspace({
      'readiness.yml':
        'title: t\nitems:\n  - title: hangs\n    command: { run: "echo $$ > fg.pid; sleep 300 & echo $! > bg.pid; wait", shell: sh }\n',
    });
    const child = spawn(NODE24, [path.join(ROOT, 'dist', 'cli.js'), 'check'], {
      cwd: dir,
      env: BASE_ENV,
      stdio: 'ignore',
    });
    const exited = new Promise<number>((resolve) => child.on('close', () => resolve(Date.now())));
    for (let i = 0; i < 200 && !existsSync(path.join(dir, 'bg.pid')); i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 100)); // the pid written in full
    const pids = ['fg.pid', 'bg.pid'].map((file) =>
      Number(readFileSync(path.join(dir, file), 'utf8')),
    );
    const signalled = Date.now();
    child.kill('SIGTERM');
    const ended = await exited;
    expect(ended - signalled).toBeLessThan(5000);
    for (const pid of pids) {
      expect(pid).toBeGreaterThan(1);
      expect(await endsWithin(pid, 2000), String(pid)).toBe(true);
    }
  });

  it('the Action on SIGTERM (a cancelled job) ends its commands and exits within a few seconds', async () => {
    const dir = await makeWorkspace({
      'readiness.yml':
        'title: t\nitems:\n  - title: hangs\n    command: { run: "sleep 300 & echo $! > bg.pid; wait", shell: sh }\n',
    });
    let signalled = 0;
    const run = await runAction({
      workspace: dir,
      eventName: 'push',
      inputs: { comment: 'false' },
      onSpawn: (child) => {
        void (async () => {
          for (let i = 0; i < 200 && !existsSync(path.join(dir, 'bg.pid')); i++)
            await new Promise((resolve) => setTimeout(resolve, 50));
          await new Promise((resolve) => setTimeout(resolve, 100));
          signalled = Date.now();
          child.kill('SIGTERM');
        })();
      },
    });
    expect(signalled).toBeGreaterThan(0);
    expect(Date.now() - signalled).toBeLessThan(8000);
    expect(run.code).not.toBe(0);
    const pid = Number(readFileSync(path.join(dir, 'bg.pid'), 'utf8'));
    expect(pid).toBeGreaterThan(1);
    expect(await endsWithin(pid, 2000)).toBe(true);
  });
});
