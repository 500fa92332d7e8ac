// The `coverage` kind: a coverage report (any supported format) against minimums, the patch's and the base's.
import type { CoverageFiles, Result } from '../model.js';
import type { ChangeSet } from '../git/change-set.js';
import { plural } from '../model.js';
import { mergeCoverage } from '../reports/coverage-merge.js';
import type { CoverageDetail, CoverageMetrics, CoverageReport } from '../reports/types.js';
import type { PatchCoverage, PatchRatio } from './patch-coverage.js';
import {
  describeReport,
  fromReports,
  percent,
  readReports,
  reportOptionSchema,
  type ReportOption,
} from './report-files.js';
import type { ReportPathIndex } from './report-path-index.js';
import type { BaseItem, CheckContext, CheckKindModule } from './types.js';

/** A figure as a number, or `base`: not below the base report's figure minus `tolerance`. */
export type Minimum = number | 'base';

export interface CoverageOptions {
  readonly report: ReportOption;
  readonly 'min-lines'?: Minimum;
  readonly 'min-branches'?: Minimum;
  readonly 'min-functions'?: number;
  readonly 'min-patch-lines'?: number;
  readonly 'min-patch-branches'?: number;
  readonly sources?: string | readonly string[];
  readonly 'source-roots'?: readonly string[];
  readonly tolerance?: number;
  readonly 'min-lines-fallback'?: number;
  readonly 'min-branches-fallback'?: number;
  readonly 'when-no-base'?: 'errored' | 'skipped';
}

/** Points a ratchet may fall below the base before it breaks. */
export const DEFAULT_TOLERANCE = 0.1;

const percentSchema = (what: string) => ({
  type: 'number',
  minimum: 0,
  maximum: 100,
  description: `Lowest ${what} coverage, in percent.`,
});

const ratchetSchema = (what: string) => ({
  description: `Lowest ${what} coverage, in percent, or \`base\`: not below the base report's figure minus \`tolerance\`.`,
  oneOf: [percentSchema(what), { const: 'base' }],
});

export const coverageOptionsSchema = {
  type: 'object',
  description:
    'A coverage report (lcov, Cobertura, JaCoCo, Clover, coverage.py JSON, Istanbul, Go): passes when every given minimum is met, over the whole report or over the changed lines.',
  properties: {
    report: reportOptionSchema,
    'min-lines': ratchetSchema('line'),
    'min-branches': ratchetSchema('branch'),
    'min-functions': percentSchema('function'),
    'min-patch-lines': percentSchema('changed-line'),
    'min-patch-branches': percentSchema('changed-line branch'),
    sources: {
      description:
        'Globs of the source files the report should cover: a changed file matching them but missing from the report counts as uncovered.',
      oneOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
      ],
    },
    'source-roots': {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description:
        'Folders that report paths are relative to (JaCoCo writes package/File.java); default src/main/java, src/main/kotlin, src/test/java, … and src.',
    },
    tolerance: {
      type: 'number',
      minimum: 0,
      description: 'Points a `base` minimum may fall below the base report (default 0.1).',
    },
    'min-lines-fallback': percentSchema('line (used by `min-lines: base` without a base report)'),
    'min-branches-fallback': percentSchema(
      'branch (used by `min-branches: base` without a base report)',
    ),
    'when-no-base': {
      enum: ['errored', 'skipped'],
      description:
        'A run with no base (a push, the CLI without --base): patch minimums are errored (default) or skipped.',
    },
  },
  required: ['report'],
  additionalProperties: false,
} as const;

const MINIMUMS = [
  ['lines', 'min-lines'],
  ['branches', 'min-branches'],
  ['functions', 'min-functions'],
] as const;

const PATCH_MINIMUMS = ['min-patch-lines', 'min-patch-branches'] as const;

function validate(options: CoverageOptions): { key?: string; message: string }[] {
  if (
    MINIMUMS.some(([, option]) => options[option] !== undefined) ||
    PATCH_MINIMUMS.some((option) => options[option] !== undefined)
  )
    return [];
  return [
    {
      message:
        'coverage needs at least one minimum: min-lines, min-branches, min-functions, min-patch-lines or min-patch-branches',
    },
  ];
}

function describe(options: CoverageOptions): string {
  const minimums = MINIMUMS.filter(([, option]) => options[option] !== undefined).map(
    ([figure, option]) =>
      options[option] === 'base' ? `${figure} ≥ base` : `${figure} ≥ ${options[option]}%`,
  );
  if (options['min-patch-lines'] !== undefined)
    minimums.push(`changed lines ≥ ${options['min-patch-lines']}%`);
  if (options['min-patch-branches'] !== undefined)
    minimums.push(`changed branches ≥ ${options['min-patch-branches']}%`);
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

/** The base report's figure for this item (`metrics.lines.pct`), when it has one. */
function baseFigure(
  baseItem: BaseItem | undefined,
  figure: 'lines' | 'branches',
): number | undefined {
  const value = baseItem?.metrics?.[figure];
  if (typeof value !== 'object' || value === null) return undefined;
  const pct = (value as { pct?: unknown }).pct;
  return typeof pct === 'number' && Number.isFinite(pct) ? pct : undefined;
}

interface Verdicts {
  readonly below: string[];
  readonly met: string[];
  ratchetBroken: boolean;
}

/** What a ratchet (`min-lines: base`) compares with: this item in the base report, if any. */
export interface BaseFigures {
  readonly baseItem?: BaseItem;
  readonly hasBaseReport?: boolean;
  /** A shard: a ratchet with no base figure is judged in the merge, not here. */
  readonly deferRatchets?: boolean;
}

function judgeTotals(
  options: CoverageOptions,
  metrics: CoverageMetrics,
  noData: (figure: keyof CoverageMetrics) => string,
  context: BaseFigures,
  verdicts: Verdicts,
): string | undefined {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  for (const [figure, option] of MINIMUMS) {
    const wanted = options[option];
    if (wanted === undefined) continue;
    const value = metrics[figure];
    if (value === null) return `${option} is set but ${noData(figure)}`;
    if (wanted !== 'base') {
      if (value.pct < wanted) verdicts.below.push(`${figure} ${percent(value.pct)} < ${wanted}%`);
      else verdicts.met.push(`${figure} ${percent(value.pct)} ≥ ${wanted}%`);
      continue;
    }
    const ratchet = figure as 'lines' | 'branches';
    const base = baseFigure(context.baseItem, ratchet);
    if (base === undefined && context.deferRatchets) {
      verdicts.met.push(`${figure} ${percent(value.pct)} (ratchet judged in the merge)`);
      continue;
    }
    if (base === undefined) {
      const fallback = options[`min-${ratchet}-fallback`];
      if (fallback === undefined)
        return `${option}: base needs a base report with this item's ${figure} (${context.hasBaseReport ? 'the base report has none for it' : 'no base report; set base-report, or min-' + ratchet + '-fallback'})`;
      if (value.pct < fallback)
        verdicts.below.push(`${figure} ${percent(value.pct)} < ${fallback}% (no base report)`);
      else verdicts.met.push(`${figure} ${percent(value.pct)} ≥ ${fallback}% (no base report)`);
      continue;
    }
    const change = `${figure} ${percent(base)} → ${percent(value.pct)}`;
    if (value.pct < base - tolerance) {
      verdicts.ratchetBroken = true;
      verdicts.below.push(`${change}, below the base by more than ${tolerance} points`);
    } else verdicts.met.push(`${change} (base ${percent(base)}, tolerance ${tolerance})`);
  }
  return undefined;
}

/** `; not covered: src/a.py:4,11, src/b.py:7`: where a reviewer should look, kept short. */
function uncoveredHint(patch: PatchCoverage): string {
  const places = patch.lines.files
    .filter((file) => file.uncoveredLines.length > 0)
    .slice(0, 2)
    .map(
      (file) =>
        `${file.path}:${file.uncoveredLines.slice(0, 5).join(',')}${file.uncoveredLines.length > 5 ? ',…' : ''}`,
    );
  return places.length > 0 ? `; not covered: ${places.join(', ')}` : '';
}

function judgePatch(
  options: CoverageOptions,
  patch: PatchCoverage,
  noBranchData: () => string,
  verdicts: Verdicts,
): string | undefined {
  const missing =
    patch.missing.length > 0
      ? ` (${plural(patch.missing.length, 'changed file')} missing from the report: ${patch.missing.slice(0, 3).join(', ')}${patch.missing.length > 3 ? ', …' : ''})`
      : '';
  const minLines = options['min-patch-lines'];
  if (minLines !== undefined) {
    const { covered, total, pct } = patch.lines;
    if (pct === null) verdicts.met.push('no coverable changed lines');
    else if (pct < minLines)
      verdicts.below.push(
        `changed lines ${percent(pct)} (${covered}/${total}) < ${minLines}%${missing}${uncoveredHint(patch)}`,
      );
    else verdicts.met.push(`changed lines ${percent(pct)} (${covered}/${total}) ≥ ${minLines}%`);
  }
  const minBranches = options['min-patch-branches'];
  if (minBranches !== undefined) {
    if (patch.branches === null) return `min-patch-branches is set but ${noBranchData()}`;
    const { covered, total, pct } = patch.branches;
    if (pct === null) verdicts.met.push('no coverable changed branches');
    else if (pct < minBranches)
      verdicts.below.push(
        `changed branches ${percent(pct)} (${covered}/${total}) < ${minBranches}%`,
      );
    else
      verdicts.met.push(`changed branches ${percent(pct)} (${covered}/${total}) ≥ ${minBranches}%`);
  }
  return undefined;
}

/**
 * Whether patch minimums are judged: with the changed lines, yes; without, errored or skipped as
 * `when-no-base` says. A shard (`deferred`) judges them later, in the merge, so it only notes it.
 */
export function planPatch(
  options: CoverageOptions,
  changes: ChangeSet | undefined,
  noBaseReason: string | undefined,
  deferred = false,
):
  | { readonly result: Pick<Result, 'status' | 'summary'> }
  | { readonly wantsPatch: boolean; readonly patchSkipped?: string } {
  const wantsPatch = PATCH_MINIMUMS.some((option) => options[option] !== undefined);
  if (!wantsPatch || changes !== undefined) return { wantsPatch };
  const reason = noBaseReason ?? 'this run has no base to compare with';
  if (deferred) return { wantsPatch: false, patchSkipped: 'patch minimums judged in the merge' };
  if (options['when-no-base'] !== 'skipped') {
    const option = PATCH_MINIMUMS.find((o) => options[o] !== undefined)!;
    return {
      result: { status: 'errored', summary: `${option} needs the changed lines, but ${reason}` },
    };
  }
  if (!MINIMUMS.some(([, option]) => options[option] !== undefined))
    return { result: { status: 'skipped', summary: `patch coverage not judged: ${reason}` } };
  return { wantsPatch: false, patchSkipped: 'patch minimums skipped (no base)' };
}

/** Just the figures (a patch ratio's pct is null when nothing was coverable). */
function ratioMetric(ratio: PatchRatio): PatchRatio {
  return { covered: ratio.covered, total: ratio.total, pct: ratio.pct };
}

async function run(options: CoverageOptions, context: CheckContext): Promise<Result> {
  const started = Date.now();
  const problems = validate(options);
  if (problems.length > 0)
    return { status: 'errored', summary: problems[0]!.message, durationMs: 0 };
  const plan = planPatch(options, context.changes, context.noBaseReason, context.keepCoverageLines);
  if ('result' in plan) return { ...plan.result, durationMs: Date.now() - started };
  const { wantsPatch, patchSkipped } = plan;
  // Patch coverage (and picomatch) load only when an item asks for it: start-up stays small.
  const patchModules =
    wantsPatch && context.changes !== undefined
      ? await Promise.all([
          import('./patch-coverage.js'),
          import('./report-path-index.js'),
          import('../reports/go-module.js'),
        ])
      : undefined;
  let index: ReportPathIndex | undefined;
  if (patchModules !== undefined && context.changes !== undefined) {
    const [, { ReportPathIndex: PathIndex }, { goModuleFinder }] = patchModules;
    index = new PathIndex(context.changes, {
      ...(options['source-roots'] ? { sourceRoots: options['source-roots'] } : {}),
      goModuleOf: goModuleFinder(context.workdir),
    });
  }
  const read = await readReports<CoverageReport>(options.report, context, {
    family: 'coverage',
    wantDetail: true,
    alwaysDetail: context.keepCoverageLines ?? false,
    ...(index ? { patchDetail: (key: string) => index.mayMatch(key) } : {}),
  });
  if ('errored' in read) return { ...read.errored, durationMs: Date.now() - started };
  const merged = mergeCoverage(read.reports);
  const metrics: Record<string, unknown> = {
    lines: merged.metrics.lines,
    branches: merged.metrics.branches,
    functions: merged.metrics.functions,
  };
  const verdicts: Verdicts = { below: [], met: [], ratchetBroken: false };
  const erroredWith = (summary: string): Result => ({
    status: 'errored',
    summary,
    metrics,
    durationMs: Date.now() - started,
  });
  // A totals problem decides the item, but the patch figures are still worth showing.
  const totalsProblem = judgeTotals(
    options,
    merged.metrics,
    (figure) => noDataReason(figure, read.reports),
    {
      ...(context.baseItem ? { baseItem: context.baseItem } : {}),
      ...(context.hasBaseReport ? { hasBaseReport: true } : {}),
      ...(context.keepCoverageLines ? { deferRatchets: true } : {}),
    },
    verdicts,
  );
  if (index !== undefined && patchModules !== undefined && context.changes !== undefined) {
    const [{ computePatchCoverage, TOTALS_ONLY_FORMATS }] = patchModules;
    const totalsOnly = read.reports.find((r) => TOTALS_ONLY_FORMATS.has(r.format));
    if (totalsOnly !== undefined)
      return erroredWith(
        `${totalsOnly.file} (coverage-summary.json) has totals only, no per-line data for patch coverage; point report at coverage-final.json`,
      );
    const patch = computePatchCoverage(read.reports, context.changes, index, options.sources);
    metrics['patch'] = { ...ratioMetric(patch.lines), files: patch.lines.files };
    if (patch.branches !== null) metrics['patchBranches'] = ratioMetric(patch.branches);
    if (totalsProblem !== undefined) return erroredWith(totalsProblem);
    const patchProblem = judgePatch(
      options,
      patch,
      () =>
        `${fromReports(read.reports)} (${[...new Set(read.reports.map((r) => r.format))].join(', ')}) has no per-line branch data`,
      verdicts,
    );
    if (patchProblem !== undefined) return erroredWith(patchProblem);
  }
  if (totalsProblem !== undefined) return erroredWith(totalsProblem);
  if (patchSkipped !== undefined) verdicts.met.push(patchSkipped);
  const summary = verdicts.below.length > 0 ? verdicts.below.join(', ') : verdicts.met.join(', ');
  const kept = context.keepCoverageLines ? await shardLines(read.reports) : undefined;
  return {
    status: verdicts.below.length > 0 ? 'failed' : 'passed',
    // The merge then says this shard has no per-file lines; the run says why.
    summary: kept && 'problem' in kept ? `${summary} (${kept.problem})` : summary,
    metrics,
    ...(verdicts.ratchetBroken ? { ratchetBroken: true } : {}),
    ...(kept && 'files' in kept ? { coverageFiles: kept.files } : {}),
    durationMs: Date.now() - started,
  };
}

/**
 * Judges an item again in a merge, from the union of the shards' lines: the totals against the
 * minimums (a ratchet against the base report's figure) and, when given, the patch. `noData`
 * says why a figure with a minimum is missing.
 */
export function judgeCoverage(
  options: CoverageOptions,
  metrics: CoverageMetrics,
  noData: (figure: keyof CoverageMetrics) => string,
  base: BaseFigures = {},
  patch?: { readonly coverage: PatchCoverage; readonly noBranchData: () => string },
  patchSkipped?: string,
): Pick<Result, 'status' | 'summary' | 'metrics' | 'ratchetBroken'> {
  const verdicts: Verdicts = { below: [], met: [], ratchetBroken: false };
  const out: Record<string, unknown> = { ...metrics };
  const problem = judgeTotals(options, metrics, noData, base, verdicts);
  if (patch !== undefined) {
    out['patch'] = { ...ratioMetric(patch.coverage.lines), files: patch.coverage.lines.files };
    if (patch.coverage.branches !== null)
      out['patchBranches'] = ratioMetric(patch.coverage.branches);
  }
  const patchProblem =
    problem === undefined && patch !== undefined
      ? judgePatch(options, patch.coverage, patch.noBranchData, verdicts)
      : undefined;
  if (problem !== undefined || patchProblem !== undefined)
    return { status: 'errored', summary: (problem ?? patchProblem)!, metrics: out };
  if (patchSkipped !== undefined) verdicts.met.push(patchSkipped);
  return {
    status: verdicts.below.length > 0 ? 'failed' : 'passed',
    summary: verdicts.below.length > 0 ? verdicts.below.join(', ') : verdicts.met.join(', '),
    metrics: out,
    ...(verdicts.ratchetBroken ? { ratchetBroken: true } : {}),
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

export const coverageCheck: CheckKindModule<CoverageOptions> = {
  kind: 'coverage',
  optionsSchema: coverageOptionsSchema,
  validate,
  describe,
  runsCommand: () => false,
  run,
};

declare module '../model.js' {
  interface CheckOptionsByKind {
    coverage: CoverageOptions;
  }
}
