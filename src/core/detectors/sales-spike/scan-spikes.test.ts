import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanSpikes, type SpikeRule } from './scan-spikes.ts';

const rule: SpikeRule = {
  maxWindowDays: 7, minOrders: 10, minLift: 3, logLimit: Math.log(1e-6), minBaselineDays: 14, minLevel: 0.2, dispersion: 1,
};
const flat = (days: number, value = 0) => new Array<number>(days).fill(value);

describe('scanSpikes', () => {
  it('finds a run of busy days over a quiet baseline and reports its counts', () => {
    const counts = [2, 1, 2, 3, 1, 2, 2, 1, 2, 2, 3, 1, 2, 2, 20, 24, 18, 2, 1, 2, 2];
    const [spike, ...rest] = scanSpikes(counts, flat(counts.length, 1), flat(counts.length), rule);
    expect(rest).toEqual([]);
    expect([spike!.first, spike!.last, spike!.observed]).toEqual([14, 16, 62]);
    expect(spike!.level).toBeCloseTo(33 / 18, 9);
  });

  it('divides seasonality out: a busy day the whole platform shares is not a spike', () => {
    const counts = [2, 1, 2, 3, 1, 2, 2, 1, 2, 2, 3, 1, 2, 2, 12, 2, 1];
    const factors = counts.map((_, d) => (d === 14 ? 6 : 1));
    expect(scanSpikes(counts, factors, flat(counts.length), rule)).toEqual([]);
    expect(scanSpikes(counts, flat(counts.length, 1), flat(counts.length), rule)).toHaveLength(1);
  });

  it('leaves explained days out of windows and out of the baseline', () => {
    const counts = [2, 1, 2, 3, 1, 2, 2, 1, 2, 2, 3, 1, 2, 2, 20, 24, 18, 2, 1, 2, 2];
    const explained = counts.map((_, d) => (d >= 14 && d <= 16 ? 1 : 0));
    expect(scanSpikes(counts, flat(counts.length, 1), explained, rule)).toEqual([]);
  });

  it('judges a sparse shop by its mean rate, not by its quiet days', () => {
    // About 0.6 orders a day on average, most days none: five orders in two days is ordinary for it.
    const counts = [0, 1, 0, 0, 2, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 3, 2, 0, 1, 0, 0, 1, 0, 0, 1];
    expect(scanSpikes(counts, flat(counts.length, 1), flat(counts.length), { ...rule, minOrders: 5 })).toEqual([]);
  });

  it('needs enough baseline days', () => {
    expect(scanSpikes([1, 1, 1, 30], [1, 1, 1, 1], [0, 0, 0, 0], rule)).toEqual([]);
  });

  it('never puts an explained day in a window and never overlaps windows (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.boolean()), { minLength: 14, maxLength: 40 }),
      (days) => {
        const counts = days.map(([c]) => c);
        const explained = days.map(([, e]) => (e ? 1 : 0));
        const spikes = scanSpikes(counts, flat(days.length, 1), explained, { ...rule, minBaselineDays: 3 });
        const used = new Set<number>();
        for (const s of spikes) {
          for (let d = s.first; d <= s.last; d += 1) {
            expect(explained[d]).toBe(0);
            expect(used.has(d)).toBe(false);
            used.add(d);
          }
          expect(s.observed).toBeGreaterThanOrEqual(rule.minLift * s.expected);
        }
      },
    ));
  });
});
