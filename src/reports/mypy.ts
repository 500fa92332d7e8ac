// mypy text output: `path:line[:col]: error|warning|note: text` lines.
import { forEachLine, headLines } from './line-stream.js';
import { LintTally } from './lint-tally.js';
import type { ReportReader } from './types.js';

/** `file:line[:col[:endline:endcol]]: severity: message [code]`. */
const MYPY_LINE = /^(.+?):(\d+)(?::(\d+))?(?::(\d+):\d+)?: (error|warning|note): (.*)$/;
const SUMMARY = /^(Success: no issues found|Found \d+ errors? in \d+ files?)/;

/**
 * Counts lines with a line number by severity: `error`, `warning`, `note`. Context lines without a
 * line number (`path: note: In member "f" of class "C":`) and the summary line are not counted.
 */
export const mypyReader: ReportReader = {
  format: 'mypy',
  family: 'lint',
  detect: (head) =>
    headLines(head, 20).some(
      (line) => MYPY_LINE.test(line) || SUMMARY.test(line) || /^[^:]+: (error|note): /.test(line),
    ),
  read: async (source) => {
    const tally = new LintTally(source.workdir, source.findingScope);
    await forEachLine(source, (line) => {
      const match = MYPY_LINE.exec(line);
      if (match === null) return;
      const severity = match[5]!;
      const column = match[3] === undefined ? undefined : Number(match[3]);
      const endLine = match[4] === undefined ? undefined : Number(match[4]);
      tally.add(severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note', {
        file: match[1]!,
        line: Number(match[2]),
        ...(column === undefined ? {} : { column }),
        ...(endLine === undefined ? {} : { endLine }),
        title: 'mypy',
        message: match[6]!,
      });
    });
    return tally.report('mypy', source.displayName);
  },
};
