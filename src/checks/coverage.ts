// The `coverage` kind: a coverage report (any supported format) against minimum percentages.
import type { CoverageFiles, Result } from '../model.js';
import { mergeCoverage } from '../reports/coverage-merge.js';
import type { CoverageDetail, CoverageMetrics, CoverageReport } from '../reports/types.js';
import {
  describeReport,
  fromReports,
  percent,
  readReports,
  reportOptionSchema,
  type ReportOption,
} from './report-files.js';
import type { CheckKindModule } from './types.js';

export interface CoverageOptions {
  readonly report: ReportOption;
  readonly 'min-lines'?: number;
  readonly 'min-branches'?: number;
  readonly 'min-functions'?: number;
}

const percentSchema = (what: string) => ({
  type: 'number',
  minimum: 0,
  maximum: 100,
  description: `Lowest ${what} coverage, in percent.`,
});

export const coverageOptionsSchema = {
  type: 'object',
  description:
    'A coverage report (lcov, Cobertura, JaCoCo, Clover, coverage.py JSON, Istanbul, Go): passes when every given minimum is met.',
  properties: {
    report: reportOptionSchema,
    'min-lines': percentSchema('line'),
    'min-branches': percentSchema('branch'),
    'min-functions': percentSchema('function'),
  },
  required: ['report'],
  additionalProperties: false,
} as const;

const MINIMUMS = [
  ['lines', 'min-lines'],
  ['branches', 'min-branches'],
  ['functions', 'min-functions'],
] as const;

function validate(options: CoverageOptions): { key?: string; message: string }[] {
  if (MINIMUMS.some(([, option]) => options[option] !== undefined)) return [];
  return [
    { message: 'coverage needs at least one minimum: min-lines, min-branches or min-functions' },
  ];
}

function describe(options: CoverageOptions): string {
  const minimums = MINIMUMS.filter(([, option]) => options[option] !== undefined).map(
    ([figure, option]) => `${figure} ≥ ${options[option]}%`,
  );
  return `${minimums.join(', ')} in ${describeReport(options.report)}`;
}

/** Which formats record a figure at all, for the "no data" message. */
function noDataReason(figure: keyof CoverageMetrics, reports: readonly CoverageReport[]): string {
  const formats = [...new Set(reports.map((r) => r.format))].join(', ');
  const recorded = reports.some((r) => r.has[figure]);
  return recorded
    ? `${fromReports(reports)} has no ${figure} to cover (0 ${figure} measured)`
    : `${fromReports(reports)} (${formats}) has no ${figure} data`;
}

async function run(
  options: CoverageOptions,
  context: Parameters<CheckKindModule['run']>[1],
): Promise<Result> {
  const started = Date.now();
  const problems = validate(options);
  if (problems.length > 0)
    return { status: 'errored', summary: problems[0]!.message, durationMs: 0 };
  const read = await readReports<CoverageReport>(options.report, context, {
    family: 'coverage',
    wantDetail: true,
    alwaysDetail: context.keepCoverageLines ?? false,
  });
  if ('errored' in read) return { ...read.errored, durationMs: Date.now() - started };
  const merged = mergeCoverage(read.reports);
  const metrics = {
    lines: merged.metrics.lines,
    branches: merged.metrics.branches,
    functions: merged.metrics.functions,
  };
  const kept = context.keepCoverageLines ? await shardLines(read.reports) : undefined;
  const judged = judgeCoverage(options, metrics, (figure) => noDataReason(figure, read.reports));
  return {
    ...judged,
    ...(kept && 'files' in kept ? { coverageFiles: kept.files } : {}),
    // The merge then says this shard has no per-file lines; the run says why.
    ...(kept && 'problem' in kept ? { summary: `${judged.summary} (${kept.problem})` } : {}),
    durationMs: Date.now() - started,
  };
}

/** Every report's files in one set of per-file lines (a file in two reports: their union). */
async function shardLines(
  reports: readonly CoverageReport[],
): Promise<{ files: CoverageFiles } | { problem: string } | undefined> {
  if (reports.some((report) => report.detail === undefined)) return undefined;
  const { toCoverageFiles, RangeTextError } = await import('../reports/coverage-lines.js');
  const convert = (detail: CoverageDetail) => {
    try {
      return { files: toCoverageFiles(detail) };
    } catch (error) {
      if (!(error instanceof RangeTextError)) throw error;
      return { problem: `per-file lines not kept for the merge: ${error.message}` };
    }
  };
  if (reports.length === 1) return convert(reports[0]!.detail!);
  const joined: CoverageDetail = new Map();
  for (const report of reports) {
    for (const [name, file] of report.detail!) {
      const previous = joined.get(name);
      if (!previous) {
        joined.set(name, {
          lines: new Map(file.lines),
          branches: new Map(file.branches),
          functions: file.functions,
        });
        continue;
      }
      for (const [line, hits] of file.lines)
        previous.lines.set(line, (previous.lines.get(line) ?? 0) + hits);
      for (const [key, [hit, total]] of file.branches) {
        const old = previous.branches.get(key);
        previous.branches.set(
          key,
          old ? [Math.max(old[0], hit), Math.max(old[1], total)] : [hit, total],
        );
      }
    }
  }
  return convert(joined);
}

type CoverageFigures = Record<keyof CoverageMetrics, CoverageMetrics[keyof CoverageMetrics]>;

/**
 * Judges figures against the item's minimums: in a run, and again in a merge from the union of
 * the shards' lines. `noData` says why a figure with a minimum is missing.
 */
export function judgeCoverage(
  options: CoverageOptions,
  metrics: CoverageFigures,
  noData: (figure: keyof CoverageMetrics) => string,
): Pick<Result, 'status' | 'summary' | 'metrics'> {
  const below: string[] = [];
  const met: string[] = [];
  for (const [figure, option] of MINIMUMS) {
    const minimum = options[option];
    if (minimum === undefined) continue;
    const value = metrics[figure];
    if (value === null) {
      return { status: 'errored', summary: `${option} is set but ${noData(figure)}`, metrics };
    }
    if (value.pct < minimum) below.push(`${figure} ${percent(value.pct)} < ${minimum}%`);
    else met.push(`${figure} ${percent(value.pct)} ≥ ${minimum}%`);
  }
  return {
    status: below.length > 0 ? 'failed' : 'passed',
    summary: below.length > 0 ? below.join(', ') : met.join(', '),
    metrics,
  };
}

export const coverageCheck: CheckKindModule<CoverageOptions> = {
  kind: 'coverage',
  optionsSchema: coverageOptionsSchema,
  validate,
  describe,
  runsCommand: () => false,
  run,
};
