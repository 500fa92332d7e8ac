// The command's code cache (src/launch/code-cache.ts): V8's code for dist/main.cjs kept after a
// run, used only for the same file, only from a folder no one else can write to, and harmless
// when damaged. Each case loads a real bundle through vm, as dist/cli.js does.
import { spawnSync } from 'node:child_process';
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NODE24, ROOT } from '../helpers/run-action.js';

let dir: string;
let cacheDir: string;
let bundle: string;
/** What the build would write into the launcher: the bundle's hash (any text will do here). */
let contentHash = 'build-1';
const writeBundle = (value: number, mtime: number): void => {
  // A function the load itself does not run: its code is compiled by the call, after loading.
  writeFileSync(bundle, `exports.answer = function answer() { return ${value} + 0; };\n`);
  utimesSync(bundle, mtime, mtime);
};
/**
 * Loads the bundle in a process of its own, as each start of dist/cli.js does (within one process
 * V8 keeps compiled scripts in memory and would not read the cache at all), and saves the cache.
 */
const load = (...nodeFlags: string[]): { state: string; answer: number } => {
  const driver = `import { loadBundle } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/launch/code-cache.ts')).href)};
const loaded = loadBundle(${JSON.stringify(bundle)}, { directory: ${JSON.stringify(cacheDir)}, name: 'check', contentHash: ${JSON.stringify(contentHash)} });
const answer = loaded.exports.answer();
loaded.saveCache();
console.log(JSON.stringify({ state: loaded.cacheState, answer }));`;
  const result = spawnSync(NODE24, [...nodeFlags, '--input-type=module', '-e', driver], {
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as { state: string; answer: number };
};

beforeEach(() => {
  contentHash = 'build-1';
  dir = mkdtempSync(path.join(os.tmpdir(), 'rg-code-cache-'));
  cacheDir = path.join(dir, 'cache');
  bundle = path.join(dir, 'main.cjs');
  writeBundle(41, 1_700_000_000);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the code cache', () => {
  it('is written after a run, private to the user, and used by the next start', () => {
    expect(load()).toEqual({ state: 'missing', answer: 41 });
    const files = readdirSync(cacheDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^check-[0-9a-f]{8}\.v8cache$/);
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(cacheDir, files[0]!)).mode & 0o777).toBe(0o600);
    expect(load()).toEqual({ state: 'used', answer: 41 });
  });

  it('is written again by the next three runs that use it, each adding its code, then only read', () => {
    const refreshes = (): string => {
      const bytes = readFileSync(path.join(cacheDir, readdirSync(cacheDir)[0]!));
      const header = bytes.toString('latin1', 0, bytes.indexOf(10));
      return header.slice(header.lastIndexOf('\0') + 1);
    };
    expect(load().state).toBe('missing');
    expect(refreshes()).toBe('0');
    for (const count of ['1', '2', '3', '3', '3']) {
      expect(load()).toEqual({ state: 'used', answer: 41 });
      expect(refreshes()).toBe(count);
    }
  });

  it('is left to Node when source-mapped stack traces are asked for (--enable-source-maps)', () => {
    expect(load('--enable-source-maps')).toEqual({ state: 'off', answer: 41 });
    expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([]);
  });

  it('is not used for an edited bundle of the same length: the new code runs', () => {
    load();
    writeBundle(42, 1_700_000_100);
    expect(load()).toEqual({ state: 'missing', answer: 42 });
    expect(load()).toEqual({ state: 'used', answer: 42 });
  });

  it('is rejected when damaged, the bundle still runs, and the cache is written anew', () => {
    load();
    const file = path.join(cacheDir, readdirSync(cacheDir)[0]!);
    const bytes = readFileSync(file);
    // Keep the header line (the key), damage V8's part.
    const header = bytes.indexOf(10) + 1;
    bytes.fill(0x5a, header, header + 64);
    writeFileSync(file, bytes.subarray(0, header + 200));
    expect(load()).toEqual({ state: 'rejected', answer: 41 });
    expect(load()).toEqual({ state: 'used', answer: 41 });
  });

  it('is not used for another build of the same size and mtime (npm gives every file one mtime)', () => {
    load();
    writeBundle(42, 1_700_000_000);
    contentHash = 'build-2';
    expect(load()).toEqual({ state: 'missing', answer: 42 });
  });

  it('runs none of an entry planted in a folder others can write to: the bundle as written runs', () => {
    // An entry whose key matches (same build, size and mtime) but whose code is another's: were
    // it used, V8 would run its cached code (41) instead of the bundle's source (42).
    load();
    writeBundle(42, 1_700_000_000);
    chmodSync(cacheDir, 0o777);
    expect(load()).toEqual({ state: 'off', answer: 42 });
  });

  it('is neither read nor written in a folder others can write to, or behind a symlink', () => {
    mkdirSync(cacheDir, { mode: 0o700 });
    chmodSync(cacheDir, 0o777);
    expect(load()).toEqual({ state: 'off', answer: 41 });
    expect(readdirSync(cacheDir)).toEqual([]);

    const real = path.join(dir, 'elsewhere');
    mkdirSync(real, { mode: 0o700 });
    rmSync(cacheDir, { recursive: true });
    symlinkSync(real, cacheDir);
    expect(load()).toEqual({ state: 'off', answer: 41 });
    expect(readdirSync(real)).toEqual([]);
  });
});

describe('dist/cli.js', () => {
  const run = (tmp: string, env: Record<string, string> = {}) =>
    spawnSync(
      NODE24,
      [path.join(ROOT, 'dist', 'cli.js'), 'check', '--checklist', 'readiness.yml'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: dir, TMPDIR: tmp, ...env },
      },
    );

  it('keeps its code cache in the temporary folder, gives the same answer with it, and none with NODE_DISABLE_COMPILE_CACHE', () => {
    writeFileSync(
      path.join(dir, 'readiness.yml'),
      'title: Small\nsections:\n  - title: Config\n    items:\n      - { title: Home set, env: { required: [HOME] } }\n',
    );
    const tmp = path.join(dir, 'tmp');
    mkdirSync(tmp);
    const first = run(tmp);
    expect(first.status, first.stderr).toBe(0);
    const cache = path.join(tmp, `readiness-gate-code-cache-${process.getuid?.() ?? 'user'}`);
    expect(readdirSync(cache).filter((name) => name.startsWith('check-'))).toHaveLength(1);
    const second = run(tmp);
    expect(second.stdout).toBe(first.stdout);
    const off = path.join(dir, 'tmp-off');
    mkdirSync(off);
    const without = run(off, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(without.stdout).toBe(first.stdout);
    expect(existsSync(path.join(off, path.basename(cache)))).toBe(false);
  });

  it("keys its cache by dist/main.cjs's content, as built", () => {
    const launcher = readFileSync(path.join(ROOT, 'dist', 'cli.js'), 'utf8');
    const hash = createHash('sha256')
      .update(readFileSync(path.join(ROOT, 'dist', 'main.cjs')))
      .digest('hex');
    expect(launcher).toContain(`contentHash: "${hash}"`);
  });

  it('loads a bundle written in ASCII, which the launcher decodes as latin1', () => {
    const bytes = readFileSync(path.join(ROOT, 'dist', 'main.cjs'));
    expect(bytes.length).toBeGreaterThan(100_000);
    expect(isAscii(bytes)).toBe(true);
  });
});
