// The JUnit reader's fast path agrees with the general scanner: same figures and findings for
// every file it accepts, and it accepts no file the scanner refuses (it gives up instead).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readJunitFast, readJunitText, type JunitFigures } from '../../src/reports/junit-xml.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = path.resolve(root, '__tests__', 'fixtures', 'reports');
const WORKDIR = '/repo';

/** The general path's figures, or 'error' when it refuses the file. */
function general(text: string): JunitFigures | 'error' {
  try {
    return readJunitText(text, WORKDIR);
  } catch {
    return 'error';
  }
}

/** Checks the fast path against the general one; true when the fast path took the file. */
function agree(text: string): boolean {
  const expected = general(text);
  const fast = readJunitFast(text, WORKDIR);
  if (fast === undefined) return false;
  expect(expected, 'the fast path accepted a file the scanner refuses').not.toBe('error');
  expect(fast).toEqual(expected);
  return true;
}

/** The XML fixtures of the formats read (MANIFEST.json); formats not read yet have their own manifest. */
function xmlFixtures(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(fixtures, 'MANIFEST.json'), 'utf8')) as {
    path: string;
  }[];
  return manifest
    .map((entry) => entry.path)
    .filter((file) => file.endsWith('.xml'))
    .map((file) => path.join(fixtures, file))
    .sort();
}

/** A small deterministic generator (so a failure can be reproduced). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<!-- written by hand -->
<testsuites name="all" tests="7">
  <testsuite name="a" tests="5">
    <properties><property name="k" value="v &amp; w"/></properties>
    <testcase classname="a.B" name="ok1" time="0.001"/>
    <testcase name='ok2' classname='a.B' time='0'></testcase>
    <testcase classname="a.B" name="ok3"
        time="1" file="src/b.py" line="12" />
    <testcase classname="a.B" name="fails" file="/repo/src/b.py" line="40"><failure message="assert 1 == 2">trace &lt;here&gt;</failure><system-out>out</system-out></testcase>
    <testcase classname="a.B" name="text only"><failure><![CDATA[first line
second]]></failure></testcase>
    <testcase classname="a.B" name="errs"><error type="E">  boom &#x41;&#66;
more</error></testcase>
    <testcase classname="a.B" name="skip"><skipped message="later"/></testcase>
    <testcase classname="a.B" name="flaky"><flakyFailure message="once"/><rerunFailure/></testcase>
  </testsuite>
  <testsuite name="nested"><testsuite name="inner"><testcase name="deep"/></testsuite></testsuite>
</testsuites>
`;

describe('the JUnit fast path', () => {
  it('agrees with the scanner on every XML fixture, and takes the JUnit ones', () => {
    const files = xmlFixtures();
    let taken = 0;
    let junit = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      if (file.includes(`${path.sep}junit-xml${path.sep}`)) {
        junit++;
        if (agree(text)) taken++;
      } else {
        expect(readJunitFast(text, WORKDIR), file).toBeUndefined();
      }
    }
    expect(files.length - junit, 'XML fixtures of other formats').toBeGreaterThan(0);
    // Nearly all real JUnit files take the fast path (the rest: a DOCTYPE, non-ASCII names, ...).
    expect(junit, 'JUnit fixtures').toBeGreaterThan(0);
    expect(taken).toBeGreaterThanOrEqual(Math.ceil(junit * 0.8));
  });

  it('agrees on a hand-written file with every kind of case', () => {
    expect(agree(SAMPLE)).toBe(true);
    const figures = readJunitFast(SAMPLE, WORKDIR)!;
    expect(figures).toMatchObject({ total: 9, failed: 2, errors: 1, skipped: 1 });
    expect(figures.findings.map((f) => f.message)).toEqual([
      'a.B › fails: assert 1 == 2',
      'a.B › text only: first line',
      'a.B › errs: boom AB',
    ]);
  });

  it('reads a large generated file (the benchmark shape) on the fast path', () => {
    let xml = '<?xml version="1.0"?>\n<testsuites>\n';
    for (let s = 0; s < 20; s++) {
      xml += `  <testsuite name="s${s}" tests="100">\n`;
      for (let c = 0; c < 100; c++) {
        const n = s * 100 + c;
        if (n % 50 === 0)
          xml += `    <testcase classname="m${s}" name="t${c}"><failure message="no">x</failure></testcase>\n`;
        else if (n % 30 === 0)
          xml += `    <testcase classname="m${s}" name="t${c}"><skipped/></testcase>\n`;
        else xml += `    <testcase classname="m${s}.T" name="t${c}" time="0.001"/>\n`;
      }
      xml += '  </testsuite>\n';
    }
    xml += '</testsuites>\n';
    expect(agree(xml)).toBe(true);
    expect(readJunitFast(xml, WORKDIR)).toMatchObject({ total: 2000, failed: 40 });
  });

  it('gives up on what the scanner refuses or what it leaves to the scanner', () => {
    const refused = [
      SAMPLE.slice(0, SAMPLE.indexOf('<failure') + 12), // truncated mid-element
      SAMPLE.replace('</testsuites>', ''), // not closed
      SAMPLE.replace('name="ok1"', 'name="ok1" name="again"'), // duplicate attribute
      SAMPLE.replace("name='ok2' classname='a.B'", "name='ok2' name='x'"), // duplicate, passed case
      SAMPLE.replace('name="ok1"', 'name=ok1'), // unquoted
      SAMPLE.replace('name="ok1"', 'name="ok<1"'), // "<" in a value
      SAMPLE.replace('name="ok1"', 'name="a &bogus; b"'), // undefined entity
      SAMPLE.replace('name="ok1"', 'name="a &constructor; b"'), // not an own entity either
      SAMPLE.replace('trace &lt;here&gt;', 'trace & here'), // bare "&" in text
      SAMPLE.replace('time="0.001"/>', 'time="0.001"x/>'), // no space between attributes
      SAMPLE.replace('</failure><system-out>', '</error><system-out>'), // mismatched
      SAMPLE.replace('<testsuites name="all" tests="7">', '<report>').replace(
        '</testsuites>',
        '</report>',
      ), // foreign root
      SAMPLE + '<testsuites/>', // second root
      SAMPLE + 'text after', // text after the root
      SAMPLE.replace('<testcase name="deep"/>', '<testcase name="deep"/>\u0000'), // NUL
      SAMPLE.replace('<?xml', '<!DOCTYPE x [<!ENTITY a "b">]>\n<?xml'), // DOCTYPE with entities
    ];
    for (const text of refused) {
      expect(general(text)).toBe('error');
      expect(readJunitFast(text, WORKDIR)).toBeUndefined();
    }
    // Valid, but left to the scanner: a DOCTYPE, non-ASCII names.
    for (const text of [
      `<!DOCTYPE testsuites SYSTEM "junit.dtd">\n${SAMPLE.slice(SAMPLE.indexOf('<testsuites'))}`,
      SAMPLE.replace('<system-out>out</system-out>', '<sÿstem>out</sÿstem>'),
    ]) {
      expect(general(text)).not.toBe('error');
      expect(readJunitFast(text, WORKDIR)).toBeUndefined();
    }
  });

  it('agrees on passed cases of every shape the expressions take', () => {
    const names = ['classname', 'name', 'time', 'file', 'line', 'a', 'b:c', 'x-y', 'z.w'];
    const next = random(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    for (let round = 0; round < 400; round++) {
      let cases = '';
      for (let c = 0; c < 1 + Math.floor(next() * 20); c++) {
        const count = Math.floor(next() * 11); // 0..10 attributes (the expressions take 8)
        // Distinct names, but now and then one twice (an error the fast path must not accept).
        const order = [...names].sort(() => next() - 0.5).slice(0, count);
        if (count > 1 && next() < 0.03) order[count - 1] = order[Math.floor(next() * (count - 1))]!;
        let tag = '<testcase';
        for (const name of order) {
          const quote = next() < 0.2 ? "'" : '"';
          const space = pick([' ', '  ', '\n  ', '\t']);
          const eq = pick(['=', ' = ', '=\n']);
          const value = pick(['v', '', 'a b', 'x>y', 'q&amp;r', `it${quote === '"' ? "'" : '"'}s`]);
          tag += `${space}${name}${eq}${quote}${value}${quote}`;
        }
        tag += pick(['/>', ' />', '>', '>\n  ']);
        if (!tag.endsWith('/>'))
          tag += pick(['</testcase>', '</testcase >', '<skipped/></testcase>']);
        cases += pick(['\n  ', '', ' text ', '\n  <!-- c -->\n  ']) + tag;
      }
      const xml = `<testsuites><testsuite name="s">${cases}\n</testsuite></testsuites>`;
      agree(xml);
    }
  });

  it('agrees on randomly damaged files', () => {
    const next = random(42);
    const pieces = ['<', '>', '/', '"', "'", '=', '&', ';', ' ', '\n', 'a', '&amp;', '<!--', ']]>'];
    let taken = 0;
    for (let round = 0; round < 1500; round++) {
      let text = SAMPLE;
      for (let m = 0; m < 1 + Math.floor(next() * 3); m++) {
        const at = Math.floor(next() * text.length);
        const kind = next();
        if (kind < 0.4) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
        else if (kind < 0.8)
          text = text.slice(0, at) + pieces[Math.floor(next() * pieces.length)]! + text.slice(at);
        else text = text.slice(0, at); // truncated
      }
      if (agree(text)) taken++;
    }
    expect(taken).toBeGreaterThan(0);
  });

  it('handles 100,000 nested elements without recursion', () => {
    const depth = 100_000;
    const xml = `<testsuites>${'<testsuite>'.repeat(depth)}<testcase name="x"/>${'</testsuite>'.repeat(depth)}</testsuites>`;
    expect(agree(xml)).toBe(true);
    expect(readJunitFast(xml.slice(0, -20), WORKDIR)).toBeUndefined();
  });
});
