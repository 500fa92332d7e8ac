import { describe, expect, it } from 'vitest';
import { escapeInline, escapeText, fenceFor, safeUrl, truncate } from '../../src/render/escape.js';

describe('escapeText', () => {
  it('cannot break a table, inject HTML or close a comment', () => {
    const hostile = 'a | b <script>alert(1)</script> --> <!-- x';
    const escaped = escapeText(hostile);
    expect(escaped).not.toMatch(/(?<!\\)\|/);
    expect(escaped).not.toContain('<');
    expect(escaped).not.toContain('-->');
  });

  it('does not mention people or link anywhere', () => {
    expect(escapeText('ping @octocat and @github/team')).not.toMatch(/@[a-z]/);
    expect(escapeText('[click](javascript:alert(1))')).toBe(
      '\\[click\\]\\(javascript:alert\\(1\\)\\)',
    );
    expect(escapeText('see https://evil.example')).not.toContain('https://');
  });

  it('flattens newlines so a cell stays one row', () => {
    expect(escapeText('line one\nline two\r\nthree')).toBe('line one line two three');
  });
});

describe('escapeInline', () => {
  it('keeps inline code as code, with pipes escaped for tables', () => {
    expect(escapeInline('Unit tests passing (`pytest tests/`)')).toBe(
      'Unit tests passing \\(`pytest tests/`\\)',
    );
    expect(escapeInline('Run `grep a|b`')).toBe('Run `grep a\\|b`');
  });
});

describe('helpers', () => {
  it('picks a fence longer than any in the text', () => {
    expect(fenceFor('no fences')).toBe('```');
    expect(fenceFor('has ``` and ````')).toBe('`````');
  });

  it('only links http(s) URLs', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,x')).toBeUndefined();
    expect(safeUrl('https://github.com/o/r/blob/abc/CHECKLIST.md#L3')).toBe(
      'https://github.com/o/r/blob/abc/CHECKLIST.md#L3',
    );
  });

  it('truncates without splitting a surrogate pair', () => {
    const text = 'ab😀cd';
    const cut = truncate(text, 4);
    expect(cut).toBe('ab…');
    expect(truncate('short', 10)).toBe('short');
  });
});
