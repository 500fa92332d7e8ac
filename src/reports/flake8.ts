// flake8 text output, default format and `--format=pylint`.
import { forEachLine, headLines } from './line-stream.js';
import { LintTally } from './lint-tally.js';
import type { ReportReader } from './types.js';

/** `path:row:col: CODE text`, or `path:row: CODE text` without a column. */
const DEFAULT_LINE = /^(.+?):(\d+):(?:(\d+):)? ([A-Z]+[0-9]+) (.*)$/;
/** `--format=pylint`: `path:row: [CODE] text` (some plugins add `(name)` after the code). */
const PYLINT_LINE = /^(.+?):(\d+): \[([A-Z]+[0-9]+)(?:\([^)]*\))?\] (.*)$/;

/** Codes that stop the program (syntax errors, undefined names, ...): flake8's own "fatal" set. */
function isErrorCode(code: string): boolean {
  return (
    code.startsWith('E9') ||
    code.startsWith('F63') ||
    code.startsWith('F7') ||
    code.startsWith('F82')
  );
}

/**
 * One issue per matching line. flake8 has no severities: `E9`, `F63`, `F7` and `F82` (syntax
 * errors, invalid comparisons, misplaced statements, undefined names: the program will not run)
 * count as errors, every other code as a warning. Lines that match neither form (`--show-source`
 * context, headers) are skipped.
 */
export const flake8Reader: ReportReader = {
  format: 'flake8',
  family: 'lint',
  detect: (head) =>
    headLines(head, 20).some((line) => DEFAULT_LINE.test(line) || PYLINT_LINE.test(line)),
  read: async (source) => {
    const tally = new LintTally(source.workdir, source.findingScope);
    await forEachLine(source, (line) => {
      if (line.length === 0) return;
      const match = DEFAULT_LINE.exec(line) ?? PYLINT_LINE.exec(line);
      if (match === null) return;
      const isDefault = match.length === 6;
      const code = (isDefault ? match[4] : match[3])!;
      const column = isDefault && match[3] !== undefined ? Number(match[3]) : undefined;
      tally.add(isErrorCode(code) ? 'error' : 'warning', {
        file: match[1]!,
        line: Number(match[2]),
        ...(column === undefined ? {} : { column }),
        title: code,
        message: (isDefault ? match[5] : match[4])!,
      });
    });
    return tally.report('flake8', source.displayName);
  },
};
