// The `bandit` kind: bandit JSON findings per severity, at or above a confidence, against limits.
import type { Finding, Result } from '../model.js';
import type { BanditLevel, BanditMetrics, BanditReport } from '../reports/types.js';
import {
  describeReport,
  readReports,
  reportOptionSchema,
  type ReportOption,
} from './report-files.js';
import { scopeFor, scopeOptionSchema, whenNoBaseSchema, type Scope } from './finding-scope.js';
import type { CheckKindModule } from './types.js';

export interface BanditOptions {
  readonly report: ReportOption;
  readonly max?: Partial<Record<BanditLevel, number>>;
  readonly 'min-confidence'?: BanditLevel;
  readonly scope?: Scope;
  readonly 'when-no-base'?: 'errored' | 'skipped';
}

const LEVELS: readonly BanditLevel[] = ['high', 'medium', 'low'];
const RANK: Record<BanditLevel, number> = { high: 3, medium: 2, low: 1 };
const countSchema = { type: 'integer', minimum: 0 };

export const banditOptionsSchema = {
  type: 'object',
  description:
    'A bandit JSON report: passes when, per severity, findings at or above min-confidence are within max.',
  properties: {
    report: reportOptionSchema,
    max: {
      type: 'object',
      description:
        'Findings allowed per severity (default { high: 0 }; a severity not given is unlimited).',
      properties: { high: countSchema, medium: countSchema, low: countSchema },
      additionalProperties: false,
    },
    'min-confidence': {
      enum: ['low', 'medium', 'high'],
      description: 'Only findings at or above this confidence count (default low).',
    },
    scope: scopeOptionSchema,
    'when-no-base': whenNoBaseSchema,
  },
  required: ['report'],
  additionalProperties: false,
} as const;

/** Judges counted findings (at or above min-confidence) against `max`: in a run, and again in a merge. */
export function judgeBandit(
  options: Pick<BanditOptions, 'max' | 'min-confidence'>,
  counted: BanditMetrics,
  scopeLabel?: string,
): Pick<Result, 'status' | 'summary'> {
  const minConfidence = options['min-confidence'] ?? 'low';
  const max = options.max ?? { high: 0 };
  const over = LEVELS.filter(
    (level) => max[level] !== undefined && counted[level] > max[level]!,
  ).map((level) => `${counted[level]} ${level.toUpperCase()} > ${max[level]!} allowed`);
  const confidenceNote =
    (minConfidence === 'low' ? '' : ` (confidence ≥ ${minConfidence})`) +
    (scopeLabel ? ` on ${scopeLabel}` : '');
  const counts = LEVELS.map((level) => `${counted[level]} ${level.toUpperCase()}`).join(', ');
  return {
    status: over.length > 0 ? 'failed' : 'passed',
    summary: (over.length > 0 ? over.join(', ') : counts) + confidenceNote,
  };
}

async function run(
  options: BanditOptions,
  context: Parameters<CheckKindModule['run']>[1],
): Promise<Result> {
  const started = Date.now();
  const scoped = scopeFor(options.scope, options['when-no-base'], context);
  if ('decided' in scoped) return { ...scoped.decided, durationMs: Date.now() - started };
  const read = await readReports<BanditReport>(options.report, context, {
    family: 'security',
    formats: ['bandit-json'],
    ...(scoped.scope ? { findingScope: scoped.scope } : {}),
  });
  if ('errored' in read) return { ...read.errored, durationMs: Date.now() - started };
  const minConfidence = options['min-confidence'] ?? 'low';
  const counted: Record<BanditLevel, number> = { high: 0, medium: 0, low: 0 };
  const findings: Finding[] = [];
  const waived = new Set<string>();
  for (const report of read.reports) {
    for (const severity of LEVELS) {
      for (const confidence of LEVELS)
        if (RANK[confidence] >= RANK[minConfidence])
          counted[severity] += report.matrix[severity][confidence];
    }
    report.findings.forEach((finding, i) => {
      const testId = report.findingTestId?.[i];
      const severity = report.findingSeverity?.[i];
      if (testId !== undefined && severity !== undefined && context.waivedFindings?.has(testId)) {
        // Waived: out of the counts (when it was counted at all) and out of the annotations.
        waived.add(testId);
        if (
          finding.inScope !== false &&
          RANK[report.findingConfidence[i] ?? 'low'] >= RANK[minConfidence]
        )
          counted[severity]--;
        return;
      }
      if (
        findings.length < 1000 &&
        RANK[report.findingConfidence[i] ?? 'low'] >= RANK[minConfidence]
      )
        findings.push(finding);
    });
  }
  const metrics: BanditMetrics & { outOfScope?: number } = {
    ...counted,
    ...(scoped.scope
      ? { outOfScope: read.reports.reduce((sum, report) => sum + (report.outOfScope ?? 0), 0) }
      : {}),
  };
  const judged = judgeBandit(options, counted, scoped.label);
  return {
    status: judged.status,
    summary: judged.summary + (waived.size > 0 ? ` (waived: ${[...waived].join(', ')})` : ''),
    metrics: { ...metrics },
    findings,
    durationMs: Date.now() - started,
    ...(waived.size > 0 ? { waivedFindings: [...waived] } : {}),
  };
}

export const banditCheck: CheckKindModule<BanditOptions> = {
  kind: 'bandit',
  optionsSchema: banditOptionsSchema,
  describe: (options) => {
    const max = options.max ?? { high: 0 };
    const limits = LEVELS.filter((level) => max[level] !== undefined).map(
      (level) => `${level} ≤ ${max[level]!}`,
    );
    return `${limits.join(', ')} in ${describeReport(options.report)}`;
  },
  runsCommand: () => false,
  run,
};

declare module '../model.js' {
  interface CheckOptionsByKind {
    bandit: BanditOptions;
  }
}
