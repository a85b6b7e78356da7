import { describe, expect, it } from 'vitest';
import { formatBytes, formatMetric, formatMoney, formatScore, formatTime, formatValue, formatWindow } from './format.ts';

describe('console formatting', () => {
  it('shows times in China Standard Time whatever offset they were written with', () => {
    expect(formatTime('2026-11-02T09:00:00+08:00')).toBe('2026-11-02 09:00:00');
    expect(formatTime('2026-11-02T01:00:00Z')).toBe('2026-11-02 09:00:00');
    expect(formatTime('2026-11-01T20:30:00-05:00')).toBe('2026-11-02 09:30:00');
    expect(formatTime('not a time')).toBe('not a time');
  });

  it('writes the date of a one-day window once', () => {
    expect(formatWindow('2026-11-02T09:00:00+08:00', '2026-11-02T10:48:00+08:00')).toBe('2026-11-02 09:00:00 – 10:48:00');
    expect(formatWindow('2026-11-02T09:00:00+08:00', '2026-11-03T01:00:00+08:00')).toBe('2026-11-02 09:00:00 – 2026-11-03 01:00:00');
    expect(formatWindow('2026-11-02T09:00:00+08:00', '2026-11-02T09:00:00+08:00')).toBe('2026-11-02 09:00:00');
  });

  it('writes file sizes in binary units as the upload limits are', () => {
    expect([formatBytes(0), formatBytes(1023), formatBytes(1536), formatBytes(5 * 1024 * 1024), formatBytes(1024 * 1024 + 1)]).toEqual(['0 B', '1023 B', '1.5 KB', '5 MB', '1 MB']);
  });

  it('turns fen into yuan and keeps other currencies named', () => {
    expect(formatMoney(4990)).toBe('¥49.90');
    expect(formatMoney(123456789)).toBe('¥1,234,567.89');
    expect(formatMoney(500, 'USD')).toBe('5.00 USD');
  });

  it('cuts long fractions but keeps integers and words', () => {
    expect(formatScore(0.8765)).toBe('0.88');
    expect(formatValue(0.333333)).toBe('0.333');
    expect(formatValue(12000)).toBe('12,000');
    expect(formatValue('3/h')).toBe('3/h');
    expect(formatValue(undefined)).toBe('');
  });

  it('shows metric instants recorded as epoch milliseconds as times, and other big numbers as numbers', () => {
    expect(formatMetric('peakWindowStart', Date.parse('2026-11-02T09:00:00+08:00'))).toBe('2026-11-02 09:00:00');
    expect(formatMetric('peakOrders', 1_793_581_200_000)).toBe('1,793,581,200,000');
    expect(formatMetric('firstAt', 12)).toBe('12');
    expect(formatMetric('handles', 'wx:a wx:b')).toBe('wx:a wx:b');
    expect(formatMetric('subsidyFen', 720_824)).toBe('¥7,208.24');
    expect(formatMetric('subsidyShare', 0.6071)).toBe('0.607');
  });
});
