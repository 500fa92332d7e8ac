#!/bin/sh
# Runs real tools (pytest, coverage.py, lcov, flake8, pylint, mypy, bandit; ESLint, Jest and jest-junit from node_modules) on
# the small projects in __tests__/real-projects/ and writes their reports and own summaries to
# __tests__/real-projects/out/ (git-ignored). A tool that is not installed is skipped.
# Used by __tests__/reports/real-tools.test.ts; takes a few seconds.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
project="$root/__tests__/real-projects/pyapp"
out="$root/__tests__/real-projects/out"
rm -rf "$out"
mkdir -p "$out"
cd "$project" || exit 1
export PYTHONDONTWRITEBYTECODE=1
export COVERAGE_FILE="$out/.coverage"

has() { command -v "$1" >/dev/null 2>&1; }
# The Python that has pytest (and coverage): Debian's packages live in /usr/bin/python3, which a
# pyenv or venv python3 earlier on PATH would hide.
py=""
for candidate in "${PYTHON:-}" /usr/bin/python3 python3; do
  if [ -n "$candidate" ] && "$candidate" -c "import pytest, coverage" >/dev/null 2>&1; then py=$candidate; break; fi
done
if [ -z "$py" ]; then
  for candidate in /usr/bin/python3 python3; do
    if "$candidate" -c "import pytest" >/dev/null 2>&1; then py=$candidate; break; fi
  done
fi
has_module() { [ -n "$py" ] && "$py" -c "import $1" >/dev/null 2>&1; }

if [ -n "$py" ]; then
  if has_module coverage; then
    "$py" -m coverage run --branch --source=calc -m pytest -p no:cacheprovider -q \
      --junitxml="$out/junit.xml" tests > "$out/pytest.txt" 2>&1
    "$py" -m coverage xml -o "$out/coverage.xml" > /dev/null
    "$py" -m coverage json -o "$out/coverage.json" > /dev/null
    "$py" -m coverage lcov -o "$out/coverage.lcov" > /dev/null 2>&1
    "$py" -m coverage report > "$out/coverage-report.txt"
  else
    "$py" -m pytest -p no:cacheprovider -q --junitxml="$out/junit.xml" tests > "$out/pytest.txt" 2>&1
  fi
fi
if has lcov && [ -f "$out/coverage.lcov" ]; then
  lcov --summary "$out/coverage.lcov" --rc lcov_branch_coverage=1 --rc lcov_function_coverage=1 > "$out/lcov-summary.txt" 2>&1
fi
if has flake8; then
  flake8 --exit-zero --output-file="$out/flake8.txt" calc tests
  flake8 --exit-zero --format=pylint --output-file="$out/flake8-pylint.txt" calc tests
fi
if has pylint; then
  pylint --output-format=json --persistent=n calc > "$out/pylint.json" 2> /dev/null
fi
if has mypy; then
  mypy --cache-dir="$out/.mypy_cache" --no-color-output calc > "$out/mypy.txt" 2>&1
fi
if has bandit; then
  bandit -q -r calc -f json -o "$out/bandit.json" > /dev/null 2>&1
fi
eslint="$root/node_modules/.bin/eslint"
if [ -x "$eslint" ]; then
  rules='{"no-unused-vars": "error", "no-undef": "error", "no-console": "warn", "eqeqeq": "warn"}'
  (cd "$root/__tests__/real-projects/jsapp" &&
    "$eslint" --no-config-lookup --no-inline-config --rule "$rules" -f json -o "$out/eslint.json" app.js;
    "$eslint" --no-config-lookup --no-inline-config --rule "$rules" -f json-with-metadata -o "$out/eslint-with-metadata.json" app.js) > /dev/null 2>&1
fi
jest="$root/node_modules/.bin/jest"
if [ -x "$jest" ]; then
  # Jest with jest-junit and Istanbul's coverage reporters; one test fails and one is skipped on purpose.
  mkdir -p "$out/jest"
  JEST_JUNIT_OUTPUT_DIR="$out/jest" JEST_JUNIT_OUTPUT_NAME=junit.xml JEST_JUNIT_ADD_FILE_ATTRIBUTE=true \
    "$jest" --rootDir "$root/__tests__/real-projects/jsapp" --testMatch '**/*.spec.cjs' --ci \
    --coverage --coverageDirectory "$out/jest/coverage" \
    --coverageReporters json-summary --coverageReporters json --coverageReporters lcovonly \
    --coverageReporters clover --coverageReporters cobertura \
    --reporters default --reporters jest-junit \
    --json --outputFile "$out/jest/jest.json" > "$out/jest/jest.txt" 2>&1
fi
ls "$out"
exit 0
