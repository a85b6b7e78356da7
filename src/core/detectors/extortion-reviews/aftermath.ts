// What followed each burst review: a demand in chat, money from the shop or its linked accounts, the review raised or removed.
import type { Snapshot } from '../../snapshot/snapshot.ts';
import type { MerchantLinks } from '../review-for-reward/merchant-links.ts';

export type Aftermath = {
  readonly row: number;
  /** Events (snapshot indices) of the reviewer's demands to the shop after the review. */
  readonly demands: number[];
  /** Events of transfers from the reviewed shop (or an account acting for it) to the reviewer after the review, and their amounts. */
  readonly payments: number[];
  readonly paid: number;
  /** Events of edits raising the rating, or deletions by the author, after the review. */
  readonly settled: number[];
};

// Money, a threat, or a bargain over the rating; an ordinary complaint asks for a refund or an exchange.
const demandPattern = /赔|删(除)?(差评|评价)|改(成|为)?好评|不然|否则|曝光|315|12315|打.{0,4}(钱|元|块)|转.{0,4}(钱|元|块)|给.{0,4}\d+\s*(元|块)/;

type Indexed = Map<string, number[]>;

function index(keys: Iterable<[string, number]>): Indexed {
  const out: Indexed = new Map();
  for (const [key, row] of keys) {
    const list = out.get(key);
    if (list) list.push(row);
    else out.set(key, [row]);
  }
  return out;
}

export function aftermathOf(snapshot: Snapshot, rows: readonly number[], links: MerchantLinks, maxDays: number): Aftermath[] {
  const posted = snapshot.table('review.posted');
  const messages = snapshot.table('message.sent');
  const transfers = snapshot.table('transfer.sent');
  const edited = snapshot.table('review.edited');
  const deleted = snapshot.table('review.deleted');
  const accountActor = snapshot.names('actor').find('account');
  const authorActor = snapshot.names('actor').find('author');
  const horizon = maxDays * 86_400_000;
  const wanted = new Set(rows.map((row) => posted.columns.accountId[row]!));
  const byPair = index(
    (function* () {
      for (let r = 0; r < messages.size; r += 1) {
        if (messages.columns.from[r] === accountActor && wanted.has(messages.columns.accountId[r]!)) yield [`${messages.columns.accountId[r]}:${messages.columns.merchantId[r]}`, r];
      }
    })(),
  );
  const toAccount = index(
    (function* () {
      for (let r = 0; r < transfers.size; r += 1) if (wanted.has(transfers.columns.toAccountId[r]!)) yield [String(transfers.columns.toAccountId[r]), r];
    })(),
  );
  const edits = index((function* () { for (let r = 0; r < edited.size; r += 1) yield [String(edited.columns.reviewId[r]), r]; })());
  const deletes = index((function* () { for (let r = 0; r < deleted.size; r += 1) yield [String(deleted.columns.reviewId[r]), r]; })());

  const paidBy = (transfer: number, merchant: number) => {
    const source = snapshot.refName(transfers.columns.from.type[transfer]!, transfers.columns.from.id[transfer]!);
    if (source?.type === 'merchant') return transfers.columns.from.id[transfer] === merchant;
    return source?.type === 'account' && links.linksOf(transfers.columns.from.id[transfer]!)?.has(merchant) === true;
  };

  return rows.map((row) => {
    const account = posted.columns.accountId[row]!;
    const merchant = posted.columns.merchantId[row]!;
    const at = posted.ts[row]!;
    const within = (ts: number) => ts > at && ts - at <= horizon;
    const demands = (byPair.get(`${account}:${merchant}`) ?? []).filter((r) => within(messages.ts[r]!) && demandPattern.test(messages.columns.text.get(r) ?? ''));
    const payments = (toAccount.get(String(account)) ?? []).filter((r) => within(transfers.ts[r]!) && paidBy(r, merchant));
    const review = posted.columns.reviewId[row]!;
    const raised = (edits.get(String(review)) ?? []).filter((r) => within(edited.ts[r]!) && edited.columns.rating[r]! > posted.columns.rating[row]!);
    const removed = (deletes.get(String(review)) ?? []).filter((r) => within(deleted.ts[r]!) && deleted.columns.by[r] === authorActor);
    return {
      row,
      demands: demands.map((r) => messages.event[r]!),
      payments: payments.map((r) => transfers.event[r]!),
      paid: payments.reduce((sum, r) => sum + transfers.columns.amount[r]!, 0),
      settled: [...raised.map((r) => edited.event[r]!), ...removed.map((r) => deleted.event[r]!)],
    };
  });
}
