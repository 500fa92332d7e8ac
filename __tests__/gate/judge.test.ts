import { describe, expect, it } from 'vitest';
import type { Checklist, Item, Result, Status } from '../../src/model.js';
import {
  formatScore,
  judgeAll,
  judgeChecklist,
  levelOf,
  DEFAULT_LEVELS,
} from '../../src/gate/judge.js';

function item(id: string, overrides: Partial<Item> = {}): Item {
  return {
    id,
    title: id,
    line: 1,
    column: 1,
    checked: false,
    blocking: true,
    weight: 1,
    inferred: false,
    section: [],
    children: [],
    check: { kind: 'command', options: { run: 'true' } },
    ...overrides,
  };
}
const manual = (id: string, overrides: Partial<Item> = {}): Item =>
  item(id, { check: undefined, blocking: false, ...overrides });
const result = (status: Status): Result => ({ status, summary: status });
const checklist = (overrides: Partial<Checklist> = {}): Checklist => ({
  path: 'c.yml',
  format: 'yaml',
  title: 'T',
  policy: {},
  sections: [],
  items: [],
  ...overrides,
});

describe('judgeChecklist', () => {
  it('scores passed and waived weight over everything not skipped', () => {
    const verdict = judgeChecklist(checklist(), [
      { item: item('a', { weight: 2 }), result: result('passed') },
      { item: item('b', { blocking: false }), result: result('failed') },
      { item: item('c'), result: result('waived') },
      { item: item('d'), result: result('skipped') },
      { item: manual('e'), result: result('pending') },
    ]);
    expect(verdict.score).toBe((3 / 5) * 100);
    expect(verdict.counts).toEqual({
      total: 5,
      passed: 1,
      failed: 1,
      errored: 0,
      pending: 1,
      skipped: 1,
      waived: 1,
      blocking: 0,
    });
    // The gate passes; at 60 the run is not ready (the top level is 90).
    expect(verdict.passed).toBe(true);
    expect(verdict.ready).toBe(false);
    expect(verdict.level).toBe('do not deploy');
  });

  it('is ready only when the gate passes and the level is the top level', () => {
    const passing = judgeChecklist(checklist(), [{ item: item('a'), result: result('passed') }]);
    expect(passing).toMatchObject({ passed: true, ready: true, score: 100, level: 'ready' });
    const blockedAtTop = judgeChecklist(checklist(), [
      ...Array.from({ length: 19 }, (_, i) => ({
        item: item(`p${i}`),
        result: result('passed'),
      })),
      { item: item('f'), result: result('failed') },
    ]);
    expect(blockedAtTop).toMatchObject({ passed: false, ready: false, score: 95, level: 'ready' });
  });

  it('blocks on a failed or errored blocking item, never on an advisory one', () => {
    const verdict = judgeChecklist(checklist(), [
      { item: item('a'), result: result('errored') },
      { item: item('b', { blocking: false }), result: result('failed') },
    ]);
    expect(verdict.items.map((j) => j.isBlocking)).toEqual([true, false]);
    expect(verdict.ready).toBe(false);
    expect(verdict.reason).toBe('1 blocking item: a');
  });

  it('blocks on a pending manual item only when the checklist marks it blocking', () => {
    const verdict = judgeChecklist(checklist(), [
      { item: manual('sign-off', { blocking: true }), result: result('pending') },
      { item: manual('docs'), result: result('pending') },
    ]);
    expect(verdict.counts.blocking).toBe(1);
    expect(verdict.ready).toBe(false);
  });

  it('compares the score with min-score unrounded', () => {
    const items = [
      ...Array.from({ length: 2 }, (_, i) => ({
        item: item(`p${i}`, { blocking: false }),
        result: result('passed'),
      })),
      { item: item('f', { blocking: false }), result: result('failed') },
    ];
    expect(judgeChecklist(checklist({ policy: { minScore: 66.7 } }), items).passed).toBe(false);
    expect(judgeChecklist(checklist({ policy: { minScore: 66.6 } }), items).passed).toBe(true);
    expect(judgeChecklist(checklist({ policy: { minScore: 66.7 } }), items).reason).toBe(
      'score 66.6 < min-score 66.7',
    );
    expect(formatScore((2 / 3) * 100)).toBe('66.6');
  });

  it('lets the input min-score override the checklist', () => {
    const items = [{ item: item('f', { blocking: false }), result: result('failed') }];
    expect(
      judgeChecklist(checklist({ policy: { minScore: 0 } }), items, { minScore: 50 }).ready,
    ).toBe(false);
  });

  it('has no score when every item is skipped: the gate passes only without min-score, never ready', () => {
    const skipped = [{ item: item('s'), result: result('skipped') }];
    expect(judgeChecklist(checklist(), skipped)).toMatchObject({
      score: null,
      level: null,
      passed: true,
      ready: false,
    });
    expect(judgeChecklist(checklist({ policy: { minScore: 10 } }), skipped).passed).toBe(false);
    expect(formatScore(null)).toBe('no score');
  });

  it('blocks on an inferred check that could not run only when the checklist said it blocks', () => {
    const inferred = (name: string, extra: Partial<Item> = {}): Item =>
      item(name, { inferred: true, ...extra });
    const verdict = judgeChecklist(checklist(), [
      { item: inferred('black'), result: result('pending') },
      { item: inferred('mypy', { blockingDeclared: true }), result: result('pending') },
    ]);
    expect(verdict.items.map((judged) => judged.isBlocking)).toEqual([false, true]);
  });
});

describe('levelOf', () => {
  it('uses the default levels', () => {
    expect(levelOf(95, DEFAULT_LEVELS)).toBe('ready');
    expect(levelOf(90, DEFAULT_LEVELS)).toBe('ready');
    expect(levelOf(89.99, DEFAULT_LEVELS)).toBe('nearly ready');
    expect(levelOf(70, DEFAULT_LEVELS)).toBe('not ready');
    expect(levelOf(12, DEFAULT_LEVELS)).toBe('do not deploy');
  });

  it('uses custom levels in any order', () => {
    expect(
      levelOf(55, [
        { name: 'low', min: 0 },
        { name: 'high', min: 50 },
      ]),
    ).toBe('high');
  });
});

describe('judgeAll', () => {
  it('is ready only when every checklist is, scoring over all items', () => {
    const a = judgeChecklist(checklist({ path: 'a' }), [
      { item: item('a'), result: result('passed') },
    ]);
    const b = judgeChecklist(checklist({ path: 'b' }), [
      { item: item('b'), result: result('failed') },
      { item: item('c'), result: result('passed') },
      { item: item('d'), result: result('passed') },
    ]);
    const verdict = judgeAll([a, b], 10);
    expect(verdict.ready).toBe(false);
    expect(verdict.score).toBe(75);
    expect(verdict.level).toBe('not ready');
    expect(verdict.counts.blocking).toBe(1);
  });
});
