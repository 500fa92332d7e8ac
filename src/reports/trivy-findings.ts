// Turns counted trivy entries into annotations: the most severe first, capped.
import type { Finding, FindingLevel } from '../model.js';
import { MAX_FINDINGS, type Severity, type TrivyEntry } from './types.js';

const RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, unknown: 4 };
const LEVEL: Record<Severity, FindingLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
  unknown: 'notice',
};
const CLASS_TITLE = {
  vulnerabilities: 'Vulnerability',
  misconfigurations: 'Misconfiguration',
  secrets: 'Secret',
} as const;

export function trivyFindings(entries: readonly TrivyEntry[]): Finding[] {
  const sorted =
    entries.length > MAX_FINDINGS
      ? [...entries].sort((a, b) => RANK[a.severity] - RANK[b.severity])
      : entries;
  return sorted.slice(0, MAX_FINDINGS).map((entry) => ({
    ...(entry.file === undefined ? {} : { file: entry.file }),
    ...(entry.line === undefined ? {} : { line: entry.line }),
    level: LEVEL[entry.severity],
    title: `${CLASS_TITLE[entry.class]} ${entry.severity.toUpperCase()}`,
    message: entry.title,
  }));
}
