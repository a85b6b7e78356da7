// Turns a snapshot's orders into the ring search's input, numbering accounts, items and shops by name so results do not depend on arrival order.
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { CHINA_OFFSET_MINUTES } from '../../time/format.ts';
import type { RingInput } from './ring-input.ts';
import { DAY_MS } from '../../time/units.ts';

export type Purchases = {
  readonly input: RingInput;
  /** Snapshot id (in its namespace) of each dense account, item and shop number. */
  readonly accountIds: Int32Array;
  readonly itemIds: Int32Array;
  readonly merchantIds: Int32Array;
  /** The order.placed row of each purchase. */
  readonly rows: Int32Array;
  /** Epoch milliseconds of the start of day 0 (local midnight, China time: days are what shops and rings count in). */
  readonly dayZero: number;
};

/** Dense numbers for the snapshot ids in use, in the order of their names. */
function rankByName(used: Int32Array, name: (id: number) => string): { dense: Map<number, number>; ids: Int32Array } {
  const ids = [...new Set(used)].filter((id) => id >= 0).sort((a, b) => {
    const x = name(a);
    const y = name(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return { dense: new Map(ids.map((id, rank) => [id, rank])), ids: Int32Array.from(ids) };
}

export function orderPurchases(snapshot: Snapshot): Purchases {
  const orders = snapshot.table('order.placed');
  const { accountId, itemId, merchantId, orderId } = orders.columns;
  const offset = CHINA_OFFSET_MINUTES * 60_000;
  const orderNames = snapshot.names('order');
  // Purchases in time order, ties by order id: the same for any arrival order.
  const rows = Int32Array.from({ length: orders.size }, (_, r) => r)
    .filter((r) => accountId[r]! >= 0 && itemId[r]! >= 0)
    .sort((a, b) => orders.ts[a]! - orders.ts[b]! || (orderNames.name(orderId[a]!) < orderNames.name(orderId[b]!) ? -1 : 1));
  const accounts = rankByName(Int32Array.from(rows, (r) => accountId[r]!), (id) => snapshot.names('account').name(id));
  const items = rankByName(Int32Array.from(rows, (r) => itemId[r]!), (id) => snapshot.names('item').name(id));
  const merchants = rankByName(Int32Array.from(rows, (r) => merchantId[r]!), (id) => snapshot.names('merchant').name(id));
  const firstDay = rows.length > 0 ? Math.floor((orders.ts[rows[0]!]! + offset) / DAY_MS) : 0;
  const day = Int32Array.from(rows, (r) => Math.floor((orders.ts[r]! + offset) / DAY_MS) - firstDay);
  let days = 0;
  for (const d of day) days = Math.max(days, d + 1);
  // An item's shop is the one most of its orders name (listings do not move, but the contract allows it).
  const votes = new Map<number, Map<number, number>>();
  for (const r of rows) {
    const i = items.dense.get(itemId[r]!)!;
    const m = merchantId[r]! >= 0 ? merchants.dense.get(merchantId[r]!)! : -1;
    const tally = votes.get(i) ?? new Map<number, number>();
    tally.set(m, (tally.get(m) ?? 0) + 1);
    votes.set(i, tally);
  }
  const itemMerchant = Int32Array.from({ length: items.ids.length }, (_, i) => {
    let best = -1;
    let most = 0;
    for (const [m, n] of votes.get(i) ?? []) if (n > most || (n === most && m < best)) [best, most] = [m, n];
    return best;
  });
  return {
    input: {
      accounts: accounts.ids.length, items: items.ids.length, days,
      account: Int32Array.from(rows, (r) => accounts.dense.get(accountId[r]!)!),
      item: Int32Array.from(rows, (r) => items.dense.get(itemId[r]!)!),
      day, itemMerchant,
    },
    accountIds: accounts.ids, itemIds: items.ids, merchantIds: merchants.ids, rows, dayZero: firstDay * DAY_MS - offset,
  };
}
