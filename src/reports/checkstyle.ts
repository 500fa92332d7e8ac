// Checkstyle XML (checkstyle, ESLint's checkstyle formatter, ktlint, PHP_CodeSniffer): <error> elements.
import { parseXml, xmlRootName } from './xml-stream.js';
import { LintTally, type LintLevel } from './lint-tally.js';
import type { ReportReader } from './types.js';

/**
 * Counts `<file><error>` elements by `severity`: `error` → error, `warning` → warning, `info` →
 * note, `ignore` not counted. A missing severity counts as an error (checkstyle's default).
 */
export const checkstyleReader: ReportReader = {
  format: 'checkstyle',
  family: 'lint',
  detect: (head) => xmlRootName(head) === 'checkstyle',
  read: async (source) => {
    const tally = new LintTally(source.workdir, source.findingScope);
    let fileName: string | undefined;
    await parseXml(source, ['checkstyle'], {
      open: (tag, depth) => {
        if (tag.name === 'file' && depth === 1) fileName = tag.attributes['name'];
        else if (tag.name === 'error' && depth === 2) {
          const severity = tag.attributes['severity'] ?? 'error';
          let level: LintLevel | undefined;
          if (severity === 'error') level = 'error';
          else if (severity === 'warning') level = 'warning';
          else if (severity === 'info') level = 'note';
          if (level === undefined) return;
          const line = Number(tag.attributes['line'] ?? NaN);
          const column = Number(tag.attributes['column'] ?? NaN);
          const rule = tag.attributes['source'];
          tally.add(level, {
            ...(fileName === undefined ? {} : { file: fileName }),
            ...(Number.isInteger(line) ? { line } : {}),
            ...(Number.isInteger(column) ? { column } : {}),
            ...(rule === undefined ? {} : { title: rule }),
            message: tag.attributes['message'] ?? '',
          });
        }
      },
      close: (name) => {
        if (name === 'file') fileName = undefined;
      },
    });
    return tally.report('checkstyle', source.displayName);
  },
};
