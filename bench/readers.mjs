// Times whole-process `readiness-gate inspect` on large reports against baselines measured in the
// same run, and prints a Markdown table. Run `node bench/readers.mjs` (after `npm run build`, or
// it bundles src/reports/inspect.ts into bench/out/ itself). Options: --runs N (default 9),
// --from-source (time a bundle of src/reports/inspect.ts even when dist/cli.js exists),
// --cli PATH (time another build of cli.js, e.g. one made with `node scripts/build.mjs --out DIR`).
//
// Baselines:
//   floor      Node reading the file with the cheapest scan that still looks at it: JSON.parse for
//              JSON, counting newlines for lcov, counting '<' for XML.
//   lcov       `lcov --summary` (Debian's lcov)     (issue: at least 4× slower than us)
//   jq         jq counting trivy severities         (issue: at least 2× slower than us)
//   xmllint    `xmllint --noout`                    (issue: at most 1.5× faster than us)
//   (NUnit and `go test -json` were added with their readers: the floor for the latter is
//   JSON.parse on every line, the cheapest read of test2json events.)
// Memory: peak RSS (`/usr/bin/time -f %M`) above a bare `node -e ''`, against the file's size.
/* global process, console */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  generateGoTestJson,
  generateJunit,
  generateLcov,
  generateNunit,
  generateTrivy,
} from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const out = path.join(here, 'out');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    'from-source': { type: 'boolean', default: false },
    cli: { type: 'string' },
  },
});
const runs = Math.max(1, Number(values.runs));

const localNode = path.join(root, 'node_modules', '.bin', 'node');
const node = fs.existsSync(localNode) ? localNode : process.execPath;

function has(program) {
  return spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).status === 0;
}

/** Our CLI: dist/cli.js when built, else a bundle of src/reports/inspect.ts made here. */
async function cliCommand() {
  const dist = values.cli ? path.resolve(values.cli) : path.join(root, 'dist', 'cli.js');
  if (fs.existsSync(dist) && !values['from-source'])
    return (file) => [node, dist, 'inspect', file, '--format', 'json'];
  const entry = path.join(out, 'inspect-entry.ts');
  const bundle = path.join(out, 'inspect-bundle.mjs');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    entry,
    `import { inspectReport } from '../../src/reports/inspect.js';\n` +
      `const result = await inspectReport(process.argv[2]!, process.cwd());\n` +
      `process.stdout.write(JSON.stringify(result, null, 2) + '\\n');\n` +
      `process.exitCode = 'error' in result ? 2 : 0;\n`,
  );
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
  console.error('(dist/cli.js not built: timing a bundle of src/reports/inspect.ts)');
  return (file) => [node, bundle, file];
}

/**
 * Median wall time in ms of each command over `runs` runs (after one warm-up round), the commands
 * taking turns run after run so that a busy machine slows all alike; and each one's last stdout.
 */
function timeAll(argvs) {
  for (const argv of argvs) spawnSync(argv[0], argv.slice(1), { stdio: 'ignore' });
  const times = argvs.map(() => []);
  const stdouts = argvs.map(() => '');
  for (let i = 0; i < runs; i++) {
    argvs.forEach((argv, k) => {
      const start = process.hrtime.bigint();
      const result = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 64 << 20 });
      times[k].push(Number(process.hrtime.bigint() - start) / 1e6);
      if (result.status !== 0 && result.status !== 1)
        throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
      stdouts[k] = result.stdout;
    });
  }
  return times.map((t, k) => {
    t.sort((a, b) => a - b);
    return { ms: t[Math.floor(t.length / 2)], stdout: stdouts[k] };
  });
}

/** Peak resident set in KB, from GNU time. */
function peakRssKb(argv) {
  if (!fs.existsSync('/usr/bin/time')) return undefined;
  const result = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const lines = result.stderr.trim().split('\n');
  return Number(lines[lines.length - 1]);
}

const floorScripts = {
  json: `const t=require('fs').readFileSync(process.argv[1],'utf8');const d=JSON.parse(t);console.log(typeof d)`,
  lines: `const t=require('fs').readFileSync(process.argv[1],'latin1');let n=0,i=-1;while((i=t.indexOf('\\n',i+1))!==-1)n++;console.log(n)`,
  xml: `const t=require('fs').readFileSync(process.argv[1],'utf8');let n=0,i=-1;while((i=t.indexOf('<',i+1))!==-1)n++;console.log(n)`,
  jsonLines: `const t=require('fs').readFileSync(process.argv[1],'utf8');let n=0;for(const l of t.split('\\n'))if(l!=='')n+=JSON.parse(l).Action==='pass';console.log(n)`,
};

const ours = await cliCommand();
/** The XML readers' peer: xmllint parsing the whole file (the issue: at most 1.5× faster than us). */
const XMLLINT = has('xmllint')
  ? {
      name: '`xmllint --noout`',
      argv: (f) => ['xmllint', '--noout', f],
      rule: 'ours ≤ 1.5× ref',
      ok: (r) => r >= 1 / 1.5,
    }
  : undefined;

const cases = [
  {
    name: 'lcov, 4,000 files',
    file: path.join(out, 'large.lcov'),
    make: generateLcov,
    floor: 'lines',
    reference: has('lcov')
      ? {
          name: '`lcov --summary`',
          argv: (f) => ['lcov', '--summary', f],
          rule: 'ref ≥ 4× ours',
          ok: (r) => r >= 4,
        }
      : undefined,
  },
  {
    name: 'trivy JSON, 60,000 vulns',
    file: path.join(out, 'large-trivy.json'),
    make: generateTrivy,
    floor: 'json',
    reference: has('jq')
      ? {
          name: '`jq` severities',
          argv: (f) => [
            'jq',
            '[.Results[]?.Vulnerabilities[]?.Severity] | group_by(.) | map({key: .[0], value: length}) | from_entries',
            f,
          ],
          rule: 'ref ≥ 2× ours',
          ok: (r) => r >= 2,
        }
      : undefined,
  },
  {
    name: 'JUnit XML, 100,000 cases',
    file: path.join(out, 'large-junit.xml'),
    make: generateJunit,
    floor: 'xml',
    reference: XMLLINT,
  },
  {
    name: 'NUnit 3 XML, 100,000 cases',
    file: path.join(out, 'large-nunit.xml'),
    make: generateNunit,
    floor: 'xml',
    reference: XMLLINT,
  },
  {
    name: '`go test -json`, 100,000 tests',
    file: path.join(out, 'large-go-test.json'),
    make: generateGoTestJson,
    floor: 'jsonLines',
    reference: has('jq')
      ? {
          name: '`jq` final actions',
          argv: (f) => [
            'jq',
            '-c',
            'select(.Test != null and (.Action == "pass" or .Action == "fail" or .Action == "skip")) | .Action',
            f,
          ],
          rule: 'ref ≥ 2× ours',
          ok: (r) => r >= 2,
        }
      : undefined,
  },
];

/** Budgets: ours / floor (DESIGN.md), and peak RSS above bare node / file size (an aim of our own). */
const FLOOR_BUDGET = 2; // DESIGN.md: "≤ 2× a plain Node scan"
const MEMORY_BUDGET = 4;

const bare = peakRssKb([node, '-e', '']);
const rows = [];
for (const c of cases) {
  if (!fs.existsSync(c.file)) c.make(c.file);
  const sizeMb = fs.statSync(c.file).size / 1e6;
  const argvs = [ours(c.file), [node, '-e', floorScripts[c.floor], c.file]];
  if (c.reference) argvs.push(c.reference.argv(c.file));
  const [us, floor, reference] = timeAll(argvs);
  const rss = peakRssKb(ours(c.file));
  const extraMb = rss !== undefined && bare !== undefined ? (rss - bare) / 1024 : undefined;
  const refRatio = reference ? reference.ms / us.ms : undefined;
  const floorRatio = us.ms / floor.ms;
  rows.push({
    name: c.name,
    size: `${sizeMb.toFixed(1)} MB`,
    ours: us.ms,
    floor: floor.ms,
    floorRatio,
    floorOk: `${floorRatio <= FLOOR_BUDGET ? 'yes' : 'NO'} (≤ ${FLOOR_BUDGET})`,
    reference: c.reference ? `${c.reference.name} ${reference.ms.toFixed(0)} ms` : 'not installed',
    refRatio,
    refOk:
      c.reference && refRatio !== undefined
        ? c.reference.ok(refRatio)
          ? `yes (${c.reference.rule})`
          : `NO (${c.reference.rule})`
        : '—',
    memory:
      extraMb === undefined
        ? 'n/a'
        : `${extraMb.toFixed(0)} MB (${(extraMb / sizeMb).toFixed(1)}× file): ${extraMb / sizeMb <= MEMORY_BUDGET ? 'yes' : 'NO'} (≤ ${MEMORY_BUDGET}×)`,
    metrics: JSON.parse(us.stdout).metrics,
  });
}

console.log(
  `Readers: Node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}, median of ${runs} runs (round-robin), whole process.\n`,
);
console.log(
  '| report | size | ours (ms) | floor (ms) | ours / floor | floor budget met | reference | ref / ours | reference budget met | peak RSS above bare node |',
);
console.log('| --- | --- | ---: | ---: | ---: | --- | --- | ---: | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.size} | ${r.ours.toFixed(0)} | ${r.floor.toFixed(0)} | ${r.floorRatio.toFixed(2)} | ${r.floorOk} | ${r.reference} | ${r.refRatio === undefined ? '—' : r.refRatio.toFixed(2)} | ${r.refOk} | ${r.memory} |`,
  );
}
console.log(
  `\nbare \`node -e ''\` peak RSS: ${bare === undefined ? 'n/a' : `${(bare / 1024).toFixed(0)} MB`}`,
);
