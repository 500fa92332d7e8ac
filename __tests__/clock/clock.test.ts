import { describe, expect, it } from 'vitest';
import { clockFromEnvironment, daysBetween, todayOf } from '../../src/clock/clock.js';

const SYSTEM = Date.parse('2030-05-05T05:05:05Z');

describe('the one clock', () => {
  it('is the system clock unless READINESS_GATE_NOW sets it', () => {
    expect(todayOf(clockFromEnvironment({}, SYSTEM))).toBe('2030-05-05');
    expect(todayOf(clockFromEnvironment({ READINESS_GATE_NOW: '2026-12-01' }, SYSTEM))).toBe(
      '2026-12-01',
    );
    // An instant with an offset is compared in UTC: 23:30 at -02:00 is the next day there.
    expect(
      todayOf(clockFromEnvironment({ READINESS_GATE_NOW: '2026-12-01T23:30:00-02:00' }, SYSTEM)),
    ).toBe('2026-12-02');
  });

  it('refuses a READINESS_GATE_NOW that is not ISO 8601, naming it', () => {
    for (const bad of ['tomorrow', '2026-13-01', '12/01/2026', '2026-02-30'])
      expect(() => clockFromEnvironment({ READINESS_GATE_NOW: bad }, SYSTEM)).toThrow(
        `READINESS_GATE_NOW must be an ISO 8601 date or time (2026-12-01 or 2026-12-01T12:00:00Z), found "${bad}"`,
      );
  });

  it('counts whole days between dates, 0 on the same day, across a leap day', () => {
    expect(daysBetween('2026-12-01', '2027-01-31')).toBe(61);
    expect(daysBetween('2026-12-01', '2026-12-01')).toBe(0);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-01', '2026-11-30')).toBe(-1);
  });
});
