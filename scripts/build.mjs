// Builds dist/ (the Action's index.js and the command's cli.js, with lazily loaded chunks, and the
// licences of the packages bundled into them) and the published JSON Schemas, all from src/. `--out DIR --schemas-out DIR` builds elsewhere
// (the sync test compares the result with what is committed).
/* global console, structuredClone */
import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isBuiltin } from 'node:module';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import * as esbuild from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    'schemas-out': { type: 'string' },
    metafile: { type: 'string' },
  },
});
const outDir = path.resolve(values.out ?? path.join(root, 'dist'));
const schemasOut = path.resolve(values['schemas-out'] ?? path.join(root, 'checklists'));

// CommonJS dependencies bundled into ESM call require(): give them one.
const banner =
  "import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);";

const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  legalComments: 'none',
  // Readable output: users who pin the action review dist/ diffs (cold start measured in
  // bench/cold-start.mjs stays within budget unminified).
  minify: false,
  logLevel: 'warning',
  absWorkingDir: root,
  // `readiness-gate --version` prints package.json's version, the one place it is written.
  define: { READINESS_GATE_VERSION: JSON.stringify(version) },
};

/** The schemas, read from the code itself, and ajv's standalone validators for them. */
async function compileSchemas(temp) {
  const entry = path.join(temp, 'schemas.mjs');
  await esbuild.build({
    ...common,
    entryPoints: ['scripts/schemas-entry.ts'],
    outfile: entry,
    banner: { js: banner },
  });
  const schemas = await import(pathToFileURL(entry).href);
  const ajv = new Ajv({ ...schemas.ajvOptions, code: { source: true, esm: true } });
  // Each kind's options are compiled once and shared by the checklist validator.
  const checklist = structuredClone(schemas.checklistSchema);
  delete checklist.$id;
  for (const kind of Object.keys(schemas.kindSchemas))
    checklist.definitions.item.properties[kind] = { $ref: kind };
  ajv.addSchema(checklist, 'checklist');
  for (const [kind, schema] of Object.entries(schemas.kindSchemas)) ajv.addSchema(schema, kind);
  // Markdown waiver directives are validated by the same waiver schema as YAML's `waivers:`.
  ajv.addSchema(schemas.waiverSchema, 'waiver');
  // Markdown policy directives and front matter, likewise by YAML's `policy:` schema.
  ajv.addSchema(schemas.policySchema, 'policy');
  const names = ['checklist', 'waiver', 'policy', ...Object.keys(schemas.kindSchemas)];
  const code = standaloneCode(ajv, Object.fromEntries(names.map((name) => [name, name])));
  const module = `${code}\nconst validators = { ${names.map((n) => `${JSON.stringify(n)}: ${n}`).join(', ')} };\nexport const AJV_OPTIONS = ${JSON.stringify(schemas.ajvOptions)};\nexport function getValidator(name) { return validators[name]; }\n`;
  // The report's validator: its own options (every error, with its data, for located messages).
  const reportAjv = new Ajv({ ...schemas.reportAjvOptions, code: { source: true, esm: true } });
  reportAjv.addSchema(schemas.reportSchema, 'report');
  const reportModule = `${standaloneCode(reportAjv, { report: 'report' })}\nexport const REPORT_AJV_OPTIONS = ${JSON.stringify(schemas.reportAjvOptions)};\nexport function getReportValidator() { return report; }\n`;
  return { schemas, validatorsModule: module, reportValidatorModule: reportModule };
}

/** Swaps src/checklist/validators.ts and src/render/report-validator.ts for precompiled validators. */
function precompiledValidators(moduleCode, reportModuleCode) {
  return {
    name: 'precompiled-validators',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]checklist[\\/]validators\.ts$/ }, () => ({
        contents: moduleCode,
        loader: 'js',
        resolveDir: path.join(root, 'src', 'checklist'),
      }));
      build.onLoad({ filter: /[\\/]src[\\/]render[\\/]report-validator\.ts$/ }, () => ({
        contents: reportModuleCode,
        loader: 'js',
        resolveDir: path.join(root, 'src', 'render'),
      }));
    },
  };
}

/**
 * `yaml` resolves to its CommonJS build under Node: every one of its ~70 files becomes a
 * `__commonJS` wrapper that runs whole at start-up. Its ES module build (published as
 * `browser/`, the same code) lets esbuild hoist and tree-shake it instead. Its one difference
 * that could show, how warnings are printed, is put back to the Node build's
 * `process.emitWarning`.
 */
function yamlEsm() {
  return {
    name: 'yaml-esm',
    setup(build) {
      build.onResolve({ filter: /^yaml$/ }, () => ({
        path: path.join(root, 'node_modules', 'yaml', 'browser', 'index.js'),
      }));
      build.onLoad({ filter: /[\\/]yaml[\\/]browser[\\/]dist[\\/]log\.js$/ }, () => ({
        loader: 'js',
        contents: `export function debug(logLevel, ...messages) { if (logLevel === 'debug') console.log(...messages); }
export function warn(logLevel, warning) {
  if (logLevel === 'debug' || logLevel === 'warn') {
    if (typeof process.emitWarning === 'function') process.emitWarning(warning);
    else console.warn(warning);
  }
}
`,
      }));
    },
  };
}

/**
 * Loading node:fs/promises loads readline, fs watchers and more (about a millisecond); the
 * callback API's functions, promisified, do the same work for the few functions the start needs.
 * (The default export then reads node:fs/promises itself, when first used.)
 */
const PROMISIFIED = new Set(['readFile', 'writeFile', 'stat']);

/**
 * Turns `import ... from 'node:fs'` into `require('node:fs')` whose exports are read when used.
 * An ES import of a built-in makes Node build an ES module facade that reads every export, and
 * reading `fs.ReadStream`, `fs.promises`, `util.MIMEType` and the like loads streams, readline,
 * worker_threads and more: several milliseconds at every start for modules we never use.
 * `require` hands back the module object as it is, its lazy getters untouched.
 */
function builtinsByRequire() {
  return {
    name: 'builtins-by-require',
    setup(build) {
      // Only our own modules' imports: a namespace import (`import * as fs`, as fdir has) would
      // read every export anyway, deprecated ones included.
      const ours = path.join(root, 'src') + path.sep;
      build.onResolve({ filter: /^[a-z_:/]+$/ }, async (args) => {
        if (
          args.kind !== 'import-statement' ||
          !isBuiltin(args.path) ||
          args.path === 'node:module' ||
          !args.importer.startsWith(ours)
        )
          return undefined;
        if (/import\s*\*/.test(await readFile(args.importer, 'utf8'))) return undefined;
        return { path: args.path.replace(/^node:/, ''), namespace: 'rg-builtin' };
      });
      // Named exports read their property only when something imports them (a pure call is
      // dropped when unused): even `Object.getOwnPropertyDescriptor` on `node:util` loads modules.
      // The names our modules import (not every export the running Node has), so the output and
      // its source maps are the same whichever Node version builds.
      const imported = namesImportedFromBuiltins();
      build.onLoad({ filter: /.*/, namespace: 'rg-builtin' }, async (args) => {
        const id = `node:${args.path}`;
        const names = [...((await imported).get(id) ?? [])].sort();
        const exportOf = (name) =>
          id === 'node:fs/promises' && PROMISIFIED.has(name)
            ? `export const ${name} = /* @__PURE__ */ (() => require('node:util').promisify(require('node:fs').${name}))();`
            : `export const ${name} = /* @__PURE__ */ (() => m.${name})();`;
        // node:fs/promises itself is required only when something other than PROMISIFIED is used.
        const head =
          id === 'node:fs/promises'
            ? `let fsp; const m = new Proxy({}, { get: (_, key) => (fsp ??= require('node:fs/promises'))[key] });`
            : `const m = require(${JSON.stringify(id)});`;
        const contents = [head, 'export default m;', ...names.map(exportOf)].join('\n');
        return { contents, loader: 'js' };
      });
    },
  };
}

/** `node:X` → the names src/ imports from it by `import { … } from 'node:X'` (or 'X'). */
async function namesImportedFromBuiltins() {
  const names = new Map();
  const dir = path.join(root, 'src');
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
    for (const [, list, module] of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
      if (!isBuiltin(module)) continue;
      const id = module.startsWith('node:') ? module : `node:${module}`;
      const set = names.get(id) ?? new Set();
      for (const specifier of list.split(',')) {
        const name = specifier
          .trim()
          .split(/\s+as\s+/)[0]
          .trim();
        if (name && !name.startsWith('type ') && /^[A-Za-z_$][\w$]*$/.test(name)) set.add(name);
      }
      names.set(id, set);
    }
  }
  return names;
}

const LICENSE_FILE = /^(?:licen[cs]e|copying)(?:[.-].*)?$/i;
const NOTICE_FILE = /^notice(?:\..*)?$/i;

/**
 * The packages whose code is in the bundle (esbuild's metafile: an input with bytes in some output),
 * by the folder after their last `node_modules/`, so nested copies count with their own version.
 */
function bundledPackageDirs(metafile) {
  const dirs = new Set();
  for (const output of Object.values(metafile.outputs))
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match && bytesInOutput > 0) dirs.add(match[1]);
    }
  return [...dirs];
}

/**
 * dist/licenses.txt: each bundled package's name, version, licence and its own licence file (and
 * NOTICE, as Apache-2.0 asks), since the minified bundle keeps no comments. The MIT, ISC and Apache
 * licences of these packages all ask that the notice travel with the code.
 */
async function licenseNotices(metafile) {
  const entries = new Map();
  for (const dir of bundledPackageDirs(metafile)) {
    const folder = path.join(root, dir);
    const pkg = JSON.parse(await readFile(path.join(folder, 'package.json'), 'utf8'));
    const files = (await readdir(folder)).sort();
    const texts = [];
    for (const name of files.filter((file) => LICENSE_FILE.test(file) || NOTICE_FILE.test(file)))
      texts.push((await readFile(path.join(folder, name), 'utf8')).trim());
    if (texts.length === 0)
      throw new Error(
        `${dir} (bundled into dist/) ships no licence file to copy into dist/licenses.txt`,
      );
    const license = typeof pkg.license === 'string' ? pkg.license : JSON.stringify(pkg.license);
    entries.set(`${pkg.name}@${pkg.version}`, {
      name: pkg.name,
      version: pkg.version,
      license,
      texts,
    });
  }
  const sorted = [...entries.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version, 'en'),
  );
  const rule = '='.repeat(78);
  return (
    [
      `readiness-gate's dist/ bundles the ${sorted.length} third-party packages below; their licences follow.`,
      ...sorted.map(
        (entry) =>
          `${rule}\nPackage: ${entry.name}@${entry.version}\nLicense: ${entry.license}\n\n${entry.texts.join('\n\n')}`,
      ),
    ].join('\n\n') + '\n'
  );
}

/**
 * Packages kept out of dist/main.cjs, each bundled into a file of its own under dist/vendor/ that
 * is required when first used: they are large (undici 0.8 MB, re2js 0.3 MB) and only some runs
 * need them (`http` checks and publishing; `matches:` patterns). Every start reads and compiles
 * the whole main bundle's top level, so what is in it costs every `check`.
 */
const VENDORED = ['undici', 're2js'];

function vendoredExternal() {
  return {
    name: 'vendored-external',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(?:${VENDORED.join('|')})$`) }, (args) => ({
        path: `./vendor/${args.path}.cjs`,
        external: true,
      }));
    },
  };
}

/**
 * The launcher reads dist/main.cjs as latin1 (several times faster than UTF-8) when it is ASCII.
 * esbuild escapes every non-ASCII character outside comments; this escapes those in comments,
 * where `\u2192` reads as well as the arrow did.
 */
function asciiOnly(text) {
  return text.replace(
    /[^\t\n\r -~]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The output files, source maps naming their sources as from dist/ itself, wherever this builds. */
async function writeOutputs(outputFiles, { ascii = false } = {}) {
  for (const file of outputFiles) {
    let text = file.text;
    if (file.path.endsWith('.map')) {
      const map = JSON.parse(text);
      const committedDir = path.join(root, 'dist', path.relative(outDir, path.dirname(file.path)));
      // Virtual modules (`rg-builtin:fs`) keep their names; files are made relative to dist/.
      map.sources = map.sources.map((source) =>
        /^[\w-]+:/.test(source) || source.startsWith('<')
          ? source
          : path
              .relative(committedDir, path.resolve(path.dirname(file.path), source))
              .split(path.sep)
              .join('/'),
      );
      text = `${JSON.stringify(map)}\n`;
    } else if (ascii) {
      text = asciiOnly(text);
    }
    await mkdir(path.dirname(file.path), { recursive: true });
    await writeFile(file.path, text);
  }
}

/** One metafile for several builds (the licences and `--metafile` read them together). */
function mergedMetafile(results) {
  return {
    inputs: Object.assign({}, ...results.map((result) => result.metafile.inputs)),
    outputs: Object.assign({}, ...results.map((result) => result.metafile.outputs)),
  };
}

export async function build() {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'rg-build-'));
  try {
    const { schemas, validatorsModule, reportValidatorModule } = await compileSchemas(temp);
    await rm(outDir, { recursive: true, force: true });
    await mkdir(outDir, { recursive: true });
    const output = {
      metafile: true,
      write: false,
      sourcemap: 'linked',
      // The maps point into src/ (the package ships no src/); they still give stack traces lines.
      sourcesContent: false,
    };
    // All of our code, the Action's and the command's, in one CommonJS file: the command's
    // launcher keeps V8's compiled code for it (src/launch/code-cache.ts), which Node can only do
    // for a script, and one file needs no module resolution at start. Readable on purpose: users
    // who pin the action review dist/ diffs.
    const main = await esbuild.build({
      ...common,
      ...output,
      format: 'cjs',
      entryPoints: ['src/entries.ts'],
      outfile: path.join(outDir, 'main.cjs'),
      // `import()` becomes a lazily run `require`: a module loads only when first used, and the
      // script the launcher compiles needs no ES module loader.
      supported: { 'dynamic-import': false },
      // import.meta.url, which ES modules among the dependencies (fdir) read, in a CommonJS file.
      define: { ...common.define, 'import.meta.url': '__rgImportMeta.url' },
      inject: ['scripts/import-meta-cjs.js'],
      plugins: [
        precompiledValidators(validatorsModule, reportValidatorModule),
        yamlEsm(),
        builtinsByRequire(),
        vendoredExternal(),
      ],
    });
    const vendor = await Promise.all(
      VENDORED.map((name) =>
        esbuild.build({
          ...common,
          ...output,
          format: 'cjs',
          entryPoints: [name],
          outfile: path.join(outDir, 'vendor', `${name}.cjs`),
        }),
      ),
    );
    // The two launchers: ES modules (action.yml runs dist/index.js; package.json's bin is
    // dist/cli.js), using only Node's built-ins. The command's code cache is keyed by the
    // bundle's content, as written.
    const mainText = asciiOnly(main.outputFiles.find((file) => file.path.endsWith('.cjs')).text);
    const launchers = await esbuild.build({
      ...common,
      ...output,
      sourcemap: false,
      define: {
        ...common.define,
        READINESS_GATE_BUNDLE_HASH: JSON.stringify(
          createHash('sha256').update(mainText).digest('hex'),
        ),
      },
      entryPoints: { index: 'src/launch/action.ts', cli: 'src/launch/cli.ts' },
      outdir: outDir,
    });
    const results = [main, ...vendor, launchers];
    const metafile = mergedMetafile(results);
    // `--metafile FILE` writes esbuild's metafile (which module went into which output) for analysis.
    if (values.metafile !== undefined)
      await writeFile(path.resolve(values.metafile), JSON.stringify(metafile));
    await writeFile(path.join(outDir, 'licenses.txt'), await licenseNotices(metafile));
    await writeOutputs(main.outputFiles, { ascii: true });
    for (const result of [...vendor, launchers]) await writeOutputs(result.outputFiles);
    await chmod(path.join(outDir, 'cli.js'), 0o755);
    await mkdir(schemasOut, { recursive: true });
    await writeFile(
      path.join(schemasOut, 'schema.json'),
      `${JSON.stringify(schemas.checklistSchema, null, 2)}\n`,
    );
    await writeFile(
      path.join(schemasOut, 'report.schema.json'),
      `${JSON.stringify(schemas.reportSchema, null, 2)}\n`,
    );
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
console.log(`built ${path.relative(root, outDir) || '.'}: ${(await sizes(outDir)).join(', ')}`);
