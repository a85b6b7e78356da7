import { describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../../events/event.ts';
import { SnapshotBuilder } from '../../snapshot/snapshot-builder.ts';
import { at } from '../testing/event-factory.ts';
import { runDetectors } from '../run-detectors.ts';
import { reviewForReward } from './detector.ts';
import { merchantLinks } from './merchant-links.ts';
import { cashbackScheme, honestPayments } from './testing/reward-scenes.ts';

function snapshotOf(events: readonly ShoumenEvent[]) {
  const builder = new SnapshotBuilder(undefined);
  for (const event of events) builder.add(event);
  return builder.finish();
}

const detect = (events: readonly ShoumenEvent[]) => runDetectors(snapshotOf(events), [reviewForReward]);

describe('review-for-reward', () => {
  it('finds the cashback shop with its payer, the paid reviews and the refunded 体验官', () => {
    const { findings } = detect([...cashbackScheme(), ...honestPayments()]);
    expect(findings).toHaveLength(1);
    const finding = findings[0]!;
    const named = (role: string) => finding.entities.filter((e) => e.role === role).map((e) => e.id).sort();
    expect(named('merchant')).toEqual(['shop-cash']);
    expect(named('payer')).toEqual(['cash-owner', 'cash-staff']);
    expect(named('review')).toEqual(['r-cash-0', 'r-cash-1', 'r-cash-2', 'r-cash-3', 'r-officer-1']);
    // Bribed customers made real purchases; only the officer, who paid nothing in the end, is named as a reviewer.
    expect(named('reviewer')).toEqual(['officer-1']);
    expect(named('order')).toEqual(['o-officer-1']);
    expect(finding.reasons.map((r) => r.code)).toEqual(['PAID_AFTER_FIVE_STARS', 'PRINCIPAL_RETURNED', 'REWARD_LURES', 'RECRUITED_BUYERS', 'REWARD_CLAIMS', 'REWARD_MEMO']);
    expect(finding.score).toBeGreaterThan(0.9);
  });

  it('leaves compensation, red packets to friends, plain requests for a good review and refunds alone', () => {
    expect(detect(honestPayments()).findings).toEqual([]);
  });

  it('flags a shop that only sends lures, once it has sent enough of them', () => {
    const lure = (i: number) => at(i, 'message.sent', { merchantId: 'shop-lure', accountId: `b${i}`, from: 'merchant', text: '好评返现8元，截图找客服' });
    expect(detect([lure(1)]).findings).toEqual([]);
    expect(detect([lure(1), lure(2)]).findings[0]?.reasons.map((r) => r.code)).toEqual(['REWARD_LURES']);
  });

  it('links accounts to a shop by entity.linked and one shared identifier, but not through a crowded one', () => {
    const snapshot = snapshotOf([
      at(0, 'entity.linked', { a: { type: 'merchant', id: 'm' }, b: { type: 'account', id: 'owner' }, relation: 'owner' }),
      at(1, 'account.login', { accountId: 'owner', deviceId: 'phone-1', ip: '10.0.0.1' }),
      at(2, 'account.login', { accountId: 'helper', deviceId: 'phone-1', ip: '10.0.0.2' }),
      ...Array.from({ length: 7 }, (_, i) => at(3 + i, 'order.placed', { orderId: `c${i}`, accountId: i === 0 ? 'owner' : `cafe-${i}`, merchantId: 'x', itemId: 'y', quantity: 1, amount: 1, deviceId: 'cafe-pc' })),
    ]);
    const links = merchantLinks(snapshot);
    const accounts = snapshot.names('account');
    const merchant = snapshot.names('merchant').find('m');
    expect(links.linksOf(accounts.find('owner'))?.get(merchant)).toBe('entity_link');
    expect(links.linksOf(accounts.find('helper'))?.get(merchant)).toBe('shared_device');
    expect(links.linksOf(accounts.find('cafe-3'))).toBeUndefined();
  });
});

describe('review-for-reward recruits', () => {
  it('names a buyer who ordered right after a 用户体验官 invitation even before any payback is seen', () => {
    const events = [
      at(0, 'message.sent', { merchantId: 'shop-x', accountId: 'invited', from: 'merchant', text: '诚招用户体验官：拍下指定宝贝，好评后全额返款另加佣金' }),
      at(1, 'message.sent', { merchantId: 'shop-x', accountId: 'other', from: 'merchant', text: '用户体验官名额有限，本金全退' }),
      at(90, 'order.placed', { orderId: 'o-invited', accountId: 'invited', merchantId: 'shop-x', itemId: 'i', quantity: 1, amount: 5_000 }),
      at(5 * 1_440, 'order.placed', { orderId: 'o-late', accountId: 'other', merchantId: 'shop-x', itemId: 'i', quantity: 1, amount: 5_000 }),
    ];
    const finding = detect(events).findings[0]!;
    expect(finding.entities.filter((e) => e.role === 'reviewer' || e.role === 'order').map((e) => e.id)).toEqual(['invited', 'o-invited']);
  });
});
