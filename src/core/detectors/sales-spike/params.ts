// Parameters of the sales-spike search, shared by the detector and by callers that seed their own search with spikes.
import { z } from 'zod';

export const SpikeParams = z.strictObject({
  /** Days are local calendar days; China Standard Time by default. */
  utcOffsetMinutes: z.int().min(-720).max(840).default(480),
  maxWindowDays: z.int().min(1).max(31).default(7),
  minOrders: z.int().min(1).default(10),
  minLift: z.number().min(1).default(3),
  /** Chance of one false finding in the whole snapshot, split evenly over every window tested (Bonferroni). */
  familyAlpha: z.number().positive().max(1).default(1e-3),
  minBaselineDays: z.int().min(3).default(14),
  minLevel: z.number().positive().default(0.2),
  /** A campaign that reaches this many shops is a platform promotion, not a favour to one shop. */
  minCampaignShops: z.int().min(1).default(5),
  campaignDayShare: z.number().gt(0).max(1).default(0.5),
  itemSpikes: z.boolean().default(true),
});
export type SpikeParams = z.infer<typeof SpikeParams>;
