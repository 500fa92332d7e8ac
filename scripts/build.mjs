// Builds dist/ (the Action's index.js and the command's cli.js, with lazily loaded chunks) and
// the published JSON Schemas, all from src/. `--out DIR --schemas-out DIR` builds elsewhere
// (the sync test compares the result with what is committed).
import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
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
  legalComments: 'none',
  minify: true,
  keepNames: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

/** The schemas, read from the code itself, and ajv's standalone validators for them. */
async function compileSchemas(temp) {
  const entry = path.join(temp, 'schemas.mjs');
  await esbuild.build({ ...common, entryPoints: ['scripts/schemas-entry.ts'], outfile: entry, banner: { js: banner } });
  const schemas = await import(pathToFileURL(entry).href);
  const ajv = new Ajv({ ...schemas.ajvOptions, code: { source: true, esm: true } });
  // Each kind's options are compiled once and shared by the checklist validator.
  const checklist = structuredClone(schemas.checklistSchema);
  delete checklist.$id;
  for (const kind of Object.keys(schemas.kindSchemas)) checklist.definitions.item.properties[kind] = { $ref: kind };
  ajv.addSchema(checklist, 'checklist');
  for (const [kind, schema] of Object.entries(schemas.kindSchemas)) ajv.addSchema(schema, kind);
  const names = ['checklist', ...Object.keys(schemas.kindSchemas)];
  const code = standaloneCode(ajv, Object.fromEntries(names.map((name) => [name, name])));
  const module = `${code}\nconst validators = { ${names.map((n) => `${JSON.stringify(n)}: ${n}`).join(', ')} };\nexport const AJV_OPTIONS = ${JSON.stringify(schemas.ajvOptions)};\nexport function getValidator(name) { return validators[name]; }\n`;
  return { schemas, validatorsModule: module };
}

/** Swaps src/checklist/validators.ts for the precompiled validators. */
function precompiledValidators(moduleCode) {
  return {
    name: 'precompiled-validators',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]checklist[\\/]validators\.ts$/ }, () => ({ contents: moduleCode, loader: 'js', resolveDir: path.join(root, 'src', 'checklist') }));
    },
  };
}

export async function build() {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'rg-build-'));
  try {
    const { schemas, validatorsModule } = await compileSchemas(temp);
    await rm(outDir, { recursive: true, force: true });
    await mkdir(outDir, { recursive: true });
    await esbuild.build({
      ...common,
      entryPoints: { index: 'src/action.ts', cli: 'src/cli.ts' },
      outdir: outDir,
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      banner: { js: banner },
      plugins: [precompiledValidators(validatorsModule)],
    });
    // The command needs its shebang first.
    const cliFile = path.join(outDir, 'cli.js');
    const { readFile } = await import('node:fs/promises');
    // Node 22.1+ caches compiled code on disk, so a developer's second run starts faster.
    const compileCache = "import __rgModule from 'node:module'; try { __rgModule.enableCompileCache?.(); } catch {}";
    await writeFile(cliFile, `#!/usr/bin/env node\n${compileCache}\n${await readFile(cliFile, 'utf8')}`);
    await chmod(cliFile, 0o755);
    await mkdir(schemasOut, { recursive: true });
    await writeFile(path.join(schemasOut, 'schema.json'), `${JSON.stringify(schemas.checklistSchema, null, 2)}\n`);
    await writeFile(path.join(schemasOut, 'report.schema.json'), `${JSON.stringify(schemas.reportSchema, null, 2)}\n`);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

async function sizes(dir) {
  const out = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out.push(`${path.relative(dir, file)} ${((await stat(file)).size / 1024).toFixed(0)} KiB`);
    }
  }
  return out;
}

await build();
console.log(`built ${path.relative(root, outDir) || '.'}: ${(await sizes(outDir)).filter((line) => !line.startsWith('chunks/')).join(', ')}, ${(await readdir(path.join(outDir, 'chunks'))).length} chunks`);
