// Parameters shared by subsidy_abuse and insider_collusion, which read the same subsidy ledger.
import { z } from 'zod';

export const SubsidyParams = z.strictObject({
  /** Promotions subsidise a few percent of an order; staged orders get half or more of the price back. */
  minOrderShare: z.number().gt(0).max(1).default(0.3),
  minOrders: z.int().min(1).default(3),
  minIntensity: z.number().positive().default(0.25),
  minRepeatShare: z.number().min(0).max(1).default(0.5),
  minLinkedShare: z.number().min(0).max(1).default(0.2),
  minCampaignShops: z.int().min(1).default(5),
  minCorroborating: z.int().min(0).max(6).default(2),
  /** Overrides by one operator on shops whose abused subsidies they approved, before the operator is named. */
  minOverrides: z.int().min(1).default(2),
});
export type SubsidyParams = z.infer<typeof SubsidyParams>;
