// What the ring search reads: purchases as account × item × day in typed arrays, indexed by each of the three.
import { degreeWeights } from '../../graph/fraudar.ts';
import { buildTensor, type Tensor } from '../../graph/tensor.ts';

export type RingInput = {
  readonly accounts: number;
  readonly items: number;
  readonly days: number;
  /** One entry per purchase; a repeated purchase is repeated. */
  readonly account: Int32Array;
  readonly item: Int32Array;
  readonly day: Int32Array;
  /** The shop selling each item (-1 when unknown); when given, each shop's items are also searched on their own. */
  readonly itemMerchant?: Int32Array;
};

export const ACCOUNT = 0;
export const ITEM = 1;
export const DAY = 2;

export type RingIndex = {
  readonly input: RingInput;
  /** Purchases as a tensor of unit mass, with the purchases of each account, item and day listed. */
  readonly purchases: Tensor;
  /** Distinct buyers of each item over the whole period: the degree FRAUDAR discounts popular items by. */
  readonly itemBuyers: Int32Array;
  /** FRAUDAR's column weight of each item, 1/log(buyers + 5). */
  readonly itemWeights: Float64Array;
  readonly accountOrders: Int32Array;
  readonly itemOrders: Int32Array;
  readonly dayOrders: Int32Array;
};

export function indexRingInput(input: RingInput): RingIndex {
  const purchases = buildTensor([input.account, input.item, input.day], undefined, [input.accounts, input.items, input.days]);
  const count = (n: number) => {
    const { start } = purchases.index[n]!;
    const out = new Int32Array(start.length - 1);
    for (let v = 0; v < out.length; v += 1) out[v] = start[v + 1]! - start[v]!;
    return out;
  };
  const itemBuyers = new Int32Array(input.items);
  const seen = new Int32Array(input.accounts).fill(-1);
  const { start, tuples } = purchases.index[ITEM]!;
  for (let i = 0; i < input.items; i += 1) {
    for (let k = start[i]!; k < start[i + 1]!; k += 1) {
      const a = input.account[tuples[k]!]!;
      if (seen[a] === i) continue;
      seen[a] = i;
      itemBuyers[i]! += 1;
    }
  }
  const itemWeights = degreeWeights(itemBuyers, 'log');
  return { input, purchases, itemBuyers, itemWeights, accountOrders: count(ACCOUNT), itemOrders: count(ITEM), dayOrders: count(DAY) };
}
