// The `scan` kind: any vulnerability or secret scanner's report, each flaw once, against per-severity limits.
import type { Finding, Result } from '../model.js';
import { entryKey } from '../reports/scan-tally.js';
import { trivyFindings } from '../reports/trivy-findings.js';
import {
  SEVERITIES,
  TRIVY_CLASSES,
  zeroSeverities,
  type BanditReport,
  type ReportFormat,
  type ScanEntry,
  type ScanMetrics,
  type ScanReport,
  type Severity,
  type TrivyClass,
  type TrivyReport,
} from '../reports/types.js';
import {
  collectFindings,
  describeReport,
  readReports,
  reportOptionSchema,
  type ReportOption,
} from './report-files.js';
import { classNoun, limitFor, overLimits, trivyOptionsSchema, type TrivyOptions } from './trivy.js';
import { scopeFor, scopeOptionSchema, whenNoBaseSchema, type Scope } from './finding-scope.js';
import type { CheckContext, CheckKindModule } from './types.js';

export interface ScanOptions {
  readonly report: ReportOption;
  readonly max?: TrivyOptions['max'];
  readonly 'ignore-unfixed'?: boolean;
  readonly ignore?: readonly string[];
  readonly scope?: Scope;
  readonly 'when-no-base'?: 'errored' | 'skipped';
}

/** Every format `scan` reads: the scanners', trivy's and bandit's. */
export const SCAN_FORMATS: readonly ReportFormat[] = [
  'grype-json',
  'osv-scanner-json',
  'npm-audit-json',
  'pip-audit-json',
  'gitleaks-json',
  'sarif-security',
  'trivy-json',
  'trivy-sarif',
  'bandit-json',
];

const DEFAULT_MAX = { critical: 0, high: 0 } as const;
/** For a report whose format has no severity (pip-audit), where every finding is `unknown`. */
const DEFAULT_MAX_WITHOUT_SEVERITY = { critical: 0, high: 0, unknown: 0 } as const;

export const scanOptionsSchema = {
  type: 'object',
  description:
    'A vulnerability or secret scanner report (grype, osv-scanner, npm audit, pip-audit, gitleaks JSON, SARIF with security severities, trivy, bandit; the format detected): passes when every count is within max after ignore-unfixed and ignore, each flaw counted once per package and version.',
  properties: {
    report: reportOptionSchema,
    max: {
      ...trivyOptionsSchema.properties.max,
      description:
        'Findings allowed per severity (default { critical: 0, high: 0 }, and unknown: 0 for a format without severities such as pip-audit), or per class (vulnerabilities, misconfigurations, secrets) with its own severities. A severity not given is unlimited.',
    },
    'ignore-unfixed': trivyOptionsSchema.properties['ignore-unfixed'],
    ignore: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description:
        'Vulnerability or rule ids to leave out; an id matches any of its aliases (CVE, GHSA).',
    },
    scope: {
      ...scopeOptionSchema,
      description: `${scopeOptionSchema.description} A finding without a file (a dependency's flaw) counts only under all; one without a line only under changed-files.`,
    },
    'when-no-base': whenNoBaseSchema,
  },
  required: ['report'],
  additionalProperties: false,
} as const;

/** An entry the `ignore` list names: by its id or an alias, or (npm) when all its advisories are. */
export function isIgnored(entry: ScanEntry, ignored: ReadonlySet<string>): boolean {
  if (ignored.size === 0) return false;
  if (ignored.has(entry.id) || (entry.aliases ?? []).some((alias) => ignored.has(alias)))
    return true;
  const advisories = entry.advisories ?? [];
  return advisories.length > 0 && advisories.every((advisory) => ignored.has(advisory));
}

async function run(options: ScanOptions, context: CheckContext): Promise<Result> {
  const started = Date.now();
  const scoped = scopeFor(options.scope, options['when-no-base'], context);
  if ('decided' in scoped) return { ...scoped.decided, durationMs: Date.now() - started };
  const read = await readReports<ScanReport | TrivyReport | BanditReport>(options.report, context, {
    family: 'security',
    formats: SCAN_FORMATS,
    // Bandit's reader applies the scope itself (its counts leave out the findings outside it).
    ...(scoped.scope ? { findingScope: scoped.scope } : {}),
  });
  if ('errored' in read) return { ...read.errored, durationMs: Date.now() - started };
  const ignored = new Set(options.ignore ?? []);
  const ignoreUnfixed = options['ignore-unfixed'] ?? false;
  const hasUnrated = read.reports.some((report) => report.kind === 'scan' && !report.hasSeverity);
  const max = options.max ?? (hasUnrated ? DEFAULT_MAX_WITHOUT_SEVERITY : DEFAULT_MAX);
  const metrics: ScanMetrics = {
    vulnerabilities: zeroSeverities(),
    misconfigurations: zeroSeverities(),
    secrets: zeroSeverities(),
  };
  const kept: ScanEntry[] = [];
  /** Under a scope: entries outside it, listed (marked) but not counted. */
  const outside: ScanEntry[] = [];
  const banditFindings: Finding[] = [];
  const seen = new Set<string>();
  let leftOut = 0;
  let outOfScope = 0;
  // Finding waivers name a vulnerability id (or one of its aliases): out of the counts, and listed.
  const waived = new Set<string>();
  const waiverOf = (entry: ScanEntry): string | undefined =>
    [entry.id, ...(entry.aliases ?? [])].find((id) => context.waivedFindings?.has(id));
  for (const report of read.reports) {
    if (report.kind === 'bandit') {
      outOfScope += report.outOfScope ?? 0;
      // Bandit's issues are code weaknesses: counted as vulnerabilities at bandit's severity.
      for (const severity of ['high', 'medium', 'low'] as const)
        metrics.vulnerabilities[severity] += report.metrics[severity];
      banditFindings.push(...collectFindings([report]));
      continue;
    }
    for (const entry of report.entries) {
      const key = entryKey(entry);
      if (seen.has(key)) continue;
      seen.add(key);
      const waivedId = waiverOf(entry);
      if (waivedId !== undefined) {
        waived.add(waivedId);
        continue;
      }
      if (
        isIgnored(entry, ignored) ||
        (ignoreUnfixed && entry.class === 'vulnerabilities' && !entry.isFixed)
      ) {
        leftOut++;
        continue;
      }
      if (
        scoped.scope &&
        !scoped.scope({
          ...(entry.file === undefined ? {} : { file: entry.file }),
          ...(entry.line === undefined ? {} : { line: entry.line }),
        })
      ) {
        outOfScope++;
        outside.push(entry);
        continue;
      }
      metrics[entry.class][entry.severity]++;
      kept.push(entry);
    }
  }
  const over = overLimits(max, metrics);
  const counted = TRIVY_CLASSES.filter(
    (c) => SEVERITIES.some((s) => metrics[c][s] > 0) || c === 'vulnerabilities',
  ).map((c) => describeClass(c, metrics[c]));
  const ignoredNote =
    (leftOut > 0 ? ` (${leftOut} ignored)` : '') +
    (waived.size > 0 ? ` (waived: ${[...waived].join(', ')})` : '');
  const where = scoped.label
    ? ` on ${scoped.label}${outOfScope ? ` (${outOfScope} elsewhere not counted)` : ''}`
    : '';
  const isOver = (entry: ScanEntry): boolean => {
    const limit = limitFor(max, entry.class, entry.severity);
    return limit !== undefined && metrics[entry.class][entry.severity] > limit;
  };
  const failing = kept.filter(isOver);
  const marked = (findings: Finding[], inScope: boolean): Finding[] =>
    scoped.scope ? findings.map((finding) => ({ ...finding, inScope })) : findings;
  return {
    status: over.length > 0 ? 'failed' : 'passed',
    summary: (over.length > 0 ? over.join(', ') : counted.join('; ')) + where + ignoredNote,
    metrics: { ...metrics, ...(scoped.scope ? { outOfScope } : {}) },
    // Counted findings first; those outside the scope after them, still listed.
    findings: [
      ...marked(trivyFindings(failing.length > 0 ? failing : kept), true),
      ...banditFindings,
      ...marked(trivyFindings(outside), false),
    ].slice(0, 1000),
    durationMs: Date.now() - started,
    ...(waived.size > 0 ? { waivedFindings: [...waived] } : {}),
  };
}

/** `3 vulnerabilities (1 critical, 2 medium)` or `0 vulnerabilities`. */
function describeClass(scanClass: TrivyClass, counts: Record<Severity, number>): string {
  const total = SEVERITIES.reduce((sum, s) => sum + counts[s], 0);
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return `${total} ${classNoun(scanClass, total)}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

export const scanCheck: CheckKindModule<ScanOptions> = {
  kind: 'scan',
  optionsSchema: scanOptionsSchema,
  describe: (options) => {
    const limits = options.max
      ? Object.entries(options.max)
          .map(([key, value]) =>
            typeof value === 'number'
              ? `${key} ≤ ${value}`
              : `${key}: ${Object.entries(value ?? {})
                  .map(([s, n]) => `${s} ≤ ${String(n)}`)
                  .join(', ')}`,
          )
          .join(', ')
      : 'critical ≤ 0, high ≤ 0';
    const extras = [
      options['ignore-unfixed'] ? 'ignoring unfixed' : '',
      options.ignore?.length ? `${options.ignore.length} ids ignored` : '',
      options.scope && options.scope !== 'all' ? `on ${options.scope.replace('-', ' ')}` : '',
    ].filter(Boolean);
    return `${limits} in ${describeReport(options.report)}${extras.length ? ` (${extras.join(', ')})` : ''}`;
  },
  runsCommand: () => false,
  run,
};

declare module '../model.js' {
  interface CheckOptionsByKind {
    scan: ScanOptions;
  }
}
