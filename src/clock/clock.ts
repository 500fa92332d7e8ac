// The one clock every date rule reads (waivers, rollout, sign-off): the system clock, or the
// instant READINESS_GATE_NOW names, made once by an entry and handed down as a value.

/** What time it is. Made once per run; pure code takes it as a parameter and never reads Date itself. */
export interface Clock {
  /** Milliseconds since the epoch. */
  readonly nowMs: number;
}

/** A bad READINESS_GATE_NOW: the run must not go on with a guessed date. */
export class ClockError extends Error {
  override readonly name = 'ClockError';
}

/** A `YYYY-MM-DD` date's shape: the one pattern the schema, the waivers and the clock read dates by. */
export const DATE_SOURCE = String.raw`^\d{4}-\d{2}-\d{2}$`;
export const DATE_SHAPE = new RegExp(DATE_SOURCE);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * The clock from the environment: `READINESS_GATE_NOW` (ISO 8601, a date `2026-12-01` or an
 * instant `2026-12-01T12:00:00Z`) when set, else the system clock.
 */
export function clockFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  systemNowMs: number,
): Clock {
  const raw = env.READINESS_GATE_NOW?.trim();
  if (!raw) return { nowMs: systemNowMs };
  const nowMs = DATE_SHAPE.test(raw)
    ? parseDate(raw)
    : ISO_INSTANT.test(raw)
      ? Date.parse(raw)
      : Number.NaN;
  if (nowMs === undefined || !Number.isFinite(nowMs))
    throw new ClockError(
      `READINESS_GATE_NOW must be an ISO 8601 date or time (2026-12-01 or 2026-12-01T12:00:00Z), found "${raw}"`,
    );
  return { nowMs };
}

/** Milliseconds at 00:00 UTC of a `YYYY-MM-DD` date, or undefined when it is not a real date. */
export function parseDate(text: string): number | undefined {
  if (!DATE_SHAPE.test(text)) return undefined;
  const [year, month, day] = [text.slice(0, 4), text.slice(5, 7), text.slice(8, 10)].map(
    Number,
  ) as [number, number, number];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  )
    return undefined;
  return ms;
}

/** Today in UTC as `YYYY-MM-DD`. */
export function todayOf(clock: Clock): string {
  return new Date(clock.nowMs).toISOString().slice(0, 10);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (both `YYYY-MM-DD`, UTC): 0 on the same day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = parseDate(from);
  const b = parseDate(to);
  if (a === undefined || b === undefined) return Number.NaN;
  return Math.round((b - a) / DAY_MS);
}
