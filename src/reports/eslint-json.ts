// ESLint JSON (`-f json` and `-f json-with-metadata`): messages by severity.
import { expectArray, expectObject, isObject, optionalString, readJson } from './json-report.js';
import { LintTally, lineNumber } from './lint-tally.js';
import type { ReportReader } from './types.js';

/**
 * Counts messages, not the per-file `errorCount`/`warningCount` (hand-edited and trimmed files
 * disagree with them): severity 2 = error, 1 = warning; a message with another or no severity
 * is not counted. `json-with-metadata` is read through its `results` array.
 */
export const eslintJsonReader: ReportReader = {
  format: 'eslint-json',
  family: 'lint',
  detect: (head) => {
    const start = head.trimStart();
    if (start.startsWith('[')) return /^\[\s*(\]|\{\s*"filePath")/.test(start);
    return /^\{\s*"results"\s*:\s*\[\s*(\]|\{\s*"filePath")/.test(start);
  },
  read: async (source) => {
    const root = await readJson(source);
    const files = Array.isArray(root)
      ? root
      : expectArray(expectObject(root, 'the report')['results'], 'results');
    const tally = new LintTally(source.workdir, source.findingScope);
    files.forEach((entry, i) => {
      const file = expectObject(entry, `[${i}]`);
      const filePath = optionalString(file['filePath']);
      const messages = expectArray(file['messages'] ?? [], `[${i}].messages`);
      for (const message of messages) {
        if (!isObject(message)) continue;
        const severity = message['severity'];
        if (severity !== 1 && severity !== 2) continue;
        const ruleId = optionalString(message['ruleId']);
        const line = lineNumber(message['line']);
        const column = lineNumber(message['column']);
        const endLine = lineNumber(message['endLine']);
        tally.add(severity === 2 ? 'error' : 'warning', {
          ...(filePath === undefined ? {} : { file: filePath }),
          ...(line === undefined ? {} : { line }),
          ...(endLine === undefined ? {} : { endLine }),
          ...(column === undefined ? {} : { column }),
          ...(ruleId === undefined ? {} : { title: ruleId }),
          message: optionalString(message['message']) ?? '',
        });
      }
    });
    return tally.report('eslint-json', source.displayName);
  },
};
