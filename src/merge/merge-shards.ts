// Merge: shard reports of one matrix → one verdict, item by item, judged again; nothing missing passes.
import type {
  Checklist,
  ChecklistVerdict,
  ConfirmFrom,
  CoverageFiles,
  Finding,
  Item,
  Result,
  Status,
  Verdict,
} from '../model.js';
import { flattenItems } from '../checklist/items.js';
import { applyItemWaivers, waiverStateOn } from '../gate/waivers.js';
import { judgeCoverage, planPatch, type CoverageOptions } from '../checks/coverage.js';
import { patchCoverageOf, type PatchFileLines } from '../checks/patch-coverage.js';
import { ReportPathIndex } from '../checks/report-path-index.js';
import type { ChangeSet } from '../git/change-set.js';
import { baseItemOf, type BaseReport } from '../gate/base-report.js';
import { computeDelta } from '../gate/delta.js';
import { judgeBandit } from '../checks/bandit.js';
import { judgeLint } from '../checks/lint.js';
import { optionsOf } from '../checks/registry.js';
import { judgeTrivy } from '../checks/trivy.js';
import { judgeTests, sumTests } from '../checks/tests.js';
import { mergeCoverageFiles, RangeTextError, unionFileLines } from '../reports/coverage-lines.js';
import {
  ratio,
  SEVERITIES,
  TRIVY_CLASSES,
  type BanditMetrics,
  type LintMetrics,
  type TestsMetrics,
  type TrivyMetrics,
} from '../reports/types.js';
import { reportProblems } from '../render/report-problems.js';
import { REPORT_SCHEMA } from '../render/json.js';
import { judgeAll, judgeChecklist, type JudgeOptions } from '../gate/judge.js';
import { confirmationSet, judgeManual } from '../gate/run.js';

/** `expect-shards`: a count, or the names that must all report. */
export type ExpectedShards = { readonly count: number } | { readonly names: readonly string[] };

/** A single integer is a count; anything else is names, separated by commas or new lines. */
export function parseExpectShards(text: string): ExpectedShards | { readonly error: string } {
  const trimmed = text.trim();
  if (trimmed === '')
    return { error: 'expect-shards is required: the number of shards, or their names' };
  if (/^\d+$/.test(trimmed)) {
    const count = Number(trimmed);
    return count >= 1 ? { count } : { error: `expect-shards must be at least 1, found ${trimmed}` };
  }
  const names = trimmed
    .split(/[\n,]/)
    .map((name) => name.trim())
    .filter(Boolean);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) return { error: `expect-shards names "${name}" twice` };
    seen.add(name);
  }
  return { names };
}

/** A report file as read: its name for messages and its text. */
export interface ShardReportFile {
  readonly file: string;
  readonly text: string;
}

export interface MergeOptions extends JudgeOptions {
  /** The checklists as this run's checkout has them (the shards must have run the same). */
  readonly checklists: readonly Checklist[];
  /** Path → SHA-256 of this checkout's checklist bytes. */
  readonly digests: Readonly<Record<string, string>>;
  /** The commit this run is about; undefined when it is unknown (then no shard can match). */
  readonly commit: string | undefined;
  readonly expect: ExpectedShards;
  readonly reports: readonly ShardReportFile[];
  /** Ticked boxes from the pull request body, for manual items no shard confirmed. */
  readonly confirmations?: readonly string[];
  readonly confirmFrom?: ConfirmFrom;
  /** Found before the reports were read (a pattern matching nothing, a file too large). */
  readonly extraBlockers?: readonly string[];
  /** `YYYY-MM-DD` on the merge job's clock: item waivers and enforce-from are judged again with it. */
  readonly today?: string;
  /** The changed lines in the merge job's checkout (patch coverage is judged again with them). */
  readonly changes?: ChangeSet;
  /** Why there are no changed lines, for items with patch minimums. */
  readonly noBaseReason?: string;
  /** The base branch's report: ratchets are judged against it, and the verdict gets a delta. */
  readonly baseReport?: BaseReport;
}

/** What a merged coverage item is judged with besides the shards' lines. */
interface CoverageContext {
  readonly checklistPath: string;
  readonly changes?: ChangeSet;
  readonly noBaseReason?: string;
  readonly baseReport?: BaseReport;
}

/** The merged verdict and what else the merge found. */
export interface MergedVerdict {
  readonly verdict: Verdict;
  /** What blocks the verdict beyond its items: missing, foreign or unreadable shards. */
  readonly blockers: readonly string[];
  /** The shards whose data was merged. */
  readonly merged: readonly string[];
}

export type MergeOutcome = MergedVerdict | { readonly configError: string };

interface ShardItemJson {
  readonly id: string;
  readonly kind: string;
  readonly status: Status;
  readonly summary: string;
  readonly metrics?: Record<string, unknown>;
  readonly findings?: Finding[];
  readonly durationMs?: number;
  readonly output?: string;
  readonly reportMissing?: boolean;
  readonly coverage?: { readonly files: CoverageFiles };
}

interface ShardChecklistJson {
  readonly path: string;
  readonly sha256?: string;
  readonly items: readonly ShardItemJson[];
}

interface ShardJson {
  /** null (or absent) in a report that is not a shard's. */
  readonly shard?: string | null;
  readonly commit?: string | null;
  readonly durationMs?: number;
  readonly checklists: readonly ShardChecklistJson[];
}

/** One shard accepted for merging: its items by checklist path, then id. */
interface Shard {
  readonly name: string;
  readonly items: ReadonlyMap<string, ReadonlyMap<string, ShardItemJson>>;
  readonly durationMs: number;
}

const short = (hash: string): string => hash.slice(0, 12);

function describeSchema(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : 'no schema field';
}

/** Reads every report, keeps the shards that belong with this run, and says what is wrong with the rest. */
function admit(
  options: MergeOptions,
): { shards: Shard[]; names: string[]; blockers: string[] } | { configError: string } {
  const blockers: string[] = [...(options.extraBlockers ?? [])];
  const shards: Shard[] = [];
  const names: string[] = [];
  const whereSeen = new Map<string, string>();
  for (const { file, text } of options.reports) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      blockers.push(`${file} is not JSON (${(error as Error).message.slice(0, 120)})`);
      continue;
    }
    const declared = (json as { schema?: unknown } | null)?.schema;
    if (declared !== REPORT_SCHEMA) {
      blockers.push(
        `${file} is of another report schema (${describeSchema(declared)}; this run reads ${REPORT_SCHEMA})`,
      );
      continue;
    }
    const problems = reportProblems(json);
    if (problems.length > 0) {
      blockers.push(
        `${file} does not fit ${REPORT_SCHEMA}: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` and ${problems.length - 3} more` : ''}`,
      );
      continue;
    }
    const report = json as ShardJson;
    if (report.shard === undefined || report.shard === null) {
      blockers.push(`${file} is not a shard report (no shard name: run it with shard: <name>)`);
      continue;
    }
    const name = report.shard;
    const earlier = whereSeen.get(name);
    if (earlier !== undefined)
      return { configError: `shard "${name}" reported twice: ${earlier} and ${file}` };
    whereSeen.set(name, file);
    names.push(name);
    const wrong: string[] = [];
    if (report.commit === undefined || report.commit === null)
      wrong.push(`shard "${name}" (${file}) does not say its commit`);
    else if (options.commit === undefined)
      wrong.push(
        `shard "${name}" is of commit ${short(report.commit)}, and this run's commit is unknown`,
      );
    else if (report.commit !== options.commit)
      wrong.push(
        `shard "${name}" (${file}) is of another commit: ${short(report.commit)}, this run is of ${short(options.commit)}`,
      );
    const reported = new Map(report.checklists.map((cv) => [cv.path, cv]));
    for (const cv of report.checklists) {
      const ours = options.digests[cv.path];
      if (ours === undefined)
        wrong.push(
          `shard "${name}" ran another checklist: ${cv.path}, which this run does not have`,
        );
      else if (cv.sha256 === undefined)
        wrong.push(`shard "${name}" does not say which version of ${cv.path} it ran (no sha256)`);
      else if (cv.sha256 !== ours)
        wrong.push(
          `shard "${name}" ran another checklist: ${cv.path} with sha256 ${short(cv.sha256)}, this checkout's is ${short(ours)}`,
        );
    }
    for (const checklist of options.checklists)
      if (!reported.has(checklist.path))
        wrong.push(`shard "${name}" did not run the checklist ${checklist.path}`);
    if (wrong.length > 0) {
      blockers.push(...wrong);
      continue;
    }
    shards.push({
      name,
      items: new Map(
        report.checklists.map((cv) => [cv.path, new Map(cv.items.map((item) => [item.id, item]))]),
      ),
      durationMs: report.durationMs ?? 0,
    });
  }
  const expect = options.expect;
  if ('count' in expect) {
    if (names.length < expect.count)
      blockers.push(
        `expected ${expect.count} shards, ${names.length} reported${names.length > 0 ? ` (${names.join(', ')})` : ''}: ${expect.count - names.length} missing`,
      );
    else if (names.length > expect.count)
      blockers.push(
        `expected ${expect.count} shards, ${names.length} reported (${names.join(', ')})`,
      );
  } else {
    for (const name of expect.names)
      if (!whereSeen.has(name)) blockers.push(`expected shard "${name}" is missing (no report)`);
    for (const name of names)
      if (!expect.names.includes(name))
        blockers.push(`shard "${name}" is not among the expected (${expect.names.join(', ')})`);
  }
  return { shards, names, blockers };
}

/** Worst first: a merged status is the worst any shard reached. */
const SEVERITY: Readonly<Record<Status, number>> = {
  errored: 5,
  failed: 4,
  pending: 3,
  waived: 2,
  passed: 1,
  skipped: 0,
};

interface Entry {
  readonly shard: string;
  readonly item: ShardItemJson;
}

function worstOf(entries: readonly Entry[]): Entry {
  return entries.reduce((worst, entry) =>
    SEVERITY[entry.item.status] > SEVERITY[worst.item.status] ? entry : worst,
  );
}

function findingKey(finding: Finding): string {
  return JSON.stringify([
    finding.file,
    finding.line,
    finding.endLine,
    finding.column,
    finding.endColumn,
    finding.level,
    finding.title,
    finding.message,
  ]);
}

/** Every shard's findings once (same place, level and text), capped as a run caps them. */
function unionFindings(entries: readonly Entry[], max = 1000): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const { item } of entries) {
    for (const finding of item.findings ?? []) {
      const key = findingKey(finding);
      if (seen.has(key)) continue;
      seen.add(key);
      if (out.length < max) out.push(finding);
    }
  }
  return out;
}

function inShards(entries: readonly Entry[]): string {
  return entries.map((entry) => entry.shard).join(', ');
}

function durationOf(entries: readonly Entry[]): number {
  return Math.max(0, ...entries.map((entry) => entry.item.durationMs ?? 0));
}

/** The worst shard's result, saying where it came from when the shards disagree. */
function worstResult(entries: readonly Entry[]): Result {
  const worst = worstOf(entries);
  const agree = entries.every(
    (entry) => entry.item.status === worst.item.status && entry.item.summary === worst.item.summary,
  );
  const findings = unionFindings(entries);
  return {
    status: worst.item.status,
    summary: agree ? worst.item.summary : `${worst.item.summary} (in ${worst.shard})`,
    ...(worst.item.metrics ? { metrics: worst.item.metrics } : {}),
    ...(findings.length > 0 ? { findings } : {}),
    ...(worst.item.output !== undefined ? { output: worst.item.output } : {}),
    durationMs: durationOf(entries),
  };
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : NaN;
}

function mergeTests(item: Item, entries: readonly Entry[]): Result {
  const counted: { metrics: TestsMetrics }[] = [];
  for (const { shard, item: json } of entries) {
    const m = json.metrics ?? {};
    const metrics = {
      total: count(m.total),
      passed: count(m.passed),
      failed: count(m.failed),
      errors: count(m.errors),
      skipped: count(m.skipped),
    };
    if (Object.values(metrics).some(Number.isNaN))
      return {
        status: 'errored',
        summary: `shard "${shard}" reported no test counts for this item`,
      };
    counted.push({ metrics });
  }
  const metrics = sumTests(counted);
  const judged = judgeTests(optionsOf(item.check, 'tests'), metrics);
  const findings = unionFindings(entries);
  return {
    ...judged,
    summary: `${judged.summary} (${entries.length} shard${entries.length === 1 ? '' : 's'} summed)`,
    metrics: { ...metrics },
    ...(findings.length > 0 ? { findings } : {}),
    durationMs: durationOf(entries),
  };
}

function mergeCoverage(item: Item, entries: readonly Entry[], context: CoverageContext): Result {
  const options = optionsOf(item.check, 'coverage');
  if (options['min-functions'] !== undefined) {
    return {
      status: 'errored',
      summary:
        'min-functions cannot be judged from shard reports: function coverage does not merge from per-line data (use min-lines or min-branches for a merged item)',
    };
  }
  const plan = planPatch(options, context.changes, context.noBaseReason);
  if ('result' in plan) return { ...plan.result, durationMs: durationOf(entries) };
  const files: CoverageFiles[] = [];
  for (const { shard, item: json } of entries) {
    if (json.coverage === undefined)
      return {
        status: 'errored',
        summary: `shard "${shard}" has no per-file lines for this item (its report records totals only, or the shard ran without shard:)`,
      };
    files.push(json.coverage.files);
  }
  let merged: ReturnType<typeof mergeCoverageFiles>;
  let patch: ReturnType<typeof mergedPatch> | undefined;
  try {
    merged = mergeCoverageFiles(files);
    if (plan.wantsPatch && context.changes !== undefined)
      patch = mergedPatch(options, files, context.changes, merged.branches !== undefined);
  } catch (error) {
    if (!(error instanceof RangeTextError)) throw error;
    return {
      status: 'errored',
      summary: `a shard's coverage lines are malformed: ${error.message}`,
    };
  }
  const metrics = {
    lines: ratio(merged.lines.covered, merged.lines.total),
    branches: merged.branches ? ratio(merged.branches.covered, merged.branches.total) : null,
    functions: null,
  };
  const baseItem = baseItemOf(context.baseReport, context.checklistPath, item.id);
  const judged = judgeCoverage(
    options,
    metrics,
    (figure) =>
      figure === 'branches' && merged.branches === undefined
        ? 'no shard recorded branch data'
        : `the shards' reports have no ${figure} to cover`,
    {
      ...(baseItem ? { baseItem } : {}),
      ...(context.baseReport ? { hasBaseReport: true } : {}),
    },
    patch === undefined
      ? undefined
      : { coverage: patch, noBranchData: () => 'no shard recorded branch data' },
    plan.patchSkipped,
  );
  return {
    ...judged,
    summary: `${judged.summary} (union of ${entries.length} shard${entries.length === 1 ? '' : 's'}, ${merged.files} file${merged.files === 1 ? '' : 's'})`,
    durationMs: durationOf(entries),
  };
}

/**
 * Patch coverage from the shards' per-file lines: each key is matched to a changed file of this
 * checkout (any format's habits, as the lines do not say their format), and the lines of every
 * key naming the same file are united before the changed ones are counted. Branches count when
 * some shard recorded any (a file without branches has none to miss).
 */
function mergedPatch(
  options: CoverageOptions,
  files: readonly CoverageFiles[],
  changes: ChangeSet,
  hasBranches: boolean,
) {
  const index = new ReportPathIndex(
    changes,
    options['source-roots'] ? { sourceRoots: options['source-roots'] } : {},
  );
  const byPath = new Map<string, CoverageFiles[string][]>();
  for (const shardFiles of files) {
    for (const [key, lines] of Object.entries(shardFiles)) {
      const path = index.resolveAnyFormat(key);
      if (path === undefined) continue;
      const list = byPath.get(path);
      if (list) list.push(lines);
      else byPath.set(path, [lines]);
    }
  }
  const united = new Map<string, PatchFileLines>();
  for (const [path, list] of byPath)
    united.set(path, unionFileLines(list, changes.file(path)?.ranges ?? []));
  return patchCoverageOf(united, changes, options.sources, hasBranches);
}

/**
 * How a kind with findings counts them: the metric keys (flattened, `vulnerabilities.high`), the
 * key a finding counts under, and the kind's own judgement of the counts.
 */
interface FindingCounter {
  readonly keys: readonly string[];
  readonly classify: (finding: Finding) => string | undefined;
  readonly judge: (metrics: Record<string, unknown>) => Pick<Result, 'status' | 'summary'>;
}

const LINT_LEVEL: Readonly<Record<string, string>> = {
  error: 'errors',
  warning: 'warnings',
  notice: 'notes',
};
const BANDIT_LEVEL: Readonly<Record<string, string>> = {
  error: 'high',
  warning: 'medium',
  notice: 'low',
};
const TRIVY_TITLE = /^(Vulnerability|Misconfiguration|Secret) (CRITICAL|HIGH|MEDIUM|LOW|UNKNOWN)$/;
const TRIVY_CLASS: Readonly<Record<string, string>> = {
  Vulnerability: 'vulnerabilities',
  Misconfiguration: 'misconfigurations',
  Secret: 'secrets',
};

function counterFor(item: Item): FindingCounter | undefined {
  const check = item.check!;
  switch (check.kind) {
    case 'lint':
      if (check.options.report === undefined) return undefined;
      return {
        keys: ['errors', 'warnings', 'notes'],
        classify: (finding) => LINT_LEVEL[finding.level],
        judge: (m) => judgeLint(check.options, m as unknown as LintMetrics),
      };
    case 'bandit':
      return {
        keys: ['high', 'medium', 'low'],
        classify: (finding) => BANDIT_LEVEL[finding.level],
        judge: (m) => judgeBandit(check.options, m as unknown as BanditMetrics),
      };
    case 'trivy':
      return {
        keys: TRIVY_CLASSES.flatMap((c) => SEVERITIES.map((s) => `${c}.${s}`)),
        classify: (finding) => {
          const match = TRIVY_TITLE.exec(finding.title ?? '');
          return match ? `${TRIVY_CLASS[match[1]!]}.${match[2]!.toLowerCase()}` : undefined;
        },
        judge: (m) => judgeTrivy(check.options, m as unknown as TrivyMetrics),
      };
    case 'scan':
      // Scanner entries carry trivy's titles; bandit's issues count as vulnerabilities at its severity.
      return {
        keys: TRIVY_CLASSES.flatMap((c) => SEVERITIES.map((s) => `${c}.${s}`)),
        classify: (finding) => {
          const match = TRIVY_TITLE.exec(finding.title ?? '');
          if (match) return `${TRIVY_CLASS[match[1]!]}.${match[2]!.toLowerCase()}`;
          const banditSeverity = BANDIT_LEVEL[finding.level];
          return banditSeverity ? `vulnerabilities.${banditSeverity}` : undefined;
        },
        judge: (m) =>
          judgeTrivy(
            { max: check.options.max ?? { critical: 0, high: 0 } },
            m as unknown as TrivyMetrics,
          ),
      };
    default:
      return undefined;
  }
}

function flatCounts(metrics: unknown, keys: readonly string[]): Map<string, number> | undefined {
  const out = new Map<string, number>();
  for (const key of keys) {
    let value: unknown = metrics;
    for (const part of key.split('.'))
      value =
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[part]
          : undefined;
    const n = count(value);
    if (Number.isNaN(n)) return undefined;
    out.set(key, n);
  }
  return out;
}

function nestCounts(flat: ReadonlyMap<string, number>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of flat) {
    const [head, tail] = key.split('.') as [string, string | undefined];
    if (tail === undefined) out[head] = value;
    else ((out[head] ??= {}) as Record<string, number>)[tail] = value;
  }
  return out;
}

/**
 * Kinds with findings: the union of the shards' findings without duplicates, counted again and
 * judged with the item's `max`. When a report does not list every finding it counted (capped
 * at 1,000, or trivy listing only the failing ones), the counts cannot be rebuilt: identical
 * shards keep their counts, and differing ones are added up, which can only overcount.
 */
function mergeFindings(counter: FindingCounter, entries: readonly Entry[]): Result {
  const flats: Map<string, number>[] = [];
  for (const { shard, item: json } of entries) {
    const flat = flatCounts(json.metrics, counter.keys);
    if (!flat)
      return { status: 'errored', summary: `shard "${shard}" reported no counts for this item` };
    flats.push(flat);
  }
  const union = unionFindings(entries, Number.POSITIVE_INFINITY);
  const sum = (flat: ReadonlyMap<string, number>) => [...flat.values()].reduce((a, b) => a + b, 0);
  const complete = entries.every(
    ({ item: json }, index) =>
      (json.findings?.length ?? 0) === sum(flats[index]!) &&
      (json.findings ?? []).every((finding) => counter.classify(finding) !== undefined),
  );
  let merged: Map<string, number>;
  let note = '';
  if (complete) {
    merged = new Map(counter.keys.map((key) => [key, 0]));
    for (const finding of union) {
      const key = counter.classify(finding)!;
      merged.set(key, merged.get(key)! + 1);
    }
  } else {
    const same = (flat: ReadonlyMap<string, number>) =>
      counter.keys.every((key) => flat.get(key) === flats[0]!.get(key));
    const findingsOf = (entry: Entry) =>
      JSON.stringify((entry.item.findings ?? []).map(findingKey).sort());
    if (
      flats.every(same) &&
      entries.every((entry) => findingsOf(entry) === findingsOf(entries[0]!))
    ) {
      merged = flats[0]!;
    } else {
      merged = new Map(
        counter.keys.map((key) => [key, flats.reduce((a, flat) => a + flat.get(key)!, 0)]),
      );
      note = ' (added up over the shards: their reports do not list every finding)';
    }
  }
  const metrics = nestCounts(merged);
  const judged = counter.judge(metrics);
  return {
    ...judged,
    summary: `${judged.summary}${note}`,
    metrics,
    ...(union.length > 0 ? { findings: union.slice(0, 1000) } : {}),
    durationMs: durationOf(entries),
  };
}

/** One item across the shards (ordered as the reports came), decided again from their data. */
function mergeItem(
  item: Item,
  entries: readonly Entry[],
  manual: () => Result,
  context: CoverageContext,
): Result {
  if (item.check === undefined) {
    const confirmed = entries.find((entry) => entry.item.status === 'passed');
    return confirmed
      ? { status: 'passed', summary: `${confirmed.item.summary} (in ${confirmed.shard})` }
      : manual();
  }
  if (entries.length === 0) return { status: 'errored', summary: 'no shard reported this item' };
  const foreign = entries.find((entry) => entry.item.kind !== item.check!.kind);
  if (foreign)
    return {
      status: 'errored',
      summary: `shard "${foreign.shard}" decided this item as ${foreign.item.kind}, the checklist says ${item.check.kind}`,
    };
  // Missing in a shard only because its report is missing there: absent in that shard.
  const present = entries.filter((entry) => !entry.item.reportMissing);
  if (present.length === 0) {
    return {
      status: 'errored',
      summary: `its report is missing in every shard (${inShards(entries)}): ${entries[0]!.item.summary}`,
      reportMissing: true,
    };
  }
  const errored = present.find((entry) => entry.item.status === 'errored');
  if (errored)
    return { ...worstResult(present), summary: `${errored.item.summary} (in ${errored.shard})` };
  const decided = present.filter((entry) => entry.item.status !== 'skipped');
  if (decided.length === 0) return worstResult(present);
  switch (item.check.kind) {
    case 'tests':
      return mergeTests(item, decided);
    case 'coverage':
      return mergeCoverage(item, decided, context);
    case 'lint':
    case 'bandit':
    case 'trivy': {
      const counter = counterFor(item);
      // lint with only `run`: the linter's exit code, the worst of the shards.
      return counter ? mergeFindings(counter, decided) : worstResult(decided);
    }
    case 'scan': {
      const merged = mergeFindings(counterFor(item)!, decided);
      // A default limit can depend on the format (pip-audit has no severities, so unknown ≤ 0):
      // a shard that failed on its own fails the union too, which holds at least its findings.
      const failedAlone = decided.find((entry) => entry.item.status === 'failed');
      return merged.status === 'passed' && failedAlone
        ? {
            ...merged,
            status: 'failed',
            summary: `${failedAlone.item.summary} (in ${failedAlone.shard})`,
          }
        : merged;
    }
    default:
      // command, http, env and file: the worst status of any shard.
      return worstResult(decided);
  }
}

/** The synthetic item that carries what blocks the merge, first in the first checklist. */
function blockerItem(blockers: readonly string[]): { item: Item; result: Result } {
  return {
    item: {
      id: 'matrix-shards',
      title: 'Every expected shard reported, of this commit and checklist',
      line: 1,
      column: 1,
      checked: false,
      blocking: true,
      weight: 0,
      inferred: false,
      section: ['Matrix shards'],
      children: [],
    },
    result: { status: 'errored', summary: blockers.join('; ') },
  };
}

/**
 * Merges shard reports into one verdict: each item's data from every shard that has it,
 * judged again with this checkout's checklist options and policy. A missing, foreign or
 * unreadable shard blocks the verdict, named in `blockers`; a shard reported twice is a
 * configuration error.
 */
export function mergeShards(options: MergeOptions): MergeOutcome {
  const admitted = admit(options);
  if ('configError' in admitted) return admitted;
  const { shards, blockers } = admitted;
  const confirmed = confirmationSet(options.confirmations ?? []);
  const verdicts: ChecklistVerdict[] = options.checklists.map((checklist, index) => {
    const fileMayConfirm = !['pr-body', 'review'].includes(
      options.confirmFrom ?? checklist.policy.confirmFrom ?? 'any',
    );
    const entries = flattenItems(checklist).map((item) => {
      const found: Entry[] = [];
      for (const shard of shards) {
        const json = shard.items.get(checklist.path)?.get(item.id);
        if (json) found.push({ shard: shard.name, item: json });
      }
      return {
        item,
        result: mergeItem(item, found, () => judgeManual(item, confirmed, fileMayConfirm), {
          checklistPath: checklist.path,
          ...(options.changes ? { changes: options.changes } : {}),
          ...(options.noBaseReason ? { noBaseReason: options.noBaseReason } : {}),
          ...(options.baseReport ? { baseReport: options.baseReport } : {}),
        }),
      };
    });
    if (index === 0 && blockers.length > 0) entries.unshift(blockerItem(blockers));
    const today = options.today;
    if (today === undefined) return judgeChecklist(checklist, entries, options);
    // Waivers and enforce-from on this job's clock (no base or reviews here: nothing counts as new).
    const waivers = (checklist.waivers ?? []).map((waiver) => ({
      waiver,
      isNew: false,
      ...waiverStateOn(waiver, today, false),
    }));
    const accounted = applyItemWaivers(entries, waivers, today, checklist.policy.enforceFrom);
    return judgeChecklist(checklist, accounted.entries, options, { waivers: accounted.waivers });
  });
  const durationMs = Math.max(0, ...shards.map((shard) => shard.durationMs));
  const merged = shards.map((shard) => shard.name);
  const judged = judgeAll(verdicts, durationMs, options);
  const verdict = {
    ...judged,
    ...(options.baseReport ? { delta: computeDelta(judged, options.baseReport) } : {}),
    shards: merged,
  };
  return { verdict, blockers, merged };
}
