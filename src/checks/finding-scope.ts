// `scope: changed-lines | changed-files | all`: which findings count, shared by lint, bandit and scan.
import type { ChangeSet } from '../git/change-set.js';
import type { Finding, Result } from '../model.js';
import type { CheckContext } from './types.js';

export type Scope = 'changed-lines' | 'changed-files' | 'all';

export const SCOPES: readonly Scope[] = ['changed-lines', 'changed-files', 'all'];

export const scopeOptionSchema = {
  enum: SCOPES,
  description:
    'Which findings count toward the limits and the metrics: those on changed lines, in changed files, or all (default). Every finding is still listed, marked inScope.',
} as const;

/** Decides whether one finding counts. */
export type FindingScope = (finding: Pick<Finding, 'file' | 'line' | 'endLine'>) => boolean;

/**
 * Under `changed-lines` a finding counts when any line of [line, endLine] changed; a finding
 * without a line counts only under `changed-files`, where any finding in a changed file counts.
 * A pure rename changes its file, not its lines.
 */
export function findingScope(scope: Exclude<Scope, 'all'>, changes: ChangeSet): FindingScope {
  if (scope === 'changed-files')
    return (finding) => finding.file !== undefined && changes.hasFile(finding.file);
  return (finding) =>
    finding.file !== undefined &&
    finding.line !== undefined &&
    changes.touchesLines(finding.file, finding.line, finding.endLine ?? finding.line);
}

/**
 * The scope a check should apply, or the result that decides the item when it cannot: a scope
 * other than `all` needs the changed lines, which a run without a base does not have.
 */
export function scopeFor(
  scope: Scope | undefined,
  whenNoBase: 'errored' | 'skipped' | undefined,
  context: CheckContext,
): { scope?: FindingScope; label?: string } | { decided: Result } {
  if (scope === undefined || scope === 'all') return {};
  if (context.changes === undefined) {
    const reason = context.noBaseReason ?? 'this run has no base to compare with';
    return whenNoBase === 'skipped'
      ? { decided: { status: 'skipped', summary: `scope ${scope} not judged: ${reason}` } }
      : {
          decided: {
            status: 'errored',
            summary: `scope: ${scope} needs the changed lines, but ${reason}`,
          },
        };
  }
  return { scope: findingScope(scope, context.changes), label: scope.replace('-', ' ') };
}

export const whenNoBaseSchema = {
  enum: ['errored', 'skipped'],
  description:
    'A run with no base (a push, the CLI without --base): options that need the changed lines make the item errored (default) or skipped.',
} as const;
