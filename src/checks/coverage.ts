// The `coverage` kind: a coverage report (any supported format) against minimum percentages.
import type { Result } from '../model.js';
import { mergeCoverage } from '../reports/coverage-merge.js';
import type { CoverageMetrics, CoverageReport } from '../reports/types.js';
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
  });
  if ('errored' in read) return { ...read.errored, durationMs: Date.now() - started };
  const merged = mergeCoverage(read.reports);
  const metrics = {
    lines: merged.metrics.lines,
    branches: merged.metrics.branches,
    functions: merged.metrics.functions,
  };
  const below: string[] = [];
  const met: string[] = [];
  for (const [figure, option] of MINIMUMS) {
    const minimum = options[option];
    if (minimum === undefined) continue;
    const value = metrics[figure];
    if (value === null) {
      return {
        status: 'errored',
        summary: `${option} is set but ${noDataReason(figure, read.reports)}`,
        metrics,
        durationMs: Date.now() - started,
      };
    }
    if (value.pct < minimum) below.push(`${figure} ${percent(value.pct)} < ${minimum}%`);
    else met.push(`${figure} ${percent(value.pct)} ≥ ${minimum}%`);
  }
  return {
    status: below.length > 0 ? 'failed' : 'passed',
    summary: below.length > 0 ? below.join(', ') : met.join(', '),
    metrics,
    durationMs: Date.now() - started,
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
