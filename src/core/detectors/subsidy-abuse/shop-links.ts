// Ties between a shop and its buyers that the platform can see: staff accounts, shared addresses, cards and link records.
import { entityTypes } from '../../events/primitives.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';

export const linkKinds = ['LINKED_RECORD', 'SAME_ADDRESS', 'SAME_PAYMENT'] as const;
export type LinkKind = (typeof linkKinds)[number];

export type ShopLinks = {
  /** Owner and staff accounts per shop (entity.linked between an account and a merchant). */
  readonly staff: ReadonlyMap<number, ReadonlySet<number>>;
  /** How a buyer is tied to a shop through its staff or directly; empty when it is not. */
  ties(merchant: number, buyer: number): LinkKind[];
};

const ACCOUNT = entityTypes.indexOf('account');
const MERCHANT = entityTypes.indexOf('merchant');

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

export function shopLinks(snapshot: Snapshot): ShopLinks {
  const linked = snapshot.table('entity.linked');
  const { a, b } = linked.columns;
  const staff = new Map<number, Set<number>>();
  const accountLinks = new Map<number, Set<number>>();
  for (let row = 0; row < linked.size; row += 1) {
    const [ta, tb, ia, ib] = [a.type[row], b.type[row], a.id[row]!, b.id[row]!];
    if (ta === ACCOUNT && tb === MERCHANT) add(staff, ib, ia);
    else if (ta === MERCHANT && tb === ACCOUNT) add(staff, ia, ib);
    else if (ta === ACCOUNT && tb === ACCOUNT) {
      add(accountLinks, ia, ib);
      add(accountLinks, ib, ia);
    }
  }
  const staffAccounts = new Set<number>();
  for (const set of staff.values()) for (const account of set) staffAccounts.add(account);
  // What staff use when they shop themselves: a buyer shipping to the same address or paying with the same card is theirs.
  const addresses = new Map<number, Set<number>>();
  const cards = new Map<number, Set<number>>();
  const buyerAddresses = new Map<number, Set<number>>();
  const buyerCards = new Map<number, Set<number>>();
  const placed = snapshot.table('order.placed');
  const orderBuyer = new Int32Array(snapshot.names('order').size).fill(-1);
  for (let row = 0; row < placed.size; row += 1) {
    const account = placed.columns.accountId[row]!;
    orderBuyer[placed.columns.orderId[row]!] = account;
    const address = placed.columns.addressHash[row]!;
    if (address < 0) continue;
    if (staffAccounts.has(account)) add(addresses, account, address);
    add(buyerAddresses, account, address);
  }
  const payments = snapshot.table('order.paid');
  for (let row = 0; row < payments.size; row += 1) {
    const account = orderBuyer[payments.columns.orderId[row]!]!;
    const card = payments.columns.paymentInstrumentId[row]!;
    if (account < 0 || card < 0) continue;
    if (staffAccounts.has(account)) add(cards, account, card);
    add(buyerCards, account, card);
  }
  const overlaps = (mine: Set<number> | undefined, theirs: Set<number> | undefined) => !!mine && !!theirs && [...mine].some((x) => theirs.has(x));
  return {
    staff,
    ties(merchant, buyer) {
      const kinds = new Set<LinkKind>();
      for (const member of staff.get(merchant) ?? []) {
        if (member === buyer) {
          kinds.add('LINKED_RECORD');
          continue;
        }
        if (accountLinks.get(buyer)?.has(member)) kinds.add('LINKED_RECORD');
        if (overlaps(buyerAddresses.get(buyer), addresses.get(member))) kinds.add('SAME_ADDRESS');
        if (overlaps(buyerCards.get(buyer), cards.get(member))) kinds.add('SAME_PAYMENT');
      }
      return linkKinds.filter((kind) => kinds.has(kind));
    },
  };
}
