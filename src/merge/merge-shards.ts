// Merge: shard reports of one matrix → one verdict, item by item, judged again; nothing missing passes.
import type {
  Checklist,
  ChecklistVerdict,
  ConfirmFrom,
  CoverageFiles,
  Finding,
  Item,
  JudgedItem,
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
  MAX_FINDINGS,
  ratio,
  SEVERITIES,
  TRIVY_CLASSES,
  type BanditMetrics,
  type LintMetrics,
  type TestsMetrics,
  type TrivyMetrics,
} from '../reports/types.js';
import { REPORT_SCHEMA, ReportShapeError, verdictFromReport } from '../render/json.js';
import { judgeAll, judgeChecklist, type JudgeOptions } from '../gate/judge.js';
import { confirmationSet, judgeManual } from '../gate/run.js';

/** `expect-shards`: a count, or the names that must all report. */
type ExpectedShards = { readonly count: number } | { readonly names: readonly string[] };

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

interface MergeOptions extends JudgeOptions {
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
type CoverageContext = Pick<MergeOptions, 'changes' | 'noBaseReason' | 'baseReport'> & {
  readonly checklistPath: string;
};

/** The merged verdict and what else the merge found. */
export interface MergedVerdict {
  readonly verdict: Verdict;
  /** What blocks the verdict beyond its items: missing, foreign or unreadable shards. */
  readonly blockers: readonly string[];
  /** The shards whose data was merged. */
  readonly merged: readonly string[];
}

type MergeOutcome = MergedVerdict | { readonly configError: string };

/** One shard accepted for merging: its items by checklist path, then id. */
interface Shard {
  readonly name: string;
  readonly items: ReadonlyMap<string, ReadonlyMap<string, JudgedItem>>;
  readonly durationMs: number;
}

/** A report read as a shard's: its name, commit, checklist hashes and verdict. */
interface ShardReport {
  readonly name: string;
  readonly commit: string | null;
  readonly sha256: Readonly<Record<string, string>>;
  readonly verdict: Verdict;
}

const short = (hash: string): string => hash.slice(0, 12);

function describeSchema(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : 'no schema field';
}

/** A report's text read with the report reader, or why it cannot be a shard's. */
function readShardReport(file: string, text: string): ShardReport | { blocker: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { blocker: `${file} is not JSON (${(error as Error).message.slice(0, 120)})` };
  }
  const declared = (json as { schema?: unknown } | null)?.schema;
  if (declared !== REPORT_SCHEMA)
    return {
      blocker: `${file} is of another report schema (${describeSchema(declared)}; this run reads ${REPORT_SCHEMA})`,
    };
  let read: ReturnType<typeof verdictFromReport>;
  try {
    read = verdictFromReport(json);
  } catch (error) {
    if (!(error instanceof ReportShapeError)) throw error;
    const { problems } = error;
    return {
      blocker: `${file} does not fit ${REPORT_SCHEMA}: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` and ${problems.length - 3} more` : ''}`,
    };
  }
  if (read.shard === undefined)
    return { blocker: `${file} is not a shard report (no shard name: run it with shard: <name>)` };
  return {
    name: read.shard.shard,
    // As written: the shard identity reads a null commit as ''.
    commit: (json as { readonly commit: string | null }).commit,
    sha256: read.shard.checklistSha256,
    verdict: read.verdict,
  };
}

/** Why a shard does not belong with this run: another commit, or other checklists. */
function mismatches(shard: ShardReport, file: string, options: MergeOptions): string[] {
  const { name, commit } = shard;
  const wrong: string[] = [];
  if (commit === null) wrong.push(`shard "${name}" (${file}) does not say its commit`);
  else if (options.commit === undefined)
    wrong.push(`shard "${name}" is of commit ${short(commit)}, and this run's commit is unknown`);
  else if (commit !== options.commit)
    wrong.push(
      `shard "${name}" (${file}) is of another commit: ${short(commit)}, this run is of ${short(options.commit)}`,
    );
  const reported = shard.verdict.checklists.map((cv) => cv.checklist.path);
  for (const path of reported) {
    const ours = options.digests[path];
    const theirs = shard.sha256[path];
    if (ours === undefined)
      wrong.push(`shard "${name}" ran another checklist: ${path}, which this run does not have`);
    else if (theirs === undefined)
      wrong.push(`shard "${name}" does not say which version of ${path} it ran (no sha256)`);
    else if (theirs !== ours)
      wrong.push(
        `shard "${name}" ran another checklist: ${path} with sha256 ${short(theirs)}, this checkout's is ${short(ours)}`,
      );
  }
  for (const checklist of options.checklists)
    if (!reported.includes(checklist.path))
      wrong.push(`shard "${name}" did not run the checklist ${checklist.path}`);
  return wrong;
}

/** The shards missing from `expect-shards`, or beyond it. */
function unexpected(expect: ExpectedShards, names: readonly string[]): string[] {
  if ('names' in expect)
    return [
      ...expect.names
        .filter((name) => !names.includes(name))
        .map((name) => `expected shard "${name}" is missing (no report)`),
      ...names
        .filter((name) => !expect.names.includes(name))
        .map((name) => `shard "${name}" is not among the expected (${expect.names.join(', ')})`),
    ];
  if (names.length < expect.count)
    return [
      `expected ${expect.count} shards, ${names.length} reported${names.length > 0 ? ` (${names.join(', ')})` : ''}: ${expect.count - names.length} missing`,
    ];
  if (names.length > expect.count)
    return [`expected ${expect.count} shards, ${names.length} reported (${names.join(', ')})`];
  return [];
}

/** Reads every report, keeps the shards that belong with this run, and says what is wrong with the rest. */
function admit(
  options: MergeOptions,
): { shards: Shard[]; blockers: string[] } | { configError: string } {
  const blockers: string[] = [...(options.extraBlockers ?? [])];
  const shards: Shard[] = [];
  const whereSeen = new Map<string, string>();
  for (const { file, text } of options.reports) {
    const report = readShardReport(file, text);
    if ('blocker' in report) {
      blockers.push(report.blocker);
      continue;
    }
    const { name, verdict } = report;
    const earlier = whereSeen.get(name);
    if (earlier !== undefined)
      return { configError: `shard "${name}" reported twice: ${earlier} and ${file}` };
    whereSeen.set(name, file);
    const wrong = mismatches(report, file, options);
    if (wrong.length > 0) {
      blockers.push(...wrong);
      continue;
    }
    shards.push({
      name,
      items: new Map(
        verdict.checklists.map((cv) => [
          cv.checklist.path,
          new Map(cv.items.map((judged) => [judged.item.id, judged])),
        ]),
      ),
      durationMs: verdict.durationMs,
    });
  }
  blockers.push(...unexpected(options.expect, [...whereSeen.keys()]));
  return { shards, blockers };
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

/** One shard's result for an item, and the kind it decided the item as. */
interface Entry {
  readonly shard: string;
  readonly kind: string;
  readonly result: Result;
}

function worstOf(entries: readonly Entry[]): Entry {
  return entries.reduce((worst, entry) =>
    SEVERITY[entry.result.status] > SEVERITY[worst.result.status] ? entry : worst,
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
function unionFindings(entries: readonly Entry[], max = MAX_FINDINGS): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const { result } of entries) {
    for (const finding of result.findings ?? []) {
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
  return Math.max(0, ...entries.map((entry) => entry.result.durationMs ?? 0));
}

/** The worst shard's result, saying where it came from when the shards disagree. */
function worstResult(entries: readonly Entry[]): Result {
  const worst = worstOf(entries);
  const agree = entries.every(
    (entry) =>
      entry.result.status === worst.result.status && entry.result.summary === worst.result.summary,
  );
  const findings = unionFindings(entries);
  return {
    status: worst.result.status,
    summary: agree ? worst.result.summary : `${worst.result.summary} (in ${worst.shard})`,
    ...(worst.result.metrics ? { metrics: worst.result.metrics } : {}),
    ...(findings.length > 0 ? { findings } : {}),
    ...(worst.result.output !== undefined ? { output: worst.result.output } : {}),
    durationMs: durationOf(entries),
  };
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : NaN;
}

function mergeTests(item: Item, entries: readonly Entry[]): Result {
  const counted: { metrics: TestsMetrics }[] = [];
  for (const { shard, result } of entries) {
    const m = result.metrics ?? {};
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
  for (const { shard, result } of entries) {
    if (result.coverageFiles === undefined)
      return {
        status: 'errored',
        summary: `shard "${shard}" has no per-file lines for this item (its report records totals only, or the shard ran without shard:)`,
      };
    files.push(result.coverageFiles);
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
const TRIVY_KEYS = TRIVY_CLASSES.flatMap((c) => SEVERITIES.map((s) => `${c}.${s}`));

/** `vulnerabilities.high` for a finding titled as trivy's are (`Vulnerability HIGH`). */
function trivyKey(finding: Finding): string | undefined {
  const match = TRIVY_TITLE.exec(finding.title ?? '');
  return match ? `${TRIVY_CLASS[match[1]!]}.${match[2]!.toLowerCase()}` : undefined;
}

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
    case 'scan':
      return {
        keys: TRIVY_KEYS,
        classify: (finding) => {
          const key = trivyKey(finding);
          if (key !== undefined || check.kind === 'trivy') return key;
          // Scanner entries carry trivy's titles; bandit's issues count as vulnerabilities at its severity.
          const banditSeverity = BANDIT_LEVEL[finding.level];
          return banditSeverity ? `vulnerabilities.${banditSeverity}` : undefined;
        },
        judge: (m) => judgeTrivy(check.options, m as unknown as TrivyMetrics),
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

/** The shards' counts as one, as mergeFindings says; a note when they were added up. */
function mergeCounts(
  counter: FindingCounter,
  entries: readonly Entry[],
  flats: readonly ReadonlyMap<string, number>[],
  union: readonly Finding[],
): { counts: ReadonlyMap<string, number>; note?: string } {
  const sum = (flat: ReadonlyMap<string, number>) => [...flat.values()].reduce((a, b) => a + b, 0);
  const complete = entries.every(
    ({ result }, index) =>
      (result.findings?.length ?? 0) === sum(flats[index]!) &&
      (result.findings ?? []).every((finding) => counter.classify(finding) !== undefined),
  );
  if (complete) {
    const counts = new Map(counter.keys.map((key) => [key, 0]));
    for (const finding of union) {
      const key = counter.classify(finding)!;
      counts.set(key, counts.get(key)! + 1);
    }
    return { counts };
  }
  const same = (flat: ReadonlyMap<string, number>) =>
    counter.keys.every((key) => flat.get(key) === flats[0]!.get(key));
  const findingsOf = (entry: Entry) =>
    JSON.stringify((entry.result.findings ?? []).map(findingKey).sort());
  if (flats.every(same) && entries.every((entry) => findingsOf(entry) === findingsOf(entries[0]!)))
    return { counts: flats[0]! };
  return {
    counts: new Map(
      counter.keys.map((key) => [key, flats.reduce((a, flat) => a + flat.get(key)!, 0)]),
    ),
    note: ' (added up over the shards: their reports do not list every finding)',
  };
}

/**
 * Kinds with findings: the union of the shards' findings without duplicates, counted again and
 * judged with the item's `max`. When a report does not list every finding it counted (capped
 * at 1,000, or trivy listing only the failing ones), the counts cannot be rebuilt: identical
 * shards keep their counts, and differing ones are added up, which can only overcount.
 */
function mergeFindings(counter: FindingCounter, entries: readonly Entry[]): Result {
  const flats: Map<string, number>[] = [];
  for (const { shard, result } of entries) {
    const flat = flatCounts(result.metrics, counter.keys);
    if (!flat)
      return { status: 'errored', summary: `shard "${shard}" reported no counts for this item` };
    flats.push(flat);
  }
  const union = unionFindings(entries, Number.POSITIVE_INFINITY);
  const { counts, note = '' } = mergeCounts(counter, entries, flats, union);
  const metrics = nestCounts(counts);
  const judged = counter.judge(metrics);
  return {
    ...judged,
    summary: `${judged.summary}${note}`,
    metrics,
    ...(union.length > 0 ? { findings: union.slice(0, MAX_FINDINGS) } : {}),
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
    const confirmed = entries.find((entry) => entry.result.status === 'passed');
    return confirmed
      ? { status: 'passed', summary: `${confirmed.result.summary} (in ${confirmed.shard})` }
      : manual();
  }
  if (entries.length === 0) return { status: 'errored', summary: 'no shard reported this item' };
  const foreign = entries.find((entry) => entry.kind !== item.check!.kind);
  if (foreign)
    return {
      status: 'errored',
      summary: `shard "${foreign.shard}" decided this item as ${foreign.kind}, the checklist says ${item.check.kind}`,
    };
  // Missing in a shard only because its report is missing there: absent in that shard.
  const present = entries.filter((entry) => !entry.result.reportMissing);
  if (present.length === 0) {
    return {
      status: 'errored',
      summary: `its report is missing in every shard (${inShards(entries)}): ${entries[0]!.result.summary}`,
      reportMissing: true,
    };
  }
  const errored = present.find((entry) => entry.result.status === 'errored');
  if (errored)
    return { ...worstResult(present), summary: `${errored.result.summary} (in ${errored.shard})` };
  const decided = present.filter((entry) => entry.result.status !== 'skipped');
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
      const failedAlone = decided.find((entry) => entry.result.status === 'failed');
      return merged.status === 'passed' && failedAlone
        ? {
            ...merged,
            status: 'failed',
            summary: `${failedAlone.result.summary} (in ${failedAlone.shard})`,
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
    const context = { ...options, checklistPath: checklist.path };
    const entries = flattenItems(checklist).map((item) => {
      const found: Entry[] = [];
      for (const shard of shards) {
        const judged = shard.items.get(checklist.path)?.get(item.id);
        if (judged)
          found.push({
            shard: shard.name,
            kind: judged.item.check?.kind ?? 'manual',
            result: judged.result,
          });
      }
      const manual = () => judgeManual(item, confirmed, fileMayConfirm);
      return { item, result: mergeItem(item, found, manual, context) };
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
