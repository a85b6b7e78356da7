// The merchant credit point table: configuration with a version, so every ledger line names the table that priced it.
import { z } from 'zod';

export const tiers = ['A', 'B', 'C', 'D', 'E'] as const;
export const Tier = z.enum(tiers);
export type Tier = z.infer<typeof Tier>;

export const penalties = ['search_demotion', 'promotion_ban', 'settlement_hold', 'removal'] as const;
export const Penalty = z.enum(penalties);
export type Penalty = z.infer<typeof Penalty>;

const Points = z.int().min(-1000).max(1000);
const Days = z.int().min(1).max(3650);

export const PointTable = z.object({
  version: z.string().min(1),
  /** Every merchant starts here; the score never exceeds it. */
  base: z.int().min(1).default(100),
  /** Confirmed brushing priced by size (distinct buyer accounts in the case); the largest matching row applies. */
  brushing: z.array(z.object({ minAccounts: z.int().min(0), points: Points })).min(1),
  inspectionFail: z.object({ qualification: Points, product_quality: Points, mystery_shopper: Points }),
  inspectionPass: Points,
  validReport: Points,
  /** A confirmed offence within this many days of an earlier one counts this many times. */
  repeatWindowDays: Days,
  repeatMultiplier: z.number().min(1).max(10),
  /** A line stops counting this many days after it was recorded: restoration over time. */
  restoreAfterDays: z.object({ brushing: Days, inspection: Days, report: Days }),
  /** Tiers from the top; a merchant is in the first tier whose `minScore` it reaches. */
  tiers: z.array(z.object({ tier: Tier, minScore: z.number(), penalties: z.array(Penalty) })).min(1),
});
export type PointTable = z.infer<typeof PointTable>;

export const DEFAULT_POINT_TABLE: PointTable = PointTable.parse({
  version: 'credit-2026.1',
  base: 100,
  brushing: [
    { minAccounts: 0, points: -12 },
    { minAccounts: 10, points: -24 },
    { minAccounts: 50, points: -48 },
  ],
  inspectionFail: { qualification: -20, product_quality: -15, mystery_shopper: -10 },
  inspectionPass: 2,
  validReport: -3,
  repeatWindowDays: 365,
  repeatMultiplier: 2,
  restoreAfterDays: { brushing: 365, inspection: 180, report: 90 },
  tiers: [
    { tier: 'A', minScore: 90, penalties: [] },
    { tier: 'B', minScore: 75, penalties: ['search_demotion'] },
    { tier: 'C', minScore: 60, penalties: ['search_demotion', 'promotion_ban'] },
    { tier: 'D', minScore: 40, penalties: ['search_demotion', 'promotion_ban', 'settlement_hold'] },
    { tier: 'E', minScore: 0, penalties: ['search_demotion', 'promotion_ban', 'settlement_hold', 'removal'] },
  ],
});

export const penaltyLabels: Record<Penalty, { en: string; zh: string }> = {
  search_demotion: { en: 'search demotion', zh: '搜索降权' },
  promotion_ban: { en: 'no promotions', zh: '禁止参加营销活动' },
  settlement_hold: { en: 'settlement held', zh: '暂停结算' },
  removal: { en: 'removed from the marketplace', zh: '清退' },
};
