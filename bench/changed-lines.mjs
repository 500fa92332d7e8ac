// Times changed-line computation for a pull request of 10,000 files and a million changed lines.
// Run `node bench/changed-lines.mjs` (it bundles src/git into bench/out/ and generates the
// repository there with git fast-import). Options: --files N (10000), --lines N per file (102),
// --runs N (5), --interleaved (every other line changed: a hunk per line). DESIGN.md's budget: under 5 s on the development machine (2 cores).
//
// Baseline: `git diff --unified=0 -M base head > /dev/null`, the git work alone, so the table
// shows what parsing and keeping the ranges adds.
/* global process, console, Buffer, performance */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, 'out');
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '10000' },
    lines: { type: 'string', default: '102' },
    runs: { type: 'string', default: '5' },
    // Every other line of a file twice as long changed: a hunk per changed line, the worst case.
    interleaved: { type: 'boolean', default: false },
  },
});
const interleaved = values.interleaved;
const fileCount = Number(values.files);
const linesPerFile = Number(values.lines);
const runs = Math.max(1, Number(values.runs));

/**
 * A fast-import stream: the base commit has every file with half as many lines; the head commit
 * rewrites each file with `linesPerFile` new lines (every one a changed line), and renames 1% of
 * them with one more line changed, so renames are followed too.
 */
function baseLines(i) {
  const count = interleaved ? linesPerFile * 2 : linesPerFile / 2;
  return Array.from({ length: count }, (_, l) => `base_${i}_${l} = ${l}\n`);
}

function fastImportStream() {
  const chunks = [];
  const push = (text) => chunks.push(text);
  const data = (text) => push(`data ${Buffer.byteLength(text)}\n${text}\n`);
  const name = (i) => `src/pkg${Math.floor(i / 100)}/module_${i}.py`;
  push('commit refs/heads/main\nmark :1\ncommitter b <b@e> 1700000000 +0000\n');
  data('base');
  for (let i = 0; i < fileCount; i++) {
    push(`M 100644 inline ${name(i)}\n`);
    data(baseLines(i).join(''));
  }
  push('commit refs/heads/pr\nmark :2\ncommitter b <b@e> 1700000100 +0000\n');
  data('head');
  push('from :1\n');
  for (let i = 0; i < fileCount; i++) {
    if (i % 100 === 0) {
      // A rename with one changed line: the rest of the file stays, so git pairs them.
      const kept = baseLines(i);
      kept[3] = `renamed_${i} = 1\n`;
      push(`D ${name(i)}\n`);
      push(`M 100644 inline ${name(i).replace('module_', 'renamed_')}\n`);
      data(kept.join(''));
      continue;
    }
    const body = interleaved
      ? baseLines(i)
          .map((line, l) => (l % 2 === 1 ? `head_${i}_${l} = ${l * 2}\n` : line))
          .join('')
      : Array.from({ length: linesPerFile }, (_, l) =>
          l % 10 === 9 ? '\n' : `head_${i}_${l} = ${l * 2}\n`,
        ).join('');
    push(`M 100644 inline ${name(i)}\n`);
    data(body);
  }
  return chunks.join('');
}

function git(cwd, args, input) {
  const result = spawnSync('git', args, { cwd, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

async function bundleDiff() {
  fs.mkdirSync(out, { recursive: true });
  const entry = path.join(out, 'changed-lines-entry.ts');
  const bundle = path.join(out, 'changed-lines.mjs');
  fs.writeFileSync(entry, `export { diffChangedLines } from '../../src/git/diff.js';\n`);
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    logLevel: 'warning',
  });
  return import(bundle);
}

const repo = path.join(
  out,
  `changed-lines-${fileCount}x${linesPerFile}${interleaved ? '-interleaved' : ''}`,
);
if (!fs.existsSync(path.join(repo, '.git'))) {
  fs.rmSync(repo, { recursive: true, force: true });
  fs.mkdirSync(repo, { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
  const started = Date.now();
  git(repo, ['fast-import', '--quiet'], fastImportStream());
  console.error(`generated ${repo} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
const base = git(repo, ['rev-parse', 'main']);
const head = git(repo, ['rev-parse', 'pr']);
const { diffChangedLines } = await bundleDiff();

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const ours = [];
const gitOnly = [];
let changes;
for (let run = 0; run <= runs; run++) {
  let started = performance.now();
  changes = await diffChangedLines(base, head, { cwd: repo });
  const oursMs = performance.now() - started;
  started = performance.now();
  const plain = spawnSync('git', ['diff', '--unified=0', '-M', '--no-color', base, head], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const gitMs = performance.now() - started;
  if (plain.status !== 0) throw new Error('git diff failed');
  if (run === 0) continue; // warm-up: the object store into the page cache
  ours.push(oursMs);
  gitOnly.push(gitMs);
}
const renamed = changes.files.filter((file) => file.status === 'renamed').length;
if (changes.files.length !== fileCount)
  throw new Error(`expected ${fileCount} files, got ${changes.files.length}`);
const expectedLines = (fileCount - fileCount / 100) * linesPerFile + fileCount / 100;
if (changes.lineCount !== expectedLines)
  throw new Error(`expected ${expectedLines} changed lines, got ${changes.lineCount}`);
const memory = process.memoryUsage();
const hunks = changes.files.reduce((sum, file) => sum + file.ranges.length / 2, 0);
console.log(
  `| measure (median of ${runs}) | ${fileCount.toLocaleString('en')} files, ${changes.lineCount.toLocaleString('en')} changed lines in ${hunks.toLocaleString('en')} ranges, ${renamed} renames |`,
);
console.log('| --- | --- |');
console.log(`| changed lines (diffChangedLines) | ${(median(ours) / 1000).toFixed(2)} s |`);
console.log(`| git diff --unified=0 -M alone | ${(median(gitOnly) / 1000).toFixed(2)} s |`);
console.log(
  `| heap used after (ranges kept) | ${(memory.heapUsed / 1024 / 1024).toFixed(0)} MiB |`,
);
console.log(`| budget | 5 s |`);
if (median(ours) > 5000) process.exitCode = 1;
