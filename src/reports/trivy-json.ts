// trivy JSON (schema 2): vulnerabilities, failed misconfigurations and secrets by severity.
import { toRepoRelative } from '../workspace/paths.js';
import {
  expectNumber,
  expectObject,
  isObject,
  optionalArray,
  optionalString,
  readJson,
} from './json-report.js';
import {
  ReportError,
  zeroSeverities,
  type ReportReader,
  type Severity,
  type TrivyClass,
  type TrivyEntry,
  type TrivyMetrics,
  type TrivyReport,
} from './types.js';
import { trivyFindings } from './trivy-findings.js';

export function toSeverity(value: unknown): Severity {
  switch (typeof value === 'string' ? value.toUpperCase() : '') {
    case 'CRITICAL':
      return 'critical';
    case 'HIGH':
      return 'high';
    case 'MEDIUM':
      return 'medium';
    case 'LOW':
      return 'low';
    default:
      return 'unknown';
  }
}

/**
 * Counts, per class and severity: `Results[].Vulnerabilities[]` by `Severity` (a vulnerability is
 * fixed when it has a `FixedVersion` or `Status: fixed`), `Results[].Misconfigurations[]` with
 * `Status: FAIL` only, and `Results[].Secrets[]`. Licenses are not counted. Only schema 2 is read.
 */
export const trivyJsonReader: ReportReader = {
  format: 'trivy-json',
  family: 'security',
  detect: (head) => head.trimStart().startsWith('{') && /"SchemaVersion"\s*:/.test(head),
  read: async (source) => {
    const root = expectObject(await readJson(source), 'the report');
    const version = expectNumber(root['SchemaVersion'], 'SchemaVersion');
    if (version !== 2)
      throw new ReportError(`has SchemaVersion ${version}; only trivy's schema 2 is supported`);
    const metrics: TrivyMetrics = {
      vulnerabilities: zeroSeverities(),
      misconfigurations: zeroSeverities(),
      secrets: zeroSeverities(),
    };
    const entries: TrivyEntry[] = [];
    const add = (entry: TrivyEntry) => {
      metrics[entry.class][entry.severity]++;
      entries.push(entry);
    };
    optionalArray(root['Results'], 'Results').forEach((value, i) => {
      const result = expectObject(value, `Results[${i}]`);
      const target = optionalString(result['Target']);
      const file = target === undefined ? undefined : toRepoRelative(target, source.workdir);
      const located = (line: unknown) => ({
        ...(file === undefined ? {} : { file }),
        ...(file !== undefined && typeof line === 'number' && line > 0 ? { line } : {}),
      });
      for (const item of optionalArray(
        result['Vulnerabilities'],
        `Results[${i}].Vulnerabilities`,
      )) {
        if (!isObject(item)) continue;
        const id = optionalString(item['VulnerabilityID']) ?? '';
        const pkg = optionalString(item['PkgName']) ?? '';
        const fixed = optionalString(item['FixedVersion']);
        add({
          class: 'vulnerabilities',
          id,
          severity: toSeverity(item['Severity']),
          isFixed: (fixed !== undefined && fixed !== '') || item['Status'] === 'fixed',
          ...located(undefined),
          title:
            `${id} in ${pkg} ${optionalString(item['InstalledVersion']) ?? ''}${fixed ? ` (fixed in ${fixed})` : ''}`.trim(),
        });
      }
      for (const item of optionalArray(
        result['Misconfigurations'],
        `Results[${i}].Misconfigurations`,
      )) {
        if (!isObject(item) || item['Status'] !== 'FAIL') continue;
        const id = optionalString(item['AVDID']) ?? optionalString(item['ID']) ?? '';
        const cause = isObject(item['CauseMetadata']) ? item['CauseMetadata'] : {};
        add({
          class: 'misconfigurations',
          id,
          severity: toSeverity(item['Severity']),
          isFixed: true,
          ...located(cause['StartLine']),
          title:
            `${id} ${optionalString(item['Title']) ?? optionalString(item['Message']) ?? ''}`.trim(),
        });
      }
      for (const item of optionalArray(result['Secrets'], `Results[${i}].Secrets`)) {
        if (!isObject(item)) continue;
        const id = optionalString(item['RuleID']) ?? '';
        add({
          class: 'secrets',
          id,
          severity: toSeverity(item['Severity']),
          isFixed: true,
          ...located(item['StartLine']),
          title: `${id} ${optionalString(item['Title']) ?? ''}`.trim(),
        });
      }
    });
    const report: TrivyReport = {
      kind: 'trivy',
      format: 'trivy-json',
      file: source.displayName,
      metrics,
      entries,
      findings: trivyFindings(entries),
    };
    return report;
  },
};

export type { TrivyClass };
