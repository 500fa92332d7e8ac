// npm audit JSON (npm 7+, `auditReportVersion: 2`): one finding per vulnerable package, at its severity.
import {
  expectObject,
  isObject,
  optionalString,
  readJson,
  type JsonObject,
} from './json-report.js';
import { ReportError, type ReportReader } from './types.js';
import { ScanTally, severityWord } from './scan-tally.js';

/**
 * Counted as npm prints "N vulnerabilities (L low, M moderate, H high, C critical)": one per
 * package in `vulnerabilities{}`, at that package's `severity` (moderate → medium, info → low).
 * A package stands for its advisories (the GHSA ids in its `via[]` objects, and those of the
 * packages it is vulnerable through), so `ignore` leaves it out only when every one of them is
 * ignored. It is fixed unless `fixAvailable` is false.
 */
export const npmAuditJsonReader: ReportReader = {
  format: 'npm-audit-json',
  family: 'security',
  detect: (head) => /^\uFEFF?\s*\{/.test(head) && /"auditReportVersion"\s*:\s*2\b/.test(head),
  read: async (source) => {
    const root = expectObject(await readJson(source), 'the report');
    if (root['auditReportVersion'] !== 2) {
      throw new ReportError(
        `has auditReportVersion ${JSON.stringify(root['auditReportVersion'])}; only npm 7+'s version 2 is read`,
      );
    }
    const packages = expectObject(root['vulnerabilities'] ?? {}, 'vulnerabilities');
    const tally = new ScanTally();
    for (const [key, value] of Object.entries(packages)) {
      const entry = expectObject(value, `vulnerabilities.${key}`);
      const name = optionalString(entry['name']) ?? key;
      const range = optionalString(entry['range']) ?? '';
      const advisories = [...advisoriesOf(key, packages, new Set())];
      const titles = directAdvisories(entry)
        .map((advisory) => optionalString(advisory['title']))
        .filter(Boolean);
      tally.add({
        class: 'vulnerabilities',
        // The package is the finding (npm counts packages); its advisories decide `ignore`.
        id: name,
        severity: severityWord(entry['severity']),
        isFixed: entry['fixAvailable'] !== false,
        package: name,
        version: range,
        advisories,
        title: `${name} ${range}: ${titles[0] ?? `vulnerable through ${viaNames(entry).join(', ')}`}`,
      });
    }
    return tally.report('npm-audit-json', source);
  },
};

function directAdvisories(entry: JsonObject): JsonObject[] {
  return Array.isArray(entry['via']) ? entry['via'].filter(isObject) : [];
}

function viaNames(entry: JsonObject): string[] {
  return Array.isArray(entry['via'])
    ? entry['via'].filter((via): via is string => typeof via === 'string')
    : [];
}

/** The advisory ids behind a package: its own, then those of the packages it comes through. */
function advisoriesOf(key: string, packages: JsonObject, visiting: Set<string>): Set<string> {
  const found = new Set<string>();
  const entry = packages[key];
  if (!isObject(entry) || visiting.has(key)) return found;
  visiting.add(key);
  for (const advisory of directAdvisories(entry)) {
    const url = optionalString(advisory['url']) ?? '';
    const ghsa = /GHSA(-[23456789cfghjmpqrvwx]{4}){3}/.exec(url)?.[0];
    const id = ghsa ?? (advisory['source'] === undefined ? undefined : String(advisory['source']));
    if (id !== undefined) found.add(id);
  }
  for (const name of viaNames(entry))
    for (const id of advisoriesOf(name, packages, visiting)) found.add(id);
  return found;
}
