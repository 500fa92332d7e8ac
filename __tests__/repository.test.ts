// The repository keeps its promises: dist/ and the schemas are built from src/, the bundled
// packages' licences travel with dist/, the README's tables match action.yml, and the core never
// imports @actions/*.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE24, readManifest, ROOT } from './helpers/run-action.js';

function tableRows(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`## ${heading}\n`);
  expect(start, `README has a "## ${heading}" section`).toBeGreaterThanOrEqual(0);
  const section = markdown.slice(start).split('\n## ')[0]!;
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

/** Every file under dir, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

describe('the repository', () => {
  // One fresh build from src/ (with esbuild's metafile: which module went into which output).
  let out: string;
  let metafile: Metafile;
  beforeAll(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'rg-dist-'));
    execFileSync(
      NODE24,
      [
        path.join(ROOT, 'scripts/build.mjs'),
        '--out',
        path.join(out, 'dist'),
        '--schemas-out',
        path.join(out, 'checklists'),
        '--metafile',
        path.join(out, 'meta.json'),
      ],
      { cwd: ROOT, stdio: 'pipe' },
    );
    metafile = JSON.parse(readFileSync(path.join(out, 'meta.json'), 'utf8')) as Metafile;
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('commits dist/ and the JSON Schemas exactly as src/ builds them', () => {
    const built = filesUnder(path.join(out, 'dist'));
    expect(built).toContain('licenses.txt');
    expect(filesUnder(path.join(ROOT, 'dist')), 'dist/ has the files a build makes').toEqual(built);
    for (const file of built) {
      const fresh = readFileSync(path.join(out, 'dist', file), 'utf8');
      const committed = readFileSync(path.join(ROOT, 'dist', file), 'utf8');
      expect(fresh === committed, `dist/${file} is stale: run npm run build and commit it`).toBe(
        true,
      );
    }
    for (const file of ['schema.json', 'report.schema.json']) {
      expect(
        readFileSync(path.join(out, 'checklists', file), 'utf8'),
        `checklists/${file} is stale: run npm run build`,
      ).toBe(readFileSync(path.join(ROOT, 'checklists', file), 'utf8'));
    }
  });

  it('ships the licence of every package bundled into dist/, with its version and text', () => {
    const dirs = new Set<string>();
    for (const output of Object.values(metafile.outputs))
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
        if (match && bytesInOutput > 0) dirs.add(match[1]!);
      }
    // The action's own dependencies are in the bundle, so the list cannot be empty.
    expect([...dirs]).toEqual(
      expect.arrayContaining(['node_modules/@actions/core', 'node_modules/yaml']),
    );
    const notices = readFileSync(path.join(ROOT, 'dist', 'licenses.txt'), 'utf8');
    for (const dir of dirs) {
      const pkg = JSON.parse(readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
        license: string;
      };
      const header = `Package: ${pkg.name}@${pkg.version}\nLicense: ${pkg.license}\n`;
      const at = notices.indexOf(header);
      expect(at, `${pkg.name}@${pkg.version} in dist/licenses.txt`).toBeGreaterThanOrEqual(0);
      const next = notices.indexOf('\n=====', at + 1);
      const section = notices.slice(at, next === -1 ? undefined : next);
      const licenseFile = readdirSync(path.join(ROOT, dir)).find((name) =>
        /^licen[cs]e/i.test(name),
      );
      expect(licenseFile, `${dir} has a licence file`).toBeDefined();
      const text = readFileSync(path.join(ROOT, dir, licenseFile!), 'utf8').trim();
      expect(section, `the licence text of ${pkg.name}@${pkg.version}`).toContain(text);
    }
  });

  it('has a LICENSE with the licence package.json names', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      license: string;
    };
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) \d{4} [^\n]+\n\nPermission is hereby granted, free of charge/,
    );
  });

  it('documents every input of action.yml in the README, with the same default', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const rows = tableRows(readme, 'Inputs');
    const manifest = readManifest();
    expect(rows.map((row) => row[0]!.replace(/`/g, ''))).toEqual(Object.keys(manifest.inputs));
    for (const row of rows) {
      const name = row[0]!.replace(/`/g, '');
      const fallback = manifest.inputs[name]!.default ?? '';
      if (fallback !== '') expect(row[1], `default of ${name}`).toBe(`\`${fallback}\``);
      else expect(row[1], `default of ${name}`).not.toMatch(/^`/);
    }
  });

  it('documents every output of action.yml in the README', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(tableRows(readme, 'Outputs').map((row) => row[0]!.replace(/`/g, ''))).toEqual(
      Object.keys(readManifest().outputs),
    );
  });

  it('runs on node24', () => {
    expect(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')).toMatch(
      /using: node24\n\s+main: dist\/index\.js/,
    );
  });

  it('keeps the core pure: no @actions/* outside src/github, action.ts and cli.ts', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/@actions\//.test(readFileSync(file, 'utf8')))
          offenders.push(path.relative(ROOT, file));
      }
    };
    for (const stage of [
      'checklist',
      'checks',
      'reports',
      'gate',
      'render',
      'workspace',
      'process',
      'secrets',
    ])
      walk(path.join(ROOT, 'src', stage));
    expect(offenders).toEqual([]);
  });
});
