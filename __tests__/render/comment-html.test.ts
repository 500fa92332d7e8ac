// The PR comment as GitHub's own Markdown engine (cmark-gfm with GitHub's extensions) turns it into HTML: real tables, nothing injected.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/gate/run-gate.js';
import { commentMarker } from '../../src/github/comment.js';
import { commentLinks, renderComment } from '../../src/github/publish.js';
import type { Verdict } from '../../src/model.js';
import { makeWorkspace } from '../helpers/workspace.js';

function findCmarkGfm(): boolean {
  try {
    execFileSync('cmark-gfm', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const hasCmarkGfm = findCmarkGfm();
if (!hasCmarkGfm) {
  console.warn(
    'cmark-gfm is not installed (Debian package cmark-gfm): the comment-to-HTML tests are skipped.',
  );
}

/**
 * GitHub's rendering: cmark-gfm with the table, tasklist, autolink and strikethrough extensions.
 * `--unsafe` keeps raw HTML, as GitHub does before its sanitizer: anything dangerous that
 * survives here would be up to the sanitizer, so nothing must.
 */
function toHtml(markdown: string): string {
  return execFileSync(
    'cmark-gfm',
    [
      '--unsafe',
      '--extension',
      'table',
      '--extension',
      'tasklist',
      '--extension',
      'autolink',
      '--extension',
      'strikethrough',
    ],
    {
      input: markdown,
      encoding: 'utf8',
    },
  );
}

const HOSTILE = `version: 1
title: "Service | readiness <script>alert(1)</script>"
sections:
  - title: "Build | <b>bold</b> -->"
    items:
      - id: runbook
        title: "Runbook | exists <script>alert(1)</script> for @octocat --> [click](javascript:alert(1))"
        file: { path: RUNBOOK.md, exists: true }
      - id: changelog
        title: "Changelog <img src=x onerror=alert(1)> | <a href='javascript:alert(1)'>x</a> javascript:alert(1)"
        file: { path: CHANGELOG.md, exists: true }
      - id: marker
        title: "Forged <!-- readiness-gate:other.yml --> marker"
        file: { path: RUNBOOK.md, exists: true }
        blocking: false
  - title: Sign-off
    items:
      - id: product
        title: "Product owner | signed off"
        manual: true
        blocking: true
`;

async function verdictOf(files: Record<string, string>): Promise<Verdict> {
  const workdir = await makeWorkspace(files);
  const outcome = await runGate({
    workdir,
    checklists: [],
    infer: true,
    env: {},
    clock: { nowMs: Date.parse('2026-12-01T12:00:00Z') },
  });
  expect(outcome.problems).toEqual([]);
  return outcome.verdict!;
}

const LINKS = commentLinks({
  blobUrlBase: 'https://github.com/o/r/blob/ec26c3e57ca3a959ca5aad62de7213c562f8c821/',
  runUrl: 'https://github.com/o/r/actions/runs/42',
});

function tables(html: string): string[] {
  return html.match(/<table>[\s\S]*?<\/table>/g) ?? [];
}

function rows(table: string): number {
  return (table.match(/<tr>/g) ?? []).length;
}

describe.skipIf(!hasCmarkGfm)('the comment rendered by cmark-gfm', () => {
  it('a small comment with hostile titles: real tables with every row, no script, no javascript: link, the marker still a comment', async () => {
    const verdict = await verdictOf({ '.github/readiness.yml': HOSTILE, 'RUNBOOK.md': 'x' });
    const { body } = renderComment(verdict.checklists[0]!, verdict, LINKS);
    const html = toHtml(body);
    expect(html.startsWith(`${commentMarker('.github/readiness.yml')}\n`)).toBe(true);
    // The marker and the state line: nothing from a title opens or closes a comment.
    expect(html.match(/<!--/g)).toHaveLength(2);
    expect(html.match(/-->/g)).toHaveLength(2);
    expect(tables(html).map(rows)).toEqual([4, 2]);
    // Every row has its four cells: no `|` from a title split one.
    for (const table of tables(html)) {
      for (const row of table.match(/<tr>[\s\S]*?<\/tr>/g) ?? [])
        expect(row.match(/<t[dh][ >]/g)).toHaveLength(4);
    }
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>bold/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/<a [^>]*href="(?!https:\/\/github\.com\/o\/r\/)/);
    expect(html).toContain('@\u200boctocat');
    expect(html).toContain(
      '<a href="https://github.com/o/r/blob/ec26c3e57ca3a959ca5aad62de7213c562f8c821/.github/readiness.yml#L6">',
    );
    expect(html).toContain('<a href="https://github.com/o/r/actions/runs/42">workflow run</a>');
  });

  it('a large comment cut to 65,536 characters: tables intact up to the cut, every <details> closed, the note shown', async () => {
    const long = 'word '.repeat(40);
    const items = Array.from(
      { length: 600 },
      (_, index) =>
        `      - id: item-${index}\n        title: "Item ${index} ${long}| ✅ <x>"\n        file: { path: missing-${index}.txt, exists: true }\n`,
    ).join('');
    const passing = Array.from(
      { length: 30 },
      (_, index) =>
        `      - title: Passing ${index}\n        file: { path: here.txt, exists: true }\n`,
    ).join('');
    const verdict = await verdictOf({
      '.github/readiness.yml': `version: 1\ntitle: Big\nsections:\n  - title: Fine\n    items:\n${passing}  - title: Everything\n    items:\n${items}`,
      'here.txt': 'x',
    });
    const { body } = renderComment(verdict.checklists[0]!, verdict, LINKS);
    expect(body.length).toBeLessThanOrEqual(65_536);
    const html = toHtml(body);
    expect(html.match(/<!--/g)).toHaveLength(2);
    expect((html.match(/<details>/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length);
    const found = tables(html);
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(rows(found[0]!)).toBe(31);
    expect(rows(found[1]!)).toBeGreaterThan(50);
    expect(html).toMatch(/<blockquote>\s*<p>\[!NOTE\]\s*Cut to fit GitHub.s size limit/);
    expect(html).not.toMatch(/<x>/);
  });
});
