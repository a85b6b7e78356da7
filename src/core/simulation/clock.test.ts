import { describe, expect, it } from 'vitest';
import { formatIso } from '../time/format.ts';
import { Clock, DAY, HOUR } from './clock.ts';

describe('Clock', () => {
  const clock = new Clock('2026-11-01', 30);

  it('starts at local midnight (+08:00) and formats like formatIso', () => {
    expect(clock.iso(clock.start)).toBe('2026-11-01T00:00:00+08:00');
    for (const t of [clock.start + 3_599, clock.start + 13 * DAY + 22 * HOUR + 61, clock.end - 1, clock.start - 400 * DAY]) {
      expect(clock.iso(t)).toBe(formatIso(t * 1000));
    }
  });

  it('knows the local hour, weekday and day index', () => {
    expect(clock.hourOf(clock.start + 21 * HOUR + 5)).toBe(21);
    expect(clock.weekdayOf(clock.start)).toBe(6);
    expect(clock.dayOf(clock.start + DAY + 1)).toBe(1);
  });

  it('moves a time into working hours', () => {
    const night = clock.start + 2 * HOUR;
    expect(clock.hourOf(clock.withinHours(night, 8, 22, 0))).toBe(8);
    const late = clock.start + 23 * HOUR;
    expect(clock.withinHours(late, 8, 22, 0)).toBe(clock.start + DAY + 8 * HOUR);
  });
});
