// Promotions a platform declares for a shop or an item (entity.attributes promotionFrom / promotionTo), the spikes they explain.
import type { Snapshot } from '../snapshot/snapshot.ts';
import { attributeStatements, attributeTime } from './entity-attributes.ts';

export type Promotion = {
  readonly entityType: 'merchant' | 'item';
  readonly entity: number;
  readonly from: number;
  readonly to: number;
  readonly campaign: string | undefined;
  /** The `entity.attributes` event that declared it. */
  readonly event: number;
};

/**
 * Every declared promotion window. The contract has no promotion event; the convention (docs/scoring.md) is an
 * `entity.attributes` statement on the merchant or item with `promotionFrom` and `promotionTo` as ISO times and,
 * optionally, `promotionCampaign`. Statements missing either end, or ending before they start, are ignored.
 */
export function declaredPromotions(snapshot: Snapshot): Promotion[] {
  const out: Promotion[] = [];
  for (const entityType of ['merchant', 'item'] as const) {
    for (const statement of attributeStatements(snapshot, entityType, ['promotionFrom', 'promotionTo', 'promotionCampaign'])) {
      const from = attributeTime(statement.values.promotionFrom);
      const to = attributeTime(statement.values.promotionTo);
      if (Number.isNaN(from) || Number.isNaN(to) || to < from) continue;
      const campaign = statement.values.promotionCampaign;
      out.push({ entityType, entity: statement.entity, from, to, campaign: campaign === undefined ? undefined : String(campaign), event: statement.event });
    }
  }
  return out;
}
