// SARIF from security scanners (`security-severity` scores, gitleaks): results by GitHub's severity bands.
import { toRepoRelative } from '../workspace/paths.js';
import { isObject, optionalString, readJson, type JsonObject } from './json-report.js';
import {
  isSuppressed,
  looksLikeSarif,
  messageText,
  resultLocation,
  ruleOf,
  runRules,
  sarifRuns,
} from './sarif.js';
import { ScanTally, severityOfScore } from './scan-tally.js';
import type { ReportReader, Severity, TrivyClass } from './types.js';

/**
 * Each result that counts (kind `fail`, not suppressed) at its `security-severity` (the
 * result's property, else its rule's), in GitHub's bands: ≥ 9 critical, ≥ 7 high, ≥ 4 medium,
 * > 0 low; a result without one is `unknown`. A gitleaks run's results are secrets of severity
 * high; a rule tagged `secret` is a secret, anything else a vulnerability. Each rule counts once
 * per file, line and commit.
 */
export const sarifSecurityReader: ReportReader = {
  format: 'sarif-security',
  family: 'security',
  detect: (head) =>
    looksLikeSarif(head) &&
    (/"security-severity"\s*:/.test(head) || /"name"\s*:\s*"gitleaks"/i.test(head)),
  read: async (source) => {
    const tally = new ScanTally();
    for (const { run, results } of sarifRuns(await readJson(source))) {
      const rules = runRules(run);
      const isGitleaks = /^gitleaks$/i.test(driverName(run));
      for (const result of results) {
        if (result['kind'] !== undefined && result['kind'] !== 'fail') continue;
        if (isSuppressed(result)) continue;
        const rule = ruleOf(result, rules);
        const ruleProperties = rule && isObject(rule['properties']) ? rule['properties'] : {};
        const resultProperties = isObject(result['properties']) ? result['properties'] : {};
        const tags = Array.isArray(ruleProperties['tags']) ? ruleProperties['tags'] : [];
        const text = messageText(result).split('\n')[0]!.slice(0, 300);
        // gitleaks 7 writes no rule id: its message ("AWS Access Key secret detected") names the rule.
        const id =
          optionalString(result['ruleId']) ??
          (rule ? optionalString(rule['id']) : undefined) ??
          text;
        let entryClass: TrivyClass = 'vulnerabilities';
        let severity: Severity;
        if (isGitleaks) {
          entryClass = 'secrets';
          severity = 'high';
        } else {
          if (tags.includes('secret')) entryClass = 'secrets';
          severity = severityOfScore(
            score(resultProperties['security-severity'] ?? ruleProperties['security-severity']),
          );
        }
        const location = resultLocation(result);
        const file =
          location.file === undefined ? undefined : toRepoRelative(location.file, source.workdir);
        tally.add({
          class: entryClass,
          id,
          severity,
          isFixed: true,
          package: location.file ?? '',
          // The same leak in two commits is two leaks, as gitleaks counts them.
          version: `${location.line ?? ''}:${commitOf(result, resultProperties)}`,
          ...(file === undefined ? {} : { file }),
          ...(file !== undefined && location.line !== undefined ? { line: location.line } : {}),
          // Never the message's details for a secret: gitleaks' properties hold the leaked value.
          title: isGitleaks
            ? `${id} in ${location.file ?? 'an unknown file'}${location.line === undefined ? '' : `:${location.line}`}`
            : `${id}: ${text}`,
        });
      }
    }
    return tally.report('sarif-security', source);
  },
};

function driverName(run: JsonObject): string {
  const tool = isObject(run['tool']) ? run['tool'] : {};
  const driver = isObject(tool['driver']) ? tool['driver'] : {};
  return optionalString(driver['name']) ?? '';
}

/** The commit a result was found in (gitleaks: `properties.commit`, or the `commitSha` fingerprint). */
function commitOf(result: JsonObject, properties: JsonObject): string {
  const fingerprints = isObject(result['partialFingerprints']) ? result['partialFingerprints'] : {};
  return optionalString(properties['commit']) ?? optionalString(fingerprints['commitSha']) ?? '';
}

function score(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}
