import { readFileSync } from 'node:fs';
import { micromark } from 'micromark';
import { gfmTaskListItem, gfmTaskListItemHtml } from 'micromark-extension-gfm-task-list-item';
import { describe, expect, it } from 'vitest';
import {
  flattenItems,
  loadMarkdownChecklist,
  MicromarkNeeded,
  readMarkdownChecklist,
} from '../../src/checklist/markdown.js';
import { loadMarkdown } from '../helpers/markdown.js';
import { TEXT_ONLY_CONTEXT } from '../../src/checklist/recognize.js';
import type { Section } from '../../src/model.js';

const examples = new URL('../fixtures/checklists/', import.meta.url);
const readExample = (name: string): string => readFileSync(new URL(name, examples), 'utf8');
const load = (text: string, path = 'CHECKLIST.md') => loadMarkdown(text, path, TEXT_ONLY_CONTEXT);
const items = (text: string) => flattenItems(load(text).checklist);
const titles = (text: string) => items(text).map((item) => item.title);

/**
 * Independent count 1: micromark's HTML compiler (a different code path from the mdast tree the
 * loader walks) renders every GFM task-list item as `<input type="checkbox" ...>`; count those,
 * less any inside a <blockquote> (the loader skips block quotes of examples).
 */
function countByHtml(text: string): number {
  const html = micromark(text, {
    extensions: [gfmTaskListItem()],
    htmlExtensions: [gfmTaskListItemHtml()],
  });
  let count = 0;
  let quoteDepth = 0;
  for (const match of html.matchAll(/<(\/?)blockquote>|<input type="checkbox"/g)) {
    if (match[0] === '<blockquote>') quoteDepth++;
    else if (match[0] === '</blockquote>') quoteDepth--;
    else if (quoteDepth === 0) count++;
  }
  return count;
}

/**
 * Independent count 2: a line scan as a CommonMark reader counts by eye: lines that start (after
 * indentation) with a list marker (-, *, +, 1. or 1)) and a box ([ ], [x], [X]) followed by a
 * space, outside fenced code (``` or ~~~ fences, closed by a fence of the same character at least
 * as long). Good enough for these files, which have no block quotes, HTML blocks or indented code.
 */
function countByLines(text: string): number {
  let fence: string | undefined;
  let count = 0;
  for (const line of text.split(/\r?\n/)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line);
    if (marker) {
      const run = marker[1]!;
      if (fence === undefined) fence = run;
      else if (run[0] === fence[0] && run.length >= fence.length && line.trim() === run)
        fence = undefined;
      continue;
    }
    if (fence === undefined && /^\s*(?:[-*+]|\d{1,9}[.)]) \[[ xX]\] /.test(line)) count++;
  }
  return count;
}

/** The text of every heading line of one depth, as written (these files have only ATX headings, none in code). */
function headingLines(text: string, depth: number): string[] {
  const prefix = `${'#'.repeat(depth)} `;
  let isInFence = false;
  const found: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) isInFence = !isInFence;
    else if (!isInFence && line.startsWith(prefix)) found.push(line.slice(prefix.length).trim());
  }
  return found;
}

function sectionTitles(sections: readonly Section[]): string[] {
  return sections.map((section) => section.title);
}

describe('the three real checklists', () => {
  const cases = [
    { file: 'ai-etl-production.md', count: 262, title: '‚úÖ Production Deployment Checklist' },
    { file: 'flashcards-production.md', count: 155, title: 'Production Deployment Checklist' },
    { file: 'nkdash-deployment.md', count: 68, title: 'NKDash Deployment Checklist' },
  ];
  for (const { file, count, title } of cases) {
    it(`reads every task item of ${file} once (${count}, counted two other ways)`, () => {
      const text = readExample(file);
      const { checklist, problems } = loadMarkdown(text, file, TEXT_ONLY_CONTEXT);
      expect(problems).toEqual([]);
      expect(checklist.title).toBe(title);
      expect(checklist.format).toBe('markdown');
      const all = flattenItems(checklist);
      expect(countByHtml(text)).toBe(count);
      expect(countByLines(text)).toBe(count);
      expect(all).toHaveLength(count);
      expect(new Set(all.map((item) => item.id)).size).toBe(count);
      // Each item sits on a line whose text has its box.
      const lines = text.split('\n');
      for (const item of all)
        expect(lines[item.line - 1]!.slice(item.column - 1)).toMatch(
          /^(?:[-*+]|\d+[.)]) \[[ xX]\]/,
        );
    });
  }

  it('gives ai-etl-production.md its sections, mojibake and all, and nests its sub-items', () => {
    const { checklist } = loadMarkdown(
      readExample('ai-etl-production.md'),
      'ai-etl-production.md',
      TEXT_ONLY_CONTEXT,
    );
    // The h2 lines as written (emoji mis-decoded as Mac Roman, with invisible U+F8FF in places), read off the file.
    expect(sectionTitles(checklist.sections)).toEqual(
      headingLines(readExample('ai-etl-production.md'), 2),
    );
    expect(checklist.sections).toHaveLength(15);
    expect(checklist.sections[1]!.title).toMatch(/^\S+ Security Checklist$/);
    expect(sectionTitles(checklist.sections[1]!.sections)).toEqual([
      'Authentication & Authorization',
      'Network Security',
      'Data Protection',
    ]);
    expect(checklist.items).toEqual([]);
    const secrets = checklist.sections[1]!.sections[0]!.items[1]!;
    expect(secrets).toMatchObject({
      id: 'configure-secret-management',
      title: 'Configure secret management',
      line: 19,
      column: 1,
      section: [checklist.sections[1]!.title, 'Authentication & Authorization'],
    });
    expect(
      secrets.children.map((child) => [child.line, child.column, child.parent, child.title]),
    ).toEqual([
      [20, 3, 'configure-secret-management', 'Use Kubernetes Secrets or AWS Secrets Manager'],
      [21, 3, 'configure-secret-management', 'Rotate secrets regularly (90 days recommended)'],
      [22, 3, 'configure-secret-management', 'Never commit secrets to Git'],
    ]);
    // 81 top-level items (lines starting "- [ ]") with 181 children ("  - [ ]"): 262 items, each once.
    const all = flattenItems(checklist);
    expect(all.filter((item) => item.parent === undefined)).toHaveLength(81);
    expect(all.filter((item) => item.parent !== undefined)).toHaveLength(181);
    // Items under "Documentation" (an h2 with no h3) and the final list.
    expect(checklist.sections[9]!.items.map((item) => item.title)).toEqual([
      'Update runbooks',
      'Document architecture',
      'Create user guides',
    ]);
    expect(checklist.sections[12]!.items).toHaveLength(10);
  });

  it('gives flashcards-production.md its numbered sub-sections and skips tables and the non-task rollback list', () => {
    const { checklist } = loadMarkdown(
      readExample('flashcards-production.md'),
      'flashcards-production.md',
      TEXT_ONLY_CONTEXT,
    );
    expect(sectionTitles(checklist.sections)).toEqual(
      headingLines(readExample('flashcards-production.md'), 2),
    );
    expect(checklist.sections).toHaveLength(11);
    expect(checklist.sections[1]!.title).toMatch(/Pre-Deployment Checks$/);
    expect(sectionTitles(checklist.sections[1]!.sections)).toEqual([
      '1. Environment Preparation',
      '2. Network Configuration',
      '3. Dependencies Verification',
      '4. Configuration Files',
    ]);
    const goLive = checklist.sections[6]!;
    expect(
      goLive.sections.map((section) => [
        section.title,
        flattenItems({ items: section.items, sections: [] }).length,
      ]),
    ).toEqual([
      ['1. Final Preparations', 5],
      ['2. Deployment Execution', 0],
      ['3. Post-Deployment Verification', 7],
      ['4. Performance Verification', 5],
      ['5. User Acceptance', 4],
    ]);
    for (const index of [8, 9, 10])
      expect(flattenItems({ items: [], sections: [checklist.sections[index]!] })).toEqual([]);
    const env = checklist.sections[1]!.sections[3]!.items[1]!;
    expect(env.title).toBe('Update all environment variables in `.env`:');
    expect(env.children.map((child) => child.title)).toEqual([
      '`OPENROUTER_API_KEY` set with valid key',
      '`REDIS_PASSWORD` set with strong password',
      '`DATABASE_PATH` configured',
      '`DB_ENCRYPTION_KEY` generated (32 bytes)',
      'Email settings configured (if using alerts)',
      'S3 credentials set (if using cloud backups)',
    ]);
  });

  it('reads only the task lists of nkdash-deployment.md, not the commands in its many code blocks', () => {
    const { checklist } = loadMarkdown(
      readExample('nkdash-deployment.md'),
      'nkdash-deployment.md',
      TEXT_ONLY_CONTEXT,
    );
    expect(sectionTitles(checklist.sections)).toEqual([
      'Table of Contents',
      'Pre-Deployment Checklist',
      'Production Deployment',
      'Development Environment Setup',
      'Post-Deployment Verification',
      'Security Checklist',
      'Monitoring Setup',
      'Rollback Procedures',
      'Deployment Automation',
      'Maintenance Schedule',
    ]);
    const perSection = checklist.sections.map(
      (section) => flattenItems({ items: [], sections: [section] }).length,
    );
    expect(perSection).toEqual([0, 24, 0, 0, 7, 21, 0, 0, 0, 16]);
    const testing = checklist.sections[1]!.sections[1]!;
    expect(testing.title).toBe('Testing & Quality');
    expect(testing.items.map((item) => [item.line, item.id, item.title])).toEqual([
      [27, 'unit-tests-passing-pytest-tests', 'Unit tests passing (`pytest tests/`)'],
      [28, 'integration-tests-passing', 'Integration tests passing'],
      [29, 'code-linting-completed-black-flake8', 'Code linting completed (`black .`, `flake8`)'],
      [30, 'type-checking-completed-mypy', 'Type checking completed (`mypy .`)'],
      [31, 'performance-benchmarks-run', 'Performance benchmarks run'],
      [32, 'security-scan-completed', 'Security scan completed'],
      [33, 'manual-testing-of-new-features-completed', 'Manual testing of new features completed'],
    ]);
    expect(testing.items[0]!.section).toEqual(['Pre-Deployment Checklist', 'Testing & Quality']);
    // h4 headings nest under h3 under h2.
    expect(checklist.sections[2]!.sections[0]!.sections.map((section) => section.title)).toEqual([
      'Server Requirements',
      'Docker Installation',
      'Directory Structure',
    ]);
  });
});

describe('what counts as an item', () => {
  it('takes every marker and box: -, *, +, ordered with . and ), [ ], [x], [X]', () => {
    const result = items(
      ['# T', '- [ ] dash', '* [x] star', '+ [X] plus', '1. [ ] one', '2) [x] two'].join('\n'),
    );
    expect(result.map((item) => [item.title, item.checked, item.line])).toEqual([
      ['dash', false, 2],
      ['star', true, 3],
      ['plus', true, 4],
      ['one', false, 5],
      ['two', true, 6],
    ]);
  });

  it('skips items in fenced and indented code, HTML blocks, tables and block quotes', () => {
    const text = [
      '# T',
      '- [ ] real one',
      '',
      '```markdown',
      '- [ ] in a fence',
      '```',
      '',
      '~~~',
      '- [ ] in a tilde fence',
      '~~~',
      '',
      '    - [ ] indented code',
      '',
      '<details>',
      '- [ ] in an HTML block',
      '</details>',
      '',
      '| a | b |',
      '|---|---|',
      '| - [ ] in a table | x |',
      '',
      '> - [ ] quoted example',
      '> > - [ ] deeper',
      '',
      '- [ ] real two',
      '- [] not a box',
      '- [ ]not a box either',
      'Text [ ] not a list',
    ].join('\n');
    expect(titles(text)).toEqual(['real one', 'real two']);
  });

  it('makes nested items children with parent ids, under task and non-task parents alike', () => {
    const text = [
      '# T',
      '- [ ] Parent',
      '  - [x] Child',
      '    - [ ] Grandchild',
      '- Plain group',
      '  - [ ] Under a plain item',
      '1. Step',
      '   - [ ] Under a step',
    ].join('\n');
    const { checklist } = load(text);
    const [parent, underPlain, underStep] = checklist.items;
    expect(parent!.children[0]).toMatchObject({
      title: 'Child',
      parent: 'parent',
      checked: true,
      line: 3,
      column: 3,
    });
    expect(parent!.children[0]!.children[0]).toMatchObject({
      title: 'Grandchild',
      parent: 'child',
      line: 4,
      column: 5,
    });
    expect(underPlain).toMatchObject({ title: 'Under a plain item', line: 6 });
    expect(underPlain!.parent).toBeUndefined();
    expect(underStep!.title).toBe('Under a step');
    expect(flattenItems(checklist)).toHaveLength(5);
  });

  it('strips Markdown from titles but keeps inline code in backticks, and drops comments', () => {
    // Strikethrough is not CommonMark (nor the task-list extension): its tildes stay, as text.
    expect(
      titles(
        '- [ ] **Bold** _it_ ~~kept~~ [link](http://x) ![alt](i.png) `code` <!-- a comment --> end\n- [ ] code with ``a ` tick``',
      ),
    ).toEqual(['Bold it ~~kept~~ link alt `code` end', 'code with ``a ` tick``']);
  });

  it('builds the section tree from heading depths; items before any heading stay at the top', () => {
    const text = [
      '- [ ] before everything',
      '# Title',
      '- [ ] under the title',
      '## A',
      '### A1',
      '- [ ] a1',
      '#### A1x',
      '- [ ] a1x',
      '## B',
      '#### B deep',
      '- [ ] b',
      '### B1',
      '- [ ] b1',
    ].join('\n');
    const { checklist } = load(text);
    expect(checklist.title).toBe('Title');
    expect(checklist.items.map((item) => item.title)).toEqual([
      'before everything',
      'under the title',
    ]);
    expect(
      checklist.sections.map((s) => [s.title, s.line, s.sections.map((c) => c.title)]),
    ).toEqual([
      ['A', 4, ['A1']],
      ['B', 9, ['B deep', 'B1']],
    ]);
    const a1x = checklist.sections[0]!.sections[0]!.sections[0]!.items[0]!;
    expect(a1x.section).toEqual(['A', 'A1', 'A1x']);
    expect(checklist.sections[1]!.sections[0]!.items[0]!.section).toEqual(['B', 'B deep']);
  });

  it('titles the checklist by its file name when it has no h1, and a second h1 is a section', () => {
    expect(
      loadMarkdown('## Only h2\n- [ ] x', 'docs/DEPLOY.md', TEXT_ONLY_CONTEXT).checklist.title,
    ).toBe('DEPLOY.md');
    const { checklist } = load('# First\n- [ ] a\n# Second\n- [ ] b');
    expect(checklist.title).toBe('First');
    expect(checklist.sections.map((s) => s.title)).toEqual(['Second']);
  });

  it('makes ids unique with -2, -3 in document order', () => {
    expect(
      items('- [ ] Same\n- [ ] Same\n- [ ] same!\n- [ ] Other').map((item) => item.id),
    ).toEqual(['same', 'same-2', 'same-3', 'other']);
  });

  it('defaults: a manual item is non-blocking with weight 1, a checked box is recorded', () => {
    const [item] = items('- [x] Docs reviewed');
    expect(item).toMatchObject({
      id: 'docs-reviewed',
      checked: true,
      blocking: false,
      weight: 1,
      inferred: false,
    });
    expect(item!.check).toBeUndefined();
  });
});

describe('parsing in chunks (micromark is quadratic on long files of nested lists)', () => {
  const whole = (text: string) =>
    loadMarkdown(text, 'C.md', TEXT_ONLY_CONTEXT, { minChunkLines: Infinity });
  const chunked = (text: string) =>
    loadMarkdown(text, 'C.md', TEXT_ONLY_CONTEXT, { minChunkLines: 1 });

  for (const file of ['ai-etl-production.md', 'flashcards-production.md', 'nkdash-deployment.md']) {
    it(`gives the same checklist for ${file} in the smallest chunks as in one piece`, () => {
      const text = readExample(file);
      expect(chunked(text)).toEqual(whole(text));
    });
  }

  const tricky: Record<string, string> = {
    'an unclosed fence in an item, then a plain fence holding # lines': [
      '# T',
      '- [ ] a',
      '  ```',
      '  echo',
      '# Real heading',
      '- [ ] b',
      '```',
      '# not a heading',
      '- [ ] not an item',
      '```',
      '- [ ] c',
    ].join('\n'),
    'an HTML block holding a heading line and an item line': [
      '# T',
      '<div>',
      '# not a heading',
      '- [ ] not an item',
      '</div>',
      '',
      '- [ ] real',
    ].join('\n'),
    'an HTML comment block over several lines': [
      '# T',
      '- [ ] before',
      '<!--',
      '# x',
      '- [ ] y',
      '-->',
      '- [ ] after',
    ].join('\n'),
    'a fence never closed': ['# T', '- [ ] before', '```', '# a', '- [ ] b'].join('\n'),
    'a tilde fence closed by a longer fence': [
      '# T',
      '~~~~',
      '# a',
      '- [ ] b',
      '~~~',
      '- [ ] c',
      '~~~~~',
      '- [ ] after',
    ].join('\n'),
    'a block quote before items': [
      '# T',
      '> - [ ] quoted',
      '> more',
      '- [ ] real',
      '# U',
      '> # quoted heading',
      '- [ ] real 2',
    ].join('\n'),
    'a link reference defined at the end': [
      '# T',
      '- [ ] See [the docs][d]',
      '## Later',
      '- [ ] x',
      '',
      '[d]: https://example.com',
    ].join('\n'),
  };
  for (const [name, text] of Object.entries(tricky)) {
    it(`gives the same checklist in chunks with ${name}`, () => {
      expect(chunked(text)).toEqual(whole(text));
      expect(chunked(text.replace(/\n/g, '\r\n'))).toEqual(whole(text.replace(/\n/g, '\r\n')));
    });
  }

  it('reads those tricky files as CommonMark says', () => {
    expect(
      titles(tricky['an unclosed fence in an item, then a plain fence holding # lines']!),
    ).toEqual(['a', 'b', 'c']);
    expect(
      load(
        tricky['an unclosed fence in an item, then a plain fence holding # lines']!,
      ).checklist.sections.map((s) => s.title),
    ).toEqual(['Real heading']);
    expect(titles(tricky['an HTML block holding a heading line and an item line']!)).toEqual([
      'real',
    ]);
    expect(titles(tricky['an HTML comment block over several lines']!)).toEqual([
      'before',
      'after',
    ]);
    expect(titles(tricky['a fence never closed']!)).toEqual(['before']);
    expect(titles(tricky['a tilde fence closed by a longer fence']!)).toEqual(['after']);
    expect(titles(tricky['a block quote before items']!)).toEqual(['real', 'real 2']);
    expect(titles(tricky['a link reference defined at the end']!)).toEqual(['See the docs', 'x']);
  });
});

describe('text encodings and sizes', () => {
  const lf = [
    '# Checklist',
    '',
    '## Section',
    '- [ ] First `pytest -q`',
    '  - [x] Nested',
    '- [ ] Second <!-- gate: manual -->',
  ].join('\n');

  it('reads CRLF line endings exactly as LF', () => {
    const plain = load(lf);
    const crlf = load(lf.replace(/\n/g, '\r\n'));
    expect(crlf.problems).toEqual([]);
    expect(crlf.checklist).toEqual(plain.checklist);
  });

  it('ignores a UTF-8 byte order mark without shifting lines or columns', () => {
    const withBom = load(`\uFEFF${lf}`);
    expect(withBom.checklist).toEqual(load(lf).checklist);
    expect(withBom.checklist.title).toBe('Checklist');
    expect(load('\uFEFF- [ ] first line').checklist.items[0]).toMatchObject({
      title: 'first line',
      line: 1,
      column: 1,
    });
  });

  it('keeps emoji and mojibake in titles as written, and slugs ids from them', () => {
    const result = items('- [ ] 🚀 Deploy ✅ done\n- [ ] ‚úÖ Final check\n- [ ] 日本語のテスト');
    expect(result.map((item) => [item.title, item.id])).toEqual([
      ['🚀 Deploy ✅ done', 'deploy-done'],
      ['‚úÖ Final check', 'úö-final-check'],
      ['日本語のテスト', '日本語のテスト'],
    ]);
  });

  it('reads a 10,000-item checklist (timing lives in bench/markdown.mjs)', () => {
    const lines = ['# Big'];
    for (let section = 0; section < 100; section++) {
      lines.push(`## Section ${section}`);
      for (let i = 0; i < 100; i++)
        lines.push(`- [${i % 3 ? ' ' : 'x'}] Item ${section}.${i} with \`code\` and **bold**`);
    }
    const { checklist, problems } = load(lines.join('\n'));
    expect(problems).toEqual([]);
    const all = flattenItems(checklist);
    expect(all).toHaveLength(10_000);
    expect(all[9_999]).toMatchObject({
      title: 'Item 99.99 with `code` and **bold**'.replace(/\*\*/g, ''),
      line: 10_101,
    });
  });

  it('does not crash on odd input: empty, only a box, binary-looking text, unclosed fences', () => {
    expect(items('')).toEqual([]);
    expect(() => load('- [ ] \n- [x]\n```\n- [ ] never closed')).not.toThrow();
    expect(() => load('\u0001\u0002 - [ ] \uFFFD\uFFFD')).not.toThrow();
    expect(items('- [ ] <!-- only a comment -->')[0]).toMatchObject({ title: '', id: 'item' });
  });

  it('reads plain task lines without micromark, and loads it for the rest with the same result', async () => {
    const plain =
      '# Release\n\n- [ ] `HOME` configured\n- [x] Notes written <!-- gate: file path=NOTES.md exists=true -->\n';
    // No parser given: the plain reader alone reads it (micromark would be needed and absent).
    const withoutMicromark = loadMarkdownChecklist(plain, 'CHECKLIST.md', TEXT_ONLY_CONTEXT);
    expect(withoutMicromark).toEqual(load(plain));
    expect(flattenItems(withoutMicromark.checklist).map((item) => item.title)).toEqual([
      '`HOME` configured',
      'Notes written',
    ]);
    const linked = `${plain}- [ ] Read [the runbook](docs/RUNBOOK.md)\n\n> quoted\n`;
    expect(() => loadMarkdownChecklist(linked, 'CHECKLIST.md', TEXT_ONLY_CONTEXT)).toThrow(
      MicromarkNeeded,
    );
    const read = await readMarkdownChecklist(linked, 'CHECKLIST.md', TEXT_ONLY_CONTEXT);
    expect(read).toEqual(load(linked));
    expect(flattenItems(read.checklist).at(-1)?.title).toBe('Read the runbook');
  });
});
