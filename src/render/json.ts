// The JSON report (`readiness-gate/report@2`) and the plan as JSON: versioned shapes with a
// JSON Schema in checklists/report.schema.json.
import type {
  CheckKind,
  CoverageFiles,
  Checklist,
  ChecklistVerdict,
  Confirmation,
  JudgedWaiver,
  Finding,
  Item,
  JudgedItem,
  Metrics,
  Problem,
  Status,
  StatusCounts,
  Verdict,
  Waiver,
} from '../model.js';
import { flattenItems } from '../checklist/items.js';
import { checkSpecOf, getCheckKind } from '../checks/registry.js';
import { reportProblems } from './report-problems.js';
import { REPORT_SCHEMA } from './report-schema.js';

export { REPORT_SCHEMA };
export const ERROR_SCHEMA = 'readiness-gate/error@1';
export const PLAN_SCHEMA = 'readiness-gate/plan@1';

function itemBase(item: Item): Record<string, unknown> {
  return {
    id: item.id,
    ...(item.parent !== undefined ? { parent: item.parent } : {}),
    title: item.title,
    section: item.section,
    line: item.line,
    kind: item.check?.kind ?? 'manual',
    inferred: item.inferred,
    blocking: item.blocking,
    weight: item.weight,
  };
}

/**
 * Where a report was made, so a later `publish` run (a `workflow_run` workflow, where
 * `workflow_run.pull_requests` is empty for forks) knows which pull request and commit it is about.
 */
export interface ReportSource {
  /** `owner/name`. */
  readonly repository: string;
  /** The event that started the run (`pull_request`, `push`, …). */
  readonly event: string;
  /** The pull request's number, on pull request events. */
  readonly pullRequest?: number;
  /** The commit the verdict is about: the PR head, the merge group head, else GITHUB_SHA. */
  readonly headSha?: string;
}

/** What a shard run adds to its report, so a merge can check it belongs with the others. */
export interface ShardIdentity {
  /** The shard's name (`shard` input or `--shard`), e.g. the matrix value. */
  readonly shard: string;
  /** The commit the shard ran on (40 or 64 hex digits). */
  readonly commit: string;
  /** Checklist path → SHA-256 (hex) of the checklist file's bytes. */
  readonly checklistSha256: Readonly<Record<string, string>>;
}

/** What a report may add: a multi-checklist run's invalid checklists, a shard run's identity. */
export interface ReportJsonOptions {
  /** Several checklists where some are invalid: their problems (the report then does not pass). */
  readonly invalid?: readonly Problem[];
  /** A shard run: its name, commit and checklist hashes. */
  readonly shard?: ShardIdentity;
}

export interface ReportJson {
  readonly schema: typeof REPORT_SCHEMA;
  /** The gate: may this merge. */
  readonly passed: boolean;
  /** Readiness: the gate passes and the level is the top level. */
  readonly ready: boolean;
  /** Unrounded; null when nothing is left to score. */
  readonly score: number | null;
  readonly level: string | null;
  /** The judged commit, or null when unknown. */
  readonly commit: string | null;
  /** The shard's name (matrix shards), or null. */
  readonly shard: string | null;
  /** A merged verdict: the shards that took part. */
  readonly shards?: readonly string[];
  readonly source?: ReportSource;
  /** Several checklists where some are invalid: their problems (the rest have their verdict). */
  readonly invalid?: readonly Problem[];
  readonly counts: Verdict['counts'];
  readonly durationMs: number;
  /** Against the base report, when one was given. */
  readonly delta?: Verdict['delta'];
  readonly checklists: readonly Record<string, unknown>[];
}

export function toReportJson(
  verdict: Verdict,
  source?: ReportSource,
  options: ReportJsonOptions = {},
): ReportJson {
  const { invalid, shard } = options;
  return {
    schema: REPORT_SCHEMA,
    passed: invalid?.length ? false : verdict.passed,
    ready: invalid?.length ? false : verdict.ready,
    score: verdict.score,
    level: verdict.level,
    commit: shard?.commit ?? verdict.commit ?? source?.headSha ?? null,
    shard: shard?.shard ?? null,
    ...(verdict.shards ? { shards: verdict.shards } : {}),
    ...(source ? { source } : {}),
    ...(invalid?.length
      ? {
          invalid: invalid.map((problem) => ({
            file: problem.file,
            line: problem.line,
            column: problem.column,
            message: problem.message,
            ...(problem.keyPath !== undefined ? { keyPath: problem.keyPath } : {}),
          })),
        }
      : {}),
    counts: verdict.counts,
    durationMs: verdict.durationMs,
    ...(verdict.delta ? { delta: verdict.delta } : {}),
    checklists: verdict.checklists.map((cv) => ({
      path: cv.checklist.path,
      ...(shard?.checklistSha256[cv.checklist.path] !== undefined
        ? { sha256: shard.checklistSha256[cv.checklist.path] }
        : {}),
      title: cv.checklist.title,
      passed: cv.passed,
      ready: cv.ready,
      score: cv.score,
      level: cv.level,
      minScore: cv.minScore,
      reason: cv.reason,
      counts: cv.counts,
      items: cv.items.map(({ item, result, isBlocking, confirmation, enforceFrom }) => ({
        ...itemBase(item),
        status: result.status,
        isBlocking,
        summary: result.summary,
        ...(item.note !== undefined ? { note: item.note } : {}),
        ...(result.metrics ? { metrics: result.metrics } : {}),
        ...(result.findings?.length ? { findings: result.findings } : {}),
        ...(result.durationMs !== undefined ? { durationMs: result.durationMs } : {}),
        ...(result.output ? { output: result.output } : {}),
        ...(result.reportMissing ? { reportMissing: true } : {}),
        ...(result.coverageFiles ? { coverage: { files: result.coverageFiles } } : {}),
        ...confirmationJson(confirmation),
        ...(enforceFrom ? { enforceFrom: enforceFrom.date } : {}),
      })),
      ...(cv.waivers ? { waivers: cv.waivers.map(waiverJson) } : {}),
      ...(cv.weakenings?.length ? { weakenings: cv.weakenings } : {}),
    })),
  };
}

/** `confirmedBy`, `confirmedAt`, `confirmedOn`, `confirmedVia`: null where nobody confirmed. */
function confirmationJson(confirmation: Confirmation | undefined): Record<string, unknown> {
  return {
    confirmedBy: confirmation?.by ?? null,
    confirmedAt: confirmation?.at ?? null,
    confirmedOn: confirmation?.on ?? null,
    confirmedVia: confirmation?.via ?? null,
  };
}

/** A waiver as the checklist states it: in the report (judged) and in the plan. */
function waiverFieldsJson(waiver: Waiver): Record<string, unknown> {
  return {
    item: waiver.item,
    finding: waiver.finding ?? null,
    by: waiver.by,
    until: waiver.until,
    reason: waiver.reason,
    line: waiver.line,
  };
}

function waiverJson(judged: JudgedWaiver): Record<string, unknown> {
  return { ...waiverFieldsJson(judged.waiver), state: judged.state, isNew: judged.isNew };
}

/** The object `check --format json` prints for bad input, instead of a report. */
export function renderErrorJson(
  problems: readonly Problem[],
  error: 'invalid-checklist' | 'bad-usage' = 'invalid-checklist',
): string {
  return `${JSON.stringify(
    {
      schema: ERROR_SCHEMA,
      error,
      problems: problems.map((problem) => ({
        file: problem.file,
        line: problem.line,
        column: problem.column,
        message: problem.message,
        keyPath: problem.keyPath ?? null,
      })),
    },
    null,
    2,
  )}\n`;
}

/**
 * The report as text. Indented for people, except a shard report with per-file lines: written
 * compact, since a 4,000-file project's lines would otherwise take several times the space.
 */
export function renderJson(
  verdict: Verdict,
  source?: ReportSource,
  options: ReportJsonOptions = {},
): string {
  const json = toReportJson(verdict, source, options);
  const hasLines = verdict.checklists.some((cv) =>
    cv.items.some((judged) => judged.result.coverageFiles !== undefined),
  );
  return `${hasLines ? JSON.stringify(json) : JSON.stringify(json, null, 2)}\n`;
}

/** A JSON report that does not fit `readiness-gate/report@2`, with every problem found. */
export class ReportShapeError extends Error {
  override readonly name = 'ReportShapeError';
  constructor(readonly problems: readonly string[]) {
    super(
      `not a readiness-gate/report@2 JSON report:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
    );
  }
}

interface ReportItemJson {
  id: string;
  parent?: string;
  title: string;
  section: string[];
  line: number;
  kind: CheckKind | 'manual';
  inferred: boolean;
  blocking: boolean;
  weight: number;
  status: Status;
  isBlocking: boolean;
  summary: string;
  note?: string;
  metrics?: Metrics;
  findings?: Finding[];
  durationMs?: number;
  output?: string;
  reportMissing?: boolean;
  coverage?: { files: CoverageFiles };
  confirmedBy?: string | null;
  confirmedAt?: string | null;
  confirmedOn?: string | null;
  confirmedVia?: Confirmation['via'] | null;
  enforceFrom?: string;
}

interface ReportWaiverJson {
  item: string;
  finding: string | null;
  by: string;
  until: string;
  reason: string;
  line: number;
  state: JudgedWaiver['state'];
  isNew: boolean;
}

interface ReportChecklistJson {
  path: string;
  sha256?: string;
  title: string;
  passed: boolean;
  ready: boolean;
  score: number | null;
  level: string | null;
  minScore?: number;
  reason?: string;
  counts: StatusCounts;
  items: ReportItemJson[];
  waivers?: ReportWaiverJson[];
  weakenings?: string[];
}

function itemFromJson(json: ReportItemJson): JudgedItem {
  const item: Item = {
    id: json.id,
    ...(json.parent !== undefined ? { parent: json.parent } : {}),
    title: json.title,
    line: json.line,
    column: 1,
    checked: json.kind === 'manual' && json.status === 'passed',
    ...(json.kind === 'manual' ? {} : { check: checkSpecOf(json.kind, {}) }),
    blocking: json.blocking,
    weight: json.weight,
    inferred: json.inferred,
    ...(json.note !== undefined ? { note: json.note } : {}),
    section: json.section,
    children: [],
  };
  const findings = json.findings;
  return {
    item,
    result: {
      status: json.status,
      summary: json.summary,
      ...(json.metrics ? { metrics: json.metrics } : {}),
      ...(findings ? { findings } : {}),
      ...(json.durationMs !== undefined ? { durationMs: json.durationMs } : {}),
      ...(json.output !== undefined ? { output: json.output } : {}),
      ...(json.reportMissing ? { reportMissing: true } : {}),
      ...(json.coverage ? { coverageFiles: json.coverage.files } : {}),
    },
    isBlocking: json.isBlocking,
    ...(json.confirmedVia
      ? {
          confirmation: {
            by: json.confirmedBy ?? null,
            at: json.confirmedAt ?? null,
            on: json.confirmedOn ?? null,
            via: json.confirmedVia,
          },
        }
      : {}),
  };
}

function waiverFromJson(json: ReportWaiverJson): JudgedWaiver {
  return {
    waiver: {
      item: json.item,
      ...(json.finding !== null ? { finding: json.finding } : {}),
      by: json.by,
      until: json.until,
      reason: json.reason,
      line: json.line,
      column: 1,
    },
    state: json.state,
    // Days left are not kept in the report; the summaries already say them.
    daysLeft: Number.NaN,
    isNew: json.isNew,
  };
}

function checklistFromJson(json: ReportChecklistJson): ChecklistVerdict {
  const items = json.items.map(itemFromJson);
  const checklist: Checklist = {
    path: json.path,
    format: /\.(md|markdown)$/i.test(json.path) ? 'markdown' : 'yaml',
    title: json.title,
    policy: json.minScore !== undefined ? { minScore: json.minScore } : {},
    sections: [],
    items: items.map((judged) => judged.item),
  };
  return {
    checklist,
    items,
    counts: json.counts,
    score: json.score,
    level: json.level,
    minScore: json.minScore ?? 0,
    passed: json.passed,
    ready: json.ready,
    topLevel: 'ready',
    reason: json.reason ?? '',
    ...(json.waivers ? { waivers: json.waivers.map(waiverFromJson) } : {}),
    ...(json.weakenings ? { weakenings: json.weakenings } : {}),
  };
}

/**
 * Rebuilds a verdict from a JSON report (`readiness-gate/report@2`, as `toReportJson` writes it),
 * for publishing a verdict decided by another run. The report is checked against the schema in
 * `checklists/report.schema.json` first; a report that does not fit throws a ReportShapeError
 * listing every problem. Checks come back without their options (the report does not keep them).
 */
export function verdictFromReport(json: unknown): {
  verdict: Verdict;
  source?: ReportSource;
  shard?: ShardIdentity;
} {
  const schema = (json as { schema?: unknown } | null)?.schema;
  if (
    typeof schema === 'string' &&
    schema !== REPORT_SCHEMA &&
    schema.startsWith('readiness-gate/')
  )
    throw new ReportShapeError([
      `schema: this is a ${schema} report; this version reads ${REPORT_SCHEMA} only (make the report again with this version)`,
    ]);
  const problems = reportProblems(json);
  if (problems.length > 0) throw new ReportShapeError(problems);
  const report = json as {
    passed: boolean;
    ready: boolean;
    score: number | null;
    level: string | null;
    commit: string | null;
    counts: StatusCounts;
    durationMs?: number;
    source?: ReportSource;
    shard?: string | null;
    shards?: string[];
    delta?: Verdict['delta'];
    checklists: ReportChecklistJson[];
  };
  const verdict: Verdict = {
    passed: report.passed,
    ready: report.ready,
    score: report.score,
    level: report.level,
    counts: report.counts,
    checklists: report.checklists.map(checklistFromJson),
    durationMs: report.durationMs ?? 0,
    ...(report.commit ? { commit: report.commit } : {}),
    // The check run's delta against the base, so `publish` shows it and judges `fail-on: regression`.
    ...(report.delta ? { delta: report.delta } : {}),
    ...(report.shards ? { shards: report.shards } : {}),
  };
  const shard: ShardIdentity | undefined =
    typeof report.shard === 'string'
      ? {
          shard: report.shard,
          commit: report.commit ?? '',
          checklistSha256: Object.fromEntries(
            report.checklists.flatMap((cv) => (cv.sha256 ? [[cv.path, cv.sha256]] : [])),
          ),
        }
      : undefined;
  return {
    verdict,
    ...(report.source ? { source: report.source } : {}),
    ...(shard ? { shard } : {}),
  };
}

/** The plan: the report's shape without statuses, each item with its resolved check. */
export function toPlanJson(checklists: readonly Checklist[]): Record<string, unknown> {
  return {
    schema: PLAN_SCHEMA,
    checklists: checklists.map((checklist) => ({
      path: checklist.path,
      title: checklist.title,
      format: checklist.format,
      policy: checklist.policy,
      items: flattenItems(checklist).map((item) => ({
        ...itemBase(item),
        ...(item.check
          ? {
              check: item.check.options,
              describe: getCheckKind(item.check.kind).describe(item.check.options),
            }
          : {}),
        ...(item.check === undefined ? { checked: item.checked } : {}),
        ...(item.note ? { note: item.note } : {}),
        ...(item.owners ? { owners: item.owners } : {}),
        ...(item.covers ? { covers: item.covers } : {}),
        ...(item.enforceFrom ? { enforceFrom: item.enforceFrom } : {}),
      })),
      ...(checklist.waivers?.length
        ? {
            waivers: checklist.waivers.map(waiverFieldsJson),
          }
        : {}),
    })),
  };
}
