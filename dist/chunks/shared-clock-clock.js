import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/clock/clock.ts
var ClockError = class extends Error {
  static {
    __name(this, "ClockError");
  }
  name = "ClockError";
};
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
function clockFromEnvironment(env, systemNowMs) {
  const raw = env.READINESS_GATE_NOW?.trim();
  if (!raw) return { nowMs: systemNowMs };
  const nowMs = ISO_DATE.test(raw) ? parseDate(raw) : ISO_INSTANT.test(raw) ? Date.parse(raw) : Number.NaN;
  if (nowMs === void 0 || !Number.isFinite(nowMs))
    throw new ClockError(
      `READINESS_GATE_NOW must be an ISO 8601 date or time (2026-12-01 or 2026-12-01T12:00:00Z), found "${raw}"`
    );
  return { nowMs };
}
__name(clockFromEnvironment, "clockFromEnvironment");
function parseDate(text) {
  const match = ISO_DATE.exec(text);
  if (!match) return void 0;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day)
    return void 0;
  return ms;
}
__name(parseDate, "parseDate");
function todayOf(clock) {
  return new Date(clock.nowMs).toISOString().slice(0, 10);
}
__name(todayOf, "todayOf");
var DAY_MS = 24 * 60 * 60 * 1e3;
function daysBetween(from, to) {
  const a = parseDate(from);
  const b = parseDate(to);
  if (a === void 0 || b === void 0) return Number.NaN;
  return Math.round((b - a) / DAY_MS);
}
__name(daysBetween, "daysBetween");

export {
  ClockError,
  clockFromEnvironment,
  parseDate,
  todayOf,
  daysBetween
};
//# sourceMappingURL=shared-clock-clock.js.map
