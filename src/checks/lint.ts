// The `lint` kind: a lint report judged by errors and warnings, or a linter's exit code.
import type { Result } from '../model.js';
import { plural } from '../model.js';
import type { LintMetrics, LintReport } from '../reports/types.js';
import { runCommands } from './command.js';
import {
  collectFindings,
  describeReport,
  readReports,
  reportOptionSchema,
  runBeforeReport,
  type ReportOption,
} from './report-files.js';
import { scopeFor, scopeOptionSchema, whenNoBaseSchema, type Scope } from './finding-scope.js';
import type { CheckKindModule } from './types.js';

export interface LintOptions {
  readonly report?: ReportOption;
  readonly run?: string;
  readonly 'max-errors'?: number;
  readonly 'max-warnings'?: number;
  readonly timeout?: number;
  /** Reads the report only as this format (an empty file is then a clean flake8 run). */
  readonly format?: LintFormat;
  readonly scope?: Scope;
  readonly 'when-no-base'?: 'errored' | 'skipped';
}

export const LINT_FORMATS = [
  'sarif',
  'eslint-json',
  'pylint-json',
  'flake8',
  'mypy',
  'checkstyle',
] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export const lintOptionsSchema = {
  type: 'object',
  description:
    'A lint report (SARIF, ESLint JSON, pylint JSON, flake8, mypy, checkstyle): passes when errors ≤ max-errors and warnings ≤ max-warnings; with only `run`, the linter must exit 0.',
  properties: {
    report: reportOptionSchema,
    run: {
      type: 'string',
      minLength: 1,
      description: 'Runs the linter first; without `report`, its exit code decides.',
    },
    'max-errors': { type: 'integer', minimum: 0, description: 'Errors allowed (default 0).' },
    'max-warnings': {
      type: 'integer',
      minimum: 0,
      description: 'Warnings allowed (default: no limit).',
    },
    timeout: {
      type: 'number',
      exclusiveMinimum: 0,
      description: 'Seconds before `run` is killed (default 600).',
    },
    format: {
      enum: LINT_FORMATS,
      description:
        'Read the report only as this format (default: detected from its content). With flake8, an empty file is a clean run.',
    },
    scope: scopeOptionSchema,
    'when-no-base': whenNoBaseSchema,
  },
  anyOf: [{ required: ['report'] }, { required: ['run'] }],
  additionalProperties: false,
} as const;

function validate(options: LintOptions): { key?: string; message: string }[] {
  if (options.report === undefined && options.run === undefined)
    return [{ message: 'lint needs a report, a run command, or both' }];
  if (options.scope !== undefined && options.scope !== 'all' && options.report === undefined)
    return [
      {
        key: 'scope',
        message: `scope: ${options.scope} needs a report (an exit code has no lines to scope)`,
      },
    ];
  return [];
}

function sumLint(reports: readonly LintReport[]): LintMetrics {
  const sum = { errors: 0, warnings: 0, notes: 0 };
  for (const { metrics } of reports) {
    sum.errors += metrics.errors;
    sum.warnings += metrics.warnings;
    sum.notes += metrics.notes;
  }
  return sum;
}

/** Judges lint counts against `max-errors` and `max-warnings`: in a run, and again in a merge. */
export function judgeLint(
  options: Pick<LintOptions, 'max-errors' | 'max-warnings'>,
  metrics: LintMetrics,
  scope: { readonly label?: string; readonly outOfScope?: number } = {},
): Pick<Result, 'status' | 'summary'> {
  const maxErrors = options['max-errors'] ?? 0;
  const maxWarnings = options['max-warnings'];
  const over: string[] = [];
  if (metrics.errors > maxErrors)
    over.push(`${plural(metrics.errors, 'error')} > ${maxErrors} allowed`);
  if (maxWarnings !== undefined && metrics.warnings > maxWarnings)
    over.push(`${plural(metrics.warnings, 'warning')} > ${maxWarnings} allowed`);
  const where = scope.label
    ? ` on ${scope.label}${scope.outOfScope ? ` (${plural(scope.outOfScope, 'finding')} elsewhere not counted)` : ''}`
    : '';
  const counts = `${plural(metrics.errors, 'error')}, ${plural(metrics.warnings, 'warning')}${metrics.notes > 0 ? `, ${plural(metrics.notes, 'note')}` : ''}${where}`;
  return {
    status: over.length > 0 ? 'failed' : 'passed',
    summary: over.length > 0 ? over.join(', ') + where : counts,
  };
}

async function run(
  options: LintOptions,
  context: Parameters<CheckKindModule['run']>[1],
): Promise<Result> {
  const started = Date.now();
  if (options.report === undefined) {
    // Without a report, the linter's exit code decides.
    if (options.run !== undefined)
      return runCommands(
        {
          run: options.run,
          ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
        },
        context,
      );
    return {
      status: 'errored',
      summary: 'lint needs a report, a run command, or both',
      durationMs: 0,
    };
  }
  const scoped = scopeFor(options.scope, options['when-no-base'], context);
  if ('decided' in scoped) return { ...scoped.decided, durationMs: Date.now() - started };
  const before = await runBeforeReport(options, context);
  if ('decided' in before) return before.decided;
  const { output } = before;
  const read = await readReports<LintReport>(options.report, context, {
    family: 'lint',
    ...(options.format ? { formats: [options.format] } : {}),
    ...(scoped.scope ? { findingScope: scoped.scope } : {}),
  });
  if ('errored' in read)
    return { ...read.errored, durationMs: Date.now() - started, ...(output ? { output } : {}) };
  const summed = sumLint(read.reports);
  // Finding waivers name rule ids: those findings leave the counts and the annotations.
  const waived = new Set<string>();
  let findings = collectFindings(read.reports);
  const metrics = { ...summed };
  if (context.waivedFindings?.size) {
    findings = findings.filter((finding) => {
      const rule = finding.title;
      if (rule === undefined || !context.waivedFindings!.has(rule)) return true;
      waived.add(rule);
      // A finding outside the scope was never counted.
      if (finding.inScope === false) return false;
      if (finding.level === 'error') metrics.errors--;
      else if (finding.level === 'warning') metrics.warnings--;
      else metrics.notes--;
      return false;
    });
  }
  const outOfScope = scoped.scope
    ? read.reports.reduce((sum, report) => sum + (report.outOfScope ?? 0), 0)
    : undefined;
  const judged = judgeLint(options, metrics, {
    ...(scoped.label ? { label: scoped.label } : {}),
    ...(outOfScope === undefined ? {} : { outOfScope }),
  });
  return {
    status: judged.status,
    summary: judged.summary + (waived.size > 0 ? ` (waived: ${[...waived].join(', ')})` : ''),
    metrics: { ...metrics, ...(outOfScope === undefined ? {} : { outOfScope }) },
    findings,
    durationMs: Date.now() - started,
    ...(output ? { output } : {}),
    ...(waived.size > 0 ? { waivedFindings: [...waived] } : {}),
  };
}

export const lintCheck: CheckKindModule<LintOptions> = {
  kind: 'lint',
  optionsSchema: lintOptionsSchema,
  validate,
  describe: (options) =>
    [
      options.run ? `run: ${options.run}` : undefined,
      options.report ? `report: ${describeReport(options.report)}` : undefined,
    ]
      .filter(Boolean)
      .join('; '),
  runsCommand: (options) => options.run !== undefined,
  run,
};

declare module '../model.js' {
  interface CheckOptionsByKind {
    lint: LintOptions;
  }
}
