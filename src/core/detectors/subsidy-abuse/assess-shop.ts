// Whether one shop's subsidies look abused: money out of proportion to sales, to repeat or linked buyers, waved through by its approver.
import type { Snapshot } from '../../snapshot/snapshot.ts';
import type { ShopLinks, LinkKind } from './shop-links.ts';
import { revenueBetween, type ShopSubsidies, type SubsidyLedger } from './subsidy-ledger.ts';

export type SubsidyRule = {
  /** An order subsidy worth this share of what the buyer paid is far beyond a promotion's few percent. */
  readonly minOrderShare: number;
  readonly minOrders: number;
  /** Subsidies ÷ the shop's sales over the days they were paid. */
  readonly minIntensity: number;
  /** Share of high-share orders placed by buyers who got two or more. */
  readonly minRepeatShare: number;
  /** Share of subsidised buyers tied to the shop's own accounts. */
  readonly minLinkedShare: number;
  /** A campaign reaching fewer shops than this is narrow: a favour, not a platform promotion. */
  readonly minCampaignShops: number;
  /** Corroborating signs needed besides the money. */
  readonly minCorroborating: number;
};

export const corroborationCodes = [
  'REPEAT_SUBSIDISED_BUYERS', 'BUYERS_LINKED_TO_SHOP', 'SUBSIDY_INTENSITY', 'LUMP_SUM_GRANTS', 'APPROVER_OVERRIDES', 'NARROW_CAMPAIGN',
] as const;
export type CorroborationCode = (typeof corroborationCodes)[number];

export type ShopAssessment = {
  readonly shop: ShopSubsidies;
  readonly abused: boolean;
  readonly intensity: number;
  readonly repeatShare: number;
  readonly linked: ReadonlyMap<number, LinkKind[]>;
  /** Overrides of alerts on this shop (or its orders) by operators who approved its subsidies: operator → action rows. */
  readonly overrides: ReadonlyMap<number, number[]>;
  readonly narrowCampaigns: number;
  readonly signs: readonly CorroborationCode[];
};

/** operator.action rows per (operator, shop) whose action overrides an alert, on the shop itself or one of its orders. */
export function overridesByShop(snapshot: Snapshot, ledger: SubsidyLedger): Map<string, number[]> {
  const actions = snapshot.table('operator.action');
  const actionNames = snapshot.names('action');
  const refName = (row: number) => snapshot.refName(actions.columns.target.type[row]!, actions.columns.target.id[row]!);
  const out = new Map<string, number[]>();
  for (let row = 0; row < actions.size; row += 1) {
    const action = actions.columns.action[row]!;
    if (action < 0 || !/overrid/i.test(actionNames.name(action))) continue;
    const target = refName(row);
    if (!target) continue;
    const shop = target.type === 'merchant' ? snapshot.names('merchant').find(target.id)
      : target.type === 'order' ? (ledger.orderShop[snapshot.names('order').find(target.id)] ?? -1) : -1;
    if (shop < 0) continue;
    const key = `${actions.columns.operatorId[row]}:${shop}`;
    out.set(key, [...(out.get(key) ?? []), row]);
  }
  return out;
}

export function assessShop(
  snapshot: Snapshot, ledger: SubsidyLedger, links: ShopLinks, overrides: Map<string, number[]>, shopRows: Int32Array, shop: ShopSubsidies, rule: SubsidyRule,
): ShopAssessment {
  const revenue = revenueBetween(snapshot, ledger, shop.merchant, shop.from - 86_400_000, shop.to, shopRows);
  const intensity = shop.total / Math.max(1, revenue);
  let repeated = 0;
  for (const rows of shop.accounts.values()) if (rows.length >= 2) repeated += rows.length;
  const repeatShare = shop.highShareRows.length ? repeated / shop.highShareRows.length : 0;
  const linked = new Map<number, LinkKind[]>();
  for (const buyer of shop.accounts.keys()) {
    const ties = links.ties(shop.merchant, buyer);
    if (ties.length) linked.set(buyer, ties);
  }
  const byApprover = new Map<number, number[]>();
  for (const operator of shop.approvers.keys()) {
    const rows = overrides.get(`${operator}:${shop.merchant}`);
    if (rows) byApprover.set(operator, rows);
  }
  let narrowCampaigns = 0;
  for (const campaign of shop.campaigns) if ((ledger.campaignShops.get(campaign)?.size ?? 0) < rule.minCampaignShops) narrowCampaigns += 1;
  const signs: CorroborationCode[] = [];
  if (repeatShare >= rule.minRepeatShare) signs.push('REPEAT_SUBSIDISED_BUYERS');
  if (shop.accounts.size > 0 && linked.size >= rule.minLinkedShare * shop.accounts.size) signs.push('BUYERS_LINKED_TO_SHOP');
  if (intensity >= rule.minIntensity) signs.push('SUBSIDY_INTENSITY');
  if (shop.grantRows.length > 0) signs.push('LUMP_SUM_GRANTS');
  if (byApprover.size > 0) signs.push('APPROVER_OVERRIDES');
  if (narrowCampaigns > 0) signs.push('NARROW_CAMPAIGN');
  const viaOrders = shop.highShareRows.length >= rule.minOrders;
  const viaGrants = shop.grantRows.length > 0 && intensity >= rule.minIntensity;
  // Grants that are the money cannot also corroborate it.
  const corroborating = viaOrders ? signs.length : signs.filter((s) => s !== 'LUMP_SUM_GRANTS' && s !== 'SUBSIDY_INTENSITY').length;
  return { shop, abused: (viaOrders || viaGrants) && corroborating >= rule.minCorroborating, intensity, repeatShare, linked, overrides: byApprover, narrowCampaigns, signs };
}
