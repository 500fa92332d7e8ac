// Times matrix shards on a 4,000-file project: the size of each shard report and the merge.
// Three lcov files like bench/generate.mjs's (13 MB, 4,000 files, 262 lines and 24 branches each,
// about 85% of lines hit at random: the worst case for range text), one per shard, each with its
// own seed; then `check --shard` three times and `merge` once, through dist/cli.js.
/* global process, console */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lcov(seed, hitRate) {
  const rnd = random(seed);
  const parts = [];
  for (let f = 0; f < 4000; f++) {
    parts.push(`TN:\nSF:src/module${f % 97}/component_${f}.ts\n`);
    for (let i = 0; i < 6; i++) parts.push(`FN:${i * 40 + 1},function_${f}_${i}\n`);
    for (let i = 0; i < 6; i++)
      parts.push(`FNDA:${rnd() < 0.8 ? Math.floor(rnd() * 50) + 1 : 0},function_${f}_${i}\n`);
    for (let b = 0; b < 24; b++)
      parts.push(
        `BRDA:${b * 9 + 3},${b >> 1},${b & 1},${rnd() < 0.7 ? Math.floor(rnd() * 9) + 1 : '-'}\n`,
      );
    for (let l = 1; l <= 262; l++)
      parts.push(`DA:${l},${rnd() < hitRate ? Math.floor(rnd() * 120) + 1 : 0}\n`);
    parts.push('end_of_record\n');
  }
  return parts.join('');
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-bench-shards-'));
fs.mkdirSync(path.join(work, '.github'));
fs.writeFileSync(
  path.join(work, '.github', 'readiness.yml'),
  'version: 1\ntitle: Bench\nitems:\n  - title: Coverage\n    coverage: { report: lcov.info, min-lines: 80, min-branches: 60 }\n',
);
const git = (...args) =>
  execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@b', ...args], { cwd: work });
git('init', '-q');
git('add', '-A');
git('commit', '-qm', 'bench');

const time = (args) => {
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [cli, ...args], {
    cwd: work,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return Number(process.hrtime.bigint() - started) / 1e6;
};

const rows = [];
fs.mkdirSync(path.join(work, 'shards'));
for (const [index, rate] of [0.85, 0.5, 0.15].entries()) {
  const text = lcov(index + 1, rate);
  fs.writeFileSync(path.join(work, 'lcov.info'), text);
  const name = `shard-${index + 1}`;
  const ms = time(['check', '--shard', name, '--out', `shards/${name}.json`]);
  const size = fs.statSync(path.join(work, 'shards', `${name}.json`)).size;
  rows.push(
    `| ${name} | ${(text.length / 1e6).toFixed(1)} MB lcov, ${Math.round(rate * 100)}% of lines hit | ${(size / 1e6).toFixed(2)} MB | ${(ms / 1000).toFixed(2)} s |`,
  );
}
fs.rmSync(path.join(work, 'lcov.info'));
const mergeMs = time(['merge', 'shards/*.json', '--expect-shards', '3', '--out', 'merged.txt']);
console.log('| shard | input | shard report | check --shard |');
console.log('| --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(`\nmerge of the three reports (4,000 files each): ${(mergeMs / 1000).toFixed(2)} s`);
console.log(
  fs.readFileSync(path.join(work, 'merged.txt'), 'utf8').split('\n').slice(0, 8).join('\n'),
);
fs.rmSync(work, { recursive: true, force: true });
