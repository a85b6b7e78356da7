// Legitimate promotions: campaigns approved by operators lift a shop's sales for a few days, with coupons and subsidies.
import { categories } from '../catalog/categories.ts';
import { DAY, HOUR } from '../clock.ts';
import type { Item, Merchant } from '../population/types.ts';
import { AliasTable, type Rng } from '../random.ts';
import { makeEvent } from '../timeline.ts';
import type { World } from '../world.ts';
import { officeTime } from './rhythm.ts';

export type Promotion = {
  readonly merchant: Merchant;
  readonly campaignId: string;
  readonly couponId: string;
  readonly approvedBy: string;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly discountPct: number;
};

type DayDemand = { readonly chance: number; readonly items: readonly Item[]; readonly table: AliasTable };

export class Promotions {
  readonly list: Promotion[] = [];
  private readonly byMerchant = new Map<number, Promotion>();
  /** Today's demand per category; null until computed. Sessions ask for it on every view, so no string keys here. */
  private demand: (DayDemand | undefined | null)[] = [];
  private demandDay = -1;
  /** Total demand weight per category, the denominator of a promotion's share. */
  private readonly totals: number[];

  /** Plans campaigns (about one a week) and enrolls a share of the established shops not used by attacks. */
  constructor(private readonly world: World, rng: Rng, eligible: (m: Merchant) => boolean) {
    const { options, population, ids } = world;
    this.totals = categories.map(() => 0);
    for (const item of population.items) {
      if (!population.merchants[item.merchant]!.spam) this.totals[item.category] = this.totals[item.category]! + item.weight;
    }
    const days = options.days;
    if (days < 3) return;
    const campaigns = Array.from({ length: Math.max(2, Math.round(days / 7)) }, () => ({
      id: ids.next('campaign'), approver: rng.pick(population.operators).id,
    }));
    for (const merchant of population.merchants) {
      if (merchant.spam || merchant.opensInSim || !eligible(merchant) || !rng.chance(options.normal.promotionShare)) continue;
      const campaign = rng.pick(campaigns);
      const firstDay = rng.int(1, Math.max(1, days - 3));
      const promotion: Promotion = {
        merchant, campaignId: campaign.id, couponId: ids.next('coupon'), approvedBy: campaign.approver,
        firstDay, lastDay: Math.min(days - 1, firstDay + rng.int(1, 3)), discountPct: rng.pick([10, 15, 20, 25, 30]),
      };
      this.list.push(promotion);
      this.byMerchant.set(merchant.index, promotion);
    }
  }

  active(merchant: number, day: number): Promotion | undefined {
    const promotion = this.byMerchant.get(merchant);
    return promotion && day >= promotion.firstDay && day <= promotion.lastDay ? promotion : undefined;
  }

  /** The day before a promotion, the approving operator enrolls the shop and the platform records the window. */
  announce(rng: Rng, day: number): void {
    const { timeline, clock } = this.world;
    for (const p of this.list) {
      if (p.firstDay - 1 !== day) continue;
      const t = officeTime(rng, clock, day);
      const from = clock.iso(clock.dayStart(p.firstDay));
      const to = clock.iso(clock.dayStart(p.lastDay + 1) - 1);
      timeline.at(t, makeEvent('operator.action', {
        operatorId: p.approvedBy, action: 'campaign.approved', target: { type: 'merchant', id: p.merchant.id },
        detail: `${p.campaignId}: 店铺满减 ${p.discountPct}% (${from.slice(0, 10)} – ${to.slice(0, 10)})`,
      }));
      timeline.at(t + rng.int(60, HOUR), makeEvent('entity.attributes', {
        entity: { type: 'merchant', id: p.merchant.id },
        attributes: { promotionCampaign: p.campaignId, promotionFrom: from, promotionTo: to, promotionDiscountPct: p.discountPct },
      }));
    }
  }

  /**
   * Promoted items of a category on a day and the chance a session picks among them: chosen so that
   * a promoted shop's demand is `promotionLift` times its usual share.
   */
  private dayDemand(day: number, category: number): DayDemand | undefined {
    if (day !== this.demandDay) {
      this.demandDay = day;
      this.demand = categories.map(() => null);
    }
    const known = this.demand[category];
    if (known !== null) return known;
    const { population, options } = this.world;
    const items: Item[] = [];
    for (const p of this.list) {
      if (p.merchant.category !== category || day < p.firstDay || day > p.lastDay) continue;
      for (const index of p.merchant.items) items.push(population.items[index]!);
    }
    let share = 0;
    const total = this.totals[category]!;
    for (const item of items) share += item.weight;
    const s = total > 0 ? share / total : 0;
    const result = items.length > 0 && s < 1
      ? { chance: Math.min(0.8, (s * (options.normal.promotionLift - 1)) / (1 - s)), items, table: new AliasTable(items.map((i) => i.weight)) }
      : undefined;
    this.demand[category] = result;
    return result;
  }

  /** An item for a shopper: sometimes from today's promotions, otherwise by ordinary popularity. */
  drawItem(rng: Rng, category: number, t: number): Item | undefined {
    const day = Math.floor((t - this.world.clock.start) / DAY);
    const promoted = this.dayDemand(day, category);
    if (promoted && rng.chance(promoted.chance)) {
      const item = promoted.items[promoted.table.draw(rng)]!;
      if (item.publishedAt <= t) return item;
    }
    return this.world.population.drawItem(rng, category, t);
  }
}
