// grype JSON (`grype -o json`): one finding per match, at the vulnerability's own severity.
import { toRepoRelative } from '../workspace/paths.js';
import { expectObject, isObject, optionalArray, optionalString, readJson } from './json-report.js';
import { ScanTally, severityWord } from './scan-tally.js';
import type { ReportReader } from './types.js';

/**
 * Each `matches[]` entry is a vulnerability (`vulnerability.id`, `.severity`: Critical, High,
 * Medium, Low, Negligible → low, Unknown) in a package (`artifact.name`, `.version`); the same
 * flaw matched twice in one package version (grype's table prints it once) counts once. It is
 * fixed when `vulnerability.fix.state` is `fixed` or fix versions are listed; the ids of
 * `relatedVulnerabilities` (the CVE behind a GHSA or a distribution's advisory) are its aliases.
 */
export const grypeJsonReader: ReportReader = {
  format: 'grype-json',
  family: 'security',
  detect: (head) => /^\uFEFF?\s*\{\s*"matches"\s*:\s*\[/.test(head),
  read: async (source) => {
    const root = expectObject(await readJson(source), 'the report');
    const tally = new ScanTally();
    optionalArray(root['matches'], 'matches').forEach((value, i) => {
      const match = expectObject(value, `matches[${i}]`);
      const vulnerability = expectObject(match['vulnerability'], `matches[${i}].vulnerability`);
      const artifact = isObject(match['artifact']) ? match['artifact'] : {};
      const id = optionalString(vulnerability['id']) ?? '';
      const name = optionalString(artifact['name']) ?? '';
      const version = optionalString(artifact['version']) ?? '';
      const fix = isObject(vulnerability['fix']) ? vulnerability['fix'] : {};
      const fixVersions = optionalArray(
        fix['versions'],
        `matches[${i}].vulnerability.fix.versions`,
      ).filter((v): v is string => typeof v === 'string' && v !== '');
      const aliases = optionalArray(
        match['relatedVulnerabilities'],
        `matches[${i}].relatedVulnerabilities`,
      )
        .map((related) => (isObject(related) ? optionalString(related['id']) : undefined))
        .filter((alias): alias is string => alias !== undefined && alias !== id);
      const locations = optionalArray(artifact['locations'], `matches[${i}].artifact.locations`);
      const where = isObject(locations[0]) ? optionalString(locations[0]['path']) : undefined;
      const file =
        where === undefined ? undefined : toRepoRelative(where.replace(/^\//, ''), source.workdir);
      tally.add({
        class: 'vulnerabilities',
        id,
        severity: severityWord(vulnerability['severity']),
        isFixed: fix['state'] === 'fixed' || fixVersions.length > 0,
        package: name,
        version,
        ...(aliases.length > 0 ? { aliases } : {}),
        ...(file === undefined ? {} : { file }),
        title:
          `${id} in ${name} ${version}${fixVersions.length > 0 ? ` (fixed in ${fixVersions.join(', ')})` : ''}`.trim(),
      });
    });
    return tally.report('grype-json', source);
  },
};
