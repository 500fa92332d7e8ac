// trivy SARIF (`trivy --format sarif`): results classed and ranked by their rule's tags.
import { isObject, optionalString, readJson } from './json-report.js';
import {
  looksLikeSarif,
  messageText,
  resultLocation,
  ruleOf,
  runRules,
  sarifRuns,
  isSuppressed,
} from './sarif.js';
import { toRepoRelative } from '../workspace/paths.js';
import { toSeverity } from './trivy-json.js';
import { trivyFindings } from './trivy-findings.js';
import {
  zeroSeverities,
  type ReportReader,
  type Severity,
  type TrivyClass,
  type TrivyEntry,
  type TrivyMetrics,
  type TrivyReport,
} from './types.js';

const SEVERITY_TAGS = new Set(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN']);

/**
 * Trivy writes each rule's class (`vulnerability`, `misconfiguration`, `secret`) and severity
 * (`CRITICAL` … `UNKNOWN`) in `properties.tags`; those decide the counts. Without a severity tag
 * the SARIF level maps back (error → high, warning → medium, note → low); without a class tag a
 * `CVE-`/`GHSA-` rule id is a vulnerability and anything else a misconfiguration. A
 * vulnerability is fixed when its message names a non-empty `Fixed Version:`.
 */
export const trivySarifReader: ReportReader = {
  format: 'trivy-sarif',
  family: 'security',
  detect: (head) => looksLikeSarif(head) && /"name"\s*:\s*"Trivy"/.test(head),
  read: async (source) => {
    const metrics: TrivyMetrics = {
      vulnerabilities: zeroSeverities(),
      misconfigurations: zeroSeverities(),
      secrets: zeroSeverities(),
    };
    const entries: TrivyEntry[] = [];
    for (const { run, results } of sarifRuns(await readJson(source))) {
      const rules = runRules(run);
      for (const result of results) {
        if (result['kind'] !== undefined && result['kind'] !== 'fail') continue;
        if (isSuppressed(result)) continue;
        const rule = ruleOf(result, rules);
        const properties = rule && isObject(rule['properties']) ? rule['properties'] : {};
        const tags = Array.isArray(properties['tags'])
          ? properties['tags'].filter((t): t is string => typeof t === 'string')
          : [];
        const id =
          optionalString(result['ruleId']) ?? (rule ? optionalString(rule['id']) : undefined) ?? '';
        const severityTag = tags.find((t) => SEVERITY_TAGS.has(t));
        const severity: Severity =
          severityTag !== undefined
            ? toSeverity(severityTag)
            : levelSeverity(optionalString(result['level']));
        let entryClass: TrivyClass;
        if (tags.includes('vulnerability')) entryClass = 'vulnerabilities';
        else if (tags.includes('secret')) entryClass = 'secrets';
        else if (tags.includes('misconfiguration')) entryClass = 'misconfigurations';
        else entryClass = /^(CVE|GHSA)-/.test(id) ? 'vulnerabilities' : 'misconfigurations';
        const text = messageText(result);
        const fixedMatch = /Fixed Version: ?([^\n]*)/.exec(text);
        const location = resultLocation(result);
        const file =
          location.file === undefined ? undefined : toRepoRelative(location.file, source.workdir);
        const entry: TrivyEntry = {
          class: entryClass,
          id,
          severity,
          isFixed:
            entryClass !== 'vulnerabilities' ||
            (fixedMatch !== null && fixedMatch[1]!.trim() !== ''),
          ...(file === undefined ? {} : { file }),
          ...(file !== undefined && location.line !== undefined ? { line: location.line } : {}),
          title: `${id} ${
            text
              .split('\n')
              .find((l) => l.startsWith('Message: '))
              ?.slice(9) ?? ''
          }`.trim(),
        };
        metrics[entry.class][entry.severity]++;
        entries.push(entry);
      }
    }
    const report: TrivyReport = {
      kind: 'trivy',
      format: 'trivy-sarif',
      file: source.displayName,
      metrics,
      entries,
      findings: trivyFindings(entries),
    };
    return report;
  },
};

function levelSeverity(level: string | undefined): Severity {
  if (level === 'error') return 'high';
  if (level === 'warning') return 'medium';
  if (level === 'note') return 'low';
  return 'unknown';
}
