// pip-audit JSON (`pip-audit -f json`): every known vulnerability of every dependency; no severity.
import { expectObject, optionalArray, optionalString, readJson } from './json-report.js';
import { ScanTally } from './scan-tally.js';
import type { ReportReader } from './types.js';

/**
 * Counted as pip-audit prints "Found N known vulnerabilities in M packages": every entry of
 * `dependencies[].vulns[]` (skipped dependencies have none). The format has no severity: each
 * is `unknown` (so the scan check's default limit includes `unknown: 0`). The `aliases` (CVE,
 * GHSA) are matched by `ignore`; a vulnerability is fixed when `fix_versions` lists one.
 */
export const pipAuditJsonReader: ReportReader = {
  format: 'pip-audit-json',
  family: 'security',
  detect: (head) =>
    /^\uFEFF?\s*\{\s*"dependencies"\s*:\s*\[/.test(head) && /"(vulns|skip_reason)"\s*:/.test(head),
  read: async (source) => {
    const root = expectObject(await readJson(source), 'the report');
    const tally = new ScanTally();
    optionalArray(root['dependencies'], 'dependencies').forEach((value, i) => {
      const dependency = expectObject(value, `dependencies[${i}]`);
      const name = optionalString(dependency['name']) ?? '';
      const version = optionalString(dependency['version']) ?? '';
      optionalArray(dependency['vulns'], `dependencies[${i}].vulns`).forEach((vuln, j) => {
        const entry = expectObject(vuln, `dependencies[${i}].vulns[${j}]`);
        const id = optionalString(entry['id']) ?? '';
        const fixes = optionalArray(
          entry['fix_versions'],
          `dependencies[${i}].vulns[${j}].fix_versions`,
        ).filter((v): v is string => typeof v === 'string');
        const aliases = optionalArray(
          entry['aliases'],
          `dependencies[${i}].vulns[${j}].aliases`,
        ).filter((v): v is string => typeof v === 'string' && v !== id);
        tally.add({
          class: 'vulnerabilities',
          id,
          severity: 'unknown',
          isFixed: fixes.length > 0,
          package: name,
          version,
          ...(aliases.length > 0 ? { aliases } : {}),
          title: `${id} in ${name} ${version}${fixes.length > 0 ? ` (fixed in ${fixes.join(', ')})` : ''}`,
        });
      });
    });
    return tally.report('pip-audit-json', source, false);
  },
};
