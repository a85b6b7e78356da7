import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '../clock.ts';
import { virtualPrefixes } from '../catalog/identity.ts';
import type { SimulationOptionsInput } from '../options.ts';
import { collect, seconds, type Dataset } from '../testing/dataset.ts';

const world = { seed: 5, days: 14, accounts: 800, merchants: 80 };
const only = (attack: SimulationOptionsInput['attacks'], options: SimulationOptionsInput['attack'] = {}): Dataset =>
  collect({ ...world, attacks: attack, attack: options });

/** Share of character bigrams two texts have in common (Jaccard), a plain near-duplicate measure. */
function similarity(a: string, b: string): number {
  const grams = (t: string) => new Set(Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2)));
  const x = grams(a);
  const y = grams(b);
  let shared = 0;
  for (const g of x) if (y.has(g)) shared += 1;
  return shared / (x.size + y.size - shared);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

describe('attacks appear with their configured strength', () => {
  it('brushing_ring: the configured rings and members order their shop densely; some rings run on hijacked old accounts', () => {
    const data = only(['brushing_ring'], { brushing_ring: { count: 4, members: { min: 10, max: 10 }, strength: 4, hijackedShare: 0.5 } });
    const shops = data.labelled('merchant', 'brushing_ring');
    const members = data.labelled('account', 'brushing_ring');
    expect(shops.size).toBe(4);
    expect(members.size).toBe(40);
    const ringOrders = data.of('order.placed').filter((o) => data.labelled('order', 'brushing_ring').has(o.orderId));
    expect(ringOrders.every((o) => shops.has(o.merchantId) && members.has(o.accountId))).toBe(true);
    expect(ringOrders.length / members.size).toBeGreaterThan(2.5);
    expect(ringOrders.length / members.size).toBeLessThan(5.5);
    for (const list of groupBy(ringOrders, (o) => o.merchantId).values()) {
      const times = list.map((o) => seconds(o.ts));
      expect(Math.max(...times) - Math.min(...times)).toBeLessThan(6 * DAY);
    }
    const camouflage = data.of('order.placed').filter((o) => members.has(o.accountId) && !shops.has(o.merchantId));
    expect(camouflage.length).toBeGreaterThan(ringOrders.length * 0.15);
    expect(camouflage.every((o) => data.patternsOf('order', o.orderId).size === 0)).toBe(true);
    const ages = new Map(data.of('entity.attributes').filter((e) => e.entity.type === 'account').map((e) => [e.entity.id, Number(e.attributes.ageDays)]));
    const oldMembers = [...members].filter((id) => (ages.get(id) ?? 0) >= 365);
    expect(oldMembers).toHaveLength(20);
    // A takeover: the ring's orders come from a device the owner never logged in from, on one shared subnet per ring.
    for (const id of oldMembers) {
      const first = ringOrders.filter((o) => o.accountId === id).sort((a, b) => a.ts.localeCompare(b.ts))[0];
      if (!first) continue;
      const before = data.of('account.login').filter((l) => l.accountId === id && l.ts < first.ts && seconds(first.ts) - seconds(l.ts) > HOUR);
      expect(before.some((l) => l.deviceId === first.deviceId)).toBe(false);
    }
    const hijackedOrders = ringOrders.filter((o) => oldMembers.includes(o.accountId));
    for (const list of groupBy(hijackedOrders, (o) => o.merchantId).values()) {
      expect(new Set(list.map((o) => o.ip!.split('.').slice(0, 3).join('.'))).size).toBe(1);
    }
  });

  it('account_farm: accounts share a few flagged devices and one subnet, register in a burst with virtual numbers, act in lockstep', () => {
    const data = only(['account_farm'], { account_farm: { count: 2, accounts: { min: 40, max: 40 }, devices: { min: 4, max: 4 }, burstMinutes: 60 } });
    const farm = data.labelled('account', 'account_farm');
    expect(farm.size).toBe(80);
    expect(data.labelled('device', 'account_farm').size).toBe(8);
    const registrations = data.of('account.registered').filter((e) => farm.has(e.accountId));
    expect(registrations).toHaveLength(80);
    for (const list of groupBy(registrations, (e) => e.ip!.split('.').slice(0, 3).join('.')).values()) {
      expect(list).toHaveLength(40);
      const times = list.map((e) => seconds(e.ts));
      expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(60 * MINUTE);
      expect(new Set(list.map((e) => e.deviceId)).size).toBe(4);
    }
    const virtual = registrations.filter((e) => virtualPrefixes.some((p) => e.phone!.startsWith(p))).length / registrations.length;
    expect(virtual).toBeGreaterThan(0.6);
    const logins = data.of('account.login').filter((e) => farm.has(e.accountId));
    expect(logins.filter((e) => e.device?.emulator || e.device?.automation).length / logins.length).toBeGreaterThan(0.4);
    const searches = data.of('session.search').filter((e) => farm.has(e.accountId));
    const batches = groupBy(searches, (e) => `${e.keyword}|${e.ts.slice(0, 10)}`);
    const big = [...batches.values()].filter((b) => b.length >= 30);
    expect(big.length).toBeGreaterThan(3);
    for (const batch of big) {
      const times = batch.map((e) => seconds(e.ts));
      expect(Math.max(...times) - Math.min(...times)).toBeLessThan(10 * 150 + 60);
    }
  });

  it('scripted_sessions: one keyword per campaign, a 5–7 minute dwell on the target, then an order', () => {
    const data = only(['scripted_sessions'], { scripted_sessions: { count: 3, tasksPerDay: { min: 4, max: 4 }, days: { min: 5, max: 5 } } });
    const orders = data.of('order.placed').filter((o) => data.labelled('order', 'scripted_sessions').has(o.orderId));
    expect(orders).toHaveLength(3 * 5 * 4);
    const views = groupBy(data.of('session.view'), (v) => v.sessionId);
    const searches = new Map(data.of('session.search').map((s) => [s.sessionId, s.keyword]));
    for (const order of orders) {
      const target = views.get(order.sessionId!)!.find((v) => v.itemId === order.itemId)!;
      expect(target.dwellSeconds).toBeGreaterThanOrEqual(300);
      expect(target.dwellSeconds).toBeLessThanOrEqual(420);
    }
    for (const list of groupBy(orders, (o) => o.merchantId).values()) {
      expect(new Set(list.map((o) => searches.get(o.sessionId!))).size).toBe(1);
    }
  });

  it('template_reviews: near-duplicate texts with reused photos, posted a fixed delay after delivery', () => {
    const data = only(['template_reviews'], { template_reviews: { count: 2, reviewers: { min: 15, max: 15 }, reviewDelayHours: 24, delayJitterMinutes: 30 } });
    const ids = data.labelled('review', 'template_reviews');
    const stories = [...data.orders.values()].filter((s) => s.reviews.some((r) => ids.has(r.reviewId)));
    expect(stories.length).toBeGreaterThanOrEqual(25);
    for (const s of stories) {
      const delay = seconds(s.reviews[0]!.ts) - seconds(s.delivered!.ts);
      expect(Math.abs(delay - 24 * HOUR)).toBeLessThanOrEqual(30 * MINUTE + 1);
    }
    for (const list of groupBy(stories.map((s) => s.reviews[0]!), (r) => r.merchantId).values()) {
      for (const r of list) {
        const nearest = Math.max(...list.filter((o) => o !== r).map((o) => similarity(r.text, o.text)));
        expect(nearest).toBeGreaterThan(0.6);
      }
      const photos = list.flatMap((r) => r.photoHashes ?? []);
      expect(new Set(photos).size).toBeLessThan(photos.length / 2);
    }
  });

  it('review_for_reward: five-star reviews followed by a transfer from an account linked to the shop', () => {
    const data = only(['review_for_reward'], { review_for_reward: { count: 3, officers: { min: 6, max: 6 } } });
    const linked = new Map<string, string>();
    for (const l of data.of('entity.linked')) if (l.b.type === 'merchant') linked.set(l.a.id, l.b.id);
    const reviews = data.of('review.posted').filter((r) => data.labelled('review', 'review_for_reward').has(r.reviewId));
    expect(reviews.length).toBeGreaterThanOrEqual(12);
    const transfers = data.of('transfer.sent');
    let paid = 0;
    for (const r of reviews) {
      expect(r.rating).toBe(5);
      const after = transfers.find((t) => t.toAccountId === r.accountId && t.ts > r.ts && linked.get(t.from.id) === r.merchantId);
      if (after) paid += 1;
    }
    expect(paid / reviews.length).toBeGreaterThan(0.8);
    const officers = data.labelled('order', 'review_for_reward');
    expect(officers.size).toBe(18);
    for (const story of [...data.orders.values()].filter((s) => officers.has(s.placed.orderId) && s.reviews.length > 0)) {
      const refund = transfers.find((t) => t.toAccountId === story.placed.accountId && t.ts > story.reviews[0]!.ts);
      expect(refund!.amount - story.paid!.amount).toBeGreaterThanOrEqual(500);
      expect(refund!.amount - story.paid!.amount).toBeLessThanOrEqual(2_000);
    }
  });

  it('fake_logistics: the configured shops and orders, all on empty parcels', () => {
    const data = only(['fake_logistics'], { fake_logistics: { count: 2, orders: { min: 20, max: 20 } } });
    expect(data.labelled('merchant', 'fake_logistics').size).toBe(2);
    expect(data.labelled('order', 'fake_logistics').size).toBe(40);
    // Every account the truth file names took part: it placed at least one of the empty-parcel orders.
    const buyers = new Set(data.of('order.placed').filter((o) => data.labelled('order', 'fake_logistics').has(o.orderId)).map((o) => o.accountId));
    expect(buyers).toEqual(data.labelled('account', 'fake_logistics'));
  });

  it('subsidy_abuse: one insider approves large subsidies for a few shops and overrides their alerts', () => {
    const data = only(['subsidy_abuse'], { subsidy_abuse: { merchants: { min: 3, max: 3 }, overrides: { min: 10, max: 10 } } });
    const [insider] = [...data.labelled('operator', 'insider_collusion')];
    const shops = data.labelled('merchant', 'subsidy_abuse');
    expect(shops.size).toBe(3);
    expect(data.labelled('merchant', 'insider_collusion')).toEqual(shops);
    const byInsider = data.of('subsidy.granted').filter((s) => s.approvedBy === insider);
    expect(byInsider.every((s) => shops.has(s.merchantId!))).toBe(true);
    const others = data.of('subsidy.granted').filter((s) => s.approvedBy !== insider && s.orderId);
    const mean = (list: { amount: number }[]) => list.reduce((a, s) => a + s.amount, 0) / Math.max(1, list.length);
    expect(mean(byInsider.filter((s) => s.orderId))).toBeGreaterThan(3 * mean(others));
    const overrides = data.of('operator.action').filter((a) => a.operatorId === insider && a.action === 'alert.overridden');
    expect(overrides.length).toBeGreaterThanOrEqual(10);
  });

  it('extortion_reviews: bursts of low ratings on small shops, a payment, then the review edited or deleted', () => {
    const data = only(['extortion_reviews'], { extortion_reviews: { count: 2, shops: { min: 8, max: 8 }, strength: 1 } });
    const reviews = data.of('review.posted').filter((r) => data.labelled('review', 'extortion_reviews').has(r.reviewId));
    expect(reviews).toHaveLength(16);
    for (const list of groupBy(reviews, (r) => r.accountId).values()) {
      expect(new Set(list.map((r) => r.merchantId)).size).toBe(8);
      const times = list.map((r) => seconds(r.ts));
      expect(Math.max(...times) - Math.min(...times)).toBeLessThan(4 * DAY);
    }
    const settled = new Map<string, string>();
    for (const e of data.of('review.edited')) settled.set(e.reviewId, e.ts);
    for (const e of data.of('review.deleted')) settled.set(e.reviewId, e.ts);
    for (const r of reviews) {
      expect(r.rating).toBeLessThanOrEqual(2);
      const payment = data.of('transfer.sent').find((t) => t.toAccountId === r.accountId && t.ts > r.ts);
      expect(payment).toBeDefined();
      if (settled.has(r.reviewId)) expect(settled.get(r.reviewId)! > payment!.ts).toBe(true);
    }
    expect(reviews.filter((r) => settled.has(r.reviewId)).length).toBeGreaterThan(10);
  });

  it('contact_spam: hotline listings repeat one 400 number with 点击咨询, and spam reviews push a contact', () => {
    const data = only(['contact_spam'], { contact_spam: { count: 2, listings: { min: 4, max: 4 } } });
    const items = data.labelled('item', 'contact_spam');
    expect(items.size).toBe(8);
    const listings = data.of('listing.published').filter((l) => items.has(l.itemId));
    for (const list of groupBy(listings, (l) => l.merchantId).values()) {
      const numbers = new Set(list.map((l) => /400-\d{3}-\d{4}/.exec(l.description)?.[0]));
      expect(numbers.size).toBe(1);
      for (const l of list) expect(l.description).toContain('点击咨询');
    }
    const spam = data.of('review.posted').filter((r) => data.labelled('review', 'contact_spam').has(r.reviewId));
    expect(spam.length).toBeGreaterThan(10);
    for (const r of spam) expect(r.text).toMatch(/400-|微信|加V|QQ/);
  });
});
