// The import rules (.dependency-cruiser.cjs, run by `npm run lint`) catch what they promise: a
// planted upward import, a file cycle, @actions/* in the core and a launcher importing the bundle's
// modules each fail; a downward import passes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE24, ROOT } from './helpers/run-action.js';

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

let dir: string;

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

/** The rule violations depcruise finds in the planted src/, with the repository's config. */
function violations(): Violation[] {
  const result = spawnSync(
    NODE24,
    [
      path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      'src',
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'json',
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  expect(result.stdout, result.stderr).toContain('"summary"');
  return (JSON.parse(result.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('the import rules', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'rg-layers-'));
    copyFileSync(
      path.join(ROOT, '.dependency-cruiser.cjs'),
      path.join(dir, '.dependency-cruiser.cjs'),
    );
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    write(
      'tsconfig.json',
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }),
    );
    write('src/model.ts', 'export type Status = string;\n');
    // Downward imports: allowed.
    write(
      'src/render/text.ts',
      "import type { Status } from '../model.js';\nexport const s: Status = '';\n",
    );
    write('src/gate/run.ts', "import { s } from '../render/text.js';\nexport const t = s;\n");
    write('src/checks/pure.ts', "import { core } from '@actions/core';\nexport const c = core;\n");
    write('src/reports/a.ts', "import { b } from './b.js';\nexport const a = b;\n");
    write('src/reports/b.ts', "import { a } from './a.js';\nexport const b = a;\n");
    // A launcher that reaches into the bundle's modules instead of loading the bundle.
    write('src/launch/cli.ts', "import { t } from '../gate/run.js';\nexport const l = t;\n");
    write('src/entries.ts', "import { t } from './gate/run.js';\nexport const e = t;\n");
    write(
      'src/github/ok.ts',
      "import * as core from '@actions/core';\nimport { t } from '../gate/run.js';\nexport const o = [core, t];\n",
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fail on an upward import, a cycle, @actions/* in the core and a launcher reaching in, and only on those', () => {
    // node_modules is a symlink to the repository's, which depcruise resolves.
    const found = violations().map(
      (v) => `${v.rule.name}: ${v.from} → ${v.to.replace(/^.*node_modules\//, 'node_modules/')}`,
    );
    expect(found.sort()).toEqual([
      'actions-only-at-the-edge: src/checks/pure.ts → node_modules/@actions/core/lib/core.js',
      'launchers-apart: src/launch/cli.ts → src/gate/run.ts',
      'layer-gate: src/gate/run.ts → src/render/text.ts',
      'no-circular: src/reports/a.ts → src/reports/b.ts',
    ]);
  });
});
