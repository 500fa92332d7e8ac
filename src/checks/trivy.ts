// The `trivy` kind: trivy JSON or SARIF findings per class and severity, after ignores, against limits.
import type { Result } from '../model.js';
import { trivyFindings } from '../reports/trivy-findings.js';
import {
  SEVERITIES,
  TRIVY_CLASSES,
  zeroSeverities,
  type Severity,
  type TrivyClass,
  type TrivyEntry,
  type TrivyMetrics,
  type TrivyReport,
} from '../reports/types.js';
import {
  describeReport,
  readReports,
  reportOptionSchema,
  type ReportOption,
} from './report-files.js';
import type { CheckKindModule } from './types.js';

type SeverityLimits = Partial<Record<Severity, number>>;

export interface TrivyOptions {
  readonly report: ReportOption;
  /** Per severity for every class, and/or per class (`secrets: { low: 0 }`), which wins for its class. */
  readonly max?: SeverityLimits & Partial<Record<TrivyClass, SeverityLimits>>;
  readonly 'ignore-unfixed'?: boolean;
  readonly ignore?: readonly string[];
}

const countSchema = { type: 'integer', minimum: 0 };
const severityLimitsSchema = {
  type: 'object',
  properties: Object.fromEntries(SEVERITIES.map((s) => [s, countSchema])),
  additionalProperties: false,
};

export const trivyOptionsSchema = {
  type: 'object',
  description:
    'A trivy JSON (schema 2) or SARIF report: passes when every count is within max after ignore-unfixed and ignore.',
  properties: {
    report: reportOptionSchema,
    max: {
      type: 'object',
      description:
        'Findings allowed per severity in each class (default { critical: 0, high: 0 }), or per class (vulnerabilities, misconfigurations, secrets) with its own severities. A severity not given is unlimited.',
      properties: {
        ...Object.fromEntries(SEVERITIES.map((s) => [s, countSchema])),
        ...Object.fromEntries(TRIVY_CLASSES.map((c) => [c, severityLimitsSchema])),
      },
      additionalProperties: false,
    },
    'ignore-unfixed': {
      type: 'boolean',
      description: 'Leave out vulnerabilities that have no fixed version.',
    },
    ignore: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Vulnerability, misconfiguration or secret rule ids to leave out.',
    },
  },
  required: ['report'],
  additionalProperties: false,
} as const;

const CLASS_NOUN: Record<TrivyClass, [string, string]> = {
  vulnerabilities: ['vulnerability', 'vulnerabilities'],
  misconfigurations: ['misconfiguration', 'misconfigurations'],
  secrets: ['secret', 'secrets'],
};

/** The limit for one class and severity: the class's own, else the top-level one; undefined = unlimited. */
export function limitFor(
  max: NonNullable<TrivyOptions['max']>,
  trivyClass: TrivyClass,
  severity: Severity,
): number | undefined {
  return max[trivyClass]?.[severity] ?? max[severity];
}

/** `vulnerability` for one, `vulnerabilities` for any other count. */
export function classNoun(trivyClass: TrivyClass, count: number): string {
  return CLASS_NOUN[trivyClass][count === 1 ? 0 : 1];
}

/** Each class and severity over its limit, as `2 HIGH vulnerabilities > 0 allowed`. */
export function overLimits(max: NonNullable<TrivyOptions['max']>, metrics: TrivyMetrics): string[] {
  const over: string[] = [];
  for (const trivyClass of TRIVY_CLASSES) {
    for (const severity of SEVERITIES) {
      const limit = limitFor(max, trivyClass, severity);
      const count = metrics[trivyClass][severity];
      if (limit !== undefined && count > limit)
        over.push(
          `${count} ${severity.toUpperCase()} ${classNoun(trivyClass, count)} > ${limit} allowed`,
        );
    }
  }
  return over;
}

/** Judges counted findings (after ignores) against `max`: in a run, and again in a merge. */
export function judgeTrivy(
  options: Pick<TrivyOptions, 'max'>,
  metrics: TrivyMetrics,
): Pick<Result, 'status' | 'summary'> {
  const over = overLimits(options.max ?? { critical: 0, high: 0 }, metrics);
  const totals = TRIVY_CLASSES.map((c) => {
    const count = SEVERITIES.reduce((sum, s) => sum + metrics[c][s], 0);
    return `${count} ${classNoun(c, count)}`;
  }).join(', ');
  return {
    status: over.length > 0 ? 'failed' : 'passed',
    summary: over.length > 0 ? over.join(', ') : totals,
  };
}

async function run(
  options: TrivyOptions,
  context: Parameters<CheckKindModule['run']>[1],
): Promise<Result> {
  const started = Date.now();
  const read = await readReports<TrivyReport>(options.report, context, {
    family: 'security',
    formats: ['trivy-json', 'trivy-sarif'],
  });
  if ('errored' in read) return { ...read.errored, durationMs: Date.now() - started };
  const ignored = new Set(options.ignore ?? []);
  const ignoreUnfixed = options['ignore-unfixed'] ?? false;
  const max = options.max ?? { critical: 0, high: 0 };
  const metrics: TrivyMetrics = {
    vulnerabilities: zeroSeverities(),
    misconfigurations: zeroSeverities(),
    secrets: zeroSeverities(),
  };
  const kept: TrivyEntry[] = [];
  let leftOut = 0;
  // Finding waivers name vulnerability ids: out of the counts, and listed for the waiver's state.
  const waived = new Set<string>();
  for (const report of read.reports) {
    for (const entry of report.entries) {
      if (context.waivedFindings?.has(entry.id)) {
        waived.add(entry.id);
        continue;
      }
      if (
        ignored.has(entry.id) ||
        (ignoreUnfixed && entry.class === 'vulnerabilities' && !entry.isFixed)
      ) {
        leftOut++;
        continue;
      }
      metrics[entry.class][entry.severity]++;
      kept.push(entry);
    }
  }
  const judged = judgeTrivy(options, metrics);
  const ignoredNote =
    (leftOut > 0 ? ` (${leftOut} ignored)` : '') +
    (waived.size > 0 ? ` (waived: ${[...waived].join(', ')})` : '');
  const failing = kept.filter((entry) => {
    const limit = limitFor(max, entry.class, entry.severity);
    return limit !== undefined && metrics[entry.class][entry.severity] > limit;
  });
  return {
    status: judged.status,
    summary: judged.summary + ignoredNote,
    metrics: { ...metrics },
    findings: trivyFindings(failing.length > 0 ? failing : kept),
    durationMs: Date.now() - started,
    ...(waived.size > 0 ? { waivedFindings: [...waived] } : {}),
  };
}

export const trivyCheck: CheckKindModule<TrivyOptions> = {
  kind: 'trivy',
  optionsSchema: trivyOptionsSchema,
  describe: (options) => {
    const max = options.max ?? { critical: 0, high: 0 };
    const parts = Object.entries(max).map(([key, value]) =>
      typeof value === 'number'
        ? `${key} ≤ ${value}`
        : `${key}: ${Object.entries(value ?? {})
            .map(([s, n]) => `${s} ≤ ${String(n)}`)
            .join(', ')}`,
    );
    const extras = [
      options['ignore-unfixed'] ? 'ignoring unfixed' : '',
      options.ignore?.length ? `${options.ignore.length} ids ignored` : '',
    ].filter(Boolean);
    return `${parts.join(', ')} in ${describeReport(options.report)}${extras.length ? ` (${extras.join(', ')})` : ''}`;
  },
  runsCommand: () => false,
  run,
};

declare module '../model.js' {
  interface CheckOptionsByKind {
    trivy: TrivyOptions;
  }
}
