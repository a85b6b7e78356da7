// Purchases of one item or one account within a day range, in O(1) per item from prefix sums when they fit in memory.
import { ACCOUNT, ITEM, type RingIndex } from './ring-input.ts';

/** Above this many item-day cells the prefix table is skipped and an item's purchases are scanned instead. */
const MAX_PREFIX_CELLS = 20_000_000;

export type WindowCounts = {
  itemOrders(item: number, fromDay: number, toDay: number): number;
  accountOrders(account: number, fromDay: number, toDay: number): number;
};

export function windowCounts(index: RingIndex): WindowCounts {
  const { input, purchases } = index;
  const width = input.days + 1;
  const itemIndex = purchases.index[ITEM]!;
  const accountIndex = purchases.index[ACCOUNT]!;
  const scan = (list: { start: Int32Array; tuples: Int32Array }, v: number, fromDay: number, toDay: number) => {
    let n = 0;
    for (let k = list.start[v]!; k < list.start[v + 1]!; k += 1) {
      const d = input.day[list.tuples[k]!]!;
      if (d >= fromDay && d <= toDay) n += 1;
    }
    return n;
  };
  let prefix: Int32Array | undefined;
  if (input.items * width <= MAX_PREFIX_CELLS) {
    prefix = new Int32Array(input.items * width);
    for (let t = 0; t < input.item.length; t += 1) prefix[input.item[t]! * width + input.day[t]! + 1]! += 1;
    for (let i = 0; i < input.items; i += 1) for (let d = 1; d < width; d += 1) prefix[i * width + d]! += prefix[i * width + d - 1]!;
  }
  return {
    itemOrders: (item, fromDay, toDay) =>
      prefix ? prefix[item * width + toDay + 1]! - prefix[item * width + fromDay]! : scan(itemIndex, item, fromDay, toDay),
    accountOrders: (account, fromDay, toDay) => scan(accountIndex, account, fromDay, toDay),
  };
}
