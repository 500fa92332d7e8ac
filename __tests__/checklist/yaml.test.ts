import { describe, expect, it } from 'vitest';
import { loadYamlChecklist } from '../../src/checklist/yaml.js';

const load = (text: string) => loadYamlChecklist(text, 'readiness.yml');
const located = (text: string) =>
  load(text).problems.map(
    (p) => `${p.file}:${p.line}:${p.column}: ${p.keyPath ? p.keyPath + ': ' : ''}${p.message}`,
  );

describe('loadYamlChecklist', () => {
  it('builds sections, items, defaults and ids from a valid checklist', () => {
    const result = load(`version: 1
title: Production readiness
policy:
  min-score: 90
sections:
  - title: Testing
    items:
      - id: unit
        title: Unit tests pass
        command: { run: "pytest -q" }
      - title: Runbook exists
        file: { path: docs/RUNBOOK.md, exists: true }
        weight: 2
      - title: Docs updated
        manual: true
    sections:
      - title: Nested
        items:
          - id: secrets
            env: { required: [DATABASE_URL] }
`);
    expect(result.problems).toEqual([]);
    const checklist = result.checklist!;
    expect(checklist.title).toBe('Production readiness');
    expect(checklist.policy.minScore).toBe(90);
    const [unit, runbook, docs] = checklist.sections[0]!.items;
    expect(unit).toMatchObject({
      id: 'unit',
      line: 8,
      blocking: true,
      weight: 1,
      check: { kind: 'command', options: { run: 'pytest -q' } },
    });
    expect(runbook).toMatchObject({ id: 'runbook-exists', weight: 2, blocking: true });
    expect(docs).toMatchObject({ id: 'docs-updated', blocking: false });
    expect(docs!.check).toBeUndefined();
    expect(checklist.sections[0]!.sections[0]!.items[0]).toMatchObject({
      id: 'secrets',
      title: 'secrets',
      section: ['Testing', 'Nested'],
    });
  });

  it('locates YAML syntax errors', () => {
    const problems = located('title: x\nsections:\n  - title: a\n    items: [\n');
    expect(problems[0]).toMatch(/^readiness\.yml:\d+:\d+: invalid YAML/);
  });

  it('reports a wrong type with the key path, what was expected and what was found', () => {
    expect(
      located('title: x\nitems:\n  - title: slow\n    command: { run: make, timeout: "5m" }\n'),
    ).toContain('readiness.yml:4:36: items[0].command.timeout: must be a number, found "5m"');
  });

  it('reports an unknown key at the key, with a suggestion', () => {
    expect(located('title: x\nitems:\n  - title: t\n    comand: { run: ls }\n')).toEqual([
      'readiness.yml:4:5: items[0].comand: unknown key "comand" (did you mean "command"?)',
    ]);
  });

  it('reports an unknown option inside a check kind', () => {
    expect(
      located('title: x\nitems:\n  - title: t\n    command: { run: ls, timout: 5 }\n'),
    ).toEqual([
      'readiness.yml:4:25: items[0].command.timout: unknown key "timout" (did you mean "timeout"?)',
    ]);
  });

  it('reports a missing checklist title and an item with neither title nor id', () => {
    const problems = located('sections:\n  - title: s\n    items:\n      - manual: true\n');
    expect(problems).toContain('readiness.yml:1:1: title: "title" is required');
    expect(problems).toContain(
      'readiness.yml:4:9: sections[0].items[0].title: needs a title (or at least an id)',
    );
  });

  it('refuses two check kinds in one item, and an item with none', () => {
    const problems = located(
      'title: x\nitems:\n  - title: a\n    command: { run: ls }\n    env: { required: [A] }\n  - title: b\n',
    );
    expect(problems).toEqual([
      'readiness.yml:5:5: items[0].env: has 2 check kinds (command, env); give one kind per item, or split it into several items',
      expect.stringMatching(
        /^readiness\.yml:6:5: items\[1\]: needs one check kind \(.*\) or "manual: true"$/,
      ),
    ]);
  });

  it('refuses duplicate item ids, pointing at both', () => {
    expect(
      located('title: x\nitems:\n  - { id: a, manual: true }\n  - { id: a, manual: true }\n'),
    ).toEqual([
      'readiness.yml:4:11: items[1].id: duplicate item id "a" (first used at readiness.yml:3:11)',
    ]);
  });

  it('reports every problem at once, in file order', () => {
    const problems = located(
      'title: x\nitems:\n  - title: a\n    weight: heavy\n  - title: b\n    file: { path: x }\n',
    );
    expect(problems).toEqual([
      expect.stringMatching(/^readiness\.yml:3:5: items\[0\]: needs one check kind/),
      'readiness.yml:4:13: items[0].weight: must be a number, found "heavy"',
      'readiness.yml:6:11: items[1].file: needs one condition: exists, absent, contains, matches, gitignored',
    ]);
  });

  it('explains a value that fits none of the alternatives', () => {
    expect(located('title: x\nitems:\n  - title: a\n    command: { run: 5 }\n')).toEqual([
      'readiness.yml:4:21: items[0].command.run: must be a string or a list, found 5',
    ]);
  });

  it('says an empty file is empty', () => {
    expect(located('')).toEqual([
      'readiness.yml:1:1: the checklist is empty; expected a mapping with "title" and "sections"',
    ]);
  });
});

describe('item ids', () => {
  it('gives many equal titles -2, -3, … in order', async () => {
    const { createIdAllocator } = await import('../../src/checklist/slug.js');
    const ids = createIdAllocator();
    ids.take('a-2', true);
    expect(Array.from({ length: 4 }, () => ids.take('A'))).toEqual(['a', 'a-3', 'a-4', 'a-5']);
  });

  it('accepts any id GitHub would slug, in any script', () => {
    expect(
      loadYamlChecklist(
        'title: x\nitems:\n  - { id: -deploy--done, manual: true }\n  - { id: úö-final-check, manual: true }\n',
        'r.yml',
      ).problems,
    ).toEqual([]);
    expect(
      loadYamlChecklist('title: x\nitems:\n  - { id: "has space", manual: true }\n', 'r.yml')
        .problems[0]?.message,
    ).toBe('must be letters, digits, ".", "-" or "_" (not starting with "."), found "has space"');
  });
});
