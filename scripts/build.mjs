// Builds dist/ (the Action's index.js and the command's cli.js) and the published JSON Schemas,
// all from src/. `node scripts/build.mjs --out DIR` builds elsewhere (the sync test compares).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string' }, 'schemas-out': { type: 'string' } } });
const outDir = path.resolve(values.out ?? path.join(root, 'dist'));
const schemasOut = path.resolve(values['schemas-out'] ?? path.join(root, 'checklists'));

// CommonJS dependencies bundled into ESM call require(): give them one.
const banner = "import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minifyWhitespace: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

export async function build() {
  await mkdir(outDir, { recursive: true });
  await esbuild.build({ ...common, entryPoints: { index: 'src/action.ts' }, outdir: outDir, banner: { js: banner } });
  await esbuild.build({ ...common, entryPoints: { cli: 'src/cli.ts' }, outdir: outDir, banner: { js: `#!/usr/bin/env node\n${banner}` } });
  // The JSON Schemas come from the code, so they cannot drift from it.
  const temp = await mkdtemp(path.join(os.tmpdir(), 'rg-schema-'));
  try {
    const entry = path.join(temp, 'schemas.mjs');
    await esbuild.build({ ...common, entryPoints: ['scripts/schemas-entry.ts'], outfile: entry, banner: { js: banner } });
    const { checklistSchema, reportSchema } = await import(pathToFileURL(entry).href);
    await mkdir(schemasOut, { recursive: true });
    await writeFile(path.join(schemasOut, 'schema.json'), `${JSON.stringify(checklistSchema, null, 2)}\n`);
    await writeFile(path.join(schemasOut, 'report.schema.json'), `${JSON.stringify(reportSchema, null, 2)}\n`);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

await build();
const size = (await readFile(path.join(outDir, 'index.js'))).length;
const cliSize = (await readFile(path.join(outDir, 'cli.js'))).length;
console.log(`built ${path.relative(root, outDir) || '.'}: index.js ${(size / 1024).toFixed(0)} KiB, cli.js ${(cliSize / 1024).toFixed(0)} KiB`);
