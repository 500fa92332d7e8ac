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

/** NUnit 3 as `dotnet test --logger nunit` writes it: 100,000 cases, CRLF, one failure in 100. */
export function generateNunit(file = path.join(out, 'large-nunit.xml')) {
  return writeChunks(file, (write) => {
    write(
      '<?xml version="1.0" encoding="utf-8"?>\r\n<test-run id="2" testcasecount="100000" result="Failed">\r\n',
    );
    let n = 0;
    for (let s = 0; s < 1000; s++) {
      write(
        `  <test-suite type="TestFixture" id="0-${s}" name="Fixture${s}" fullname="App.Tests.Fixture${s}" classname="App.Tests.Fixture${s}" runstate="Runnable" testcasecount="100">\r\n`,
      );
      for (let c = 0; c < 100; c++) {
        n++;
        const attributes = `id="0-${n}" name="Case${c}" fullname="App.Tests.Fixture${s}.Case${c}" methodname="Case${c}" classname="App.Tests.Fixture${s}" runstate="Runnable" seed="${n}"`;
        if (n % 100 === 7) {
          write(
            `    <test-case ${attributes} result="Failed" start-time="2026-12-01T20:00:00Z" end-time="2026-12-01T20:00:00Z" duration="0.01" asserts="1">\r\n      <failure>\r\n        <message><![CDATA[Expected: 1\r\n  But was: 2]]></message>\r\n        <stack-trace><![CDATA[   at App.Tests.Fixture${s}.Case${c}() in /src/App.Tests/Fixture${s}.cs:line ${c + 10}]]></stack-trace>\r\n      </failure>\r\n    </test-case>\r\n`,
          );
        } else {
          write(
            `    <test-case ${attributes} result="Passed" start-time="2026-12-01T20:00:00Z" end-time="2026-12-01T20:00:00Z" duration="0.001" asserts="1" />\r\n`,
          );
        }
      }
      write('  </test-suite>\r\n');
    }
    write('</test-run>\r\n');
  });
}

/** `go test -json` over 50 packages: 100,000 tests (run, output, result events), one failure in 100. */
export function generateGoTestJson(file = path.join(out, 'large-go-test.json')) {
  return writeChunks(file, (write) => {
    const time = '2026-12-01T20:00:00.000000000Z';
    for (let n = 0; n < 100000; n++) {
      const pkg = `example.com/app/pkg${n % 50}`;
      const test = `TestCase${n}`;
      const event = (fields) =>
        write(JSON.stringify({ Time: time, ...fields, Package: pkg, Test: test }) + '\n');
      const failed = n % 100 === 7;
      event({ Action: 'run' });
      event({ Action: 'output', Output: `=== RUN   ${test}\n` });
      if (failed)
        event({ Action: 'output', Output: `    case_test.go:${(n % 90) + 1}: got 2, want 1\n` });
      event({ Action: 'output', Output: `--- ${failed ? 'FAIL' : 'PASS'}: ${test} (0.00s)\n` });
      event({ Action: failed ? 'fail' : 'pass', Elapsed: 0 });
    }
    for (let p = 0; p < 50; p++)
      write(
        JSON.stringify({
          Time: time,
          Action: 'fail',
          Package: `example.com/app/pkg${p}`,
          Elapsed: 1,
        }) + '\n',
      );
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  console.log(`lcov   ${mb(generateLcov())}`);
  console.log(`trivy  ${mb(generateTrivy())}`);
  console.log(`junit  ${mb(generateJunit())}`);
  console.log(`nunit  ${mb(generateNunit())}`);
  console.log(`go     ${mb(generateGoTestJson())}`);
}
