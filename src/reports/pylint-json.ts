// pylint JSON (`--output-format=json` and `json2`): messages by type.
import { expectArray, expectObject, isObject, optionalString, readJson } from './json-report.js';
import { LintTally, lineNumber, type LintLevel } from './lint-tally.js';
import type { ReportReader } from './types.js';

const LEVELS: Record<string, LintLevel> = {
  fatal: 'error',
  error: 'error',
  warning: 'warning',
  convention: 'note',
  refactor: 'note',
  info: 'note',
};

/** `fatal`/`error` → error, `warning` → warning, `convention`/`refactor`/`info` → note. */
export const pylintJsonReader: ReportReader = {
  format: 'pylint-json',
  family: 'lint',
  detect: (head) => {
    const start = head.trimStart();
    if (start.startsWith('[')) return head.includes('"message-id"') || head.includes('"messageId"');
    return /^\{\s*"messages"\s*:/.test(start);
  },
  read: async (source) => {
    const root = await readJson(source);
    const messages = Array.isArray(root)
      ? root
      : expectArray(expectObject(root, 'the report')['messages'], 'messages');
    const tally = new LintTally(source.workdir, source.findingScope);
    messages.forEach((entry, i) => {
      if (!isObject(entry)) return;
      const type = optionalString(entry['type']);
      const level = type === undefined ? undefined : LEVELS[type];
      if (level === undefined) return;
      const file = optionalString(entry['path']);
      const line = lineNumber(entry['line']);
      const column = typeof entry['column'] === 'number' ? entry['column'] + 1 : undefined;
      const endLine = lineNumber(entry['endLine']);
      const symbol = optionalString(entry['symbol']);
      const id = optionalString(entry['message-id']) ?? optionalString(entry['messageId']);
      tally.add(level, {
        ...(file === undefined ? {} : { file }),
        ...(line === undefined ? {} : { line }),
        ...(endLine === undefined ? {} : { endLine }),
        ...(column === undefined ? {} : { column }),
        ...(symbol === undefined && id === undefined
          ? {}
          : { title: [id, symbol].filter(Boolean).join(' ') }),
        message: optionalString(entry['message']) ?? `message ${i}`,
      });
    });
    return tally.report('pylint-json', source.displayName);
  },
};
