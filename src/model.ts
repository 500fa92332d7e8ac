// The data that flows through the pipeline: checklist → plan → results → verdict.

/** A position in a source file, 1-based, as every error message prints it. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A configuration problem: what is wrong, where, and (for YAML) at which key path. */
export interface Problem extends SourceLocation {
  readonly message: string;
  /** Dotted key path such as `sections[0].items[2].coverage.min-lines`, when known. */
  readonly keyPath?: string;
}

/**
 * Each check kind's options, by kind name. Empty here: each kind's module in src/checks/ adds its
 * own entry (`declare module '../model.js'`), so the model names no kind and stays below checks/;
 * src/checks/registry.ts must then list a module for every entry.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface CheckOptionsByKind {}

/** Every check kind the gate knows (from src/checks/). A manual item has no check. */
export type CheckKind = keyof CheckOptionsByKind & string;

/** One kind's check: its name and its options, typed by the kind's own module. */
export interface CheckSpecOf<Kind extends CheckKind> {
  readonly kind: Kind;
  readonly options: CheckOptionsByKind[Kind];
}

/**
 * What an item asks the gate to decide: the kind and its options as written in the
 * checklist (YAML object, or a Markdown directive / recognition turned into the same
 * shape). Options are validated against the kind's JSON Schema at load time, so a switch on
 * `kind` narrows `options` to that kind's type without a cast.
 */
export type CheckSpec = { readonly [Kind in CheckKind]: CheckSpecOf<Kind> }[CheckKind];

export interface Item {
  /** Stable id: explicit, or a slug of the title as GitHub slugs headings, made unique. */
  readonly id: string;
  /** The id of the parent item (nested task lists), or undefined. */
  readonly parent?: string;
  readonly title: string;
  readonly line: number;
  readonly column: number;
  /** The box in the file (`[x]`), for manual items. */
  readonly checked: boolean;
  /** The check, or undefined for a manual item. */
  readonly check?: CheckSpec;
  readonly blocking: boolean;
  /** The checklist said `blocking` itself (a directive or a YAML key), rather than the default. */
  readonly blockingDeclared?: boolean;
  readonly weight: number;
  /** The check was recognized from the item's text, not declared. */
  readonly inferred: boolean;
  /** Why an item that names a command stays manual, or why a recognized check is advisory (plan shows it). */
  readonly note?: string;
  /** Why the item is never run and counts as `skipped` (`struck out`: its whole title in `~~…~~`). */
  readonly skip?: string;
  /** Section titles from the outermost heading in. */
  readonly section: readonly string[];
  readonly children: readonly Item[];
  /** Only these may confirm it: logins and `@org/team` names, as written. */
  readonly owners?: readonly string[];
  /** Globs: a confirmation goes stale when a later commit changes a matching file. */
  readonly covers?: readonly string[];
  /** `YYYY-MM-DD`: before this date a failure does not block. */
  readonly enforceFrom?: string;
}

/** An accountable exception, as written in the checklist (`waivers:` or a Markdown directive). */
export interface Waiver {
  /** The id of the item it waives. */
  readonly item: string;
  /** One finding (trivy vulnerability id, bandit test id, lint rule id) instead of the whole item. */
  readonly finding?: string;
  readonly reason: string;
  /** The GitHub login that owns the exception (without `@`). */
  readonly by: string;
  /** `YYYY-MM-DD`, the last day it applies. */
  readonly until: string;
  readonly line: number;
  readonly column: number;
}

export type WaiverState = 'active' | 'expiring' | 'expired' | 'stale' | 'awaiting-review';

/** A waiver as judged: its state on the gate's clock, and whether the pull request adds or changes it. */
export interface JudgedWaiver {
  readonly waiver: Waiver;
  readonly state: WaiverState;
  /** `until` − today; 0 on its last day, negative once expired. */
  readonly daysLeft: number;
  readonly isNew: boolean;
}

export type ConfirmedVia = 'pr-body' | 'file' | 'review' | 'review-comment' | 'comment';

/** Who vouched for a manual item, when and on which commit (null where GitHub records no person). */
export interface Confirmation {
  readonly by: string | null;
  readonly at: string | null;
  readonly on: string | null;
  readonly via: ConfirmedVia;
}

export interface Section {
  readonly title: string;
  readonly line: number;
  readonly items: readonly Item[];
  readonly sections: readonly Section[];
}

export interface LevelRule {
  readonly name: string;
  readonly min: number;
}

export interface Policy {
  /** Ready needs score ≥ this, unrounded. Undefined when the checklist does not say. */
  readonly minScore?: number;
  /** Highest first. */
  readonly levels?: readonly LevelRule[];
  /** Where a manual item's confirmation may come from. */
  readonly confirmFrom?: ConfirmFrom;
  /** `reviewed`: a waiver or weakening the pull request adds needs an approval by someone else. */
  readonly waivers?: 'any' | 'reviewed';
  /** How far ahead a new waiver's `until` may be (default 90). */
  readonly maxWaiverDays?: number;
  /** `YYYY-MM-DD`: before this date no failure blocks (items may set their own). */
  readonly enforceFrom?: string;
  /** Points the score may fall below the base report before `fail-on: regression` fails. */
  readonly tolerance?: number;
}

export type ConfirmFrom = 'any' | 'pr-body' | 'review';

export interface Checklist {
  /** As the user wrote it, relative to the working directory, with `/` separators. */
  readonly path: string;
  readonly format: 'yaml' | 'markdown';
  readonly title: string;
  readonly policy: Policy;
  readonly sections: readonly Section[];
  /** Items outside any section (Markdown items before the first heading, YAML top-level `items`). */
  readonly items: readonly Item[];
  /** Accountable exceptions, in file order. */
  readonly waivers?: readonly Waiver[];
}

export type Status = 'passed' | 'failed' | 'errored' | 'pending' | 'skipped' | 'waived';

export type FindingLevel = 'error' | 'warning' | 'notice';

/** Something a report or command says about a source line; becomes an annotation. */
export interface Finding {
  /** Relative to the repository root with `/` separators, or undefined when outside it. */
  readonly file?: string;
  readonly line?: number;
  readonly endLine?: number;
  readonly column?: number;
  readonly endColumn?: number;
  readonly level: FindingLevel;
  readonly title?: string;
  readonly message: string;
  /**
   * Under a check's `scope` (changed-lines, changed-files): whether the finding counts. Absent
   * when the check has no scope (everything counts).
   */
  readonly inScope?: boolean;
}

export type Metrics = Readonly<Record<string, unknown>>;

/** One source file's lines in a shard report: covered and coverable as range text (`1-3,7`). */
export interface CoverageFileLines {
  readonly covered: string;
  readonly coverable: string;
  /** Line → [branches covered, branches found] on it, when the format records branches. */
  readonly branches?: Readonly<Record<string, readonly [number, number]>>;
}

/** Repository-relative path → its lines. */
export type CoverageFiles = Readonly<Record<string, CoverageFileLines>>;

/** What a check decided about one item. */
export interface Result {
  readonly status: Status;
  /** One line a reviewer reads, e.g. `lines 91.2% < 95%`. */
  readonly summary: string;
  readonly metrics?: Metrics;
  readonly findings?: readonly Finding[];
  readonly durationMs?: number;
  /** Bounded, masked tail of a command's output. */
  readonly output?: string;
  /** Errored only because its report file is missing (a shard that did not make it counts as absent). */
  readonly reportMissing?: boolean;
  /** Per-file lines of a coverage item, kept in shard runs so a merge can take their union. */
  readonly coverageFiles?: CoverageFiles;
  /** A `min-lines: base` (or `min-branches: base`) ratchet fell below the base report's figure. */
  readonly ratchetBroken?: boolean;
  /** Finding ids a finding waiver removed from the counts (so a waiver that matched nothing is stale). */
  readonly waivedFindings?: readonly string[];
}

/** An item as decided: the flattened item plus its result. */
export interface JudgedItem {
  readonly item: Item;
  readonly result: Result;
  /** Blocking and failed/errored, or a blocking manual item still pending. */
  readonly isBlocking: boolean;
  /** The item waiver that made it `waived`, or that expired and left it blocking. */
  readonly waiver?: JudgedWaiver;
  /** Who confirmed a manual item. */
  readonly confirmation?: Confirmation;
  /** A failure that does not block yet: `enforce-from` is still ahead. */
  readonly enforceFrom?: { readonly date: string; readonly daysLeft: number };
}

export interface StatusCounts {
  total: number;
  passed: number;
  failed: number;
  errored: number;
  pending: number;
  skipped: number;
  waived: number;
  blocking: number;
}

/**
 * Two answers, named apart everywhere: the gate (`passed`: may this merge? no blocking item and the
 * score reaches min-score) and readiness (`ready`: may this ship? the gate passes and the level is
 * the top level). With nothing left to score there is no score: `score` and `level` are null.
 */
export interface ChecklistVerdict {
  readonly checklist: Checklist;
  readonly items: readonly JudgedItem[];
  readonly counts: StatusCounts;
  readonly score: number | null;
  readonly level: string | null;
  readonly minScore: number;
  /** The gate passes. */
  readonly passed: boolean;
  /** Readiness: the gate passes and the level is the top level. */
  readonly ready: boolean;
  /** The top level's name (default `ready`), for the headline. */
  readonly topLevel: string;
  /** One line saying why the gate is blocked, or why it is not ready. */
  readonly reason: string;
  /** Every waiver of the checklist and its state. */
  readonly waivers?: readonly JudgedWaiver[];
  /** Accountability settings the pull request weakened, one line each (`changed in this pull request`). */
  readonly weakenings?: readonly string[];
}

/** An item named across the head and base reports. */
export interface DeltaItem {
  readonly checklist: string;
  readonly id: string;
  readonly title: string;
}

/** The pull request against the base branch's report: DESIGN.md "Delta". */
export interface Delta {
  /** Where the base report came from (a path, an artifact). */
  readonly origin: string;
  readonly baseCommit?: string;
  readonly baseScore: number | null;
  readonly headScore: number | null;
  /** head − base, unrounded; null when either has no score. */
  readonly score: number | null;
  readonly baseLevel: string | null;
  readonly headLevel: string | null;
  readonly newlyBlocking: readonly DeltaItem[];
  readonly fixed: readonly DeltaItem[];
  /** Ratchets (`min-lines: base`) that fell below the base. */
  readonly ratchetsBroken: readonly DeltaItem[];
  /** Line coverage of the first coverage item both reports measured, in percent. */
  readonly coverage?: { readonly base: number; readonly head: number };
}

export interface Verdict {
  readonly passed: boolean;
  /** Present when a base report was given. */
  readonly delta?: Delta;
  readonly ready: boolean;
  readonly score: number | null;
  readonly level: string | null;
  readonly counts: StatusCounts;
  readonly checklists: readonly ChecklistVerdict[];
  readonly durationMs: number;
  /** The judged commit (the pull request's head in the action, `git rev-parse HEAD` in the CLI), when known. */
  readonly commit?: string;
  /** A merged verdict: the shards that took part, by name. */
  readonly shards?: readonly string[];
}

/**
 * What fails the step (and the command's exit code): a blocked gate, a run that is not ready, a
 * run worse than the base report (`regression`; without a base report, as `blocking`), or nothing.
 */
export type FailOn = 'blocking' | 'not-ready' | 'regression' | 'never';

/** `3 files` / `1 file`: the one way every surface counts things in words. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
