// Waivers as written: the rules that need the whole checklist (a known item, a real date) and,
// against the merge base, the rules for new waivers (not in the past, within max-waiver-days).
import type { Checklist, Problem, SourceLocation, Waiver } from '../model.js';
import { DATE_SHAPE, daysBetween, parseDate } from '../clock/clock.js';
import { describeAjvError } from './ajv-messages.js';
import { flattenItems } from './items.js';
import type { PointerLocator } from './pointer-positions.js';
import { getValidator } from './validators.js';

export const DEFAULT_MAX_WAIVER_DAYS = 90;

/** Kinds whose findings have ids a finding waiver can name (`scan` joins them when it exists). */
const FINDING_KINDS: ReadonlySet<string> = new Set(['trivy', 'bandit', 'lint', 'scan']);

/** Why a `YYYY-MM-DD` string is not a date, or undefined when it is one. */
export function dateProblem(text: string): string | undefined {
  if (!DATE_SHAPE.test(text))
    return `must be a date written YYYY-MM-DD, found ${JSON.stringify(text)}`;
  return parseDate(text) === undefined ? `${text} is not a day of the calendar` : undefined;
}

/** A waiver naming an item the checklist does not have is an error at the waiver. */
export function waiverTargetProblems(checklist: Checklist): Problem[] {
  const items = new Map(flattenItems(checklist).map((item) => [item.id, item]));
  const ids = new Set(items.keys());
  const problems: Problem[] = [];
  const seen = new Map<string, Waiver>();
  for (const waiver of checklist.waivers ?? []) {
    const at = { file: checklist.path, line: waiver.line, column: waiver.column };
    if (!ids.has(waiver.item)) {
      const known = [...ids].slice(0, 8).join(', ');
      problems.push({
        ...at,
        keyPath: 'waivers.item',
        message: `waiver for unknown item "${waiver.item}"; items are named by id (${known}${ids.size > 8 ? ', …' : ''})`,
      });
    }
    const kind = items.get(waiver.item)?.check?.kind;
    if (waiver.finding !== undefined && ids.has(waiver.item) && !FINDING_KINDS.has(kind ?? '')) {
      problems.push({
        ...at,
        keyPath: 'waivers.finding',
        message: `waiver for finding ${waiver.finding} of "${waiver.item}", a ${kind ?? 'manual'} item: findings are waived on trivy (vulnerability id), bandit (test id) and lint (rule id) items; waive the whole item instead`,
      });
    }
    const key = `${waiver.item}\u0000${waiver.finding ?? ''}`;
    const first = seen.get(key);
    if (first)
      problems.push({
        ...at,
        keyPath: 'waivers',
        message: `a second waiver for ${waiver.finding ? `finding ${waiver.finding} of ` : ''}item "${waiver.item}" (the first is at line ${first.line}); keep one`,
      });
    else seen.set(key, waiver);
  }
  return problems;
}

/** The same waiver: same item and finding. */
function keyOf(waiver: Waiver): string {
  return `${waiver.item}\u0000${waiver.finding ?? ''}`;
}

/**
 * True when the pull request adds this waiver or changes it (a later `until`, another owner or
 * reason) compared with the checklist at the merge base; with no base, nothing is new.
 */
export function isNewWaiver(waiver: Waiver, baseWaivers: readonly Waiver[] | undefined): boolean {
  if (baseWaivers === undefined) return false;
  const before = baseWaivers.find((candidate) => keyOf(candidate) === keyOf(waiver));
  return (
    before === undefined ||
    before.until !== waiver.until ||
    before.by !== waiver.by ||
    before.reason !== waiver.reason
  );
}

/**
 * Date rules for waivers that are new or changed in this pull request: not ended already when
 * written, and at most `max-waiver-days` ahead. An unchanged waiver simply expires.
 */
export function newWaiverDateProblems(
  checklist: Checklist,
  baseWaivers: readonly Waiver[] | undefined,
  today: string,
): Problem[] {
  const maxDays = checklist.policy.maxWaiverDays ?? DEFAULT_MAX_WAIVER_DAYS;
  const problems: Problem[] = [];
  for (const waiver of checklist.waivers ?? []) {
    if (!isNewWaiver(waiver, baseWaivers)) continue;
    const at = { file: checklist.path, line: waiver.line, column: waiver.column };
    const days = daysBetween(today, waiver.until);
    if (days < 0)
      problems.push({
        ...at,
        keyPath: 'waivers.until',
        message: `waiver for "${waiver.item}" ends on ${waiver.until}, which is in the past (today is ${today})`,
      });
    else if (days > maxDays)
      problems.push({
        ...at,
        keyPath: 'waivers.until',
        message: `waiver for "${waiver.item}" ends on ${waiver.until}, ${days} days ahead; max-waiver-days allows ${maxDays}`,
      });
  }
  return problems;
}

/**
 * A waiver written as Markdown directive fields, validated by the same schema as YAML's
 * `waivers:` entries. The waiver is at `at`; `locate` places a problem's pointer into `fields`
 * (the field's key or value in the directive), the waiver as a whole at `at` by default.
 */
export function waiverFromFields(
  fields: Readonly<Record<string, unknown>>,
  at: SourceLocation,
  locate: PointerLocator = () => at,
): { waiver?: Waiver; problems: Problem[] } {
  const validate = getValidator('waiver');
  if (!validate(fields)) {
    return {
      problems: (validate.errors ?? []).map((error) => {
        const described = describeAjvError(error, {
          data: fields,
          allowedKeys: () => ['item', 'finding', 'reason', 'by', 'until'],
        });
        return {
          ...locate(described.pointer, described.atKey),
          keyPath: described.keyPath ? `waiver.${described.keyPath}` : 'waiver',
          message: `waiver: ${described.message}`,
        };
      }),
    };
  }
  const until = String(fields.until);
  const problem = dateProblem(until);
  if (problem)
    return {
      problems: [
        { ...locate('/until', false), keyPath: 'waiver.until', message: `until ${problem}` },
      ],
    };
  return {
    waiver: {
      item: String(fields.item),
      ...(fields.finding !== undefined ? { finding: String(fields.finding) } : {}),
      reason: String(fields.reason),
      by: String(fields.by).replace(/^@/, ''),
      until,
      line: at.line,
      column: at.column,
    },
    problems: [],
  };
}
