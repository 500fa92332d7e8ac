// Differential tests: the loader as it runs (chunks, plain lines read without micromark, the rest
// batched through micromark) must give exactly what the plain whole-file `fromMarkdown` parse gives
// (`minChunkLines: Infinity`, the old path), on real, generated, tricky and random checklists.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMarkdown, parseMarkdownText } from '../helpers/markdown.js';
import { readPlainLines } from '../../src/checklist/markdown-lines.js';
import { TEXT_ONLY_CONTEXT } from '../../src/checklist/recognize.js';
import type { RecognitionContext } from '../../src/checklist/recognize.js';
// @ts-expect-error: a plain JavaScript module shared with the benchmark
import { generateChecklist } from '../../bench/generate-checklist.mjs';

const examples = new URL('../fixtures/checklists/', import.meta.url);
const readExample = (name: string): string => readFileSync(new URL(name, examples), 'utf8');
const INFER: RecognitionContext = { infer: true, findReports: () => [] };

const whole = (text: string, context = TEXT_ONLY_CONTEXT) =>
  loadMarkdown(text, 'C.md', context, { minChunkLines: Infinity });
const fast = (text: string, context = TEXT_ONLY_CONTEXT) => loadMarkdown(text, 'C.md', context);
const variants = (text: string, context = TEXT_ONLY_CONTEXT) => [
  fast(text, context),
  loadMarkdown(text, 'C.md', context, { minChunkLines: 1 }),
  loadMarkdown(text, 'C.md', context, { plainLines: false }),
];

function expectSame(text: string, context = TEXT_ONLY_CONTEXT): void {
  const expected = whole(text, context);
  for (const got of variants(text, context)) expect(got).toEqual(expected);
}

/** Lines of the file that the plain reader took (0 when micromark read them all). */
function plainShare(text: string): number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1))
    starts.push(i + 1);
  return readPlainLines(text, starts, 0, starts.length, []) ? 1 : 0;
}

/** The checklist bench/markdown.mjs times: sections of 10 items, a third nested. */
const generated = (count: number): string => generateChecklist(count);

describe('the optimized loader reads exactly what a whole-file parse reads', () => {
  for (const file of ['ai-etl-production.md', 'flashcards-production.md', 'nkdash-deployment.md']) {
    it(`on ${file} (LF, CRLF, BOM)`, () => {
      const text = readExample(file);
      expectSame(text);
      expectSame(text, INFER);
      expectSame(text.replace(/\r?\n/g, '\r\n'));
      expectSame(`\uFEFF${text}`);
    });
  }

  it('on a generated 2,000-item checklist, which the plain reader takes whole', () => {
    const text = generated(2000);
    expect(plainShare(text)).toBe(1);
    const expected = whole(text, INFER);
    expect(fast(text, INFER)).toEqual(expected);
    expect(fast(text.replace(/\n/g, '\r\n'), INFER)).toEqual(
      whole(text.replace(/\n/g, '\r\n'), INFER),
    );
  });

  const tricky: Record<string, string[]> = {
    'task lines in fences, closed and not': [
      '# T',
      '- [ ] a',
      '```',
      '- [ ] in fence',
      '# not heading',
      '```',
      '- [ ] b',
      '~~~~',
      '- [ ] in tilde',
      '~~~',
      '- [ ] still in',
      '~~~~~',
      '- [ ] c',
      '  ```',
      '  - [ ] in item fence',
      '- [ ] d',
      '```',
      '- [ ] never closed',
    ],
    'HTML blocks and comment blocks': [
      '# T',
      '<details>',
      '- [ ] in html',
      '</details>',
      '',
      '- [ ] real <!-- gate: manual -->',
      '<!--',
      '- [ ] in comment',
      '-->',
      '- [ ] after',
      '<div>',
      '',
      '- [ ] after div',
    ],
    'block quotes and lazy lines': [
      '# T',
      '> - [ ] quoted',
      '- [ ] real',
      '> quote',
      'lazy',
      '- [ ] real 2',
      '  > - [ ] quoted in item',
    ],
    'nesting by indentation': [
      '- [ ] a',
      '  - [ ] b',
      '    - [ ] c',
      '      - [ ] d',
      '   - [ ] e',
      ' - [ ] f',
      '   - [ ] g',
      '       - [ ] h (continuation text)',
      '',
      '        - [ ] i (indented code?)',
      '- [ ] j',
      '',
      '      - [ ] k (code after a blank)',
      '  - [ ] l',
      '',
      '',
      '  - [ ] m',
      '* [x] n',
      '+ [X] o',
      '    + [ ] p',
    ],
    'setext headings, rules and paragraphs': [
      'Title',
      '=====',
      '- [ ] a',
      'Section',
      '-------',
      '- [ ] b',
      'text',
      '- [ ] c',
      'continued',
      '---',
      '- [ ] d',
      '***',
      '- [ ] e',
    ],
    'headings of every shape': [
      '# A #',
      '- [ ] a',
      '## B ##   ',
      '- [ ] b',
      '### C#',
      '###### F',
      '####### seven',
      '#NoSpace',
      '#',
      '- [ ] c',
      '## ',
      '- [ ] d',
      '## `code` and **bold** <!-- gate: manual -->',
      '- [ ] e',
      ' ## indented',
      '- [ ] f',
      '## \\# escaped',
      '## trailing \\#',
    ],
    'inline syntax of every kind': [
      '- [ ] **bold** and *em* and _em_ and __strong__',
      '- [ ] snake_case_name and a_b and __init__',
      '- [ ] `code` ``a ` b`` ` padded ` `  ` ```` ``` ```` `unclosed',
      '- [ ] ` a` `a ` ` ` `\u00a0x\u00a0`',
      '- [ ] [link](http://x) ![alt](i.png) [ref] ]',
      '- [ ] &amp; &#35; & AT&T &copy &nbsp; &;',
      '- [ ] <http://a.b> <a@b.co> <b>tag</b> < 5 and a<b and <5@x.y>',
      '- [ ] <!-- gate: manual --> <!--> <!---> <!-- a -- b --> <!-- unclosed',
      '- [ ] \\* escaped \\` and a hard break\\',
      '- [ ] trailing spaces   ',
      '- [ ]   many spaces before',
      '- [ ] `<!-- in code -->` <!-- `code in comment` -->',
      '- [ ] 🚀 emoji ‚úÖ mojibake 日本語 \u0000 nul',
      '- [ ] tab\there',
      '- [ ] ends with <',
      '- [ ] ends with &',
      '- [ ] _',
      '- [ ] x_',
      '- [ ] 2 * 3',
      '- [ ] <!-- gate: bogus -->',
      '- [ ] <!-- gate: file path=a exists=true --> <!-- gate: manual -->',
    ],
    'boxes and markers that are not task items': [
      '- [ ]',
      '- [ ]   ',
      '- [x]',
      '- [ ]\tx',
      '- [] x',
      '- [ ]x',
      '-  [ ] two spaces',
      '-\t[ ] tab',
      '1. [ ] ordered',
      '2) [x] ordered',
      '- [y] not a box',
      '- plain item',
      '  - [ ] under plain',
      '- [ ] a',
      '- [ ]',
      '  continuation',
    ],
    'directives outside items and front matter': [
      '---',
      'title: Front',
      '---',
      '# T',
      '<!-- gate: policy min-score=80 -->',
      '## S <!-- gate: manual -->',
      '- [ ] a <!-- gate: id=dup -->',
      '- [ ] b <!-- gate: id=dup -->',
      '- [ ] c',
      '  <!-- gate: manual -->',
    ],
    'a link reference definition': ['# T', '- [ ] See [docs][d]', '', '[d]: https://example.com'],
    'carriage returns alone': ['# T', '- [ ] a\r- [ ] b', '- [ ] c\r', '- [ ] d'],
  };
  for (const [name, lines] of Object.entries(tricky)) {
    it(`on ${name} (LF, CRLF, BOM)`, () => {
      const text = lines.join('\n');
      expectSame(text);
      expectSame(text, INFER);
      expectSame(text.replace(/\n/g, '\r\n'));
      expectSame(`\uFEFF${text}\n`);
    });
  }

  it('on 400 random checklists mixing every kind of line', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const inline = [
      'plain words',
      '`code`',
      '``a ` b``',
      '` padded `',
      '**bold**',
      '*em*',
      '_em_',
      'snake_case',
      '<!-- gate: manual -->',
      '<!-- gate: file path=x exists=true -->',
      '<!-- gate: weight=3 -->',
      '<!-->',
      '<!-- open',
      '&amp;',
      '& and',
      '<b>',
      '< 5',
      '[link](u)',
      '\\*',
      '🚀',
      '#',
      '`pytest -q`',
      '`SERVICE_URL`',
      'coverage >80%',
      '![img](x)',
      '  ',
    ];
    const text = (): string =>
      Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(inline)).join(' ');
    const lineKinds: (() => string)[] = [
      () =>
        `${' '.repeat(pick([0, 0, 0, 1, 2, 2, 3, 4, 4, 5, 6, 8]))}${pick(['-', '-', '*', '+'])} [${pick([' ', 'x', 'X'])}] ${text()}`,
      () => `${' '.repeat(pick([0, 0, 2]))}- [ ] ${text()}`,
      () => `${'#'.repeat(1 + Math.floor(random() * 7))} ${text()}`,
      () => pick(['', '', '', '   ']),
      () => text(),
      () => pick(['```', '~~~', '```bash', '  ```']),
      () => pick(['<details>', '</details>', '<!--', '-->', '<div>']),
      () => `> ${pick(['- [ ] quoted', 'quote', '# q'])}`,
      () => pick(['---', '===', '***', '- plain', '1. [ ] ordered', '    indented code']),
      () => pick(['\t- [ ] tab', '- [ ]', '- [ ]x', '#x']),
    ];
    const weights = [30, 10, 8, 12, 6, 3, 3, 2, 3, 1];
    const total = weights.reduce((a, b) => a + b, 0);
    const line = (): string => {
      let r = random() * total;
      for (let k = 0; k < weights.length; k++) if ((r -= weights[k]!) < 0) return lineKinds[k]!();
      return '';
    };
    let sawPlain = 0;
    for (let n = 0; n < 400; n++) {
      const lines = Array.from({ length: 5 + Math.floor(random() * 60) }, line);
      const doc = lines.join(random() < 0.2 ? '\r\n' : '\n');
      const expected = whole(doc);
      const got = fast(doc);
      if (JSON.stringify(got) !== JSON.stringify(expected))
        expect({ doc, got }).toEqual({ doc, got: expected });
      expect(loadMarkdown(doc, 'C.md', TEXT_ONLY_CONTEXT, { minChunkLines: 1 })).toEqual(expected);
      sawPlain += plainShare(doc);
    }
    expect(sawPlain).toBeGreaterThan(0);
  });

  it('on 3,000 random emphasis, code and comment lines (micromark matches delimiters its own way)', () => {
    let seed = 11;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = [
      '*',
      '*',
      '**',
      '_',
      '__',
      'a',
      'b',
      ' ',
      ' ',
      '.',
      '`',
      '``',
      '(',
      ')',
      '-',
      '<!-- gate: manual -->',
      '<!-->',
      '🚀',
      'é',
      '\u00a0',
      '‚Ä¢',
      '!',
      '"',
      '1',
      '&',
      '< ',
    ];
    const texts: string[] = [];
    for (let n = 0; n < 3000; n++) {
      let line = '';
      const length = 1 + Math.floor(random() * 14);
      for (let k = 0; k < length; k++) line += alphabet[Math.floor(random() * alphabet.length)];
      texts.push(line);
    }
    for (let from = 0; from < texts.length; from += 100) {
      const lines = texts
        .slice(from, from + 100)
        .map((line, k) =>
          k % 7 === 3 ? `## x ${line}` : `${k % 3 === 2 ? '  ' : ''}- [ ] x ${line}`,
        );
      const doc = lines.join('\n');
      const expected = whole(doc);
      const got = fast(doc);
      if (JSON.stringify(got) !== JSON.stringify(expected)) {
        const bad = lines.find(
          (line) => JSON.stringify(fast(line)) !== JSON.stringify(whole(line)),
        );
        expect({ line: bad, got: bad && fast(bad) }).toEqual({ line: bad, got: bad && whole(bad) });
        expect(got).toEqual(expected);
      }
    }
  });

  it('gives parseMarkdown the same heading and task-item positions either way', () => {
    const text = generated(300);
    const shape = (root: ReturnType<typeof parseMarkdownText>) => {
      const out: string[] = [];
      const walk = (node: {
        type: string;
        position?: { start: { line: number; column: number; offset?: number } };
        children?: unknown[];
        checked?: boolean | null;
      }) => {
        if (node.type === 'heading' || node.type === 'listItem' || node.type === 'html')
          out.push(
            `${node.type}@${node.position?.start.line}:${node.position?.start.column}:${node.position?.start.offset}:${node.checked ?? ''}`,
          );
        for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
      };
      walk(root);
      return out;
    };
    expect(shape(parseMarkdownText(text))).toEqual(shape(parseMarkdownText(text, Infinity)));
  });
});
