// The repository's GitHub workflows, its action.yml and its Dependabot configuration parse with
// GitHub's own workflow parser (@actions/workflow-parser), so a broken one cannot land unnoticed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run-action.js';

const workflowsDir = path.join(ROOT, '.github', 'workflows');
const workflowFiles = readdirSync(workflowsDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

/** The parser's errors for a workflow, converted to the model the runner uses (which adds its own). */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((error) => error.message);
  if (result.value === undefined) return [...errors, 'no workflow parsed'];
  const template = await convertWorkflowTemplate(result.context, result.value);
  return [...errors, ...(template.errors ?? []).map((error) => error.Message)];
}

describe('the workflows', () => {
  it('are the CI, release and readiness workflows', () => {
    expect(workflowFiles).toEqual(['ci.yml', 'readiness.yml', 'release.yml']);
  });

  for (const name of workflowFiles) {
    it(`parses ${name} with no error`, async () => {
      const content = readFileSync(path.join(workflowsDir, name), 'utf8');
      expect(await workflowErrors(`.github/workflows/${name}`, content)).toEqual([]);
    });
  }

  it('would report a broken workflow (the check can fail)', async () => {
    const broken =
      'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: x\n';
    expect((await workflowErrors('broken.yml', broken)).length).toBeGreaterThan(0);
    const badExpression =
      'on: push\njobs:\n  t:\n    runs-on: ${{ matrix. }}\n    steps:\n      - run: x\n';
    expect((await workflowErrors('bad.yml', badExpression)).length).toBeGreaterThan(0);
  });

  it('release on a vX.Y.Z tag with the permissions publishing needs, and nothing wider by default', () => {
    const release = parse(readFileSync(path.join(workflowsDir, 'release.yml'), 'utf8')) as {
      on: { push: { tags: string[] } };
      permissions: Record<string, string>;
      jobs: Record<string, { permissions: Record<string, string>; steps: { run?: string }[] }>;
    };
    expect(release.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(release.permissions).toEqual({ contents: 'read' });
    const job = release.jobs['release']!;
    expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    const runs = job.steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toContain('git diff --exit-code -- dist checklists');
    expect(runs).toContain('gh release create');
    expect(runs).toContain('npm publish --provenance');
    expect(runs).toContain('git push --force origin "refs/tags/$major"');
  });
});

describe('action.yml', () => {
  it('parses with the action schema, with no error', () => {
    const result = parseAction(
      { name: 'action.yml', content: readFileSync(path.join(ROOT, 'action.yml'), 'utf8') },
      new NoOperationTraceWriter(),
    );
    expect(result.value).toBeDefined();
    expect(result.context.errors.getErrors().map((error) => error.message)).toEqual([]);
  });
});

describe('Dependabot', () => {
  it('updates the npm packages and the actions the workflows call', () => {
    const config = parse(readFileSync(path.join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as {
      version: number;
      updates: { 'package-ecosystem': string; directory: string }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((update) => [update['package-ecosystem'], update.directory])).toEqual(
      [
        ['npm', '/'],
        ['github-actions', '/'],
      ],
    );
  });
});

describe('the README', () => {
  it('tells users to run readiness-gate/readiness-gate@v1', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const uses = [...readme.matchAll(/uses: (readiness-gate\/\S+)/g)].map((match) => match[1]);
    expect(uses.length).toBeGreaterThan(0);
    expect(new Set(uses)).toEqual(new Set(['readiness-gate/readiness-gate@v1']));
  });
});
