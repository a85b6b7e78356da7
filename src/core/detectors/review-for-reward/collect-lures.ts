// Lures a shop sends (chat, listings) and claims buyers send back ("好评了，返现给我吧"), per merchant.
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { readLure } from './lure-text.ts';

export type LureText = {
  readonly merchant: number;
  readonly event: number;
  readonly ts: number;
  readonly phrases: string[];
  /** A buyer's message asking for the reward, rather than the shop's offer. */
  readonly claim: boolean;
  /** The shop recruits the recipient as a 用户体验官 (buy, praise, get paid back). */
  readonly recruitment: boolean;
  /** The chat's account (interned), -1 for listings. */
  readonly account: number;
};

export function collectLures(snapshot: Snapshot): Map<number, LureText[]> {
  const byMerchant = new Map<number, LureText[]>();
  const add = (lure: LureText) => {
    const list = byMerchant.get(lure.merchant);
    if (list) list.push(lure);
    else byMerchant.set(lure.merchant, [lure]);
  };
  const messages = snapshot.table('message.sent');
  const merchantActor = snapshot.names('actor').find('merchant');
  for (let row = 0; row < messages.size; row += 1) {
    const verdict = readLure(messages.columns.text.get(row) ?? '');
    if (verdict.score === 0) continue;
    const claim = messages.columns.from[row] !== merchantActor;
    add({
      merchant: messages.columns.merchantId[row]!, event: messages.event[row]!, ts: messages.ts[row]!, phrases: verdict.phrases, claim,
      recruitment: verdict.recruitment && !claim, account: messages.columns.accountId[row]!,
    });
  }
  const listings = snapshot.table('listing.published');
  for (let row = 0; row < listings.size; row += 1) {
    const text = `${listings.columns.title.get(row) ?? ''}\n${listings.columns.description.get(row) ?? ''}`;
    const verdict = readLure(text);
    if (verdict.score === 0) continue;
    add({ merchant: listings.columns.merchantId[row]!, event: listings.event[row]!, ts: listings.ts[row]!, phrases: verdict.phrases, claim: false, recruitment: false, account: -1 });
  }
  return byMerchant;
}
