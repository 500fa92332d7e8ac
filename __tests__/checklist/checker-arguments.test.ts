// Recognized checkers run only with their allowlisted arguments: every argument the attacks used
// leaves the item manual, and the note names it.
import { describe, expect, it } from 'vitest';
import { classifyCommand } from '../../src/checklist/recognize.js';

describe('arguments of recognized checkers, by allowlist', () => {
  it.each([
    ['pytest --basetemp=/tmp/victim tests', '--basetemp=/tmp/victim'],
    ['python -m pytest -p evil_plugin', '-p'],
    ['pytest -o addopts=-pevil tests', '-o'],
    ['pytest --junitxml=/tmp/x.xml', '--junitxml=/tmp/x.xml'],
    ['pytest ../outside', '../outside'],
    ['pytest /etc', '/etc'],
    ['pytest .git/config', '.git/config'],
    ['npm test --script-shell=./x.sh', '--script-shell=./x.sh'],
    ['npm test -- -u', '--'],
    ['npm run lint --registry=http://127.0.0.1:1/', '--registry=http://127.0.0.1:1/'],
    ['yarn test --config x', '--config'],
    ['cargo test --config \'target.x.runner="sh"\'', '--config'],
    ['go test -exec ./x ./...', '-exec'],
    ['go vet -vettool=./x ./...', '-vettool=./x'],
    ['ruff check --add-noqa .', '--add-noqa'],
    ['eslint -o /tmp/out.txt src', '-o'],
    ['eslint -f ./evil-formatter.js src', '-f ./evil-formatter.js'],
    ['eslint -c /tmp/evil.config.js src', '-c'],
    ['mocha --require ./x.js', '--require'],
    ['pylint --load-plugins evil src', '--load-plugins'],
    ['npx vitest run --update', '--update'],
    ['npx vitest run -u', '-u'],
    ['npx jest --registry=http://127.0.0.1:1/ --package=evil-jest --yes', '--registry='],
    ['npx --yes jest', '--yes'],
    ['npx -p evil-jest jest', '-p'],
    ['npx jest --config=evil.json', '--config=evil.json'],
    ['pnpm exec --filter x vitest', '--filter'],
    ['tsc --outDir /tmp/out', '--outDir'],
    ['tsc -b', '-b'],
    ['mvn test deploy', 'deploy'],
    ['mvn test -Dexec=x', '-Dexec=x'],
    ['./gradlew test publish', 'publish'],
    ['./gradlew test -I /tmp/init.gradle', '-I'],
    ['mypy --install-types src', '--install-types'],
    ['black --config /tmp/x .', '--config'],
    ['prettier --plugin ./evil.js --check .', '--plugin'],
    ['python -m unittest --evil', '--evil'],
  ])('`%s` stays manual and names %s', (command, argument) => {
    const verdict = classifyCommand(command);
    expect(verdict).toHaveProperty('refusal');
    expect('refusal' in verdict && verdict.refusal).toContain(argument);
  });

  it.each([
    ['pytest -q -x --tb=short -k "not slow" tests/unit', 'pytest'],
    ['python -m pytest --cov=src --cov-report=term-missing tests', 'python'],
    ["go test -race -run '^TestX$' ./...", 'go'],
    ['cargo clippy --all-targets -- -D warnings', 'cargo'],
    ['npx eslint --max-warnings 0 -f json src', 'node_modules/.bin/eslint'],
    ['npx jest --ci --coverage', 'node_modules/.bin/jest'],
    ['npm run test:unit', 'npm'],
  ])('`%s` runs with its read-only arguments', (command, program) => {
    const verdict = classifyCommand(command);
    expect(verdict).toHaveProperty('argv');
    expect('argv' in verdict && verdict.argv[0]).toBe(program);
  });
});
