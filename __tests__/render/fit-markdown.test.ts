import { describe, expect, it } from 'vitest';
import { fitMarkdown } from '../../src/render/fit-markdown.js';

describe('fitMarkdown', () => {
  it('cuts a 2 MiB job summary under the 1 MiB byte limit at a line, closing an open <details>', () => {
    const rows = Array.from(
      { length: 40_000 },
      (_, i) => `| ✅ | item ${i} with some text | passed |`,
    );
    const body = [
      '## Summary',
      '',
      '<details><summary>All</summary>',
      '',
      '| | Item | Result |',
      '| - | - | - |',
      ...rows,
      '',
      '</details>',
    ].join('\n');
    expect(Buffer.byteLength(body)).toBeGreaterThan(2 * 1024 * 1024 - 600_000);
    const limit = 1024 * 1024 - 1024;
    const fitted = fitMarkdown(body, {
      maxChars: Number.POSITIVE_INFINITY,
      maxBytes: limit,
      note: () => 'cut',
    });
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(limit);
    expect(fitted.match(/<details/g)?.length).toBe(fitted.match(/<\/details>/g)?.length);
    expect(fitted.trimEnd().endsWith('cut')).toBe(true);
    expect(body.startsWith(fitted.slice(0, fitted.indexOf('| ✅ | item 1 ')))).toBe(true);
  });

  it('leaves a body within its limits alone', () => {
    expect(fitMarkdown('short', { maxChars: 10, maxBytes: 10 })).toBe('short');
  });
});
