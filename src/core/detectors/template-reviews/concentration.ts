// Is a text group concentrated on one merchant beyond what the merchant's share of its category's reviews explains?
import { binomialUpperTail } from '../../math/binomial-tail.ts';
import { countWithin, fisherCombined, rangeChance } from './chance.ts';
import { groupRowsByKey, type RowGroups } from '../../snapshot/group-rows.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';

export type ReviewBaseline = {
  readonly merchantReviews: Int32Array;
  /** Category id per merchant from merchant.registered, -1 when unknown (then the whole snapshot is the baseline). */
  readonly categoryOf: Int32Array;
  readonly categoryReviews: Map<number, number>;
  readonly totalReviews: number;
  /** Each merchant's reviews in time order, for the share of its own reviews that falls inside a window. */
  readonly timeline: RowGroups;
  readonly ts: Float64Array;
};

export function reviewBaseline(snapshot: Snapshot): ReviewBaseline {
  const merchants = snapshot.names('merchant').size;
  const merchantReviews = new Int32Array(merchants);
  const posted = snapshot.table('review.posted');
  for (const m of posted.columns.merchantId) if (m >= 0) merchantReviews[m]! += 1;
  const categoryOf = new Int32Array(merchants).fill(-1);
  const registered = snapshot.table('merchant.registered');
  for (let row = 0; row < registered.size; row += 1) categoryOf[registered.columns.merchantId[row]!] = registered.columns.category[row]!;
  const categoryReviews = new Map<number, number>();
  for (let m = 0; m < merchants; m += 1) {
    const category = categoryOf[m]!;
    if (category >= 0) categoryReviews.set(category, (categoryReviews.get(category) ?? 0) + merchantReviews[m]!);
  }
  const timeline = groupRowsByKey(posted.columns.merchantId, posted.ts, merchants);
  return { merchantReviews, categoryOf, categoryReviews, totalReviews: posted.size, timeline, ts: posted.ts };
}

export type Subgroup = {
  readonly merchant: number;
  readonly rows: number[];
  /** Distinct accounts of the group at this merchant (k) out of the group's accounts in the merchant's category (n). */
  readonly accounts: number;
  readonly trials: number;
  /** The merchant's share of its category's reviews: where one account's use of the text lands by chance (p). */
  readonly share: number;
  /** P(k or more of n land on this merchant by chance). */
  readonly merchantChance: number;
  /** Share of the merchant's own reviews inside the subgroup's time span, and P(k reviews fit in so little). */
  readonly windowShare: number;
  readonly timeChance: number;
  /** Both tests together (Fisher's method): what the verdict thresholds. */
  readonly chance: number;
};

type MerchantEntry = { rows: number[]; accounts: Set<number>; from: number; to: number };

function windowShare(baseline: ReviewBaseline, merchant: number, from: number, to: number): number {
  const start = baseline.timeline.start[merchant]!;
  const end = baseline.timeline.start[merchant + 1]!;
  return end > start ? countWithin(baseline.timeline.rows, start, end, baseline.ts, from, to) / (end - start) : 1;
}

/**
 * A phrase many people write spreads over merchants like their reviews do, and over time like the shop's own
 * reviews do; a pasted template lands where and when it was paid for. Counting accounts, not reviews, makes one
 * buyer who pastes the same words on every order one trial. Template services sell one text to several shops, so
 * a second pass leaves out the shops already shown to be concentrated: another shop's campaign must not dilute this one.
 */
export function concentratedSubgroups(
  snapshot: Snapshot,
  rows: readonly number[],
  baseline: ReviewBaseline,
  minAccounts: number,
  maxChance: number,
): Subgroup[] {
  const posted = snapshot.table('review.posted');
  const { merchantId, accountId } = posted.columns;
  const byMerchant = new Map<number, MerchantEntry>();
  for (const row of rows) {
    const m = merchantId[row]!;
    let entry = byMerchant.get(m);
    if (!entry) byMerchant.set(m, (entry = { rows: [], accounts: new Set(), from: Number.POSITIVE_INFINITY, to: Number.NEGATIVE_INFINITY }));
    entry.rows.push(row);
    entry.accounts.add(accountId[row]!);
    entry.from = Math.min(entry.from, posted.ts[row]!);
    entry.to = Math.max(entry.to, posted.ts[row]!);
  }
  const test = (excluded: ReadonlySet<number>) => {
    const out: Subgroup[] = [];
    for (const [merchant, entry] of byMerchant) {
      const k = entry.accounts.size;
      if (k < minAccounts) continue;
      const category = baseline.categoryOf[merchant]!;
      const pool = category >= 0 ? (baseline.categoryReviews.get(category) ?? 0) : baseline.totalReviews;
      const share = pool > 0 ? baseline.merchantReviews[merchant]! / pool : 1;
      let trials = 0;
      for (const [m, other] of byMerchant) {
        if (m !== merchant && excluded.has(m)) continue;
        if (category < 0 || baseline.categoryOf[m] === category) trials += other.accounts.size;
      }
      const merchantChance = binomialUpperTail(k, trials, share);
      const inWindow = windowShare(baseline, merchant, entry.from, entry.to);
      const timeChance = rangeChance(k, inWindow);
      out.push({
        merchant, rows: entry.rows, accounts: k, trials, share, merchantChance, windowShare: inWindow, timeChance,
        chance: fisherCombined(merchantChance, timeChance),
      });
    }
    return out;
  };
  const first = test(new Set());
  const concentrated = new Set(first.filter((s) => s.chance <= maxChance).map((s) => s.merchant));
  return concentrated.size === 0 ? first : test(concentrated);
}
