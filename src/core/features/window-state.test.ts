import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BucketDistinct } from './bucket-distinct.ts';
import { BucketSeries } from './bucket-series.ts';
import { ExactDistinct } from './exact-distinct.ts';
import { ExactSeries } from './exact-series.ts';
import { ipPrefix } from './ip-prefix.ts';
import { SinceLast } from './since-last.ts';

const MINUTE = 60_000;
/** Events as (time, amount), times within a day, amounts in whole fen as in the contract. */
const stream = fc.array(fc.record({ ts: fc.integer({ min: 0, max: 24 * 60 }).map((m) => m * MINUTE + 7), amount: fc.integer({ min: 0, max: 100_000 }) }), { maxLength: 200 });
const sortedStream = stream.map((events) => [...events].sort((a, b) => a.ts - b.ts));
const cuts = fc.tuple(fc.integer({ min: -10, max: 1500 }), fc.integer({ min: -10, max: 1500 }), fc.integer({ min: -10, max: 1500 })).map((t) => t.map((m) => m * MINUTE).sort((a, b) => a - b) as [number, number, number]);

describe('window arithmetic', () => {
  it('adjacent windows add up: count and sum over (a, b] plus (b, c] equal (a, c], exact tier', () => {
    fc.assert(
      fc.property(sortedStream, cuts, fc.constantFrom('count' as const, 'sum' as const), (events, [a, b, c], mode) => {
        const series = new ExactSeries(365 * 24 * 60 * MINUTE, mode);
        events.forEach((e, i) => series.add(e.ts, e.amount, i));
        expect(series.read(a, b) + series.read(b, c)).toBe(series.read(a, c));
      }),
    );
  });

  it('adjacent windows add up in the bucketed tier too, whatever the arrival order', () => {
    fc.assert(
      fc.property(stream, cuts, fc.constantFrom('count' as const, 'sum' as const), (events, [a, b, c], mode) => {
        const series = new BucketSeries(365 * 24 * 60 * MINUTE, 24 * MINUTE, mode);
        events.forEach((e, i) => series.add(e.ts, e.amount, i));
        expect(series.read(a, b) + series.read(b, c)).toBe(series.read(a, c));
      }),
    );
  });

  it('short windows are exact: count, sum and distinct equal a brute-force scan at every event', () => {
    fc.assert(
      fc.property(sortedStream, fc.integer({ min: 1, max: 120 }), (events, windowMinutes) => {
        const window = windowMinutes * MINUTE;
        const count = new ExactSeries(window, 'count');
        const sum = new ExactSeries(window, 'sum');
        const distinct = new ExactDistinct(window);
        events.forEach((e, i) => {
          count.add(e.ts, undefined, i);
          sum.add(e.ts, e.amount, i);
          distinct.add(e.ts, String(e.amount % 17), i);
          const inWindow = events.slice(0, i + 1).filter((x) => x.ts > e.ts - window && x.ts <= e.ts);
          expect(count.read(e.ts - window, e.ts)).toBe(inWindow.length);
          expect(sum.read(e.ts - window, e.ts)).toBe(inWindow.reduce((s, x) => s + x.amount, 0));
          expect(distinct.read(e.ts - window, e.ts)).toBe(new Set(inWindow.map((x) => x.amount % 17)).size);
        });
      }),
    );
  });

  it('long windows never undercount and overcount by at most one bucket', () => {
    fc.assert(
      fc.property(sortedStream, (events) => {
        const window = 6 * 60 * MINUTE;
        const bucket = window / 60;
        const series = new BucketSeries(window, bucket, 'count');
        events.forEach((e, i) => {
          series.add(e.ts, undefined, i);
          const seen = events.slice(0, i + 1);
          const value = series.read(e.ts - window - bucket, e.ts);
          expect(value).toBeGreaterThanOrEqual(seen.filter((x) => x.ts > e.ts - window).length);
          expect(value).toBeLessThanOrEqual(seen.filter((x) => x.ts > e.ts - window - bucket).length);
        });
      }),
    );
  });

  it('long-window distinct is exact while buckets are small and within 4 standard errors (18%) beyond', () => {
    const window = 30 * 24 * 60 * MINUTE;
    const small = new BucketDistinct(window, window / 60);
    // 36 values per 12-hour bucket: every bucket stays under the sparse limit, so the union is exact.
    for (let i = 0; i < 200; i += 1) small.add(i * 20 * MINUTE, `buyer-${i % 150}`, i);
    expect(small.read(-1, 200 * 20 * MINUTE)).toBe(150);
    const large = new BucketDistinct(window, window / 60);
    for (let i = 0; i < 50_000; i += 1) large.add(i * 40_000, `buyer-${(i * 7_919) % 20_000}`, i);
    const estimate = large.read(-1, 50_000 * 40_000);
    expect(Math.abs(estimate - 20_000) / 20_000).toBeLessThan(4 * 0.046);
  });

  it('gives the time since the previous event of the key, not the event being decided', () => {
    const since = new SinceLast(60 * MINUTE);
    since.add(0, undefined, 1);
    expect(since.read(0, 10 * MINUTE, 2)).toBe(600);
    since.add(10 * MINUTE, undefined, 2);
    expect(since.read(0, 10 * MINUTE, 2)).toBe(600);
    expect(since.read(0, 80 * MINUTE, 3)).toBe(null);
  });

  it('groups addresses by network: IPv4 /24 and IPv6 /64', () => {
    expect(ipPrefix('203.0.113.77')).toBe('203.0.113.0/24');
    expect(ipPrefix('2001:db8:0:1::5')).toBe('2001:db8:0:1::/64');
    expect(ipPrefix('2001:0db8:0000:0001:aaaa::1')).toBe('2001:db8:0:1::/64');
    expect(ipPrefix('not-an-ip')).toBe('not-an-ip');
  });
});
