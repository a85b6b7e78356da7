// Gathers every attacker-writable text in a snapshot with who posted it and which entity it belongs to.
import type { FindingEntity } from '../../findings/finding.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import type { TextSource } from './score-text.ts';

export type PostedText = {
  readonly text: string;
  readonly source: TextSource;
  readonly event: number;
  readonly ts: number;
  /** The poster first, then what the text is attached to. */
  readonly entities: FindingEntity[];
};

/** Accounts the platform links to each shop (owner, staff): they answer for what the shop posts. */
function ownersByMerchant(snapshot: Snapshot): Map<number, FindingEntity[]> {
  const owners = new Map<number, FindingEntity[]>();
  const { a, b, relation } = snapshot.table('entity.linked').columns;
  const relations = snapshot.names('relation');
  for (let row = 0; row < relation.length; row += 1) {
    const [left, right] = [snapshot.refName(a.type[row]!, a.id[row]!), snapshot.refName(b.type[row]!, b.id[row]!)];
    const pair = left?.type === 'account' && right?.type === 'merchant' ? [left, b.id[row]!] as const
      : left?.type === 'merchant' && right?.type === 'account' ? [right, a.id[row]!] as const : undefined;
    if (!pair) continue;
    const list = owners.get(pair[1]) ?? [];
    list.push({ type: 'account', id: pair[0].id, role: relation[row]! >= 0 ? relations.name(relation[row]!) : 'owner' });
    owners.set(pair[1], list);
  }
  return owners;
}

export function* collectTexts(snapshot: Snapshot): Generator<PostedText> {
  const owners = ownersByMerchant(snapshot);
  const merchants = snapshot.names('merchant');
  const accounts = snapshot.names('account');
  const items = snapshot.names('item');
  const reviews = snapshot.names('review');

  const listings = snapshot.table('listing.published');
  for (let row = 0; row < listings.size; row += 1) {
    const { merchantId, itemId, title, description } = listings.columns;
    yield {
      text: `${title.get(row) ?? ''}\n${description.get(row) ?? ''}`,
      source: 'listing',
      event: listings.event[row]!,
      ts: listings.ts[row]!,
      entities: [
        { type: 'merchant', id: merchants.name(merchantId[row]!), role: 'poster' },
        { type: 'item', id: items.name(itemId[row]!), role: 'listing' },
        ...(owners.get(merchantId[row]!) ?? []),
      ],
    };
  }

  const posted = snapshot.table('review.posted');
  const authorOf = new Int32Array(reviews.size).fill(-1);
  for (let row = 0; row < posted.size; row += 1) {
    const { reviewId, accountId, text } = posted.columns;
    authorOf[reviewId[row]!] = accountId[row]!;
    yield {
      text: text.get(row) ?? '',
      source: 'review',
      event: posted.event[row]!,
      ts: posted.ts[row]!,
      entities: [
        { type: 'account', id: accounts.name(accountId[row]!), role: 'poster' },
        { type: 'review', id: reviews.name(reviewId[row]!), role: 'review' },
      ],
    };
  }

  const edited = snapshot.table('review.edited');
  for (let row = 0; row < edited.size; row += 1) {
    const text = edited.columns.text.get(row);
    if (text === undefined) continue;
    const review = edited.columns.reviewId[row]!;
    const author = authorOf[review] ?? -1;
    yield {
      text,
      source: 'review',
      event: edited.event[row]!,
      ts: edited.ts[row]!,
      entities: [
        ...(author >= 0 ? [{ type: 'account' as const, id: accounts.name(author), role: 'poster' }] : []),
        { type: 'review', id: reviews.name(review), role: 'review' },
      ],
    };
  }

  const messages = snapshot.table('message.sent');
  const actors = snapshot.names('actor');
  for (let row = 0; row < messages.size; row += 1) {
    const { merchantId, accountId, from, text } = messages.columns;
    const byMerchant = actors.name(from[row]!) === 'merchant';
    yield {
      text: text.get(row) ?? '',
      source: byMerchant ? 'merchant_message' : 'account_message',
      event: messages.event[row]!,
      ts: messages.ts[row]!,
      entities: [
        ...(byMerchant
          ? [{ type: 'merchant' as const, id: merchants.name(merchantId[row]!), role: 'poster' }, ...(owners.get(merchantId[row]!) ?? [])]
          : [{ type: 'account' as const, id: accounts.name(accountId[row]!), role: 'poster' }]),
      ],
    };
  }
}
