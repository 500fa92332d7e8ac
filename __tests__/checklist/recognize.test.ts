import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenItems } from '../../src/checklist/markdown.js';
import { loadMarkdown } from '../helpers/markdown.js';
import {
  classifyCommand,
  TEXT_ONLY_CONTEXT,
  USUAL_COVERAGE_REPORTS,
  type RecognitionContext,
  type ReportKind,
} from '../../src/checklist/recognize.js';
import type { Item } from '../../src/model.js';

const examples = new URL('../fixtures/checklists/', import.meta.url);
const readExample = (name: string): string => readFileSync(new URL(name, examples), 'utf8');

/** A context in which these reports exist (as the caller would find them on disk). */
function withReports(
  reports: Partial<Record<ReportKind, string[]>>,
  extra: Partial<RecognitionContext> = {},
): RecognitionContext {
  return { infer: true, findReports: (kind) => reports[kind] ?? [], ...extra };
}

function one(line: string, context: RecognitionContext = TEXT_ONLY_CONTEXT): Item {
  const { checklist, problems } = loadMarkdown(`# T\n${line}\n`, 'CHECKLIST.md', context);
  expect(problems).toEqual([]);
  return checklist.items[0]!;
}

/** `line → check or note` for every item recognition decided something about. */
function recognized(file: string, context: RecognitionContext): Record<number, unknown> {
  const { checklist } = loadMarkdown(readExample(file), file, context);
  const out: Record<number, unknown> = {};
  for (const item of flattenItems(checklist)) {
    if (item.check)
      out[item.line] = { ...item.check, inferred: item.inferred, blocking: item.blocking };
    else if (item.note) out[item.line] = item.note;
  }
  return out;
}

const FENCED = (line: number): string =>
  `commands in a fenced code block (line ${line}) are never run; name a read-only checker in inline code, or declare <!-- gate: command run="..." -->`;

describe('recognition in the three real checklists, item by item', () => {
  it('nkdash-deployment.md: three command checks, the security scan reads bandit when its report exists', () => {
    const command = (run: unknown) => ({
      kind: 'command',
      options: { run },
      inferred: true,
      blocking: true,
    });
    const expected = {
      27: command('pytest tests/'), // Unit tests passing (`pytest tests/`)
      29: command(['black --check .', 'flake8']), // Code linting completed (`black .`, `flake8`): black in check mode, both run
      30: command('mypy .'), // Type checking completed (`mypy .`)
    };
    expect(recognized('nkdash-deployment.md', TEXT_ONLY_CONTEXT)).toEqual({
      ...expected,
      32: 'no bandit, trivy or scanner report found in the usual places to read', // Security scan completed
    });
    expect(
      recognized(
        'nkdash-deployment.md',
        withReports({ bandit: ['reports/bandit.json'], tests: ['reports/junit.xml'] }),
      ),
    ).toEqual({
      ...expected,
      32: {
        kind: 'bandit',
        options: { report: 'reports/bandit.json' },
        inferred: true,
        blocking: true,
      },
      // Line 28 "Integration tests passing" stays manual: a JUnit report need not hold the integration tests.
    });
    // Everything in its fenced blocks (pytest, bandit, docker-compose, curl) is outside every item: no item, no check.
  });

  it('flashcards-production.md: three env checks, .env kept out of git, and the tests+coverage item stays manual', () => {
    const env = (name: string) => ({
      kind: 'env',
      options: { required: [name] },
      inferred: true,
      blocking: true,
    });
    const expected = {
      39: env('OPENROUTER_API_KEY'), // `OPENROUTER_API_KEY` set with valid key
      40: env('REDIS_PASSWORD'), // `REDIS_PASSWORD` set with strong password
      41: env('DATABASE_PATH'), // `DATABASE_PATH` configured
      56: {
        kind: 'file',
        options: { path: '.env', gitignored: true },
        inferred: true,
        blocking: true,
      }, // `.env` excluded from version control
      // All tests passing (>90% coverage): two checks in one item, so neither.
      188: 'names several checks (coverage ≥ 90%, tests passing); one item holds one check: split it, or declare the check with a directive',
    };
    expect(recognized('flashcards-production.md', TEXT_ONLY_CONTEXT)).toEqual(expected);
    expect(
      recognized('flashcards-production.md', withReports({ tests: ['reports/junit.xml'] })),
    ).toEqual(expected);
    // Kept manual without a note: line 42 `DB_ENCRYPTION_KEY` generated (no set/configured), line 37 Copy
    // `.env.production` to `.env`, line 55 `.env` file permissions set to 600 (no .gitignore wording).
    const { checklist } = loadMarkdown(
      readExample('flashcards-production.md'),
      'f.md',
      TEXT_ONLY_CONTEXT,
    );
    const byLine = new Map(flattenItems(checklist).map((item) => [item.line, item]));
    for (const line of [37, 42, 55])
      expect(byLine.get(line)).toMatchObject({ inferred: false, blocking: false });
  });

  it('ai-etl-production.md: every command is in a fenced block, so nothing runs; "All tests passing" reads JUnit when it exists', () => {
    const fenced = Object.fromEntries(
      [13, 157, 258, 270, 292, 302, 307, 313, 320, 326, 332, 369, 381, 386, 397].map((line) => [
        line,
        FENCED(line + 1),
      ]),
    );
    expect(recognized('ai-etl-production.md', TEXT_ONLY_CONTEXT)).toEqual({
      ...fenced,
      562: 'no JUnit report found in the usual places to read',
    });
    expect(
      recognized('ai-etl-production.md', withReports({ tests: ['reports/junit.xml'] })),
    ).toEqual({
      ...fenced,
      562: {
        kind: 'tests',
        options: { report: 'reports/junit.xml' },
        inferred: true,
        blocking: true,
      },
    });
    // Line 369 "Run smoke tests" has `pytest tests/smoke/ -v` only in its fence; 386 "Security scanning" has trivy in its fence.
  });

  it('infers nothing when recognition is off', () => {
    for (const file of [
      'ai-etl-production.md',
      'flashcards-production.md',
      'nkdash-deployment.md',
    ]) {
      expect(recognized(file, { infer: false, findReports: () => ['x'] })).toEqual({});
    }
  });
});

describe('lookalikes stay manual, with a note', () => {
  it.each([
    [
      '- [ ] Services up `docker-compose ps | grep api`',
      '`docker-compose ps | grep api` is not run: docker-compose is not on the list of read-only checkers, and a pipe (|) needs a shell',
    ],
    [
      '- [ ] Clean data `rm -rf data/*`',
      '`rm -rf data/*` is not run: rm is not on the list of read-only checkers, and a glob (*) needs a shell',
    ],
    [
      '- [ ] Health `curl -f https://example.com/health`',
      '`curl -f https://example.com/health` is not run: curl is not on the list of read-only checkers',
    ],
    [
      '- [ ] Apply `kubectl apply -f k8s/`',
      '`kubectl apply -f k8s/` is not run: kubectl is not on the list of read-only checkers',
    ],
    [
      '- [ ] DB up `psql -c "select 1"`',
      '`psql -c "select 1"` is not run: psql is not on the list of read-only checkers',
    ],
    [
      '- [ ] Format `gofmt -w .`',
      '`gofmt -w .` is not run: gofmt has no check mode with the same exit code (gofmt -l lists files but exits 0)',
    ],
    [
      '- [ ] Build `npm run build`',
      '`npm run build` is not run: "npm run build" is not a checking script (only test, lint, typecheck, check, format:check and their :suffix forms)',
    ],
    [
      '- [ ] Fix lint `npm run lint:fix`',
      '`npm run lint:fix` is not run: "npm run lint:fix" is not a checking script (only test, lint, typecheck, check, format:check and their :suffix forms)',
    ],
    [
      '- [ ] Lint `eslint --fix src`',
      '`eslint --fix src` is not run: `--fix` is not one of the read-only arguments allowed for eslint (only workspace paths and read-only flags are run)',
    ],
    [
      '- [ ] Tests `jest --watch`',
      '`jest --watch` is not run: `--watch` is not one of the read-only arguments allowed for jest (only workspace paths and read-only flags are run)',
    ],
    [
      '- [ ] Script `python manage.py check`',
      '`python manage.py check` is not run: python runs a script; only "python -m <checker>" is recognized',
    ],
    [
      '- [ ] Tests `pytest && flake8`',
      '`pytest && flake8` is not run: a command list (&&) needs a shell',
    ],
    [
      '- [ ] Tests `pytest $(cat tests.txt)`',
      '`pytest $(cat tests.txt)` is not run: command substitution ($() needs a shell',
    ],
    [
      '- [ ] Deploy `./scripts/deploy.sh rollback`',
      '`./scripts/deploy.sh rollback` is not run: ./scripts/deploy.sh is a script, not one of the read-only checkers',
    ],
    ['- [ ] Lint `pylint`', '`pylint` is not run: pylint is given no files or folders to check'],
    [
      '- [ ] Deploy `helm install app ./chart`',
      '`helm install app ./chart` is not run: helm install is not a read-only checker (helm lint is)',
    ],
    [
      '- [ ] Install `pytest` in the image',
      'the item is about installing or configuring `pytest`, not about running it',
    ],
    [
      '- [ ] Tests `pytest`, then `docker-compose up`',
      '`docker-compose up` is not run: docker-compose is not on the list of read-only checkers',
    ],
  ])('%s', (line, note) => {
    const item = one(line);
    expect(item.check).toBeUndefined();
    expect(item.note).toBe(note);
  });

  it('a command in a fenced block under the item is never run', () => {
    const item = one('- [ ] Run the tests\n  ```bash\n  pytest -q\n  ```');
    expect(item.check).toBeUndefined();
    expect(item.note).toBe(FENCED(3));
    // A YAML or nginx block is configuration, not commands: no note.
    expect(one('- [ ] Limits\n  ```yaml\n  cpu: 1\n  ```').note).toBeUndefined();
  });

  it.each([
    ['- [ ] The `DATABASE_URL` points at the replica'], // an env name in a sentence without set/configured
    ['- [ ] Coverage reviewed by the team'], // coverage without a number
    ['- [ ] Version bumped in `package.json`'], // a file name, not a command
    ['- [ ] Tested with `SELECT 1` on the replica'], // SQL, not a program
    ['- [ ] Integration tests passing'], // qualified tests: a JUnit report need not hold them
    ['- [ ] Security review completed'], // a review, not a scan
  ])('%s', (line) => {
    const context = withReports({ tests: ['junit.xml'], bandit: ['bandit.json'] });
    expect(one(line, context).check).toBeUndefined();
  });

  it('says why coverage without a minimum, a negated env name, or two checks stay manual', () => {
    expect(one('- [ ] Coverage reviewed').note).toBe(
      'mentions coverage but no minimum with a comparison (such as "coverage ≥ 90%")',
    );
    expect(one('- [ ] `DEBUG_MODE` not set in production').note).toBe(
      'names environment variables in a negative sentence; an env check would ask the opposite',
    );
    expect(one('- [ ] `DATABASE_URL` set in `.env`').note).toBe(
      'names environment variables beside other code; which to check is not plain',
    );
    expect(one('- [ ] Coverage > 80% (`pytest --cov`)').note).toBe(
      'names a command and also coverage ≥ 80%; one item holds one check: split it, or declare the check with a directive',
    );
    expect(
      one('- [ ] Security scan completed', withReports({ bandit: ['b.json'], trivy: ['t.json'] }))
        .note,
    ).toBe(
      'a bandit report (b.json) and a trivy report (t.json) exist; say which this item reads with a directive',
    );
  });
});

describe('what recognition turns into checks', () => {
  it.each([
    ['`pytest tests/ -v`', 'pytest tests/ -v'],
    ['`python -m pytest -q`', 'python -m pytest -q'],
    ['`python3 -m black src`', 'python3 -m black --check src'],
    ['`npm test`', 'npm test'],
    ['`npm run lint`', 'npm run lint'],
    ['`npm run test:unit`', 'npm run test:unit'],
    ['`yarn typecheck`', 'yarn typecheck'],
    ['`pnpm run format:check`', 'pnpm run format:check'],
    ['`npx jest --ci`', 'node_modules/.bin/jest --ci'],
    ['`npx --no jest --ci`', 'node_modules/.bin/jest --ci'],
    ['`npx vitest`', 'node_modules/.bin/vitest run'],
    ['`pnpm exec vitest run src`', 'node_modules/.bin/vitest run src'],
    ['`yarn exec eslint src`', 'node_modules/.bin/eslint src'],
    ['`npx tsc`', 'node_modules/.bin/tsc --noEmit'],
    ['`tsc --noEmit`', 'tsc --noEmit'],
    ['`go test ./...`', 'go test ./...'],
    ['`go vet ./...`', 'go vet ./...'],
    ['`cargo clippy`', 'cargo clippy'],
    ['`cargo fmt`', 'cargo fmt --check'],
    ['`mvn test`', 'mvn test'],
    ['`./gradlew check`', './gradlew check'],
    ['`ruff check .`', 'ruff check .'],
    ['`ruff format`', 'ruff format --check'],
    ['`black .`', 'black --check .'],
    ['`black --check .`', 'black --check .'],
    ['`isort src`', 'isort --check-only src'],
    ['`prettier --write src`', 'prettier --check src'],
    ['`prettier -w "src/**/x.ts"`', "prettier --check 'src/**/x.ts'"],
    ['`bandit -r src -f json`', 'bandit -r src -f json'],
    ['`shellcheck scripts/deploy.sh`', 'shellcheck scripts/deploy.sh'],
    ['`helm lint ./chart`', 'helm lint ./chart'],
    ['`terraform validate`', 'terraform validate'],
    ['`terraform fmt`', 'terraform fmt -check'],
    ['`hadolint Dockerfile`', 'hadolint Dockerfile'],
    ['`flake8`', 'flake8'],
  ])('%s runs as %s', (code, run) => {
    const item = one(`- [ ] Check ${code}`);
    expect(item).toMatchObject({
      check: { kind: 'command', options: { run } },
      inferred: true,
      blocking: true,
      weight: 1,
    });
    expect(item.note).toBeUndefined();
  });

  it('runs several commands of one item as one check, once each', () => {
    expect(one('- [ ] Lint (`flake8 src`, `mypy src`, `flake8 src`)').check).toEqual({
      kind: 'command',
      options: { run: ['flake8 src', 'mypy src'] },
    });
  });

  it('reads coverage minimums with a comparison, on the usual reports or the configured one', () => {
    const glob = `{${USUAL_COVERAGE_REPORTS.join(',')}}`;
    expect(one('- [ ] Code coverage: >95%').check).toEqual({
      kind: 'coverage',
      options: { report: glob, 'min-lines': 95 },
    });
    expect(one('- [ ] Target: >80% coverage').check).toEqual({
      kind: 'coverage',
      options: { report: glob, 'min-lines': 80 },
    });
    expect(one('- [ ] coverage ≥ 90%').check).toEqual({
      kind: 'coverage',
      options: { report: glob, 'min-lines': 90 },
    });
    expect(one('- [ ] Coverage at least 87.5 %').check).toEqual({
      kind: 'coverage',
      options: { report: glob, 'min-lines': 87.5 },
    });
    expect(one('- [ ] Branch coverage above 70%').check).toEqual({
      kind: 'coverage',
      options: { report: glob, 'min-branches': 70 },
    });
    expect(
      one('- [ ] Coverage >= 90%', withReports({}, { coverageReport: 'out/cov.xml' })).check,
    ).toEqual({ kind: 'coverage', options: { report: 'out/cov.xml', 'min-lines': 90 } });
    const exists = (path: string): boolean => path === 'coverage/lcov.info' || path === 'lcov.info';
    expect(one('- [ ] Coverage >= 90%', withReports({}, { exists })).check).toEqual({
      kind: 'coverage',
      options: { report: 'coverage/lcov.info', 'min-lines': 90 },
    });
    expect(one('- [ ] Coverage 95%').check).toBeUndefined(); // no comparison
  });

  it('checks every env name an item says is set', () => {
    expect(one('- [ ] `DATABASE_URL` and `SECRET_KEY` configured').check).toEqual({
      kind: 'env',
      options: { required: ['DATABASE_URL', 'SECRET_KEY'] },
    });
    expect(one('- [ ] Environment variable `PORT` is defined').check).toEqual({
      kind: 'env',
      options: { required: ['PORT'] },
    });
    expect(one('- [ ] `PORT` is defined').check).toBeUndefined(); // no underscore and no "environment variable"
    expect(one('- [ ] Set up `REDIS_URL` backups').check).toBeUndefined(); // "set up" is not "set"
  });

  it('checks that .env stays out of git', () => {
    expect(one('- [ ] `.env` listed in `.gitignore`').check).toEqual({
      kind: 'file',
      options: { path: '.env', gitignored: true },
    });
    expect(one('- [ ] `.env.local` is never committed').check).toEqual({
      kind: 'file',
      options: { path: '.env.local', gitignored: true },
    });
    expect(one('- [ ] `.env` is present').check).toBeUndefined();
  });

  it('reads a report that exists for "security scan completed" and "tests passing"', () => {
    expect(
      one('- [ ] Bandit scan clean', withReports({ bandit: ['reports/bandit.json'] })).check,
    ).toEqual({ kind: 'bandit', options: { report: 'reports/bandit.json' } });
    expect(
      one(
        '- [ ] Container scan passed',
        withReports({ trivy: ['trivy.json'], bandit: ['bandit.json'] }),
      ).check,
    ).toEqual({ kind: 'trivy', options: { report: 'trivy.json' } });
    expect(
      one('- [ ] Security scan completed', withReports({ trivy: ['trivy.json'] })).check,
    ).toEqual({ kind: 'trivy', options: { report: 'trivy.json' } });
    expect(
      one('- [ ] Tests pass', withReports({ tests: ['reports/junit.xml', 'junit.xml'] })).check,
    ).toEqual({ kind: 'tests', options: { report: 'reports/junit.xml' } });
    expect(
      one('- [ ] All tests passing (`npm test`)', withReports({ tests: ['junit.xml'] })).check,
    ).toEqual({ kind: 'command', options: { run: 'npm test' } });
  });
});

describe('classifyCommand', () => {
  it('splits as a shell would, without a shell, and refuses shell syntax', () => {
    expect(classifyCommand(`pytest -k 'not slow' tests`)).toEqual({
      argv: ['pytest', '-k', 'not slow', 'tests'],
    });
    expect(classifyCommand('pytest > out.txt')).toEqual({
      refusal: 'a redirect (>) needs a shell',
    });
    expect(classifyCommand('pytest; rm -rf /')).toEqual({
      refusal: 'a command list (;) needs a shell',
    });
    expect(classifyCommand('mypy --install-types src')).toEqual({
      refusal:
        '`--install-types` is not one of the read-only arguments allowed for mypy (only workspace paths and read-only flags are run)',
    });
    expect(classifyCommand('npx create-react-app x')).toEqual({
      refusal: 'npx create-react-app is not on the list of read-only checkers',
    });
    expect(classifyCommand('yarn deploy')).toMatchObject({
      refusal: expect.stringContaining('"yarn deploy" is not a checking script'),
    });
    expect(classifyCommand('npm run test:watch')).toMatchObject({
      refusal: expect.stringContaining('not a checking script'),
    });
  });
});

describe('security items and the scanners besides bandit and trivy', () => {
  const scanners = withReports({ scan: ['reports/grype.json'] });

  it('reads a scanner report in its usual place with a scan check', () => {
    expect(one('- [ ] Security scan completed', scanners).check).toEqual({
      kind: 'scan',
      options: { report: 'reports/grype.json' },
    });
    expect(
      one('- [ ] Dependency audit passed (npm audit)', withReports({ scan: ['npm-audit.json'] }))
        .check,
    ).toEqual({ kind: 'scan', options: { report: 'npm-audit.json' } });
    expect(
      one('- [ ] Gitleaks scan clean', withReports({ scan: ['gitleaks.json'] })).check,
    ).toEqual({ kind: 'scan', options: { report: 'gitleaks.json' } });
  });

  it('reads "no critical vulnerabilities" as the limit it says', () => {
    expect(one('- [ ] No critical vulnerabilities', scanners).check).toEqual({
      kind: 'scan',
      options: { report: 'reports/grype.json', max: { critical: 0 } },
    });
    expect(
      one('- [ ] No high or critical vulnerabilities', withReports({ trivy: ['trivy.json'] }))
        .check,
    ).toEqual({ kind: 'trivy', options: { report: 'trivy.json', max: { high: 0, critical: 0 } } });
    expect(one('- [ ] No known vulnerabilities', scanners).check).toEqual({
      kind: 'scan',
      options: {
        report: 'reports/grype.json',
        max: { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 },
      },
    });
  });

  it('keeps bandit and trivy reports on their own kinds, and stays manual when unsure', () => {
    expect(
      one('- [ ] Bandit scan clean', withReports({ bandit: ['bandit.json'], ...{} })).check,
    ).toEqual({ kind: 'bandit', options: { report: 'bandit.json' } });
    const both = one(
      '- [ ] Security scan completed',
      withReports({ trivy: ['trivy.json'], scan: ['grype.json'] }),
    );
    expect(both.check).toBeUndefined();
    expect(both.note).toBe(
      'a trivy report (trivy.json) and a scanner report (grype.json) exist; say which this item reads with a directive',
    );
    const none = one('- [ ] No critical vulnerabilities', withReports({}));
    expect(none.check).toBeUndefined();
    expect(none.note).toBe('no bandit, trivy or scanner report found in the usual places to read');
    expect(one('- [ ] Vulnerabilities reviewed by security team', scanners).check).toBeUndefined();
  });

  it('never infers an http check from a curl in the prose', () => {
    const item = one('- [ ] Health check `curl http://localhost:8000/health` returns 200');
    expect(item.check).toBeUndefined();
  });
});

describe('reading the sentence as a person would', () => {
  it('does not take a parenthetical qualifier for a negation', () => {
    const item = one('- [ ] `SUPABASE_KEY` set (anon/public key, NOT service_role)');
    expect(item.check).toEqual({ kind: 'env', options: { required: ['SUPABASE_KEY'] } });
    expect(item.blocking).toBe(true);
    // A negation outside the parentheses still keeps the item manual.
    expect(one('- [ ] `DEBUG_TOKEN` not set in production').check).toBeUndefined();
  });

  it('makes the check of a conditional item advisory, and says why', () => {
    for (const line of [
      '- [ ] `SUPABASE_REALTIME_URL` configured (if using real-time)',
      '- [ ] Type checking passes: `mypy .` (optional)',
      '- [ ] `flake8` clean (only if the API is deployed)',
    ]) {
      const item = one(line);
      expect(item.check, line).toBeDefined();
      expect(item.inferred).toBe(true);
      expect(item.blocking, line).toBe(false);
      expect(item.note, line).toMatch(
        /^advisory: the item says \(.+\), so its check does not block$/,
      );
    }
    // An explicit directive still decides.
    expect(one('- [ ] `flake8` clean (optional) <!-- gate: blocking=true -->').blocking).toBe(true);
  });

  it('skips a struck-out item, which is never recognized nor run', () => {
    const item = one('- [ ] ~~`pytest tests/` passing~~');
    expect(item.check).toBeUndefined();
    expect(item.skip).toBe('struck out');
    expect(one('- [ ] Half ~~struck~~ out').skip).toBeUndefined();
  });
});
