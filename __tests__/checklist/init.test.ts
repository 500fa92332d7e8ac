import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderInitYaml } from '../../src/checklist/init.js';
import { flattenItems } from '../../src/checklist/markdown.js';
import { loadMarkdown } from '../helpers/markdown.js';
import { TEXT_ONLY_CONTEXT, type RecognitionContext } from '../../src/checklist/recognize.js';
import { SCHEMA_ID } from '../../src/checklist/schema.js';
import { loadYamlChecklist } from '../../src/checklist/yaml.js';
import type { Checklist } from '../../src/model.js';

const examples = new URL('../fixtures/checklists/', import.meta.url);
const readExample = (name: string): string => readFileSync(new URL(name, examples), 'utf8');
const publishedSchema = new URL('../../checklists/schema.json', import.meta.url);

/** The published schema (a test elsewhere keeps it equal to the one the code builds). */
function checklistSchema(): object {
  return JSON.parse(readFileSync(publishedSchema, 'utf8')) as object;
}

/** What a plan shows of each item, less what the YAML format cannot say (line, notes). */
function plan(checklist: Checklist) {
  return {
    title: checklist.title,
    policy: checklist.policy,
    items: flattenItems(checklist).map((item) => ({
      id: item.id,
      parent: item.parent,
      title: item.title,
      section: item.section,
      check: item.check,
      blocking: item.blocking,
      weight: item.weight,
      checked: item.checked,
      inferred: item.inferred,
      skip: item.skip,
    })),
  };
}

function fromMarkdown(
  text: string,
  path = 'CHECKLIST.md',
  context: RecognitionContext = TEXT_ONLY_CONTEXT,
): Checklist {
  const { checklist, problems } = loadMarkdown(text, path, context);
  expect(problems).toEqual([]);
  return checklist;
}

function roundTrip(markdown: Checklist): string {
  const yamlText = renderInitYaml(markdown);
  const validate = new Ajv({ allErrors: true, strict: false }).compile(checklistSchema());
  expect(validate(parse(yamlText)), JSON.stringify(validate.errors)).toBe(true);
  const loaded = loadYamlChecklist(yamlText, 'readiness.yml');
  expect(loaded.problems).toEqual([]);
  expect(plan(loaded.checklist!)).toEqual(plan(markdown));
  return yamlText;
}

describe('renderInitYaml', () => {
  for (const file of ['ai-etl-production.md', 'flashcards-production.md', 'nkdash-deployment.md']) {
    it(`writes ${file} as a valid YAML checklist with the same plan`, () => {
      const context: RecognitionContext = {
        infer: true,
        findReports: (kind) =>
          kind === 'tests'
            ? ['reports/junit.xml']
            : kind === 'bandit'
              ? ['reports/bandit.json']
              : [],
      };
      roundTrip(fromMarkdown(readExample(file), file, context));
    });
  }

  it('writes nkdash-deployment.md with its checks explicit, its manual items marked and sections kept', () => {
    const yamlText = roundTrip(
      fromMarkdown(readExample('nkdash-deployment.md'), 'nkdash-deployment.md'),
    );
    expect(yamlText.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_ID}`);
    expect(SCHEMA_ID).toMatch(/\/checklists\/schema\.json$/);
    const data = parse(yamlText) as {
      version: number;
      title: string;
      sections: {
        title: string;
        sections?: { title: string; items?: Record<string, unknown>[] }[];
      }[];
    };
    expect(data.version).toBe(1);
    expect(data.title).toBe('NKDash Deployment Checklist');
    // Sections without items (Table of Contents, Production Deployment, ...) are left out.
    expect(data.sections.map((section) => section.title)).toEqual([
      'Pre-Deployment Checklist',
      'Post-Deployment Verification',
      'Security Checklist',
      'Maintenance Schedule',
    ]);
    const testing = data.sections[0]!.sections![1]!;
    expect(testing.title).toBe('Testing & Quality');
    expect(testing.items!.slice(0, 3)).toEqual([
      {
        id: 'unit-tests-passing-pytest-tests',
        title: 'Unit tests passing (`pytest tests/`)',
        command: { run: 'pytest tests/' },
        inferred: true,
      },
      { id: 'integration-tests-passing', title: 'Integration tests passing', manual: true },
      {
        // Runs of `-` collapsed: no punctuation leaks into ids.
        id: 'code-linting-completed-black-flake8',
        title: 'Code linting completed (`black .`, `flake8`)',
        command: { run: ['black --check .', 'flake8'] },
        inferred: true,
      },
    ]);
    expect(yamlText).toContain('# recognized from the text of nkdash-deployment.md:27\n');
    expect(yamlText).toContain(
      '# not run: no bandit, trivy or scanner report found in the usual places to read\n',
    );
  });

  it('keeps policy, top-level items, ids, weights, blocking, ticked boxes, struck-out items and nesting', () => {
    const markdown = fromMarkdown(
      [
        '---',
        'min-score: 90',
        'confirm-from: pr-body',
        '---',
        '# Release',
        '- [x] Before any section <!-- gate: weight=2 -->',
        '## Build',
        '- [ ] Lint `flake8 src` <!-- gate: blocking=false -->',
        '  - [ ] Child one <!-- gate: blocking=true -->',
        '    - [ ] Grandchild',
        '  - [ ] `DATABASE_URL` configured',
        '- [ ] 🚀 Rocket first',
        '- [ ] Kept `curl -f https://x/health` <!-- gate: id=health weight=0 -->',
        '- [ ] ~~`mypy .` passes~~',
        '### Deeper',
        '- [ ] Ignored env <!-- gate: file path=.env gitignored=true -->',
      ].join('\n'),
    );
    const yamlText = roundTrip(markdown);
    const data = parse(yamlText) as Record<string, unknown>;
    expect(data.policy).toEqual({ 'min-score': 90, 'confirm-from': 'pr-body' });
    expect(data.items).toEqual([
      {
        id: 'before-any-section',
        title: 'Before any section',
        manual: true,
        weight: 2,
        checked: true,
      },
    ]);
    const build = (
      data.sections as { items: Record<string, unknown>[]; sections: unknown[] }[]
    )[0]!;
    expect(build.items).toEqual([
      {
        id: 'lint-flake8-src',
        title: 'Lint `flake8 src`',
        command: { run: 'flake8 src' },
        inferred: true,
        blocking: false,
        items: [
          {
            id: 'child-one',
            title: 'Child one',
            manual: true,
            blocking: true,
            items: [{ id: 'grandchild', title: 'Grandchild', manual: true }],
          },
          {
            id: 'database_url-configured',
            title: '`DATABASE_URL` configured',
            env: { required: ['DATABASE_URL'] },
            inferred: true,
          },
        ],
      },
      { id: 'rocket-first', title: '🚀 Rocket first', manual: true }, // leading `-` dropped
      { id: 'health', title: 'Kept `curl -f https://x/health`', manual: true, weight: 0 },
      { id: 'mypy-passes', title: '~~`mypy .` passes~~', manual: true, skip: 'struck out' },
    ]);
    expect(build.sections).toEqual([
      {
        title: 'Deeper',
        items: [
          { id: 'ignored-env', title: 'Ignored env', file: { path: '.env', gitignored: true } },
        ],
      },
    ]);
    expect(yamlText).toContain(
      '# not run: `curl -f https://x/health` is not run: curl is not on the list of read-only checkers\n',
    );
  });

  it('writes recognized coverage checks that the YAML loader accepts', () => {
    const yamlText = roundTrip(
      fromMarkdown(
        '# T\n- [ ] Code coverage: >95%\n- [ ] Levels <!-- gate: coverage report=c.xml min-branches=80 -->',
      ),
    );
    expect(yamlText).toContain('coverage:');
  });

  it('writes levels in order, highest first', () => {
    const markdown = fromMarkdown(
      '<!-- gate-policy: levels="go:90,maybe:60,stop:0" -->\n# T\n- [ ] x',
    );
    expect((parse(roundTrip(markdown)) as { policy: unknown }).policy).toEqual({
      levels: [
        { name: 'go', min: 90 },
        { name: 'maybe', min: 60 },
        { name: 'stop', min: 0 },
      ],
    });
  });
});
