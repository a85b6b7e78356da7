// brushing_ring: dense blocks of accounts × one shop's items within days (FRAUDAR, dense subtensors, per shop), corroborated and scored.
import { z } from 'zod';
import { ok } from '../../result.ts';
import { accountRegistrations } from '../../signals/account-registration.ts';
import { declaredPromotions } from '../../signals/declared-promotions.ts';
import { defineDetector, type FindingDraft } from '../detector.ts';
import { describeRing } from './describe-ring.ts';
import { findRingBlocks, type RingBlock } from './find-ring-blocks.ts';
import { orderPurchases } from './order-purchases.ts';
import { purchaseFacts } from './purchase-facts.ts';
import { ringSignals, type RingSignals } from './ring-signals.ts';
import { RingSearchOptions } from './ring-search-options.ts';
import { weakMemberTest } from './weak-members.ts';

const Params = RingSearchOptions.extend({
  /**
   * Density alone also fits a shop's loyal customers in a sale. A ring must be corroborated: the mean of the share of
   * orders that arrived by link and the larger of the young-member and shared-network shares.
   */
  minCorroboration: z.number().min(0).max(1).default(0.5),
  /** A block whose orders mostly carry another scheme's signature (a phone farm's devices, task dwell, empty parcels, heavy subsidies) is left to that scheme's detector. */
  handOffShare: z.number().min(0).max(1).default(0.5),
}).strict();
type Params = z.infer<typeof Params>;

export function corroboration(signals: RingSignals): number {
  return (signals.directLink + Math.max(signals.young, signals.sharedNetwork)) / 2;
}

export function handedOff(signals: RingSignals, share: number): boolean {
  return Math.max(signals.farmDevices, signals.taskDwell, signals.emptyParcel, signals.heavySubsidy) >= share;
}

/** 0.5 at the corroboration bar, more with corroboration, lift and surprise; a declared promotion takes some back. */
export function ringScore(ring: RingBlock, signals: RingSignals, support: number): number {
  const structure = 0.5 * Math.min(1, Math.log10(Math.max(1, ring.lift)) / 3) + 0.5 * Math.min(1, ring.surprise / 200);
  const score = 0.3 + 0.4 * support + 0.3 * structure - (signals.promotion ? 0.15 : 0);
  return Math.min(0.99, Math.max(0.05, score));
}

export const brushingRing = defineDetector({
  name: 'brushing-ring',
  version: '1.0.0',
  kinds: ['brushing_ring'],
  params: Params,
  run(snapshot, params) {
    const purchases = orderPurchases(snapshot);
    if (purchases.rows.length === 0) return ok([]);
    const context = { purchases, facts: purchaseFacts(snapshot, purchases), registeredAt: accountRegistrations(snapshot), promotions: declaredPromotions(snapshot) };
    const { rings } = findRingBlocks(purchases.input, params, weakMemberTest(context));
    const drafts: FindingDraft[] = [];
    for (const ring of rings) {
      const shop = purchases.input.itemMerchant?.[ring.items[0]!] ?? -1;
      const signals = ringSignals(ring, shop, context);
      if (handedOff(signals, params.handOffShare)) continue;
      const support = corroboration(signals);
      if (support < params.minCorroboration) continue;
      drafts.push(describeRing(snapshot, purchases, ring, shop, signals, { score: ringScore(ring, signals, support), corroboration: support }, params.minLift));
    }
    return ok(drafts);
  },
});
