// The analysis subsidy_abuse and insider_collusion share: the ledger, the shops' ties to buyers, and each shop's assessment.
import { groupRowsByKey } from '../../snapshot/group-rows.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { assessShop, overridesByShop, type ShopAssessment } from './assess-shop.ts';
import type { SubsidyParams } from './params.ts';
import { shopLinks } from './shop-links.ts';
import { subsidyLedger, type SubsidyLedger } from './subsidy-ledger.ts';

export type SubsidyAnalysis = {
  readonly ledger: SubsidyLedger;
  /** One per shop that received any subsidy, in interned-id order. */
  readonly assessments: readonly ShopAssessment[];
  /** Alert overrides keyed `operator:shop`. */
  readonly overrides: ReadonlyMap<string, number[]>;
};

export function analyseSubsidies(snapshot: Snapshot, params: SubsidyParams): SubsidyAnalysis {
  const ledger = subsidyLedger(snapshot, params.minOrderShare);
  if (ledger.shops.size === 0) return { ledger, assessments: [], overrides: new Map() };
  const links = shopLinks(snapshot);
  const overrides = overridesByShop(snapshot, ledger);
  const placed = snapshot.table('order.placed');
  const byShop = groupRowsByKey(placed.columns.merchantId, placed.ts, snapshot.names('merchant').size);
  const assessments = [...ledger.shops.values()]
    .sort((a, b) => a.merchant - b.merchant)
    .map((shop) => assessShop(snapshot, ledger, links, overrides, byShop.rows.subarray(byShop.start[shop.merchant], byShop.start[shop.merchant + 1]), shop, params));
  return { ledger, assessments, overrides };
}
