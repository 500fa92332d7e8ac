// Range text for shard reports: written compactly, read back without expanding, merged as a union.
import { describe, expect, it } from 'vitest';
import {
  formatRanges,
  MAX_FILES,
  mergeCoverageFiles,
  parseRanges,
  RangeTextError,
  toCoverageFiles,
} from '../../src/reports/coverage-lines.js';
import type { CoverageDetail } from '../../src/reports/types.js';

describe('range text', () => {
  it('writes runs of lines as ranges and reads them back', () => {
    expect(formatRanges([1, 2, 3, 7, 9, 10])).toBe('1-3,7,9-10');
    expect(formatRanges([])).toBe('');
    expect(parseRanges('1-3,7,9-10')).toEqual([
      [1, 3],
      [7, 7],
      [9, 10],
    ]);
    expect(parseRanges('')).toEqual([]);
  });

  it('refuses malformed, descending and overlapping ranges, saying which', () => {
    expect(() => parseRanges('1-3,x')).toThrow(RangeTextError);
    expect(() => parseRanges('1-3,x')).toThrow('"x" is not a line or a range');
    expect(() => parseRanges('5-2')).toThrow('range 5-2 ends before it starts');
    expect(() => parseRanges('1-5,4')).toThrow('range 4 is not after the one before it');
  });

  it('counts a range of a billion lines without expanding it', () => {
    const merged = mergeCoverageFiles([
      { 'a.js': { covered: '1-999999999', coverable: '1-1000000000' } },
    ]);
    expect(merged.lines).toEqual({ covered: 999_999_999, total: 1_000_000_000 });
  });
});

describe('per-file lines of a report', () => {
  it('keeps covered and coverable lines and each line’s branches', () => {
    const detail: CoverageDetail = new Map([
      [
        'src/a.js',
        {
          lines: new Map([
            [4, 0],
            [1, 2],
            [2, 1],
            [3, 0],
            [9, 5],
          ]),
          branches: new Map<string, [number, number]>([
            ['2,0,0', [1, 1]],
            ['2,0,1', [0, 1]],
            ['9', [3, 4]],
          ]),
          functions: new Map(),
        },
      ],
    ]);
    expect(toCoverageFiles(detail)).toEqual({
      'src/a.js': { covered: '1-2,9', coverable: '1-4,9', branches: { '2': [1, 2], '9': [3, 4] } },
    });
  });

  it('merges shards as the union of lines, and per line the most branches covered', () => {
    const merged = mergeCoverageFiles([
      { 'a.js': { covered: '1-2', coverable: '1-4', branches: { '2': [1, 2] } } },
      { 'a.js': { covered: '4', coverable: '1-4', branches: { '2': [2, 2] } } },
      { 'b.js': { covered: '', coverable: '1-3' } },
    ]);
    // a.js: {1,2,4} of {1..4}; b.js: none of 3.
    expect(merged).toEqual({
      files: 2,
      lines: { covered: 3, total: 7 },
      branches: { covered: 2, total: 2 },
    });
  });

  it('names the file whose range text is malformed', () => {
    expect(() =>
      mergeCoverageFiles([{ 'src/x.js': { covered: '3-1', coverable: '1-3' } }]),
    ).toThrow('src/x.js: range 3-1 ends before it starts');
  });
});

describe('hostile shard data', () => {
  it('refuses entries that are not range text or branch pairs, naming the file', () => {
    const bad = (lines: unknown) => () =>
      mergeCoverageFiles([
        { 'src/y.js': lines } as unknown as Parameters<typeof mergeCoverageFiles>[0][0],
      ]);
    expect(bad({ covered: 3, coverable: '1-3' })).toThrow(
      'src/y.js: covered and coverable must be range text',
    );
    expect(bad({ covered: '1', coverable: '1-3', branches: { '1': [1] } })).toThrow(
      'src/y.js: branches of line 1 must be [covered, total]',
    );
  });
});

describe('bounds', () => {
  it('keeps no per-file lines for more files than a shard report holds, saying how many', () => {
    const empty = { lines: new Map(), branches: new Map(), functions: new Map() };
    const detail: CoverageDetail = new Map(
      Array.from({ length: MAX_FILES + 1 }, (_, i) => [`f${i}.js`, empty] as const),
    );
    expect(() => toCoverageFiles(detail)).toThrow(
      `${MAX_FILES + 1} files, more than a shard report keeps (${MAX_FILES})`,
    );
  });
});
