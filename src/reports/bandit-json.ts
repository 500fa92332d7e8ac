// bandit JSON (`bandit -f json`): results by severity and confidence.
import type { Finding, FindingLevel } from '../model.js';
import { toRepoRelative } from '../workspace/paths.js';
import { expectArray, expectObject, isObject, optionalString, readJson } from './json-report.js';
import {
  MAX_FINDINGS,
  ReportError,
  type BanditLevel,
  type BanditReport,
  type ReportReader,
} from './types.js';

const LEVELS: Record<string, BanditLevel> = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low' };
const FINDING_LEVEL: Record<BanditLevel, FindingLevel> = {
  high: 'error',
  medium: 'warning',
  low: 'notice',
};

/**
 * Counts `results[]` by `issue_severity` (HIGH/MEDIUM/LOW) and keeps the severity × confidence
 * table so a check can count only findings at or above its `min-confidence`. A result with
 * another severity (`UNDEFINED`) is not counted; one with an unknown confidence counts as low.
 * The `metrics` totals bandit writes are not used.
 */
export const banditJsonReader: ReportReader = {
  format: 'bandit-json',
  family: 'security',
  detect: (head) =>
    head.trimStart().startsWith('{') &&
    head.includes('"generated_at"') &&
    (head.includes('"metrics"') || head.includes('"results"')),
  read: async (source) => {
    const root = expectObject(await readJson(source), 'the report');
    if (root['results'] === undefined)
      throw new ReportError('has no "results" array (not a bandit JSON report)');
    const results = expectArray(root['results'], 'results');
    const matrix: Record<BanditLevel, Record<BanditLevel, number>> = {
      high: { high: 0, medium: 0, low: 0 },
      medium: { high: 0, medium: 0, low: 0 },
      low: { high: 0, medium: 0, low: 0 },
    };
    const findings: Finding[] = [];
    const findingConfidence: BanditLevel[] = [];
    const scope = source.findingScope;
    let outOfScope = 0;
    const findingSeverity: BanditLevel[] = [];
    const findingTestId: string[] = [];
    results.forEach((entry, i) => {
      if (!isObject(entry)) throw new ReportError(`results[${i}] must be an object`);
      const severityText = entry['issue_severity'];
      if (typeof severityText !== 'string')
        throw new ReportError(`results[${i}].issue_severity is missing`);
      const severity = LEVELS[severityText.toUpperCase()];
      if (severity === undefined) return;
      const confidenceText = optionalString(entry['issue_confidence']) ?? '';
      const confidence = LEVELS[confidenceText.toUpperCase()] ?? 'low';
      const filename = optionalString(entry['filename']);
      const file = filename === undefined ? undefined : toRepoRelative(filename, source.workdir);
      const line = entry['line_number'];
      const hasLine = file !== undefined && typeof line === 'number' && line > 0;
      const range = entry['line_range'];
      const endLine =
        hasLine && Array.isArray(range) && typeof range.at(-1) === 'number'
          ? Math.max(line, range.at(-1) as number)
          : undefined;
      const inScope =
        scope === undefined
          ? undefined
          : scope({
              ...(file === undefined ? {} : { file }),
              ...(hasLine ? { line } : {}),
              ...(endLine === undefined ? {} : { endLine }),
            });
      if (inScope === false) outOfScope++;
      else matrix[severity][confidence]++;
      if (findings.length < MAX_FINDINGS) {
        const testId = optionalString(entry['test_id']) ?? 'bandit';
        const testName = optionalString(entry['test_name']);
        findings.push({
          ...(file === undefined ? {} : { file }),
          ...(hasLine ? { line } : {}),
          ...(endLine !== undefined && endLine > (line as number) ? { endLine } : {}),
          level: FINDING_LEVEL[severity],
          title: testName === undefined ? testId : `${testId} ${testName}`,
          message: `${optionalString(entry['issue_text']) ?? ''} (severity ${severityText}, confidence ${confidenceText || 'unknown'})`,
          ...(inScope === undefined ? {} : { inScope }),
        });
        findingConfidence.push(confidence);
        findingSeverity.push(severity);
        findingTestId.push(testId);
      }
    });
    const sum = (level: BanditLevel) =>
      matrix[level].high + matrix[level].medium + matrix[level].low;
    const report: BanditReport = {
      kind: 'bandit',
      format: 'bandit-json',
      file: source.displayName,
      metrics: { high: sum('high'), medium: sum('medium'), low: sum('low') },
      matrix,
      findings,
      findingConfidence,
      ...(scope === undefined ? {} : { outOfScope }),
      findingSeverity,
      findingTestId,
    };
    return report;
  },
};
