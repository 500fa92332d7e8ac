// The repository keeps its promises: dist/ and the schemas are built from src/, the README's
// tables match action.yml, and the core never imports @actions/*.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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

describe('the repository', () => {
  it('commits dist/ and the JSON Schemas exactly as src/ builds them', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'rg-dist-'));
    execFileSync(
      NODE24,
      [
        path.join(ROOT, 'scripts/build.mjs'),
        '--out',
        path.join(out, 'dist'),
        '--schemas-out',
        path.join(out, 'checklists'),
      ],
      { cwd: ROOT, stdio: 'pipe' },
    );
    for (const file of ['index.js', 'cli.js']) {
      const built = readFileSync(path.join(out, 'dist', file), 'utf8');
      const committed = readFileSync(path.join(ROOT, 'dist', file), 'utf8');
      expect(built === committed, `dist/${file} is stale: run npm run build and commit it`).toBe(
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
