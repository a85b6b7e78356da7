// fake_logistics (空包): shops whose orders ship as pickup-and-sign-off routes, within hours, weightless, on reused waybills.
import { z } from 'zod';
import { ok } from '../../result.ts';
import { defineDetector, type FindingDraft } from '../detector.ts';
import { describeScheme, schemeContext } from './describe-scheme.ts';
import { parcelFacts } from './parcel-facts.ts';
import { orderSignals, physicalSignals, usualWeights, waybillUse, type OrderSignals } from './parcel-signals.ts';

const Params = z.strictObject({
  /** Real parcels pass through hubs for a day or more; empty ones are "delivered" within hours of pickup. */
  maxDeliveryHours: z.number().positive().default(12),
  /** Gift-parcel sites (礼品代发) ship a few grams of tissue or a trinket: under about 50 g. */
  maxGrams: z.number().positive().default(50),
  maxWeightShare: z.number().gt(0).lt(1).default(0.3),
  minWeighedOrders: z.int().min(1).default(5),
  maxPriceShare: z.number().gt(0).lt(1).default(0.1),
  maxTokenFen: z.number().min(0).default(100),
  /** Signs an order needs, at least one of them physical (route, weight, waybill). */
  minSignals: z.int().min(1).max(5).default(3),
  /** Empty-parcel orders a shop needs before it is named; a single odd waybill is a carrier's mistake as often as not. */
  minOrders: z.int().min(1).default(2),
});
export type LogisticsParams = z.infer<typeof Params>;

/** The defaults, for detectors that hand empty-parcel purchases over to this one (brushing_ring). */
export const logisticsDefaults: LogisticsParams = Params.parse({});

export const fakeLogistics = defineDetector({
  name: 'fake-logistics',
  version: '1.0.0',
  kinds: ['fake_logistics'],
  params: Params,
  run(snapshot, params) {
    const facts = parcelFacts(snapshot);
    const usual = usualWeights(snapshot, facts, params.minWeighedOrders);
    const uses = waybillUse(snapshot);
    const placed = snapshot.table('order.placed');
    const byMerchant = new Map<number, OrderSignals[]>();
    for (let order = 0; order < facts.placedRow.length; order += 1) {
      const place = facts.placedRow[order]!;
      if (place < 0 || facts.shippedRow[order]! < 0) continue;
      const signals = orderSignals(snapshot, facts, order, usual, uses, params);
      if (signals.codes.length < params.minSignals || !signals.codes.some((c) => physicalSignals.has(c))) continue;
      const merchant = placed.columns.merchantId[place]!;
      const list = byMerchant.get(merchant);
      if (list) list.push(signals);
      else byMerchant.set(merchant, [signals]);
    }
    const drafts: FindingDraft[] = [];
    const named = [...byMerchant].filter(([, orders]) => orders.length >= params.minOrders);
    if (named.length === 0) return ok(drafts);
    const context = schemeContext(snapshot, facts, uses, new Set(named.flatMap(([, orders]) => orders.map((o) => o.order))));
    for (const [merchant, orders] of named) drafts.push(describeScheme(snapshot, context, merchant, orders, params));
    return ok(drafts);
  },
});
