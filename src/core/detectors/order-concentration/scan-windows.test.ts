import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanWindows, type ConcentrationRule } from './scan-windows.ts';

const HOUR = 3_600_000;
const rule: ConcentrationRule = { windowMs: HOUR, ratio: 3, minOrders: 3 };
const minutes = (...values: number[]) => values.map((m) => m * 60_000);

describe('scanWindows', () => {
  it('finds 6 orders from 2 buyers within an hour as one episode', () => {
    const times = minutes(0, 5, 10, 15, 20, 25);
    const buyers = [0, 1, 0, 1, 0, 1];
    const episodes = scanWindows(times, buyers, rule, new Int32Array(2));
    expect(episodes).toEqual([{ start: 0, end: 6, peakStart: 0, peakEnd: 6, peakOrders: 6, peakBuyers: 2 }]);
  });

  it('does not flag the same orders spread over more than an hour', () => {
    const times = minutes(0, 40, 80, 120, 160, 200);
    expect(scanWindows(times, [0, 1, 0, 1, 0, 1], rule, new Int32Array(2))).toEqual([]);
  });

  it('treats the window as half-open: an order exactly one hour later is outside', () => {
    expect(scanWindows(minutes(0, 30, 60), [0, 0, 0], rule, new Int32Array(1))).toEqual([]);
    expect(scanWindows(minutes(0, 30, 59), [0, 0, 0], rule, new Int32Array(1))).toHaveLength(1);
  });

  it('leaves a busy shop with many distinct buyers alone', () => {
    const times = Array.from({ length: 100 }, (_, i) => i * 10_000);
    const buyers = Array.from({ length: 100 }, (_, i) => i % 90);
    expect(scanWindows(times, buyers, rule, new Int32Array(90))).toEqual([]);
  });

  it('splits episodes that do not overlap', () => {
    const times = minutes(0, 1, 2, 300, 301, 302);
    const episodes = scanWindows(times, [0, 0, 0, 1, 1, 1], rule, new Int32Array(2));
    expect(episodes.map((e) => [e.start, e.end])).toEqual([[0, 3], [3, 6]]);
  });

  it('agrees with a brute-force check of every window and leaves the scratch space zeroed (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 3 })), { maxLength: 40 }), (pairs) => {
        pairs.sort((a, b) => a[0] - b[0]);
        const times = pairs.map(([m]) => m * 60_000);
        const buyers = pairs.map(([, b]) => b);
        const scratch = new Int32Array(4);
        const flagged = new Set<number>();
        for (const e of scanWindows(times, buyers, rule, scratch)) for (let i = e.start; i < e.end; i += 1) flagged.add(i);
        const expected = new Set<number>();
        for (let s = 0; s < times.length; s += 1) {
          const inWindow = times.flatMap((t, i) => (t >= times[s]! && t < times[s]! + HOUR ? [i] : []));
          const unique = new Set(inWindow.map((i) => buyers[i])).size;
          if (inWindow.length >= 3 && inWindow.length >= 3 * unique) for (const i of inWindow) expected.add(i);
        }
        expect(flagged).toEqual(expected);
        expect([...scratch]).toEqual([0, 0, 0, 0]);
      }),
    );
  });
});
