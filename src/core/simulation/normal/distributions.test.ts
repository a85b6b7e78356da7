import { describe, expect, it } from 'vitest';
import { DAY } from '../clock.ts';
import { collect, seconds, testOptions } from '../testing/dataset.ts';

describe('normal life keeps its distributions', () => {
  const data = collect(testOptions);
  const fraudOrders = data.labelled('order', 'brushing_ring');
  for (const pattern of ['account_farm', 'scripted_sessions', 'template_reviews', 'review_for_reward', 'fake_logistics', 'subsidy_abuse', 'extortion_reviews'] as const) {
    for (const id of data.labelled('order', pattern)) fraudOrders.add(id);
  }
  const genuineAccounts = data.genuine('account');
  const orders = data.of('order.placed').filter((o) => !fraudOrders.has(o.orderId) && genuineAccounts.has(o.accountId));

  it('has a heavy popularity tail: the top tenth of shops takes a large share, the median shop little', () => {
    const perShop = new Map<string, number>();
    for (const o of orders) perShop.set(o.merchantId, (perShop.get(o.merchantId) ?? 0) + 1);
    const counts = [...perShop.values()].sort((a, b) => b - a);
    const total = counts.reduce((a, b) => a + b, 0);
    const shops = data.of('merchant.registered').length;
    const topTenth = counts.slice(0, Math.ceil(shops / 10)).reduce((a, b) => a + b, 0) / total;
    expect(topTenth).toBeGreaterThan(0.35);
    expect(topTenth).toBeLessThan(0.8);
    expect(counts[0]! / counts[Math.floor(counts.length / 2)]!).toBeGreaterThan(5);
  });

  it('follows a daily rhythm: quiet before dawn, busiest in the evening', () => {
    const hours = new Array<number>(24).fill(0);
    for (const o of orders) hours[Number(o.ts.slice(11, 13))]! += 1;
    const dawn = hours[3]! + hours[4]! + hours[5]!;
    const evening = hours[20]! + hours[21]! + hours[22]!;
    expect(evening / dawn).toBeGreaterThan(4);
    expect(hours.indexOf(Math.max(...hours))).toBeGreaterThanOrEqual(19);
  });

  it('reviews arrive hours to days after delivery, median one to three days', () => {
    const delays: number[] = [];
    for (const story of data.orders.values()) {
      if (fraudOrders.has(story.placed.orderId)) continue;
      for (const review of story.reviews) delays.push((seconds(review.ts) - seconds(story.delivered!.ts)) / DAY);
    }
    delays.sort((a, b) => a - b);
    const median = delays[Math.floor(delays.length / 2)]!;
    expect(median).toBeGreaterThan(0.8);
    expect(median).toBeLessThan(3);
    expect(delays[0]!).toBeGreaterThan(0.04);
    expect(delays.at(-1)!).toBeLessThanOrEqual(15);
  });

  it('rarely has a genuine buyer order three times from one shop within an hour', () => {
    const times = new Map<string, number[]>();
    for (const o of orders) {
      const key = `${o.accountId}|${o.merchantId}`;
      times.set(key, [...(times.get(key) ?? []), seconds(o.ts)]);
    }
    const flagged = new Set<string>();
    for (const [key, list] of times) {
      list.sort((a, b) => a - b);
      for (let i = 0; i + 2 < list.length; i += 1) if (list[i + 2]! - list[i]! <= 3_600) flagged.add(key.split('|')[0]!);
    }
    const buyers = new Set(orders.map((o) => o.accountId)).size;
    expect(flagged.size / buyers).toBeLessThan(0.001);
  });

  it('writes varied genuine reviews: lengths, a minority of emoji, J-shaped ratings, no contact details', () => {
    const fraudReviews = new Set(data.truth.filter((r) => r.entityType === 'review' && r.label === 1).map((r) => r.entityId));
    const reviews = data.of('review.posted').filter((r) => !fraudReviews.has(r.reviewId));
    const lengths = reviews.map((r) => r.text.length).sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length * 0.1)]!).toBeLessThanOrEqual(6);
    expect(lengths[Math.floor(lengths.length * 0.9)]!).toBeGreaterThanOrEqual(25);
    const emoji = reviews.filter((r) => /\p{Extended_Pictographic}/u.test(r.text)).length / reviews.length;
    expect(emoji).toBeGreaterThan(0.04);
    expect(emoji).toBeLessThan(0.2);
    const stars = (k: number) => reviews.filter((r) => r.rating === k).length / reviews.length;
    expect(stars(5)).toBeGreaterThan(0.6);
    expect(stars(1)).toBeGreaterThan(0.02);
    expect(stars(1)).toBeLessThan(0.12);
    for (const r of reviews.filter((x) => x.rating <= 2)) expect(r.text).not.toMatch(/好评|满意|推荐购买/);
    const contact = /\d{3}-\d{3}-\d{4}|\d{11}|点击咨询|微信|加V|QQ|vx\d|wx\d/;
    expect(reviews.filter((r) => contact.test(r.text))).toEqual([]);
    const normalChat = data.of('message.sent').filter((m) => genuineAccounts.has(m.accountId));
    expect(normalChat.filter((m) => contact.test(m.text))).toEqual([]);
  });

  it('rarely repeats a genuine review word for word beyond short stock praise', () => {
    const fraudReviews = new Set(data.truth.filter((r) => r.entityType === 'review' && r.label === 1).map((r) => r.entityId));
    const texts = data.of('review.posted').filter((r) => !fraudReviews.has(r.reviewId) && r.text.length >= 12).map((r) => r.text);
    const seen = new Map<string, number>();
    for (const text of texts) seen.set(text, (seen.get(text) ?? 0) + 1);
    const repeated = [...seen.values()].filter((n) => n > 1).reduce((a, n) => a + n, 0);
    expect(repeated / texts.length).toBeLessThan(0.02);
  });

  it('explains promotion spikes: an attribute event announces the window, and the shop sells more inside it', () => {
    const windows = data.of('entity.attributes').filter((e) => e.entity.type === 'merchant' && 'promotionFrom' in e.attributes);
    expect(windows.length).toBeGreaterThanOrEqual(2);
    for (const w of windows) {
      const from = seconds(String(w.attributes.promotionFrom));
      const to = seconds(String(w.attributes.promotionTo));
      expect(seconds(w.ts)).toBeLessThanOrEqual(from);
      const shopOrders = orders.filter((o) => o.merchantId === w.entity.id).map((o) => seconds(o.ts));
      const inside = shopOrders.filter((t) => t >= from && t <= to).length;
      const days = (to - from) / DAY;
      // Small shops quadruple; the biggest cannot take a whole category, so their lift is smaller but still clear.
      expect(inside / days).toBeGreaterThan((1.5 * (shopOrders.length - inside)) / (testOptions.days! - days));
    }
  });
});
