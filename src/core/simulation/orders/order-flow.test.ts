import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../clock.ts';
import { collect, seconds, testOptions } from '../testing/dataset.ts';

describe('order flows', () => {
  const data = collect(testOptions);
  const stories = [...data.orders.values()];
  const fakeLogistics = data.labelled('order', 'fake_logistics');

  it('pays what was placed, or the edited price', () => {
    for (const s of stories) {
      if (s.priceChanged) expect(s.priceChanged.from).toBe(s.placed.amount);
      if (s.paid) expect(s.paid.amount).toBe(s.priceChanged?.to ?? s.placed.amount);
    }
  });

  it('ships after payment, scans in order, delivers after the last scan and reviews after delivery', () => {
    for (const s of stories) {
      if (s.shipped) {
        expect(seconds(s.shipped.ts)).toBeGreaterThanOrEqual(seconds(s.paid!.ts));
        expect(s.scans.every((scan) => scan.trackingNumber === s.shipped!.trackingNumber)).toBe(true);
      }
      const times = s.scans.map((scan) => seconds(scan.ts));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      if (s.scans.length > 0) {
        expect(seconds(s.scans[0]!.ts)).toBeGreaterThanOrEqual(seconds(s.shipped!.ts));
        expect(s.scans[0]!.status).toBe('collected');
      }
      if (s.delivered) {
        expect(s.scans.at(-1)?.status).toBe('delivered');
        expect(seconds(s.delivered.ts)).toBeGreaterThanOrEqual(times.at(-1)!);
      }
      for (const review of s.reviews) {
        expect(review.orderId).toBe(s.placed.orderId);
        expect(review.accountId).toBe(s.placed.accountId);
        expect(seconds(review.ts)).toBeGreaterThan(seconds(s.delivered!.ts));
      }
      if (s.cancelled) expect(s.shipped).toBeUndefined();
      if (s.cancelled && s.paid) expect(s.refunded?.amount).toBe(s.paid.amount);
    }
  });

  it('routes real parcels through several scans over one to five days with plausible weights', () => {
    let checked = 0;
    for (const s of stories) {
      if (!s.delivered || fakeLogistics.has(s.placed.orderId)) continue;
      checked += 1;
      const statuses = s.scans.map((scan) => scan.status);
      expect(statuses[0]).toBe('collected');
      expect(statuses).toContain('in_transit');
      expect(statuses.at(-2)).toBe('out_for_delivery');
      const days = (seconds(s.delivered.ts) - seconds(s.shipped!.ts)) / DAY;
      expect(days).toBeGreaterThan(0.8);
      expect(days).toBeLessThanOrEqual(5);
      expect(s.shipped!.weightGrams).toBeGreaterThanOrEqual(50);
    }
    expect(checked).toBeGreaterThan(1_000);
  });

  it('ships empty parcels as pickup and sign-off only, within hours, under 50 g, at a token price, reusing tracking numbers', () => {
    const empty = stories.filter((s) => fakeLogistics.has(s.placed.orderId) && s.delivered);
    expect(empty.length).toBeGreaterThan(20);
    const uses = new Map<string, number>();
    for (const s of empty) {
      expect(s.scans.map((scan) => scan.status)).toEqual(['collected', 'delivered']);
      expect(seconds(s.delivered!.ts) - seconds(s.shipped!.ts)).toBeLessThan(8 * HOUR);
      expect(s.shipped!.weightGrams).toBeLessThan(50);
      expect(s.priceChanged?.to).toBeLessThanOrEqual(100);
      uses.set(s.shipped!.trackingNumber, (uses.get(s.shipped!.trackingNumber) ?? 0) + 1);
    }
    expect([...uses.values()].filter((n) => n >= 2).length).toBeGreaterThan(5);
    const genuineTracking = new Map<string, number>();
    for (const s of stories) if (s.shipped && !fakeLogistics.has(s.placed.orderId)) genuineTracking.set(s.shipped.trackingNumber, (genuineTracking.get(s.shipped.trackingNumber) ?? 0) + 1);
    expect([...genuineTracking.values()].every((n) => n === 1)).toBe(true);
  });
});
