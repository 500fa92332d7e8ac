// Patch coverage from reports Jest (Istanbul) really writes: lcov, coverage-final.json, Cobertura
// and Clover from one run on a change to a small module, counted by hand.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageCheck, type CoverageOptions } from '../../src/checks/coverage.js';
import type { ChangeSet } from '../../src/git/change-set.js';
import { diffChangedLines } from '../../src/git/diff.js';
import { GitRepo } from '../helpers/git-repo.js';
import { ROOT } from '../helpers/run-action.js';
import { checkContext } from '../helpers/check-context.js';

const PROJECT = path.join(ROOT, '__tests__', 'real-projects', 'jsapp');
let repo: GitRepo;
let changes: ChangeSet;

/**
 * The change: a new first branch in tier() (line 8) and a new function surcharge() (lines 25-28)
 * that no test calls. Istanbul's statements on changed lines: 8 (run), 26 and 27 (not run); the
 * function's own line 25 is not a statement. Branches: line 8 takes 1 of 2, line 26 none of 2.
 */
function changedModule(text: string): string {
  return text
    .replace(
      "function tier(quantity) {\n  if (quantity >= 100) return 'bulk';",
      "function tier(quantity) {\n  if (quantity >= 1000) return 'pallet';\n  if (quantity >= 100) return 'bulk';",
    )
    .replace(
      'function unused(value) {',
      'function surcharge(amount) {\n  const rate = amount > 50 ? 0.1 : 0.2;\n  return amount * rate;\n}\n\nfunction unused(value) {',
    );
}

beforeAll(async () => {
  repo = GitRepo.create('rg-jest-patch-');
  copyFileSync(path.join(PROJECT, 'pricing.spec.cjs'), path.join(repo.dir, 'pricing.spec.cjs'));
  const original = readFileSync(path.join(PROJECT, 'pricing.cjs'), 'utf8');
  // Jest looks for its configuration up from the root: a package.json of its own stops it there.
  const base = repo.commit({
    'pricing.cjs': original,
    'package.json': '{ "name": "jest-patch", "private": true }\n',
  });
  const changed = changedModule(original);
  expect(changed).not.toBe(original);
  const head = repo.commit({ 'pricing.cjs': changed });
  changes = await diffChangedLines(base, head, { cwd: repo.dir });
  const jest = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'jest'),
    [
      '--rootDir',
      repo.dir,
      '--testMatch',
      '**/*.spec.cjs',
      '--ci',
      '--coverage',
      '--coverageDirectory',
      path.join(repo.dir, 'cov'),
      ...['json', 'lcovonly', 'clover', 'cobertura'].flatMap((r) => ['--coverageReporters', r]),
    ],
    { cwd: repo.dir, encoding: 'utf8', timeout: 60_000 },
  );
  // One test fails on purpose in this project; the reports are written either way.
  expect(jest.stderr).toMatch(/Tests:.*1 failed/);
}, 90_000);
afterAll(() => repo.cleanup());

async function patchOf(report: string) {
  const result = await coverageCheck.run(
    { report, 'min-patch-lines': 50 } as CoverageOptions,
    checkContext(repo.dir, { env: {}, changes }),
  );
  return result;
}

describe('patch coverage of real Jest reports', () => {
  it.each([
    'cov/lcov.info',
    'cov/coverage-final.json',
    'cov/cobertura-coverage.xml',
    'cov/clover.xml',
  ])('%s: 1 of 3 changed statements covered', async (report) => {
    const result = await patchOf(report);
    expect(result.status).toBe('failed');
    expect(result.metrics?.['patch']).toEqual({
      covered: 1,
      total: 3,
      pct: (1 / 3) * 100,
      files: [{ path: 'pricing.cjs', covered: 1, total: 3, uncoveredLines: [26, 27] }],
    });
  });

  it.each(['cov/lcov.info', 'cov/coverage-final.json', 'cov/cobertura-coverage.xml'])(
    '%s: 1 of 4 changed branches taken',
    async (report) => {
      const result = await patchOf(report);
      expect(result.metrics?.['patchBranches']).toEqual({ covered: 1, total: 4, pct: 25 });
    },
  );
});
