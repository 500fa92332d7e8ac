// Shared by the report-reading kinds: the `report` option's paths and globs, read through src/reports.
import type { Finding, Result } from '../model.js';
import type { ReportData, ReportFamily, ReportFormat } from '../reports/types.js';
import { isGlob } from '../workspace/paths.js';
import { runCommands } from './command.js';
import type { CheckContext } from './types.js';

/** A path or glob, or a list of them. */
export type ReportOption = string | readonly string[];

export const reportOptionSchema = {
  description:
    'Report path or glob, relative to the repository root, or a list of them (several files are combined).',
  oneOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
  ],
} as const;

export function reportPatterns(report: ReportOption): readonly string[] {
  return typeof report === 'string' ? [report] : report;
}

export function describeReport(report: ReportOption): string {
  return reportPatterns(report).join(', ');
}

export interface ReadReportsOptions {
  readonly family: ReportFamily;
  readonly formats?: readonly ReportFormat[];
  readonly wantDetail?: boolean;
  /** Keep per-file detail even for one file (a shard run writes each file's lines). */
  readonly alwaysDetail?: boolean;
  /**
   * Patch coverage: keep per-line detail even for one report, but only of the files this accepts
   * (the changed ones). With several reports every file is kept, since merging needs them all.
   */
  readonly patchDetail?: (key: string) => boolean;
  /** A check's `scope` (see finding-scope.ts). */
  readonly findingScope?: (finding: Pick<Finding, 'file' | 'line' | 'endLine'>) => boolean;
}

/**
 * Reads every file the `report` option names. Any pattern matching nothing, and any file that
 * cannot be read, makes an `errored` result naming it: a check never passes on half its reports.
 */
export async function readReports<Data extends ReportData>(
  report: ReportOption,
  context: CheckContext,
  options: ReadReportsOptions,
): Promise<{ reports: Data[] } | { errored: Result }> {
  const files: string[] = [];
  for (const pattern of reportPatterns(report)) {
    let found: string[];
    try {
      found = await context.resolveFiles(pattern);
    } catch (error) {
      return {
        errored: {
          status: 'errored',
          summary: error instanceof Error ? error.message : String(error),
        },
      };
    }
    if (found.length === 0) {
      return {
        errored: {
          status: 'errored',
          summary: isGlob(pattern) ? `no report matches ${pattern}` : `report ${pattern} not found`,
          reportMissing: true,
        },
      };
    }
    for (const file of found) if (!files.includes(file)) files.push(file);
  }
  const wantDetail =
    (options.alwaysDetail ?? false) ||
    ((options.wantDetail ?? false) && files.length > 1) ||
    options.patchDetail !== undefined;
  // A shard keeps every file's lines for the merge; patch coverage alone keeps the changed files'.
  const keepDetail =
    files.length === 1 && !(options.alwaysDetail ?? false) ? options.patchDetail : undefined;
  // The readers load only when a checklist has a report-reading item.
  const { isReportFailure, readReport } = await import('../reports/detect.js');
  const results = await Promise.all(
    files.map((file) =>
      readReport(file, {
        workdir: context.workdir,
        family: options.family,
        ...(options.formats ? { formats: options.formats } : {}),
        wantDetail,
        ...(keepDetail === undefined ? {} : { keepDetail }),
        ...(options.findingScope === undefined ? {} : { findingScope: options.findingScope }),
      }),
    ),
  );
  const reports: Data[] = [];
  for (const result of results) {
    if (isReportFailure(result)) return { errored: { status: 'errored', summary: result.error } };
    reports.push(result as Data);
  }
  return { reports };
}

/** All reports' findings, capped. */
export function collectFindings(reports: readonly ReportData[], max = 1000): Finding[] {
  const findings: Finding[] = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      if (findings.length >= max) return findings;
      findings.push(finding);
    }
  }
  return findings;
}

/** `91.2%`: one decimal for display; comparisons use the unrounded value. */
export function percent(value: number): string {
  return `${value.toFixed(1)}%`;
}

/** Where the figures came from, for a summary: the file, or how many were combined. */
export function fromReports(reports: readonly ReportData[]): string {
  return reports.length === 1 ? reports[0]!.file : `${reports.length} reports`;
}

/**
 * Runs a check's `run` command before its report is read. A command that could not run (not
 * found, timed out, refused) decides the item; a non-zero exit is left for the report to judge,
 * since test runners and linters exit non-zero exactly when the report has failures.
 */
export async function runBeforeReport(
  options: { readonly run?: string; readonly timeout?: number },
  context: CheckContext,
): Promise<{ readonly decided: Result } | { readonly output?: string }> {
  if (options.run === undefined) return {};
  const ran = await runCommands(
    { run: options.run, ...(options.timeout === undefined ? {} : { timeout: options.timeout }) },
    context,
  );
  if (ran.status !== 'passed' && ran.status !== 'failed') return { decided: ran };
  return ran.output ? { output: ran.output } : {};
}
