// Generates the large reports the reader benchmark times, into bench/out/ (git-ignored).
// Deterministic: the same files every run. Sizes follow the issue: a 13 MB lcov with 4,000
// files, a 40 MB trivy JSON with 60,000 vulnerabilities, a 10 MB JUnit file with 100,000 cases.
/* global process, console */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');
fs.mkdirSync(out, { recursive: true });

/** A small deterministic PRNG (mulberry32), so files are the same on every machine. */
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

function writeChunks(file, produce) {
  const fd = fs.openSync(file, 'w');
  const parts = [];
  let size = 0;
  const flush = () => {
    fs.writeSync(fd, parts.join(''));
    parts.length = 0;
    size = 0;
  };
  produce((text) => {
    parts.push(text);
    size += text.length;
    if (size > 1 << 20) flush();
  });
  flush();
  fs.closeSync(fd);
  return fs.statSync(file).size;
}

export function generateLcov(file = path.join(out, 'large.lcov')) {
  const rnd = random(1);
  return writeChunks(file, (write) => {
    for (let f = 0; f < 4000; f++) {
      write(`TN:\nSF:/home/runner/work/app/app/src/module${f % 97}/component_${f}.ts\n`);
      const functions = 6;
      for (let i = 0; i < functions; i++) write(`FN:${i * 40 + 1},function_${f}_${i}\n`);
      for (let i = 0; i < functions; i++)
        write(`FNDA:${rnd() < 0.8 ? Math.floor(rnd() * 50) + 1 : 0},function_${f}_${i}\n`);
      write(`FNF:${functions}\nFNH:${functions}\n`);
      for (let b = 0; b < 24; b++)
        write(
          `BRDA:${b * 9 + 3},${b >> 1},${b & 1},${rnd() < 0.7 ? Math.floor(rnd() * 9) + 1 : '-'}\n`,
        );
      write('BRF:24\nBRH:17\n');
      const lines = 262;
      for (let l = 1; l <= lines; l++)
        write(`DA:${l},${rnd() < 0.85 ? Math.floor(rnd() * 120) : 0}\n`);
      write(`LF:${lines}\nLH:${Math.floor(lines * 0.85)}\nend_of_record\n`);
    }
  });
}

const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];

export function generateTrivy(file = path.join(out, 'large-trivy.json')) {
  const rnd = random(2);
  const results = [];
  let id = 0;
  for (let r = 0; r < 60; r++) {
    const vulnerabilities = [];
    for (let v = 0; v < 1000; v++) {
      id++;
      const severity = SEVERITIES[Math.floor(rnd() * rnd() * 5)];
      const fixed = rnd() < 0.6;
      vulnerabilities.push({
        VulnerabilityID: `CVE-20${10 + (id % 14)}-${10000 + id}`,
        PkgID: `package-${id % 3000}@1.${id % 17}.${id % 5}`,
        PkgName: `package-${id % 3000}`,
        InstalledVersion: `1.${id % 17}.${id % 5}`,
        ...(fixed ? { FixedVersion: `1.${(id % 17) + 1}.0` } : {}),
        Status: fixed ? 'fixed' : 'affected',
        SeveritySource: 'nvd',
        PrimaryURL: `https://avd.aquasec.com/nvd/cve-20${10 + (id % 14)}-${10000 + id}`,
        Title: `package-${id % 3000}: denial of service through crafted input number ${id}`,
        Description: `Crafted input can make package-${id % 3000} loop.`,
        Severity: severity,
        CweIDs: ['CWE-400'],
        References: [`https://github.com/advisories/GHSA-${id}`],
      });
    }
    results.push({
      Target: `services/app-${r}/package-lock.json`,
      Class: 'lang-pkgs',
      Type: 'npm',
      Vulnerabilities: vulnerabilities,
    });
  }
  const report = {
    SchemaVersion: 2,
    CreatedAt: '2024-01-01T00:00:00Z',
    ArtifactName: '.',
    ArtifactType: 'filesystem',
    Results: results,
  };
  fs.writeFileSync(file, JSON.stringify(report, null, 2));
  return fs.statSync(file).size;
}

export function generateJunit(file = path.join(out, 'large-junit.xml')) {
  return writeChunks(file, (write) => {
    write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="all">\n');
    let n = 0;
    for (let s = 0; s < 1000; s++) {
      write(
        `  <testsuite name="tests.module_${s}" tests="100" failures="0" errors="0" skipped="0">\n`,
      );
      for (let c = 0; c < 100; c++) {
        n++;
        if (n % 500 === 0) {
          write(
            `    <testcase classname="tests.module_${s}" name="test_${c}" time="0.01"><failure message="assert 1 == 2">AssertionError</failure></testcase>\n`,
          );
        } else if (n % 300 === 0) {
          write(
            `    <testcase classname="tests.module_${s}" name="test_${c}" time="0"><skipped/></testcase>\n`,
          );
        } else {
          write(
            `    <testcase classname="tests.integration.module_${s}.TestFeature" name="test_case_${c}" time="0.001"/>\n`,
          );
        }
      }
      write('  </testsuite>\n');
    }
    write('</testsuites>\n');
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  console.log(`lcov   ${mb(generateLcov())}`);
  console.log(`trivy  ${mb(generateTrivy())}`);
  console.log(`junit  ${mb(generateJunit())}`);
}
