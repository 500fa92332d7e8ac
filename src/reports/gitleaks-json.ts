// gitleaks JSON (`gitleaks detect --report-format json`): every leak is a secret of severity high.
import { toRepoRelative } from '../workspace/paths.js';
import { expectArray, expectObject, optionalString, readJson } from './json-report.js';
import { lineNumber } from './lint-tally.js';
import { ScanTally } from './scan-tally.js';
import type { ReportReader } from './types.js';

/**
 * One secret per array element, as gitleaks prints "leaks found: N"; the format has no
 * severity and DESIGN counts every leak as high. The finding names the rule and the place,
 * never the `Secret` or `Match` (the report holds the leaked value itself).
 */
export const gitleaksJsonReader: ReportReader = {
  format: 'gitleaks-json',
  family: 'security',
  detect: (head, fileName) =>
    /^\uFEFF?\s*\[\s*\{\s*"(RuleID|Description|StartLine|Fingerprint)"\s*:/.test(head) ||
    (/^\uFEFF?\s*\[\s*\]\s*$/.test(head) && /gitleaks/i.test(fileName)),
  read: async (source) => {
    const tally = new ScanTally();
    expectArray(await readJson(source), 'the report').forEach((value, i) => {
      const leak = expectObject(value, `[${i}]`);
      const rule = optionalString(leak['RuleID']) ?? '';
      const where = optionalString(leak['File']) ?? '';
      const file = where === '' ? undefined : toRepoRelative(where, source.workdir);
      const line = lineNumber(leak['StartLine']);
      const commit = optionalString(leak['Commit']) ?? '';
      const description = optionalString(leak['Description']) ?? '';
      tally.add({
        class: 'secrets',
        id: rule,
        severity: 'high',
        isFixed: true,
        package: where,
        version: `${commit}:${line ?? ''}:${optionalString(leak['Fingerprint']) ?? i}`,
        ...(file === undefined ? {} : { file }),
        ...(file !== undefined && line !== undefined ? { line } : {}),
        title: `${rule}${description ? ` (${description})` : ''} in ${where}${line === undefined ? '' : `:${line}`}${commit && !/^0+$/.test(commit) ? ` at ${commit.slice(0, 12)}` : ''}`,
      });
    });
    return tally.report('gitleaks-json', source);
  },
};
