// `go test -json` (test2json events, one JSON object a line): every test by its final action.
import { toRepoRelative } from '../workspace/paths.js';
import { readGoModule } from './go-module.js';
import { forEachLine, headLines } from './line-stream.js';
import { ReportError, type ReportReader } from './types.js';
import { TestTally, type TestOutcome } from './test-tally.js';

interface GoEvent {
  readonly Action?: unknown;
  readonly Package?: unknown;
  readonly Test?: unknown;
  readonly Output?: unknown;
  readonly ImportPath?: unknown;
}

/** `FAIL	example.com/pkg [build failed]` (or `[setup failed]`): a package that never ran. */
const BUILD_FAILED_TEXT = /^FAIL\t(\S+) \[(?:build|setup) failed\]$/;

/** `    calculator_test.go:19: expected 3, got 2`: where `t.Error` and friends were called. */
const TEST_OUTPUT_LOCATION = /^\s+([^\s:]+\.go):(\d+): (.*)$/;

const FINAL: Record<string, TestOutcome | undefined> = {
  pass: 'passed',
  fail: 'failed',
  skip: 'skipped',
};

/**
 * Every test, subtests included, counted once by its last `pass`, `fail` or `skip` action (as
 * `go test -v` prints a `--- PASS/FAIL/SKIP` line for each); package events (no `Test`) are not
 * tests. A test that started but never ended in a package that failed (a panic, a timeout) is
 * failed. A package that failed with no test result at all (a build error) makes the report
 * unreadable, so the check is errored rather than judged on the other packages (a build
 * failure is a `build-fail` event from Go 1.24 on, and a `FAIL\tpkg [build failed]` line, as
 * text with `2>&1`, before). Other lines that are not JSON (build output) are passed over. A failed test is a finding at
 * the first `file.go:line:` of its output, placed in the repository through `go.mod`'s module
 * path (or the `_/absolute/dir` package names of code outside a module).
 */
export const goTestJsonReader: ReportReader = {
  format: 'go-test-json',
  family: 'tests',
  detect: (head) => {
    // `2>&1` puts build output (`# pkg`, `file.go:6:14: ...`) before the first event.
    const first = headLines(head, 20).find((line) => line.startsWith('{')) ?? '';
    return /^\{\s*"(Time|Action|ImportPath)"\s*:/.test(first) && /"Action"\s*:\s*"/.test(first);
  },
  read: async (source) => {
    /** Package + NUL + test → the last final action seen. */
    const outcomes = new Map<string, TestOutcome>();
    /** Tests started and not yet ended → the first location in their output. */
    const running = new Map<string, { file: string; line: number; message: string } | null>();
    const failedPackages = new Set<string>();
    /** Packages whose own pass/fail/skip came: a test still running elsewhere means a cut report. */
    const finishedPackages = new Set<string>();
    const packagesWithTests = new Set<string>();
    const firstLocations = new Map<string, { file: string; line: number; message: string }>();
    let events = 0;
    await forEachLine(source, (line, lineNo) => {
      if (line.charCodeAt(0) !== 123 /* { */) {
        // Go before 1.24 prints a build failure only as text (on stderr, here with `2>&1`).
        const failed = BUILD_FAILED_TEXT.exec(line);
        if (failed) failedPackages.add(failed[1]!);
        return;
      }
      // Most events are output lines that say nothing the counting needs: not parsed at all.
      if (
        line.includes('"Action":"output"') &&
        !line.includes('.go:') &&
        !line.includes(' failed]')
      ) {
        events++;
        return;
      }
      let event: GoEvent;
      try {
        event = JSON.parse(line) as GoEvent;
      } catch {
        throw new ReportError(`line ${lineNo}: malformed JSON event "${line.slice(0, 80)}"`);
      }
      const action = event.Action;
      if (typeof action !== 'string') return;
      events++;
      if (action === 'build-fail' && typeof event.ImportPath === 'string') {
        failedPackages.add(event.ImportPath.replace(/ \[.*\]$/, ''));
        return;
      }
      const pkg = typeof event.Package === 'string' ? event.Package : '';
      if (action === 'output' && event.Test === undefined && typeof event.Output === 'string') {
        const failed = BUILD_FAILED_TEXT.exec(event.Output.replace(/\n$/, ''));
        if (failed) failedPackages.add(failed[1]!);
        return;
      }
      if (typeof event.Test !== 'string' || event.Test === '') {
        if (action === 'fail' && pkg !== '') failedPackages.add(pkg);
        if (FINAL[action] !== undefined) finishedPackages.add(pkg);
        return;
      }
      const key = `${pkg}\u0000${event.Test}`;
      if (action === 'run') {
        running.set(key, null);
        return;
      }
      if (action === 'output') {
        if (running.get(key) !== null || typeof event.Output !== 'string') return;
        const match = TEST_OUTPUT_LOCATION.exec(event.Output.replace(/\n$/, ''));
        if (match)
          running.set(key, { file: match[1]!, line: Number(match[2]), message: match[3]! });
        return;
      }
      const outcome = FINAL[action];
      if (outcome === undefined) return;
      packagesWithTests.add(pkg);
      outcomes.set(key, outcome);
      const location = running.get(key);
      running.delete(key);
      if (outcome === 'failed' && location) firstLocations.set(key, location);
      else firstLocations.delete(key);
    });
    if (events === 0) throw new ReportError('has no test2json events (lines with "Action")');
    const cut = [...running.keys()]
      .map((key) => key.slice(0, key.indexOf('\u0000')))
      .find((pkg) => !finishedPackages.has(pkg));
    if (cut !== undefined) {
      throw new ReportError(
        `ends while package ${cut} is still running (no final pass or fail): the run was cut short`,
      );
    }
    const unfinished = new Set(
      [...running.keys()].filter((key) => failedPackages.has(key.slice(0, key.indexOf('\u0000')))),
    );
    for (const key of unfinished) {
      outcomes.set(key, 'failed');
      packagesWithTests.add(key.slice(0, key.indexOf('\u0000')));
    }
    const broken = [...failedPackages].filter((pkg) => !packagesWithTests.has(pkg));
    if (broken.length > 0) {
      throw new ReportError(
        `package ${broken.slice(0, 3).join(', ')}${broken.length > 3 ? ` and ${broken.length - 3} more` : ''} failed with no test result (did it build?)`,
      );
    }
    const tally = new TestTally();
    const modulePath = readGoModule(source.workdir);
    for (const [key, outcome] of outcomes) {
      tally.add(outcome);
      if (outcome !== 'failed' || !tally.wantsFindings) continue;
      const pkg = key.slice(0, key.indexOf('\u0000'));
      const test = key.slice(pkg.length + 1);
      const location = firstLocations.get(key);
      const file = location && packageFile(pkg, location.file, modulePath, source.workdir);
      tally.addFinding(
        'failed',
        `${pkg} › ${test}`,
        location?.message ??
          (unfinished.has(key) ? 'did not finish (the package failed)' : undefined),
        file === undefined ? undefined : { file, line: location!.line },
      );
    }
    return tally.report('go-test-json', source);
  },
};

/** A file named in a package's test output, as a repository path (undefined when outside it). */
function packageFile(
  pkg: string,
  fileName: string,
  modulePath: string | undefined,
  workdir: string,
): string | undefined {
  if (pkg.startsWith('_/')) return toRepoRelative(`${pkg.slice(1)}/${fileName}`, workdir);
  if (modulePath === undefined) return undefined;
  if (pkg === modulePath) return fileName;
  if (pkg.startsWith(`${modulePath}/`)) return `${pkg.slice(modulePath.length + 1)}/${fileName}`;
  return undefined;
}
