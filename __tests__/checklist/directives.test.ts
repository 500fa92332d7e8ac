import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadChecklists } from '../../src/checklist/load.js';
import { flattenItems } from '../../src/checklist/markdown.js';
import { loadMarkdown } from '../helpers/markdown.js';
import { TEXT_ONLY_CONTEXT } from '../../src/checklist/recognize.js';
import type { Problem } from '../../src/model.js';
import { makeWorkspace } from '../helpers/workspace.js';

const load = (text: string) => loadMarkdown(text, 'CHECKLIST.md', TEXT_ONLY_CONTEXT);
const first = (text: string) => {
  const { checklist, problems } = load(text);
  expect(problems).toEqual([]);
  return flattenItems(checklist)[0]!;
};
const located = (text: string): string[] =>
  load(text).problems.map(
    (p: Problem) =>
      `${p.file}:${p.line}:${p.column}: ${p.keyPath ? `${p.keyPath}: ` : ''}${p.message}`,
  );

describe('item directives declare checks exactly', () => {
  it('declares a coverage check with the options of the YAML format', () => {
    const item = first(
      '- [ ] Coverage over 95% <!-- gate: coverage min-lines=95 report=coverage.xml -->',
    );
    expect(item).toMatchObject({
      title: 'Coverage over 95%',
      inferred: false,
      blocking: true,
      weight: 1,
    });
    expect(item.check).toEqual({
      kind: 'coverage',
      options: { report: 'coverage.xml', 'min-lines': 95 },
    });
  });

  it('types values by the kind schema: a single env name still becomes a list', () => {
    expect(first('- [ ] Secrets <!-- gate: env required=DATABASE_URL -->').check).toEqual({
      kind: 'env',
      options: { required: ['DATABASE_URL'] },
    });
    expect(
      first('- [ ] Secrets <!-- gate: env required=DATABASE_URL,SECRET_KEY -->').check,
    ).toEqual({ kind: 'env', options: { required: ['DATABASE_URL', 'SECRET_KEY'] } });
  });

  it('takes quoted values with spaces, lists of quoted commands, and numbers', () => {
    expect(
      first('- [ ] Tests <!-- gate: command run="pytest -q tests" timeout=120 -->').check,
    ).toEqual({ kind: 'command', options: { run: 'pytest -q tests', timeout: 120 } });
    expect(
      first(`- [ ] Lint <!-- gate: command run="flake8 src","mypy src" expect-exit=0,1 -->`).check,
    ).toEqual({
      kind: 'command',
      options: { run: ['flake8 src', 'mypy src'], 'expect-exit': [0, 1] },
    });
    expect(first(`- [ ] Quote <!-- gate: command run='echo "a \\b"' -->`).check).toEqual({
      kind: 'command',
      options: { run: 'echo "a \\b"' },
    });
    expect(
      first('- [ ] Esc <!-- gate: file path=README.md contains="say \\"hi\\"" -->').check,
    ).toEqual({ kind: 'file', options: { path: 'README.md', contains: 'say "hi"' } });
    // A string option keeps its commas.
    expect(first('- [ ] Text <!-- gate: file path=a.txt contains=a,b -->').check).toEqual({
      kind: 'file',
      options: { path: 'a.txt', contains: 'a,b' },
    });
  });

  it('nests dotted keys', () => {
    expect(
      first('- [ ] Bandit <!-- gate: bandit report=reports/bandit.json max.high=0 max.medium=3 -->')
        .check,
    ).toEqual({
      kind: 'bandit',
      options: { report: 'reports/bandit.json', max: { high: 0, medium: 3 } },
    });
    expect(
      first(
        '- [ ] Trivy <!-- gate: trivy report=trivy.json max.secrets.low=0 ignore-unfixed=true -->',
      ).check,
    ).toEqual({
      kind: 'trivy',
      options: { report: 'trivy.json', max: { secrets: { low: 0 } }, 'ignore-unfixed': true },
    });
  });

  it('declares file checks', () => {
    expect(first('- [ ] Env ignored <!-- gate: file path=.env gitignored=true -->').check).toEqual({
      kind: 'file',
      options: { path: '.env', gitignored: true },
    });
  });

  it('reads a directive on its own line in the item, or spread over lines, with CRLF too', () => {
    const text = [
      '- [ ] Tests',
      '',
      '  <!-- gate: command',
      '       run="pytest -q" -->',
      '- [ ] Next',
    ].join('\n');
    for (const variant of [text, text.replace(/\n/g, '\r\n')]) {
      expect(first(variant).check).toEqual({ kind: 'command', options: { run: 'pytest -q' } });
    }
  });

  it('`manual` stops recognition; blocking, weight and id adjust the item', () => {
    expect(first('- [ ] Unit tests (`pytest`) <!-- gate: manual -->')).toMatchObject({
      blocking: false,
      inferred: false,
    });
    expect(first('- [ ] Unit tests (`pytest`) <!-- gate: manual -->').check).toBeUndefined();
    expect(first('- [ ] Unit tests (`pytest`) <!-- gate: manual -->').note).toBeUndefined();
    expect(first('- [ ] Sign-off <!-- gate: manual blocking=true weight=3 -->')).toMatchObject({
      blocking: true,
      weight: 3,
    });
    expect(first('- [ ] Sign-off <!-- gate: blocking=true -->')).toMatchObject({ blocking: true });
    const item = first('- [ ] Lint `flake8` <!-- gate: blocking=false weight=2 id=lint -->');
    expect(item).toMatchObject({
      id: 'lint',
      blocking: false,
      weight: 2,
      inferred: true,
      check: { kind: 'command', options: { run: 'flake8' } },
    });
  });

  it('reserves explicit ids before slugs, and reports a duplicate at the item', () => {
    const { checklist } = load('- [ ] Lint\n- [ ] Other <!-- gate: id=lint -->');
    expect(flattenItems(checklist).map((item) => item.id)).toEqual(['lint-2', 'lint']);
    expect(located('- [ ] A <!-- gate: id=x -->\n- [ ] B <!-- gate: id=x -->')).toEqual([
      'CHECKLIST.md:2:1: id: id "x" is used by another item; ids must be unique',
    ]);
  });

  it('ignores directives in block quotes (examples) and other comments', () => {
    expect(
      load(
        '> - [ ] Example <!-- gate: bogus -->\n> <!-- gate: bogus -->\n\n- [ ] Real <!-- a note -->',
      ).problems,
    ).toEqual([]);
  });
});

describe('bad directives are located configuration errors', () => {
  it.each([
    [
      '- [ ] X <!-- gate: covrage min-lines=95 -->',
      'CHECKLIST.md:1:20: unknown check kind "covrage" (did you mean "coverage"?); expected one of command, tests, coverage, lint, bandit, trivy, scan, http, env, file, or manual',
    ],
    [
      '- [ ] X <!-- gate: env required=database-url -->',
      'CHECKLIST.md:1:33: env.required[0]: env.required[0] must be an environment variable name (letters, digits and "_", not starting with a digit), found "database-url"',
    ],
    [
      '- [ ] X <!-- gate: command -->',
      'CHECKLIST.md:1:20: command.run: command: "run" is required',
    ],
    [
      '- [ ] X <!-- gate: file path=.env exists=true gitignored=true -->',
      'CHECKLIST.md:1:47: file.gitignored: file.gitignored has exists and gitignored: give one condition per item',
    ],
    [
      '- [ ] X <!-- gate: command run="pytest -->',
      'CHECKLIST.md:1:32: gate directive: unbalanced double quote in the value of "run"',
    ],
    [
      '- [ ] X <!-- gate: manual run=x -->',
      'CHECKLIST.md:1:27: run: "manual" takes no options, found "run"',
    ],
    [
      '- [ ] X <!-- gate: min-lines=95 -->',
      'CHECKLIST.md:1:20: min-lines: "min-lines" needs a check kind first, as in <!-- gate: command min-lines=... -->',
    ],
    [
      '- [ ] X <!-- gate: weight=heavy -->',
      'CHECKLIST.md:1:27: weight: weight must be a number, found "heavy"',
    ],
    [
      '- [ ] X <!-- gate: blocking=maybe -->',
      'CHECKLIST.md:1:29: blocking: blocking must be true or false, found "maybe"',
    ],
    [
      '- [ ] X <!-- gate: id="a b" -->',
      'CHECKLIST.md:1:23: id: id must be letters, digits, ".", "-" or "_" (not starting with "."), found "a b"',
    ],
    [
      '- [ ] X <!-- gate: env required=A_B stray -->',
      'CHECKLIST.md:1:37: gate directive: expected key=value, found "stray"',
    ],
    [
      '- [ ] X <!-- gate: env required=A_B --> <!-- gate: command run=ls -->',
      'CHECKLIST.md:1:52: an item holds one check, but this item declares "command" after "env"',
    ],
    [
      '- [ ] X <!-- gate: -->',
      'CHECKLIST.md:1:9: gate directive is empty; expected a check kind, "manual", or key=value adjustments',
    ],
    [
      'Some text <!-- gate: command run=ls -->',
      'CHECKLIST.md:1:11: a gate directive belongs in a task-list item ("- [ ] ..."); this one is outside every item',
    ],
    [
      '- Not a task <!-- gate: manual -->',
      'CHECKLIST.md:1:14: a gate directive belongs in a task-list item ("- [ ] ..."); this one is outside every item',
    ],
  ])('%s', (text, problem) => {
    expect(located(text)).toEqual([problem]);
  });

  it('reports every problem of one directive', () => {
    expect(located('- [ ] X <!-- gate: env requird=X -->')).toEqual([
      'CHECKLIST.md:1:20: env.required: env: "required" is required',
      'CHECKLIST.md:1:24: env.requird: env: unknown key "requird" (did you mean "required"?)',
    ]);
  });

  it('locates a problem on the right line and column, under CRLF and a BOM too', () => {
    const text = '# T\n\n## S\n- [ ] ok\n  - [ ] Nested <!-- gate: env required=bad-name -->\n';
    const expected = [
      'CHECKLIST.md:5:40: env.required[0]: env.required[0] must be an environment variable name (letters, digits and "_", not starting with a digit), found "bad-name"',
    ];
    expect(located(text)).toEqual(expected);
    expect(located(`\uFEFF${text.replace(/\n/g, '\r\n')}`)).toEqual(expected);
  });

  it('checks coverage options against the coverage kind', () => {
    expect(located('- [ ] X <!-- gate: coverage min-lines=95% report=c.xml -->')).toEqual([
      'CHECKLIST.md:1:39: coverage.min-lines: coverage.min-lines must be a number or "base", found "95%"',
    ]);
    expect(located('- [ ] X <!-- gate: coverage report=c.xml -->')).toHaveLength(1);
  });

  it('checks bandit options', () => {
    expect(located('- [ ] X <!-- gate: bandit report=b.json max.hihg=0 -->')[0]).toMatch(
      /^CHECKLIST\.md:1:45: bandit\.max\.hihg: bandit: unknown key "hihg"/,
    );
  });

  it('keeps the item (manual) when its directive is bad, so every problem is reported in one pass', () => {
    const result = load('- [ ] A <!-- gate: covrage -->\n- [ ] B <!-- gate: weight=-1 -->');
    expect(result.problems).toHaveLength(2);
    expect(flattenItems(result.checklist).map((item) => item.check)).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe('directive problems are located at the key or value the validator names, as in YAML', () => {
  it('locates a bad value at the value', () => {
    expect(
      located('- [ ] Coverage <!-- gate: coverage report=coverage.xml min-lines=abc -->'),
    ).toEqual([
      'CHECKLIST.md:1:66: coverage.min-lines: coverage.min-lines must be a number or "base", found "abc"',
    ]);
  });

  it('locates an unknown key at the key, with the key it resembles', () => {
    expect(
      located('- [ ] Coverage <!-- gate: coverage report=coverage.xml min-line=90 -->'),
    ).toEqual([
      'CHECKLIST.md:1:56: coverage.min-line: coverage: unknown key "min-line" (did you mean "min-lines"?)',
    ]);
  });

  it('locates an entry of a list, and a part of a dotted key, at that entry and part', () => {
    expect(located('- [ ] Env <!-- gate: env required=DATABASE_URL,secret-key -->')).toEqual([
      'CHECKLIST.md:1:48: env.required[1]: env.required[1] must be an environment variable name (letters, digits and "_", not starting with a digit), found "secret-key"',
    ]);
    expect(
      located('- [ ] Bandit <!-- gate: bandit report=b.json max.high=0 max.hihg=0 -->'),
    ).toEqual([
      'CHECKLIST.md:1:61: bandit.max.hihg: bandit: unknown key "hihg" (did you mean "high"?)',
    ]);
  });

  it('locates a bad value in a directive spread over two lines on the line it is written on', () => {
    const text = [
      '# Release',
      '- [ ] Coverage',
      '  <!-- gate: coverage report=coverage.xml',
      '       min-lines=abc min-branches=80 -->',
      '- [ ] Next',
    ].join('\n');
    expect(located(text)).toEqual([
      'CHECKLIST.md:4:18: coverage.min-lines: coverage.min-lines must be a number or "base", found "abc"',
    ]);
  });

  it('locates a bad item key value at the value', () => {
    expect(located('- [ ] Sign-off <!-- gate: manual weight=heavy -->')).toEqual([
      'CHECKLIST.md:1:41: weight: weight must be a number, found "heavy"',
    ]);
  });

  it('keeps a problem with the whole directive at its kind word, or at the comment', () => {
    expect(located('- [ ] Coverage <!-- gate: coverage report=coverage.xml -->')).toEqual([
      'CHECKLIST.md:1:27: coverage: coverage needs at least one minimum: min-lines, min-branches, min-functions, min-patch-lines or min-patch-branches',
    ]);
    expect(located('- [ ] Tests <!-- gate: comand run=pytest -->')).toEqual([
      'CHECKLIST.md:1:24: unknown check kind "comand" (did you mean "command"?); expected one of command, tests, coverage, lint, bandit, trivy, scan, http, env, file, or manual',
    ]);
    expect(located('- [ ] Tests <!-- gate: command run="pytest -q -->')).toEqual([
      'CHECKLIST.md:1:36: gate directive: unbalanced double quote in the value of "run"',
    ]);
  });

  it('locates a bad policy value at the value, inside a quoted list too', () => {
    expect(located('# Release\n\n<!-- gate-policy: min-score=90 confirm-from=anyone -->')).toEqual([
      'CHECKLIST.md:3:45: confirm-from: confirm-from must be one of "any", "pr-body", "review", found "anyone"',
    ]);
    expect(located('<!-- gate-policy: levels="ready:90, nearly ready:high,stop:0" -->')).toEqual([
      'CHECKLIST.md:1:50: levels[1].min: levels[1].min must be a number, found "high"',
    ]);
    expect(located('<!--\n  gate-policy:\n    min_score=90\n-->\n- [ ] a')).toEqual([
      'CHECKLIST.md:3:5: min_score: unknown key "min_score" (did you mean "min-score"?)',
    ]);
  });

  it('locates on the right line and column in a CRLF file read from disk', async () => {
    const text = [
      '# Release',
      '',
      '- [ ] Coverage',
      '  <!-- gate: coverage report=coverage.xml',
      '       min-lines=abc -->',
      '- [ ] Env <!-- gate: env requird=DATABASE_URL -->',
      '',
      '<!-- gate-policy: min-score=120 -->',
      '',
    ].join('\r\n');
    const workdir = await makeWorkspace({ 'DEPLOYMENT_CHECKLIST.md': text });
    try {
      const { problems } = await loadChecklists({ workdir, patterns: [], infer: false });
      expect(problems.map(formatProblem)).toEqual([
        'DEPLOYMENT_CHECKLIST.md:5:18: coverage.min-lines: coverage.min-lines must be a number or "base", found "abc"',
        'DEPLOYMENT_CHECKLIST.md:6:22: env.required: env: "required" is required',
        'DEPLOYMENT_CHECKLIST.md:6:26: env.requird: env: unknown key "requird" (did you mean "required"?)',
        'DEPLOYMENT_CHECKLIST.md:8:29: min-score: min-score must be at most 100, found 120',
      ]);
    } finally {
      await rm(workdir, { recursive: true, force: true });
    }
  });
});

describe('the policy', () => {
  it('comes from gate-policy directives anywhere outside items', () => {
    const { checklist, problems } = load(
      '# T\n<!-- gate-policy: min-score=90 confirm-from=pr-body -->\n\n## S\n- [ ] a\n\nText <!-- gate-policy: levels="ready:90,nearly ready:80,do not deploy:0" -->\n',
    );
    expect(problems).toEqual([]);
    expect(checklist.policy).toEqual({
      minScore: 90,
      confirmFrom: 'pr-body',
      levels: [
        { name: 'ready', min: 90 },
        { name: 'nearly ready', min: 80 },
        { name: 'do not deploy', min: 0 },
      ],
    });
  });

  it('comes from YAML front matter, which also may set the title, without shifting lines', () => {
    const text = [
      '---',
      'title: From front matter',
      'layout: page',
      'policy:',
      '  min-score: 85',
      '  levels:',
      '    - { name: ok, min: 50 }',
      '    - { name: top, min: 95 }',
      '---',
      '# Heading title',
      '- [ ] item',
    ].join('\n');
    const { checklist, problems } = load(text);
    expect(problems).toEqual([]);
    expect(checklist.title).toBe('From front matter');
    expect(checklist.policy).toEqual({
      minScore: 85,
      levels: [
        { name: 'top', min: 95 },
        { name: 'ok', min: 50 },
      ],
    });
    expect(checklist.sections).toEqual([]);
    expect(checklist.items[0]).toMatchObject({ title: 'item', line: 11 });
    expect(load('---\nmin-score: 70\nconfirm-from: any\n---\n- [ ] x').checklist.policy).toEqual({
      minScore: 70,
      confirmFrom: 'any',
    });
  });

  it('reports bad policy values where they are', () => {
    expect(located('<!-- gate-policy: min-score=120 -->')).toEqual([
      'CHECKLIST.md:1:29: min-score: min-score must be at most 100, found 120',
    ]);
    expect(located('<!-- gate-policy: min_score=90 -->')).toEqual([
      'CHECKLIST.md:1:19: min_score: unknown key "min_score" (did you mean "min-score"?)',
    ]);
    expect(located('<!-- gate-policy: tolerance=-1 -->')).toEqual([
      'CHECKLIST.md:1:29: tolerance: tolerance must be at least 0, found -1',
    ]);
    expect(load('<!-- gate-policy: tolerance=0.5 -->\n- [ ] a').checklist.policy).toEqual({
      tolerance: 0.5,
    });
    expect(located('<!-- gate-policy: confirm-from=anyone -->')).toEqual([
      'CHECKLIST.md:1:32: confirm-from: confirm-from must be one of "any", "pr-body", "review", found "anyone"',
    ]);
    expect(located('<!-- gate-policy: levels=ready -->')).toEqual([
      'CHECKLIST.md:1:26: levels[0].min: levels[0].min must be a number, found ""',
    ]);
    expect(
      located('<!-- gate-policy: min-score=90 -->\n\n<!-- gate-policy: min-score=80 -->'),
    ).toEqual(['CHECKLIST.md:3:19: min-score: min-score is set twice (first at 1:19)']);
    expect(located('---\npolicy:\n  min-score: high\n---\n- [ ] x')).toEqual([
      'CHECKLIST.md:3:14: policy.min-score: policy.min-score must be a number, found "high"',
    ]);
    expect(located('---\ntitle: [unclosed\n---\n- [ ] x')[0]).toMatch(
      /^CHECKLIST\.md:[23]:\d+: front matter: /,
    );
  });
});
