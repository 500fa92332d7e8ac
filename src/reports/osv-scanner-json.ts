// osv-scanner JSON (`osv-scanner --format json`): one vulnerability per alias group and package.
import { cvss3BaseScore } from './cvss.js';
import {
  expectObject,
  isObject,
  optionalArray,
  optionalString,
  readJson,
  type JsonObject,
} from './json-report.js';
import { ScanTally, severityOfScore } from './scan-tally.js';
import type { ReportReader } from './types.js';

/**
 * Counted as osv-scanner prints its summary: per `results[].packages[]`, one vulnerability per
 * entry of `groups[]` (ids that are aliases of one flaw, GHSA and RUSTSEC alike, count once),
 * leaving out groups whose `experimentalAnalysis` says the code is not called or the flaw
 * unimportant. Its severity is the group's `max_severity` (a CVSS score) when present, else the
 * highest CVSS v3 base score among its vulnerabilities' `severity[]` vectors, in GitHub's bands;
 * no score is `unknown` (`database_specific.severity`, GitHub's own rating, is not what
 * osv-scanner uses). A vulnerability is fixed when one of its affected ranges has a `fixed` event.
 */
export const osvScannerJsonReader: ReportReader = {
  format: 'osv-scanner-json',
  family: 'security',
  detect: (head, fileName) =>
    /^\uFEFF?\s*\{\s*"results"\s*:\s*\[/.test(head) &&
    (/"packages"\s*:/.test(head) ||
      /"experimental_config"\s*:/.test(head) ||
      /osv/i.test(fileName)),
  read: async (source) => {
    const root = expectObject(await readJson(source), 'the report');
    const tally = new ScanTally();
    optionalArray(root['results'], 'results').forEach((value, i) => {
      const result = expectObject(value, `results[${i}]`);
      const sourceInfo = isObject(result['source']) ? result['source'] : {};
      const lockfile = optionalString(sourceInfo['path']) ?? '';
      optionalArray(result['packages'], `results[${i}].packages`).forEach((value, j) => {
        const where = `results[${i}].packages[${j}]`;
        const entry = expectObject(value, where);
        const pkg = isObject(entry['package']) ? entry['package'] : {};
        const name = optionalString(pkg['name']) ?? '';
        const version = optionalString(pkg['version']) ?? '';
        const ecosystem = optionalString(pkg['ecosystem']) ?? '';
        const vulnerabilities = new Map<string, JsonObject>();
        for (const vulnerability of optionalArray(
          entry['vulnerabilities'],
          `${where}.vulnerabilities`,
        )) {
          if (!isObject(vulnerability)) continue;
          const id = optionalString(vulnerability['id']);
          if (id !== undefined) vulnerabilities.set(id, vulnerability);
        }
        optionalArray(entry['groups'], `${where}.groups`).forEach((value, k) => {
          const group = expectObject(value, `${where}.groups[${k}]`);
          const ids = stringList(group['ids']);
          if (ids.length === 0 || isExcludedByAnalysis(group, ids)) return;
          const members = ids.flatMap((id) => {
            const found = vulnerabilities.get(id);
            return found ? [found] : [];
          });
          const aliases = new Set([...ids.slice(1), ...stringList(group['aliases'])]);
          for (const member of members)
            for (const alias of stringList(member['aliases'])) aliases.add(alias);
          aliases.delete(ids[0]!);
          const summary = members.map((m) => optionalString(m['summary'])).find(Boolean);
          tally.add({
            class: 'vulnerabilities',
            id: ids[0]!,
            severity: severityOfScore(groupScore(group, members)),
            isFixed: members.some(hasFixedEvent),
            package: `${ecosystem}:${name}`,
            version: `${version}\u0000${lockfile}`,
            ...(aliases.size > 0 ? { aliases: [...aliases] } : {}),
            title: `${ids[0]!} in ${name} ${version}${summary ? `: ${summary}` : ''}`.trim(),
          });
        });
      });
    });
    return tally.report('osv-scanner-json', source);
  },
};

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v !== '')
    : [];
}

/** `experimentalAnalysis: { "<id>": { called: false } }` (or `unimportant: true`) for the group. */
function isExcludedByAnalysis(group: JsonObject, ids: readonly string[]): boolean {
  const analysis = group['experimentalAnalysis'];
  if (!isObject(analysis)) return false;
  return ids.some((id) => {
    const verdict = analysis[id];
    return isObject(verdict) && (verdict['called'] === false || verdict['unimportant'] === true);
  });
}

function groupScore(group: JsonObject, members: readonly JsonObject[]): number | undefined {
  const stated = group['max_severity'];
  if (typeof stated === 'number' || (typeof stated === 'string' && stated.trim() !== '')) {
    const score = Number(stated);
    if (Number.isFinite(score)) return score;
  }
  let best: number | undefined;
  for (const member of members) {
    for (const severity of Array.isArray(member['severity']) ? member['severity'] : []) {
      if (!isObject(severity) || typeof severity['score'] !== 'string') continue;
      const score = cvss3BaseScore(severity['score']);
      if (score !== undefined && (best === undefined || score > best)) best = score;
    }
  }
  return best;
}

function hasFixedEvent(vulnerability: JsonObject): boolean {
  const affected = Array.isArray(vulnerability['affected']) ? vulnerability['affected'] : [];
  return affected.some(
    (entry) =>
      isObject(entry) &&
      Array.isArray(entry['ranges']) &&
      entry['ranges'].some(
        (range) =>
          isObject(range) &&
          Array.isArray(range['events']) &&
          range['events'].some((event) => isObject(event) && typeof event['fixed'] === 'string'),
      ),
  );
}
