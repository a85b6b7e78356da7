// Finds each account's bursts of low ratings: within any few days, one- and two-star reviews on many different shops.
import { groupRowsByKey } from '../../snapshot/group-rows.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { DAY_MS } from '../../time/units.ts';

export type Burst = {
  readonly account: number;
  /** review.posted rows of the account's low reviews that fall in a burst window, in time order. */
  readonly rows: number[];
  /** The most distinct shops seen in one window. */
  readonly peakShops: number;
};

export function findBursts(snapshot: Snapshot, maxRating: number, burstDays: number, minShops: number): Burst[] {
  const posted = snapshot.table('review.posted');
  const { accountId, merchantId, rating } = posted.columns;
  const low = Int32Array.from(accountId, (account, row) => (rating[row]! <= maxRating ? account : -1));
  const groups = groupRowsByKey(low, posted.ts, snapshot.names('account').size);
  const span = burstDays * DAY_MS;
  const bursts: Burst[] = [];
  for (let account = 0; account + 1 < groups.start.length; account += 1) {
    const from = groups.start[account]!;
    const to = groups.start[account + 1]!;
    if (to - from < minShops) continue;
    const inBurst = new Set<number>();
    let peakShops = 0;
    // Each window starts at one review and reaches `burstDays` forward; windows with enough shops mark their reviews.
    for (let i = from; i < to; i += 1) {
      const start = posted.ts[groups.rows[i]!]!;
      const shops = new Set<number>();
      let j = i;
      while (j < to && posted.ts[groups.rows[j]!]! - start <= span) shops.add(merchantId[groups.rows[j++]!]!);
      peakShops = Math.max(peakShops, shops.size);
      if (shops.size >= minShops) for (let k = i; k < j; k += 1) inBurst.add(groups.rows[k]!);
    }
    if (inBurst.size > 0) bursts.push({ account, rows: [...inBurst].sort((a, b) => posted.ts[a]! - posted.ts[b]! || a - b), peakShops });
  }
  return bursts;
}
