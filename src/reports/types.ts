// The one interface every report reader implements, and the figures readers return.
import type { Finding } from '../model.js';

export type ReportFamily = 'tests' | 'coverage' | 'lint' | 'security';

/** Every format a reader exists for; the name `inspect` prints. */
export type ReportFormat =
  | 'junit-xml'
  | 'nunit-xml'
  | 'trx'
  | 'xunit-xml'
  | 'go-test-json'
  | 'lcov'
  | 'cobertura'
  | 'jacoco'
  | 'clover'
  | 'coverage-py-json'
  | 'istanbul-summary'
  | 'istanbul-final'
  | 'go-coverprofile'
  | 'sarif'
  | 'eslint-json'
  | 'pylint-json'
  | 'flake8'
  | 'mypy'
  | 'checkstyle'
  | 'bandit-json'
  | 'trivy-json'
  | 'trivy-sarif'
  | 'grype-json'
  | 'osv-scanner-json'
  | 'npm-audit-json'
  | 'pip-audit-json'
  | 'gitleaks-json'
  | 'sarif-security';

/** A covered/total pair; pct = covered / total × 100, unrounded. */
export interface Ratio {
  readonly covered: number;
  readonly total: number;
  readonly pct: number;
}

export interface TestsMetrics {
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly errors: number;
  readonly skipped: number;
}

/**
 * Coverage figures. A figure is null when the report has no data for it: the format does
 * not record it (Go has no branches), or it records nothing to cover (no valid branches).
 */
export interface CoverageMetrics {
  readonly lines: Ratio | null;
  readonly branches: Ratio | null;
  readonly functions: Ratio | null;
}

export interface LintMetrics {
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
}

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'unknown';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'unknown'];
export type SeverityCounts = Record<Severity, number>;

export interface BanditMetrics {
  readonly high: number;
  readonly medium: number;
  readonly low: number;
}

export type BanditLevel = 'high' | 'medium' | 'low';

export type TrivyClass = 'vulnerabilities' | 'misconfigurations' | 'secrets';
export const TRIVY_CLASSES: readonly TrivyClass[] = [
  'vulnerabilities',
  'misconfigurations',
  'secrets',
];
export type TrivyMetrics = Record<TrivyClass, SeverityCounts>;

/** One counted trivy finding, kept so a check can apply `ignore-unfixed` and `ignore`. */
export interface TrivyEntry {
  readonly class: TrivyClass;
  readonly id: string;
  readonly severity: Severity;
  /** A fixed version exists (vulnerabilities); always true for other classes. */
  readonly isFixed: boolean;
  readonly file?: string;
  readonly line?: number;
  readonly title: string;
  /** The package and version it was found in, so a flaw reported twice there counts once. */
  readonly package?: string;
  readonly version?: string;
  /** Other ids of the same flaw (CVE, GHSA, ...); `ignore` matches them too. */
  readonly aliases?: readonly string[];
  /**
   * The advisories behind an entry that stands for a package rather than one flaw (npm audit):
   * it is ignored only when every one of them is.
   */
  readonly advisories?: readonly string[];
}

/** A scanner's finding: the same fields as trivy's, so `scan` judges both alike. */
export type ScanEntry = TrivyEntry;
export type ScanMetrics = TrivyMetrics;

/**
 * Per-file detail for merging several coverage reports: keyed by repository-relative path
 * (or the path as written when it is outside the repository).
 */
export interface FileCoverage {
  /** Line number → hit count. */
  readonly lines: Map<number, number>;
  /** Branch key (line and position) → [covered, total] for that key. */
  readonly branches: Map<string, [number, number]>;
  /** Function key → hit count. */
  readonly functions: Map<string, number>;
}

export type CoverageDetail = Map<string, FileCoverage>;

interface ReportDataBase {
  readonly format: ReportFormat;
  /** The report file as shown in messages (repository-relative when inside it). */
  readonly file: string;
  /** Findings for annotations, at most `MAX_FINDINGS`; the metrics count all of them. */
  readonly findings: readonly Finding[];
}

export interface TestsReport extends ReportDataBase {
  readonly kind: 'tests';
  readonly metrics: TestsMetrics;
}

export interface CoverageReport extends ReportDataBase {
  readonly kind: 'coverage';
  readonly metrics: CoverageMetrics;
  /** Present when the format has per-line data and the caller asked for it (merging). */
  readonly detail?: CoverageDetail;
  /**
   * Per source line, when `detail` is keyed otherwise (Go's statements): line → hits, a line
   * covered only when every block spanning it was hit. Patch coverage reads this before `detail`.
   */
  readonly lineDetail?: CoverageDetail;
  /** Which of lines/branches/functions the format records at all (for "no data" messages). */
  readonly has: {
    readonly lines: boolean;
    readonly branches: boolean;
    readonly functions: boolean;
  };
}

export interface LintReport extends ReportDataBase {
  readonly kind: 'lint';
  /** Under a scope, only the findings in it. */
  readonly metrics: LintMetrics;
  /** Under a scope, the findings outside it (not in the metrics). */
  readonly outOfScope?: number;
}

export interface BanditReport extends ReportDataBase {
  readonly kind: 'bandit';
  readonly metrics: BanditMetrics;
  /** Severity → confidence → count, so a check can filter by `min-confidence`. */
  readonly matrix: Record<BanditLevel, Record<BanditLevel, number>>;
  /** Each finding's confidence, parallel to `findings`. */
  readonly findingConfidence: readonly BanditLevel[];
  /** Under a scope, the findings outside it (not in `matrix` or the metrics). */
  readonly outOfScope?: number;
  /** Each finding's severity and test id, parallel to `findings` (finding waivers name test ids). */
  readonly findingSeverity?: readonly BanditLevel[];
  readonly findingTestId?: readonly string[];
}

export interface TrivyReport extends ReportDataBase {
  readonly kind: 'trivy';
  readonly metrics: TrivyMetrics;
  readonly entries: readonly TrivyEntry[];
}

/** A vulnerability or secret scanner's report (grype, osv-scanner, npm audit, pip-audit, gitleaks, SARIF). */
export interface ScanReport extends ReportDataBase {
  readonly kind: 'scan';
  /** Each (class, id, package, version) once. */
  readonly metrics: ScanMetrics;
  readonly entries: readonly ScanEntry[];
  /** The format records no severity (pip-audit): every entry is `unknown`. */
  readonly hasSeverity: boolean;
}

export type ReportData =
  TestsReport | CoverageReport | LintReport | BanditReport | TrivyReport | ScanReport;

/** A report file opened for reading. */
export interface ReportSource {
  /** Absolute path. */
  readonly path: string;
  /** Shown in messages: repository-relative when inside the workdir. */
  readonly displayName: string;
  /** The repository root, for making report paths relative. */
  readonly workdir: string;
  readonly sizeBytes: number;
  /** The first bytes of the file decoded as UTF-8 (what `detect` saw). */
  readonly head: string;
  /** Keep per-file detail for merging (costs time and memory; off for `inspect`). */
  readonly wantDetail: boolean;
  /**
   * With `wantDetail`: keep only the files whose key (the path as the reader normalizes it)
   * passes, so patch coverage holds the changed files' lines only. Undefined keeps every file.
   */
  readonly keepDetail?: (key: string) => boolean;
  /**
   * A check's `scope`: findings it rejects are still listed (marked `inScope: false`) but not
   * counted in the metrics. Undefined counts every finding.
   */
  readonly findingScope?: (finding: Pick<Finding, 'file' | 'line' | 'endLine'>) => boolean;
  /** The file as string chunks, streamed; UTF-8 unless `latin1` is asked for (one char per byte, faster). */
  chunks(encoding?: 'utf8' | 'latin1'): AsyncIterable<string>;
  /** The file as raw byte chunks: one Buffer when small enough to read whole, else streamed. */
  byteChunks(): AsyncIterable<Buffer>;
  /** The whole file as a Buffer (only for formats that cannot stream; size was checked). */
  bytes(): Promise<Buffer>;
}

export interface ReportReader {
  readonly format: ReportFormat;
  readonly family: ReportFamily;
  /** Largest file the reader accepts; formats that stream have none. */
  readonly maxBytes?: number;
  /** True when the first bytes look like this format. `fileName` only breaks ties. */
  readonly detect: (head: string, fileName: string) => boolean;
  /** Reads the whole report. Throws `ReportError` (or anything) on a bad file; detect.ts catches. */
  readonly read: (source: ReportSource) => Promise<ReportData>;
}

/** A problem with a report's content; the message says what was expected and what was found. */
export class ReportError extends Error {
  override readonly name = 'ReportError';
}

/** Findings kept per report for annotations; metrics count all of them. */
export const MAX_FINDINGS = 1000;

/** Largest JSON report read whole (JSON cannot stream with JSON.parse). */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;

export function ratio(covered: number, total: number): Ratio | null {
  if (total <= 0) return null;
  return { covered, total, pct: (covered / total) * 100 };
}

export function zeroSeverities(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}
