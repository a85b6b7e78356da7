// Pairs five-star reviews with the money that followed them: a merchant-linked transfer to the reviewer, or a refund of the whole order.
import { groupRowsByKey } from '../../snapshot/group-rows.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { rewardMemoWords } from './lure-text.ts';
import type { LinkKind, MerchantLinks } from './merchant-links.ts';
import { HOUR_MS } from '../../time/units.ts';

export type Reward = {
  readonly reviewRow: number;
  readonly merchant: number;
  /** The transfer.sent row, or -1 when the reward was a refund of the order. */
  readonly transferRow: number;
  readonly refundRow: number;
  readonly link: LinkKind | 'merchant';
  /** The payer account (interned), -1 when the merchant paid or refunded itself. */
  readonly payer: number;
  readonly amount: number;
  /** The money covers the order's price: the buyer shopped for free (用户体验官, 刷单返本金). */
  readonly principal: boolean;
  readonly memoPhrases: string[];
  readonly hoursAfter: number;
};

export type RewardWindow = { readonly maxHoursAfterReview: number; readonly principalShare: number };

/** The order amount per order id, from order.placed (NaN when unknown). */
function orderAmounts(snapshot: Snapshot): Float64Array {
  const placed = snapshot.table('order.placed');
  const amounts = new Float64Array(snapshot.names('order').size).fill(Number.NaN);
  for (let row = 0; row < placed.size; row += 1) amounts[placed.columns.orderId[row]!] = placed.columns.amount[row]!;
  return amounts;
}

/** The rating a review showed at `time`: as posted, or as last edited before then. */
function ratingAt(snapshot: Snapshot, editsByReview: Map<number, number[]>, reviewRow: number, time: number): number {
  const posted = snapshot.table('review.posted');
  const edited = snapshot.table('review.edited');
  let rating = posted.columns.rating[reviewRow]!;
  for (const row of editsByReview.get(posted.columns.reviewId[reviewRow]!) ?? []) {
    if (edited.ts[row]! <= time && !Number.isNaN(edited.columns.rating[row]!)) rating = edited.columns.rating[row]!;
  }
  return rating;
}

export function findRewards(snapshot: Snapshot, links: MerchantLinks, window: RewardWindow): Reward[] {
  const posted = snapshot.table('review.posted');
  const transfers = snapshot.table('transfer.sent');
  const refunds = snapshot.table('order.refunded');
  const edited = snapshot.table('review.edited');
  const editsByReview = new Map<number, number[]>();
  for (let row = 0; row < edited.size; row += 1) {
    const list = editsByReview.get(edited.columns.reviewId[row]!) ?? [];
    list.push(row);
    editsByReview.set(edited.columns.reviewId[row]!, list);
  }
  const byAccount = groupRowsByKey(posted.columns.accountId, posted.ts, snapshot.names('account').size);
  const amounts = orderAmounts(snapshot);
  const maxMs = window.maxHoursAfterReview * HOUR_MS;
  const rewards: Reward[] = [];

  const latestFiveStar = (account: number, merchant: number, time: number): number => {
    if (account < 0 || account + 1 >= byAccount.start.length) return -1;
    for (let i = byAccount.start[account + 1]! - 1; i >= byAccount.start[account]!; i -= 1) {
      const row = byAccount.rows[i]!;
      const ts = posted.ts[row]!;
      if (ts > time) continue;
      if (time - ts > maxMs) break;
      if (posted.columns.merchantId[row] === merchant && ratingAt(snapshot, editsByReview, row, time) === 5) return row;
    }
    return -1;
  };
  const principalOf = (reviewRow: number, amount: number) => {
    const order = posted.columns.orderId[reviewRow]!;
    const price = order >= 0 ? amounts[order]! : Number.NaN;
    return !Number.isNaN(price) && price > 0 && amount >= window.principalShare * price;
  };

  const { from, toAccountId, amount, memo } = transfers.columns;
  for (let row = 0; row < transfers.size; row += 1) {
    const source = snapshot.refName(from.type[row]!, from.id[row]!);
    const payers: [number, LinkKind | 'merchant', number][] =
      source?.type === 'merchant' ? [[from.id[row]!, 'merchant', -1]]
        : source?.type === 'account' ? [...(links.linksOf(from.id[row]!) ?? new Map<number, LinkKind>())].map(([m, kind]) => [m, kind, from.id[row]!])
          : [];
    for (const [merchant, link, payer] of payers) {
      const reviewRow = latestFiveStar(toAccountId[row]!, merchant, transfers.ts[row]!);
      if (reviewRow < 0) continue;
      rewards.push({
        reviewRow, merchant, transferRow: row, refundRow: -1, link, payer, amount: amount[row]!,
        principal: principalOf(reviewRow, amount[row]!), memoPhrases: rewardMemoWords(memo.get(row) ?? ''),
        hoursAfter: (transfers.ts[row]! - posted.ts[reviewRow]!) / HOUR_MS,
      });
      break;
    }
  }

  // A whole order refunded after its five-star review, the review left standing: the principal of a paid review.
  const reviewOfOrder = new Int32Array(snapshot.names('order').size).fill(-1);
  for (let row = 0; row < posted.size; row += 1) if (posted.columns.orderId[row]! >= 0) reviewOfOrder[posted.columns.orderId[row]!] = row;
  for (let row = 0; row < refunds.size; row += 1) {
    const reviewRow = reviewOfOrder[refunds.columns.orderId[row]!] ?? -1;
    if (reviewRow < 0) continue;
    const after = refunds.ts[row]! - posted.ts[reviewRow]!;
    if (after <= 0 || after > maxMs || ratingAt(snapshot, editsByReview, reviewRow, Number.POSITIVE_INFINITY) !== 5) continue;
    if (!principalOf(reviewRow, refunds.columns.amount[row]!)) continue;
    rewards.push({
      reviewRow, merchant: posted.columns.merchantId[reviewRow]!, transferRow: -1, refundRow: row, link: 'merchant', payer: -1,
      amount: refunds.columns.amount[row]!, principal: true, memoPhrases: [], hoursAfter: after / HOUR_MS,
    });
  }
  return rewards;
}
