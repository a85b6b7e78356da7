import { describe, expect, it } from 'vitest';
import { formatIso } from './format.ts';

describe('formatIso', () => {
  it('formats in China Standard Time by default and round-trips through Date.parse', () => {
    const millis = Date.parse('2026-11-01T02:30:00Z');
    expect(formatIso(millis)).toBe('2026-11-01T10:30:00+08:00');
    expect(Date.parse(formatIso(millis))).toBe(millis);
  });

  it('handles UTC and negative offsets', () => {
    const millis = Date.parse('2026-11-01T02:30:00Z');
    expect(formatIso(millis, 0)).toBe('2026-11-01T02:30:00Z');
    expect(formatIso(millis, -330)).toBe('2026-10-31T21:00:00-05:30');
  });
});
