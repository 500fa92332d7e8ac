// The `tests` kind: test reports (optionally written by a command first) judged by failures and total.
import type { Result } from '../model.js';
import type { TestsMetrics, TestsReport } from '../reports/types.js';
import {
  collectFindings,
  describeReport,
  readReports,
  reportOptionSchema,
  runBeforeReport,
  type ReportOption,
} from './report-files.js';
import type { CheckKindModule } from './types.js';

export interface TestsOptions {
  readonly report: ReportOption;
  readonly run?: string;
  readonly 'max-failures'?: number;
  readonly 'min-total'?: number;
  readonly timeout?: number;
}

export const testsOptionsSchema = {
  type: 'object',
  description:
    'Test reports (JUnit XML, NUnit 3 and 2 XML, TRX, xUnit.net v2 XML, go test -json; the format detected): passes when failed + errors ≤ max-failures and total ≥ min-total.',
  properties: {
    report: reportOptionSchema,
    run: {
      type: 'string',
      minLength: 1,
      description:
        'A command that writes the report first (its exit code does not decide; the report does).',
    },
    'max-failures': {
      type: 'integer',
      minimum: 0,
      description: 'Failed plus errored tests allowed (default 0).',
    },
    'min-total': {
      type: 'integer',
      minimum: 0,
      description: 'Fewest tests the reports must contain (default 1).',
    },
    timeout: {
      type: 'number',
      exclusiveMinimum: 0,
      description: 'Seconds before `run` is killed (default 600).',
    },
  },
  required: ['report'],
  additionalProperties: false,
} as const;

/** Adds up several reports' counts. */
export function sumTests(reports: readonly { readonly metrics: TestsMetrics }[]): TestsMetrics {
  const total = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const { metrics } of reports) {
    total.total += metrics.total;
    total.passed += metrics.passed;
    total.failed += metrics.failed;
    total.errors += metrics.errors;
    total.skipped += metrics.skipped;
  }
  return total;
}

/** `42 tests, 2 failed, 1 error, 3 skipped` (zero counts left out). */
export function describeCounts(metrics: TestsMetrics): string {
  const parts = [`${metrics.total} ${metrics.total === 1 ? 'test' : 'tests'}`];
  if (metrics.failed > 0) parts.push(`${metrics.failed} failed`);
  if (metrics.errors > 0)
    parts.push(`${metrics.errors} ${metrics.errors === 1 ? 'error' : 'errors'}`);
  if (metrics.skipped > 0) parts.push(`${metrics.skipped} skipped`);
  if (metrics.failed === 0 && metrics.errors === 0 && metrics.total > 0)
    parts.push(metrics.skipped > 0 ? 'the rest passed' : 'all passed');
  return parts.join(', ');
}

/** Judges test counts against `max-failures` and `min-total`: in a run, and again in a merge from the summed shards. */
export function judgeTests(
  options: Pick<TestsOptions, 'max-failures' | 'min-total'>,
  metrics: TestsMetrics,
): Pick<Result, 'status' | 'summary'> {
  const maxFailures = options['max-failures'] ?? 0;
  const minTotal = options['min-total'] ?? 1;
  const bad = metrics.failed + metrics.errors;
  const counts = describeCounts(metrics);
  let status: Result['status'] = 'passed';
  let summary = counts;
  if (bad > maxFailures) {
    status = 'failed';
    if (maxFailures > 0) summary = `${counts} (${bad} > ${maxFailures} allowed)`;
  } else if (metrics.total < minTotal) {
    status = 'failed';
    summary = `${counts} < ${minTotal} required`;
  } else if (bad > 0) {
    summary = `${counts} (≤ ${maxFailures} allowed)`;
  }
  return { status, summary };
}

async function run(
  options: TestsOptions,
  context: Parameters<CheckKindModule['run']>[1],
): Promise<Result> {
  const started = Date.now();
  const before = await runBeforeReport(options, context);
  if ('decided' in before) return before.decided;
  const { output } = before;
  const read = await readReports<TestsReport>(options.report, context, { family: 'tests' });
  if ('errored' in read)
    return { ...read.errored, durationMs: Date.now() - started, ...(output ? { output } : {}) };
  const metrics = sumTests(read.reports);
  const { status, summary } = judgeTests(options, metrics);
  return {
    status,
    summary,
    metrics: { ...metrics },
    findings: collectFindings(read.reports),
    durationMs: Date.now() - started,
    ...(output ? { output } : {}),
  };
}

export const testsCheck: CheckKindModule<TestsOptions> = {
  kind: 'tests',
  optionsSchema: testsOptionsSchema,
  describe: (options) =>
    options.run
      ? `run: ${options.run}; report: ${describeReport(options.report)}`
      : `report: ${describeReport(options.report)}`,
  runsCommand: (options) => options.run !== undefined,
  run,
};
