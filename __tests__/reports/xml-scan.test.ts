// The XML scanner agrees with saxes (a conforming parser) on every XML fixture of a format read, whatever the chunking.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { XmlScanner, XmlSyntaxError } from '../../src/reports/xml-scan.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = path.resolve(root, '__tests__', 'fixtures', 'reports');

/** Events as text lines: `<name a="v">`, `</name>`, `"text"`; or the error. */
function scanEvents(xml: string, chunkSize = xml.length || 1): string[] {
  const events: string[] = [];
  const scanner = new XmlScanner({
    open: (tag) =>
      events.push(
        `<${tag.name}${Object.entries(tag.attributes)
          .map(([k, v]) => ` ${k}=${JSON.stringify(v)}`)
          .join('')}>`,
      ),
    close: (name) => events.push(`</${name}>`),
    text: (text) => {
      const last = events[events.length - 1];
      if (last?.startsWith('"'))
        events[events.length - 1] = JSON.stringify(JSON.parse(last) + text);
      else events.push(JSON.stringify(text));
    },
    wantsText: () => true,
    doctype: () => undefined,
  });
  try {
    for (let i = 0; i < xml.length; i += chunkSize) scanner.write(xml.slice(i, i + chunkSize));
    scanner.close();
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    events.push('ERROR');
  }
  return events.filter((e) => e !== '""');
}

function saxesEvents(xml: string): string[] {
  const events: string[] = [];
  const parser = new SaxesParser();
  let failed = false;
  parser.on('error', () => {
    failed = true;
    throw new Error('stop');
  });
  parser.on('opentag', (tag) =>
    events.push(
      `<${tag.name}${Object.entries(tag.attributes as Record<string, string>)
        .map(([k, v]) => ` ${k}=${JSON.stringify(v)}`)
        .join('')}>`,
    ),
  );
  parser.on('closetag', (tag) => events.push(`</${tag.name}>`));
  const onText = (text: string) => {
    if (events.length === 0 || (events.length > 0 && !events.some((e) => e.startsWith('<'))))
      return;
    const last = events[events.length - 1];
    if (last?.startsWith('"')) events[events.length - 1] = JSON.stringify(JSON.parse(last) + text);
    else events.push(JSON.stringify(text));
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  try {
    parser.write(xml);
    parser.close();
  } catch {
    // recorded below
  }
  if (failed) events.push('ERROR');
  // Text outside the root (whitespace) is not reported by the scanner.
  let depth = 0;
  return events.filter((e) => {
    if (e.startsWith('</')) depth--;
    else if (e.startsWith('<')) depth++;
    else if (e.startsWith('"')) return depth > 0 && e !== '""';
    return true;
  });
}

/** Equal events; for a malformed document, both fail (the events just before the failure may differ). */
function expectSame(actual: string[], expected: string[]): void {
  if (expected[expected.length - 1] === 'ERROR') {
    expect(actual[actual.length - 1]).toBe('ERROR');
    return;
  }
  expect(actual).toEqual(expected);
}

/** The XML fixtures of the formats read (MANIFEST.json); formats not read yet have their own manifest. */
function xmlFixtures(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(fixtures, 'MANIFEST.json'), 'utf8')) as {
    path: string;
  }[];
  return manifest
    .map((entry) => entry.path)
    .filter((file) => file.endsWith('.xml') || file.endsWith('.trx'))
    .map((file) => path.join(fixtures, file))
    .sort();
}

describe('XmlScanner', () => {
  const files = xmlFixtures();
  it('has XML fixtures of every XML format read to agree on', () => {
    const formats = new Set(files.map((file) => path.relative(fixtures, file).split(path.sep)[0]));
    expect(formats).toEqual(
      new Set([
        'junit-xml',
        'nunit-xml',
        'trx',
        'xunit-xml',
        'cobertura',
        'jacoco',
        'clover',
        'checkstyle',
      ]),
    );
  });

  for (const file of files) {
    it(`agrees with saxes on ${path.relative(fixtures, file)}, in one piece and in 7-character chunks`, () => {
      const xml = fs.readFileSync(file, 'utf8');
      const expected = saxesEvents(xml);
      expectSame(scanEvents(xml), expected);
      expectSame(scanEvents(xml, 7), expected);
    });
  }

  const cases: [string, string][] = [
    [
      'entities and character references',
      '<a x="1 &amp; 2 &#65;&#x42; &quot;q&quot;">t &lt;b&gt; &apos;</a>',
    ],
    [
      'CDATA, comments and processing instructions',
      '<?xml version="1.0"?><!-- c --><a><![CDATA[<raw> & ]]><?pi x?><!-- <b> --></a>',
    ],
    ['single-quoted and spaced attributes', "<a x = 'one' y=\"two\"\n z='3'/>"],
    ['whitespace in attribute values normalized', '<a x="1\n2\t3"/>'],
    ['CRLF and lone CR line ends in text and CDATA', '<a>\r\n x\ry\r\n<![CDATA[p\r\nq\r]]>\r</a>'],
    ['CRLF in attribute values', '<a x="1\r\n2\r3"/>'],
    [
      'character references to CR and LF kept as written',
      '<a x="1&#13;&#10;2">&#13;&#10;t\r\n&amp;\r\n</a>',
    ],
    ['mismatched tags', '<a><b></a></b>'],
    ['two roots', '<a/><b/>'],
    ['text after the root', '<a/>x'],
    ['unquoted attribute', '<a x=1/>'],
    ['duplicate attribute', '<a x="1" x="2"/>'],
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['no root', '<?xml version="1.0"?>'],
    ['an unclosed root', '<a><b/>'],
  ];
  for (const [name, xml] of cases) {
    it(`agrees with saxes on ${name}`, () => {
      const expected = saxesEvents(xml);
      expectSame(scanEvents(xml), expected);
      expectSame(scanEvents(xml, 1), expected);
    });
  }
});
