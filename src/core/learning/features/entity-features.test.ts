import { describe, expect, it } from 'vitest';
import { at } from '../../detectors/testing/event-factory.ts';
import type { Finding } from '../../findings/finding.ts';
import { allIds, computeFeatures, FeatureConfig, localIds, planFeatures } from './entity-features.ts';
import { account, prepared } from './testing.ts';

const column = (snapshot: ReturnType<typeof prepared>, type: 'account' | 'review', name: string, ids: string[]) =>
  Array.from(computeFeatures(snapshot, type, [name], localIds(snapshot, type, ids)).columns[0]!);

describe('neighbour aggregates', () => {
  // a1 – a2, a1 – a3 – a4; x = 1, 2, 4 and missing on a4.
  const snapshot = prepared([
    at(0, 'entity.attributes', { entity: account('a1'), attributes: { x: 1 } }),
    at(0, 'entity.attributes', { entity: account('a2'), attributes: { x: 2 } }),
    at(0, 'entity.attributes', { entity: account('a3'), attributes: { x: 4 } }),
    at(1, 'entity.linked', { a: account('a1'), b: account('a2'), relation: 'co_review' }),
    at(1, 'entity.linked', { a: account('a1'), b: account('a3'), relation: 'co_review' }),
    at(1, 'entity.linked', { a: account('a3'), b: account('a4'), relation: 'co_review' }),
    at(2, 'entity.linked', { a: account('a3'), b: account('a4'), relation: 'co_review' }),
  ]);
  const ids = ['a1', 'a2', 'a3', 'a4'];

  it('take mean, max and sum over one hop, skipping missing values', () => {
    expect(column(snapshot, 'account', 'n1.account:attr.x.mean', ids)).toEqual([3, 1, 1, 4]);
    expect(column(snapshot, 'account', 'n1.account:attr.x.max', ids)).toEqual([4, 1, 1, 4]);
    expect(column(snapshot, 'account', 'n1.account:attr.x.sum', ids)).toEqual([6, 1, 1, 4]);
  });

  it('propagate the one-hop aggregates once more for two hops', () => {
    expect(column(snapshot, 'account', 'n2.account:attr.x.mean', ids)).toEqual([1, 3, 3.5, 1]);
    expect(column(snapshot, 'account', 'n2.account:attr.x.max', ids)).toEqual([1, 4, 4, 1]);
    expect(column(snapshot, 'account', 'n2.account:attr.x.sum', ids)).toEqual([2, 6, 10, 1]);
  });

  it('count distinct neighbours and links per relation (a repeated link is one edge, two link events)', () => {
    expect(column(snapshot, 'account', 'deg.account', ids)).toEqual([2, 1, 2, 1]);
    expect(column(snapshot, 'account', 'links.co_review', ids)).toEqual([2, 1, 3, 2]);
  });

  it('plan only informative columns and the types reachable in the hops asked for', () => {
    const names = planFeatures(snapshot, 'account', FeatureConfig.parse({ hops: 1, aggregations: ['mean'] }));
    expect(names).toContain('attr.x');
    expect(names).toContain('n1.account:attr.x.mean');
    expect(names.some((n) => n.startsWith('n2.'))).toBe(false);
    expect(names.some((n) => n.startsWith('n1.item:'))).toBe(false);
    // deg.item is 0 for everyone: no information, not planned.
    expect(names).not.toContain('deg.item');
  });

  it('compute a feature the data lacks as missing, and its sum as zero', () => {
    expect(column(snapshot, 'account', 'attr.unknown', ['a1'])).toEqual([Number.NaN]);
    expect(column(snapshot, 'account', 'n1.account:attr.unknown.mean', ['a1'])).toEqual([Number.NaN]);
    expect(column(snapshot, 'account', 'n1.account:attr.unknown.sum', ['a1'])).toEqual([0]);
  });
});

describe('own features from behaviour', () => {
  it('see accounts that share a device through the device node (the farm signal)', () => {
    const snapshot = prepared([
      ...['f1', 'f2', 'f3'].map((a, i) => at(i, 'account.login', { accountId: a, deviceId: 'phone-1', ip: '10.0.0.1', device: { emulator: true } })),
      at(5, 'account.login', { accountId: 'solo', deviceId: 'phone-2', ip: '10.0.0.2' }),
    ]);
    const ids = ['f1', 'f2', 'f3', 'solo'];
    expect(column(snapshot, 'account', 'n1.device:deg.account.max', ids)).toEqual([3, 3, 3, 1]);
    expect(column(snapshot, 'account', 'account.emulator', ids)).toEqual([1, 1, 1, 0]);
    expect(column(snapshot, 'account', 'n1.device:device.logins.sum', ids)).toEqual([3, 3, 3, 1]);
  });

  it('give reviews their rating against the item, timing after the order and repeated text', () => {
    const snapshot = prepared([
      at(0, 'order.placed', { orderId: 'o1', accountId: 'b1', merchantId: 'm', itemId: 'i', quantity: 1, amount: 100 }),
      at(120, 'review.posted', { reviewId: 'r1', accountId: 'b1', merchantId: 'm', itemId: 'i', rating: 5, text: '超赞', orderId: 'o1' }),
      at(130, 'review.posted', { reviewId: 'r2', accountId: 'b2', merchantId: 'm', itemId: 'i', rating: 5, text: '超赞 ' }),
      at(140, 'review.posted', { reviewId: 'r3', accountId: 'b3', merchantId: 'm', itemId: 'i', rating: 2, text: '一般' }),
    ]);
    const ids = ['r1', 'r2', 'r3'];
    expect(column(snapshot, 'review', 'review.ratingVsItem', ids)).toEqual([1, 1, -2]);
    expect(column(snapshot, 'review', 'review.hoursAfterOrder', ids)).toEqual([2, Number.NaN, Number.NaN]);
    expect(column(snapshot, 'review', 'review.text.sameCount', ids)).toEqual([2, 2, 1]);
    expect(column(snapshot, 'review', 'n1.account:deg.item.max', ids)).toEqual([1, 1, 1]);
    expect(allIds(snapshot, 'review').ids).toEqual(ids);
  });

  it('turn string attributes into value frequencies and flags into 0/1, the last event winning', () => {
    const snapshot = prepared([
      at(0, 'entity.attributes', { entity: account('a'), attributes: { model: 'X1', vip: true } }),
      at(0, 'entity.attributes', { entity: account('b'), attributes: { model: 'X1', vip: false } }),
      at(0, 'entity.attributes', { entity: account('c'), attributes: { model: 'Z9', vip: true } }),
      at(1, 'entity.attributes', { entity: account('c'), attributes: { vip: false } }),
    ]);
    expect(column(snapshot, 'account', 'attr.model.freq', ['a', 'b', 'c'])).toEqual([2 / 3, 2 / 3, 1 / 3].map(Math.fround));
    expect(column(snapshot, 'account', 'attr.vip', ['a', 'b', 'c'])).toEqual([1, 0, 0]);
  });

  it('carry detector findings as signal features', () => {
    const finding = {
      id: 'f1', kind: 'account_farm', score: 0.8, severity: 'high', summary: 's', summaryZh: 's', entities: [{ type: 'account', id: 'a' }],
      window: { from: '', to: '' }, reasons: [{ code: 'X', message: 'm', messageZh: 'm' }], evidence: { eventIds: [], metrics: {} }, detector: 'd@1.0.0',
    } satisfies Finding;
    const snapshot = prepared([at(0, 'account.login', { accountId: 'a', deviceId: 'd', ip: 'i' }), at(0, 'account.login', { accountId: 'b', deviceId: 'd', ip: 'i' })], [finding]);
    expect(column(snapshot, 'account', 'signal.account_farm', ['a', 'b'])).toEqual([0.8, 0].map(Math.fround));
    expect(column(snapshot, 'account', 'signal.fused', ['a', 'b'])).toEqual([0.8, 0].map(Math.fround));
  });
});
