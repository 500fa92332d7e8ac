// Collecting a scanner's findings: each flaw once per package and version, counted by class and severity.
import { trivyFindings } from './trivy-findings.js';
import {
  zeroSeverities,
  type ReportFormat,
  type ReportSource,
  type ScanEntry,
  type ScanMetrics,
  type ScanReport,
  type Severity,
} from './types.js';

/** The key under which an entry counts once: its class, id, package and version. */
export function entryKey(entry: ScanEntry): string {
  return `${entry.class}\u0000${entry.id}\u0000${entry.package ?? entry.file ?? ''}\u0000${entry.version ?? ''}`;
}

export class ScanTally {
  readonly metrics: ScanMetrics = {
    vulnerabilities: zeroSeverities(),
    misconfigurations: zeroSeverities(),
    secrets: zeroSeverities(),
  };
  readonly entries: ScanEntry[] = [];
  private readonly seen = new Set<string>();

  /** Adds an entry unless the same flaw in the same package and version is already counted. */
  add(entry: ScanEntry): void {
    const key = entryKey(entry);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.metrics[entry.class][entry.severity]++;
    this.entries.push(entry);
  }

  report(format: ReportFormat, source: ReportSource, hasSeverity = true): ScanReport {
    return {
      kind: 'scan',
      format,
      file: source.displayName,
      metrics: this.metrics,
      entries: this.entries,
      findings: trivyFindings(this.entries),
      hasSeverity,
    };
  }
}

/** A scanner's severity word: `moderate` is medium, `info` and `negligible` are low. */
export function severityWord(value: unknown): Severity {
  switch (typeof value === 'string' ? value.trim().toLowerCase() : '') {
    case 'critical':
      return 'critical';
    case 'high':
      return 'high';
    case 'medium':
    case 'moderate':
      return 'medium';
    case 'low':
    case 'info':
    case 'negligible':
      return 'low';
    default:
      return 'unknown';
  }
}

/** A CVSS-style score (0–10) in GitHub's bands: ≥ 9 critical, ≥ 7 high, ≥ 4 medium, > 0 low. */
export function severityOfScore(score: number | undefined): Severity {
  if (score === undefined || !Number.isFinite(score)) return 'unknown';
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'unknown';
}
