import { describe, expect, it } from 'vitest';
import { parseConfirmCommands } from '../../src/gate/confirm-commands.js';
import type { PullRequestActivity } from '../../src/gate/pull-request-activity.js';
import { collectCommands, decideManualItem } from '../../src/gate/sign-off.js';
import { applyItemWaiver, waiverStateOn } from '../../src/gate/waivers.js';
import { findWeakenings, withBaseSettings } from '../../src/gate/weakenings.js';
import { loadYamlChecklist } from '../../src/checklist/yaml.js';
import { flattenItems } from '../../src/checklist/items.js';
import type { Item, Waiver } from '../../src/model.js';

describe('/confirm and /unconfirm', () => {
  it('count at the start of a line, outside quotes and code, with ids or a quoted title, in any case', () => {
    expect(
      parseConfirmCommands(
        [
          '/confirm docs, migrations  rollback',
          '  /UNCONFIRM docs',
          '/confirm "Migrations reviewed"',
          'I will /confirm later',
          '> /confirm quoted',
          '    /confirm indented-code',
          '```',
          '/confirm fenced',
          '```',
          '/confirmed nothing',
          '/confirm `code` docs',
          '<!--',
          '/confirm hidden',
          '-->',
        ].join('\n'),
      ),
    ).toEqual([
      { action: 'confirm', ids: ['docs', 'migrations', 'rollback'] },
      { action: 'unconfirm', ids: ['docs'] },
      { action: 'confirm', ids: [], title: 'Migrations reviewed' },
    ]);
  });
});

const item = (overrides: Partial<Item> = {}): Item => ({
  id: 'docs',
  title: 'Docs updated',
  line: 3,
  column: 1,
  checked: false,
  blocking: true,
  weight: 1,
  inferred: false,
  section: [],
  children: [],
  ...overrides,
});

const activity = (overrides: Partial<PullRequestActivity> = {}): PullRequestActivity => ({
  author: 'dana',
  headSha: 'c'.repeat(40),
  reviews: [],
  reviewComments: [],
  comments: [],
  writers: ['carol', 'erin', 'dana'],
  ...overrides,
});

const decide = (target: Item, people: PullRequestActivity, confirmFrom = 'review' as const) =>
  decideManualItem(target, {
    confirmFrom,
    ticked: new Set(),
    activity: people,
    commands: collectCommands(people, [
      { sha: 'a'.repeat(40), committedAtMs: Date.parse('2026-11-20T10:00:00Z') },
      { sha: 'b'.repeat(40), committedAtMs: Date.parse('2026-11-22T10:00:00Z') },
    ]),
  });

describe('sign-off', () => {
  it('the latest command by creation time wins, and a comment confirms on the head it was made at', () => {
    const people = activity({
      comments: [
        { id: 2, user: 'erin', body: '/unconfirm docs', createdAt: '2026-11-23T09:00:00Z' },
        { id: 1, user: 'carol', body: '/confirm docs', createdAt: '2026-11-21T09:00:00Z' },
      ],
    });
    expect(decide(item(), people).result.status).toBe('pending');
    const reconfirmed = activity({
      comments: [
        ...people.comments,
        { id: 3, user: 'carol', body: '/confirm docs', createdAt: '2026-11-24T09:00:00Z' },
      ],
    });
    expect(decide(item(), reconfirmed)).toEqual({
      result: { status: 'passed', summary: 'confirmed by @carol on bbbbbbb' },
      confirmation: {
        by: 'carol',
        at: '2026-11-24T09:00:00.000Z',
        on: 'b'.repeat(40),
        via: 'comment',
      },
    });
  });

  it('dismissed reviews and approvals without a command confirm nothing; a ticked box counts only where the policy lets it', () => {
    const people = activity({
      reviews: [
        {
          id: 1,
          user: 'carol',
          state: 'DISMISSED',
          body: '/confirm docs',
          commitId: 'a'.repeat(40),
          submittedAt: '2026-11-21T09:00:00Z',
        },
        {
          id: 2,
          user: 'erin',
          state: 'APPROVED',
          body: 'LGTM',
          commitId: 'a'.repeat(40),
          submittedAt: '2026-11-21T09:00:00Z',
        },
      ],
    });
    expect(decide(item(), people).result.status).toBe('pending');
    const ticked = decideManualItem(item(), {
      confirmFrom: 'any',
      ticked: new Set(['docs']),
      activity: people,
      commands: [],
    });
    expect(ticked.confirmation).toEqual({ by: null, at: null, on: null, via: 'pr-body' });
    const owned = decideManualItem(item({ owners: ['carol'] }), {
      confirmFrom: 'any',
      ticked: new Set(['docs']),
      activity: people,
      commands: [],
    });
    expect(owned.result).toEqual({
      status: 'pending',
      summary: 'waiting for `/confirm docs` in a review or comment from @carol',
    });
  });
});

const waiver: Waiver = {
  item: 'docs',
  reason: 'r',
  by: 'alice',
  until: '2026-12-08',
  line: 9,
  column: 5,
};

describe('waiver states on the clock', () => {
  it('is active until its last day, expiring within 7 days, expired after', () => {
    expect(waiverStateOn(waiver, '2026-11-30', false)).toEqual({ state: 'active', daysLeft: 8 });
    expect(waiverStateOn(waiver, '2026-12-01', false)).toEqual({ state: 'expiring', daysLeft: 7 });
    expect(waiverStateOn(waiver, '2026-12-08', false)).toEqual({ state: 'expiring', daysLeft: 0 });
    expect(waiverStateOn(waiver, '2026-12-09', false)).toEqual({ state: 'expired', daysLeft: -1 });
  });

  it('waives a blocking manual item still pending, and enforce-from holds back what blocks', () => {
    const pending = { status: 'pending' as const, summary: 'waiting' };
    const judged = { waiver, isNew: false, ...waiverStateOn(waiver, '2026-12-05', false) };
    expect(applyItemWaiver(item(), pending, judged, '2026-12-05', undefined).result).toEqual({
      status: 'waived',
      summary: 'waiting — waived by @alice until 2026-12-08 (3 days left, expiring soon): r',
    });
    expect(applyItemWaiver(item(), pending, undefined, '2026-12-05', '2026-12-06')).toEqual({
      result: { status: 'pending', summary: 'waiting — will block from 2026-12-06 (1 day)' },
      enforceFrom: { date: '2026-12-06', daysLeft: 1 },
    });
    // On the day itself it blocks.
    expect(
      applyItemWaiver(item(), pending, undefined, '2026-12-06', '2026-12-06').enforceFrom,
    ).toBeUndefined();
  });
});

describe('weakenings against the merge base', () => {
  const load = (text: string) => loadYamlChecklist(text, 'readiness.yml').checklist!;
  const base = load(`title: T
policy: { confirm-from: review, min-score: 80 }
items:
  - { id: a, manual: true, blocking: true, owners: [carol] }
  - { id: b, manual: true }
`);
  const head = load(`title: T
policy: { confirm-from: any, min-score: 80 }
items:
  - { id: a, manual: true, blocking: false }
`);

  it('names every weakened setting and every removed item', () => {
    expect(findWeakenings(base, head).map((w) => w.message)).toEqual([
      'changed in this pull request: policy confirm-from review → any',
      'changed in this pull request: a blocking true → false',
      'changed in this pull request: a owners carol → (anyone)',
      'changed in this pull request: item b removed',
    ]);
    expect(findWeakenings(head, base).map((w) => w.message)).toEqual([]);
  });

  it('judges by the base settings while the weakenings wait', () => {
    const judged = withBaseSettings(head, base, findWeakenings(base, head));
    expect(judged.policy.confirmFrom).toBe('review');
    expect(flattenItems(judged)[0]).toMatchObject({ blocking: true, owners: ['carol'] });
  });
});
