/* global process, console */
// Times reading a generated 10,000-item Markdown checklist (parse, sections, directives, recognition,
// ids), then the plan JSON, and rendering it as YAML for `init`, in a fresh process each run so the first (cold) read is
// measured too. Run `node bench/markdown.mjs [--runs N] [--items N]`; it bundles src/checklist/ into
// bench/out/ with esbuild. Baselines: micromark alone (the tokenizer the loader builds on) over the
// same text, and parseMarkdown with every chunk left to micromark (no plain-line reader), so what
// the loader adds shows apart from what parsing costs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateChecklist } from './generate-checklist.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const out = path.join(here, 'out');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, items: { type: 'string', default: '10000' } },
});
const runs = Math.max(1, Number(values.runs));
const itemCount = Math.max(1, Number(values.items));

const localNode = path.join(root, 'node_modules', '.bin', 'node');
const node = fs.existsSync(localNode) ? localNode : process.execPath;

async function bundle() {
  fs.mkdirSync(out, { recursive: true });
  const entry = path.join(out, 'markdown-entry.ts');
  const bundled = path.join(out, 'markdown-bundle.mjs');
  fs.writeFileSync(
    entry,
    `import { readFileSync } from 'node:fs';\n` +
      `import { micromark } from 'micromark';\n` +
      `import { flattenItems, loadMarkdownChecklist, parseMarkdown } from '../../src/checklist/markdown.js';\n` +
      `import { parseWithMicromark as parse } from '../../src/checklist/micromark.js';\n` +
      `import { renderInitYaml } from '../../src/checklist/init.js';\n` +
      `import { toPlanJson } from '../../src/render/json.js';\n` +
      `const [mode, file] = process.argv.slice(2) as [string, string];\n` +
      `const text = readFileSync(file, 'utf8');\n` +
      `if (mode === 'warm') for (let i = 0; i < 3; i++) loadMarkdownChecklist(text, 'CHECKLIST.md', { infer: true, findReports: () => [] }, { parse });\n` +
      `const started = performance.now();\n` +
      `const cpuStarted = process.cpuUsage();\n` +
      `let items = 0;\n` +
      `if (mode === 'micromark') micromark(text);\n` +
      `else if (mode === 'parse') parseMarkdown(text, 40, { parse });\n` +
      `else if (mode === 'chunks') parseMarkdown(text, 40, { plainLines: false, parse });\n` +
      `else {\n` +
      `  const loaded = loadMarkdownChecklist(text, 'CHECKLIST.md', { infer: true, findReports: () => [] }, { parse });\n` +
      `  items = flattenItems(loaded.checklist).length;\n` +
      `  if (mode === 'init') renderInitYaml(loaded.checklist);\n` +
      `  if (mode === 'plan') JSON.stringify(toPlanJson([loaded.checklist]));\n` +
      `}\n` +
      `const loadMs = performance.now() - started;\n` +
      `const cpu = process.cpuUsage(cpuStarted);\n` +
      `process.stdout.write(JSON.stringify({ items, loadMs, cpuMs: (cpu.user + cpu.system) / 1000 }));\n`,
  );
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundled,
    logLevel: 'warning',
    packages: 'external',
  });
  return bundled;
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

const file = path.join(out, `checklist-${itemCount}.md`);
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(file, generateChecklist(itemCount));
const bundled = await bundle();

const rows = [];
for (const mode of ['micromark', 'chunks', 'parse', 'load', 'warm', 'plan', 'init']) {
  const inProcess = [];
  const cpu = [];
  const wall = [];
  let items = 0;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(node, [bundled, mode, file], { encoding: 'utf8' });
    wall.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) throw new Error(result.stderr);
    const measured = JSON.parse(result.stdout);
    inProcess.push(measured.loadMs);
    cpu.push(measured.cpuMs);
    items = measured.items;
  }
  rows.push({
    mode,
    items,
    inProcess: median(inProcess),
    best: Math.min(...inProcess),
    cpu: median(cpu),
    wall: median(wall),
  });
}
const size = fs.statSync(file).size;
console.log(
  `${itemCount} items, ${(size / 1024).toFixed(0)} KiB, ${runs} fresh processes each (median; best), ${node}, load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`,
);
console.log('| what | items | wall in process, ms | best, ms | CPU, ms | whole process, ms |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  const what = {
    micromark: 'micromark on the whole file (baseline)',
    chunks: 'parseMarkdown, all of it by micromark in chunks (plainLines: false)',
    parse: 'parseMarkdown (plain lines read directly, the rest by micromark)',
    load: 'loadMarkdownChecklist',
    warm: 'loadMarkdownChecklist, 4th time in one process (JIT warm)',
    plan: 'load + plan JSON (toPlanJson, stringified)',
    init: 'load + renderInitYaml',
  }[row.mode];
  console.log(
    `| ${what} | ${row.items || '—'} | ${row.inProcess.toFixed(0)} | ${row.best.toFixed(0)} | ${row.cpu.toFixed(0)} | ${row.wall.toFixed(0)} |`,
  );
}
