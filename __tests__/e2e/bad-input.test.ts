// Every kind of bad input the suite knows, fed through dist/cli.js: each ends in a clear, located
// message or a decided item, never in "internal error".
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24, ROOT } from '../helpers/run-action.js';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const FIXTURES = path.join(ROOT, '__tests__', 'fixtures');

interface Outcome {
  readonly code: number | null;
  readonly output: string;
}

function cli(args: readonly string[], cwd: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(NODE24, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Runs the commands two at a time (the machine has two cores). */
async function all(runs: readonly (() => Promise<Outcome>)[]): Promise<Outcome[]> {
  const results: Outcome[] = new Array(runs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < runs.length) {
      const index = next++;
      results[index] = await runs[index]!();
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

const nested = (open: string, close: string, depth: number): string =>
  open.repeat(depth) + close.repeat(depth);

/** Checklists that are wrong in every way the suite has met, each with where its error is. */
const BAD_CHECKLISTS: Record<string, { readonly text: string; readonly at?: RegExp }> = {
  'syntax.yml': { text: 'title: t\nitems: [\n  - x\n', at: /syntax\.yml:3:\d+: invalid YAML/ },
  'duplicate.yml': {
    text: 'title: a\nitems: []\ntitle: b\n',
    at: /duplicate\.yml:3:1: invalid YAML: Map keys must be unique/,
  },
  'alias-bomb.yml': {
    text: [
      'title: bomb',
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'items: [*d]',
      '',
    ].join('\n'),
    at: /alias-bomb\.yml:3:8: invalid YAML: Excessive alias count/,
  },
  'deep-flow.yml': {
    text: `title: t\nitems: ${nested('[', ']', 10_000)}\n`,
    at: /deep-flow\.yml:2:\d+/,
  },
  'empty.yml': { text: '', at: /empty\.yml:1:1/ },
  'list.yml': { text: '- a\n- b\n', at: /list\.yml:1:1/ },
  'binary.yml': { text: 'title: t\u0000\u0001', at: /binary\.yml: the checklist is a binary file/ },
  'wrong-type.yml': {
    text: 'title: t\nitems:\n  - title: x\n    coverage: { report: r, min-lines: "95%" }\n',
    at: /wrong-type\.yml:4:\d+/,
  },
  'bad-regex.yml': {
    text: 'title: t\nitems:\n  - title: x\n    file: { path: a, matches: "(?<=a)b" }\n',
    at: /bad-regex\.yml:4:\d+: .*linear-time engine/,
  },
  'unknown-kind.yml': {
    text: 'title: t\nitems:\n  - title: x\n    deploy: { to: prod }\n',
    at: /unknown-kind\.yml:4:\d+/,
  },
  'two-kinds.yml': {
    text: 'title: t\nitems:\n  - title: x\n    manual: true\n    env: { required: [A] }\n',
    at: /two-kinds\.yml:\d+:\d+/,
  },
  'deep-quotes.md': {
    text: `# T\n\n${'> '.repeat(10_000)}- [ ] deep\n`,
    at: /deep-quotes\.md:3:1: block quotes or lists nest/,
  },
  'deep-lists.md': {
    text: `# T\n\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- [ ] item ${i}\n`).join('')}`,
    at: /deep-lists\.md:\d+:1: block quotes or lists nest/,
  },
  'deep-inline.md': {
    text: `# T\n\n- [ ] ${nested('[', ']', 10_000)} and ${'*'.repeat(10_000)}x${'*'.repeat(10_000)}\n`,
  },
  'deep-html.md': { text: `# T\n\n${'<div>'.repeat(10_000)}\n- [ ] x\n` },
  'bad-directive.md': {
    text: '# T\n\n- [ ] x <!-- gate: command run="unterminated\n- [ ] y <!-- gate: nosuchkind -->\n',
  },
  'front-matter.md': { text: '---\ntitle: [\n---\n# T\n\n- [ ] x\n' },
};

/** The check kind that reads each fixture folder's format (foreign formats go to trivy). */
const KIND_OF_FOLDER: Record<string, string> = {
  'junit-xml': 'tests',
  'nunit-xml': 'tests',
  trx: 'tests',
  'xunit-xml': 'tests',
  'go-test-json': 'tests',
  cobertura: 'coverage',
  clover: 'coverage',
  jacoco: 'coverage',
  lcov: 'coverage',
  istanbul: 'coverage',
  'go-coverprofile': 'coverage',
  checkstyle: 'lint',
  'eslint-json': 'lint',
  flake8: 'lint',
  mypy: 'lint',
  sarif: 'lint',
  'bandit-json': 'bandit',
};

/** Reports that cannot be true or cannot be read. */
const BAD_REPORTS: Record<string, string | Buffer> = {
  'empty.xml': '',
  'truncated.xml': '<testsuite name="s" tests="2"><testcase name="a"/><testca',
  'binary.xml': Buffer.from([0, 1, 2, 3, 255, 254]),
  'entities.xml':
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><testsuite name="&b;"/>',
  'deep.json': nested('[', ']', 100_000),
  'deep.xml': `<testsuites>${nested('<a>', '</a>', 100_000)}</testsuites>`,
  'negative.json': JSON.stringify({
    total: {
      lines: { total: 10, covered: -1, skipped: 0, pct: -10 },
      statements: { total: 10, covered: 1, skipped: 0, pct: 10 },
      functions: { total: 1, covered: 1, skipped: 0, pct: 100 },
      branches: { total: 0, covered: 0, skipped: 0, pct: 100 },
    },
  }),
  'over.json': JSON.stringify({
    total: {
      lines: { total: 10, covered: 20, skipped: 0, pct: 200 },
      statements: { total: 10, covered: 20, skipped: 0, pct: 200 },
      functions: { total: 1, covered: 1, skipped: 0, pct: 100 },
      branches: { total: 0, covered: 0, skipped: 0, pct: 100 },
    },
  }),
  'over-cobertura.xml':
    '<?xml version="1.0"?>\n<coverage line-rate="2" branch-rate="0" lines-covered="20" lines-valid="10" branches-covered="0" branches-valid="0" version="1" timestamp="1"><packages/></coverage>\n',
  'nan.json': '{"total":{"lines":{"total":"x","covered":1}}}',
  'foreign.json': '{"hello":"world"}',
};

describe('bad input through dist/cli.js', () => {
  it('locates every bad checklist at its own line and column, with no internal error', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rg-bad-'));
    const names = Object.keys(BAD_CHECKLISTS);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) await writeFile(path.join(dir, name), BAD_CHECKLISTS[name]!.text);
    const outcomes = await all(
      names.flatMap((name) => [
        () => cli(['validate', name], dir),
        () => cli(['check', '--checklist', name, '--format', 'json'], dir),
      ]),
    );
    names.forEach((name, index) => {
      const [validate, check] = outcomes.slice(index * 2, index * 2 + 2) as [Outcome, Outcome];
      for (const outcome of [validate, check]) {
        expect(outcome.output, name).not.toMatch(/internal error| {4}at /);
        expect([0, 1, 2], `${name}: ${outcome.output}`).toContain(outcome.code);
      }
      const at = BAD_CHECKLISTS[name]!.at;
      if (at === undefined) return;
      expect(validate.code, name).toBe(2);
      expect(validate.output, name).toMatch(at);
      expect(check.code, name).toBe(2);
    });
  });

  it('answers every bad flag with one clear line and exit 2', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rg-bad-'));
    await writeFile(
      path.join(dir, 'readiness.yml'),
      'title: t\nitems:\n  - { title: x, manual: true }\n',
    );
    await writeFile(path.join(dir, 'a-file'), '');
    const flags = [
      ['check', '--out', '.'],
      ['check', '-C', 'a-file'],
      ['check', '-C', 'no-such-folder'],
      ['check', '--concurrency', '1.5'],
      ['check', '--format', 'nope'],
      ['check', '--timeout-minutes', '-1'],
      ['inspect'],
      ['nosuchcommand'],
    ];
    const outcomes = await all(flags.map((args) => () => cli(args, dir)));
    outcomes.forEach((outcome, index) => {
      const shown = flags[index]!.join(' ');
      expect(outcome.code, `${shown}: ${outcome.output}`).toBe(2);
      expect(outcome.output, shown).not.toMatch(/internal error| {4}at /);
      expect(outcome.output.trim().length, shown).toBeGreaterThan(0);
    });
  });

  it('refuses a symlink loop as a checklist and as a report, naming the path', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rg-bad-'));
    symlinkSync('loop-b', path.join(dir, 'loop-a'));
    symlinkSync('loop-a', path.join(dir, 'loop-b'));
    await writeFile(
      path.join(dir, 'readiness.yml'),
      'title: t\nitems:\n  - { title: r, tests: { report: loop-a } }\n',
    );
    const [validate, check] = await all([
      () => cli(['validate', 'loop-a'], dir),
      () => cli(['check', '--format', 'json'], dir),
    ]);
    expect(validate!.code).toBe(2);
    expect(validate!.output).toContain('"loop-a" cannot be resolved (ELOOP)');
    expect(JSON.parse(check!.output).checklists[0].items[0]).toMatchObject({
      status: 'errored',
      summary: expect.stringContaining('ELOOP'),
    });
  });

  it('turns every bad report into a message naming the file, through inspect and through a check', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rg-bad-'));
    const names = Object.keys(BAD_REPORTS);
    for (const name of names) await writeFile(path.join(dir, name), BAD_REPORTS[name]!);
    await writeFile(
      path.join(dir, 'readiness.yml'),
      [
        'title: t',
        'items:',
        ...names.map((name) => `  - { title: ${name}, tests: { report: ${name} } }`),
        '',
      ].join('\n'),
    );
    const [check, ...inspected] = await all([
      () => cli(['check', '--format', 'json'], dir),
      ...names.map((name) => () => cli(['inspect', name], dir)),
    ]);
    expect(check!.output).not.toMatch(/internal error/);
    const items = (
      JSON.parse(check!.output) as {
        checklists: { items: { title: string; status: string; summary: string }[] }[];
      }
    ).checklists[0]!.items;
    // Each is decided without a pass: errored, or failed for a well-formed file with no tests.
    expect(items).toHaveLength(names.length);
    for (const item of items) expect(['errored', 'failed'], item.title).toContain(item.status);
    expect(items.filter((item) => item.status === 'failed').map((item) => item.title)).toEqual([
      'deep.xml',
    ]);
    names.forEach((name, index) => {
      const outcome = inspected[index]!;
      expect(outcome.output, name).not.toMatch(/internal error| {4}at /);
      expect(outcome.code, `${name}: ${outcome.output}`).toBe(name === 'deep.xml' ? 0 : 2);
      if (name !== 'deep.xml') expect(outcome.output).toContain(name);
    });
    expect(inspected.find((_, i) => names[i] === 'over.json')!.output).toContain(
      'impossible figures',
    );
    expect(inspected.find((_, i) => names[i] === 'negative.json')!.output).toContain(
      'impossible figures',
    );
  });

  it('reads every report fixture of the suite (good, truncated or foreign) in one check, without an internal error', async () => {
    const reports = path.join(FIXTURES, 'reports');
    const files = filesUnder(reports).filter(
      (file) => !/MANIFEST|README/.test(path.basename(file)),
    );
    expect(files.length).toBeGreaterThan(50);
    // A copy, so the checklist and the reports share a workspace (paths never leave it).
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rg-bad-'));
    cpSync(reports, path.join(dir, 'reports'), { recursive: true });
    const item = (file: string, index: number): string => {
      const relative = path.relative(reports, file);
      const kind = KIND_OF_FOLDER[relative.split(path.sep)[0]!] ?? 'trivy';
      const report = JSON.stringify(path.join('reports', relative));
      const options =
        kind === 'coverage' ? `{ report: ${report}, min-lines: 0 }` : `{ report: ${report} }`;
      return `  - { title: "r${index}", ${kind}: ${options} }`;
    };
    await writeFile(
      path.join(dir, 'readiness.yml'),
      ['title: fixtures', 'items:', ...files.map(item), ''].join('\n'),
    );
    const outcome = await cli(['check', '--format', 'json'], dir);
    expect(outcome.output).not.toMatch(/internal error| {4}at /);
    const items = (
      JSON.parse(outcome.output) as {
        checklists: { items: { status: string; summary: string }[] }[];
      }
    ).checklists[0]!.items;
    expect(items).toHaveLength(files.length);
    for (const decided of items) expect(decided.summary).not.toMatch(/internal error/);
  });

  it('plans every checklist fixture of the suite without an internal error', async () => {
    const files = filesUnder(path.join(FIXTURES, 'checklists'));
    expect(files.length).toBeGreaterThan(0);
    const outcomes = await all(
      files.flatMap((file) => [
        () =>
          cli(
            ['plan', '--checklist', path.relative(path.dirname(file), file), '--format', 'json'],
            path.dirname(file),
          ),
        () => cli(['validate', path.basename(file)], path.dirname(file)),
      ]),
    );
    for (const outcome of outcomes) {
      expect(outcome.output).not.toMatch(/internal error| {4}at /);
      expect([0, 2]).toContain(outcome.code);
    }
  });
});
