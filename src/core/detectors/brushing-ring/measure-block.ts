// Measures a ring block: its purchases, pairs and FRAUDAR density, and how far it exceeds what the degrees alone predict.
import { independenceExpectation, poissonSurprise } from '../../graph/block-null-model.ts';
import type { RingBlockCore } from './refine-block.ts';
import { ACCOUNT, type RingIndex } from './ring-input.ts';

export type RingMeasures = {
  /** Purchases by the members of the items within the window. */
  readonly orders: number;
  /** Distinct member–item pairs, the edges of the ring's graph, as parallel lists of member and item. */
  readonly edgeAccounts: Int32Array;
  readonly edgeItems: Int32Array;
  /** Pairs ÷ (members × items). */
  readonly edgeDensity: number;
  /** FRAUDAR's measure: pairs weighted 1/log(item buyers + 5), divided by members + items. */
  readonly weightedDensity: number;
  /** Purchases expected in this block if accounts, items and days were independent given their totals. */
  readonly expected: number;
  readonly lift: number;
  readonly surprise: number;
  /** Members with at least `minAccountOrders` purchases in the block: the core that single-purchase members may join. */
  readonly strongMembers: number;
  /** Purchase rows of the block, for evidence. */
  readonly purchases: Int32Array;
};

export function measureBlock(index: RingIndex, block: RingBlockCore, minAccountOrders: number): RingMeasures {
  const { input, purchases: tensor } = index;
  const { start, tuples } = tensor.index[ACCOUNT]!;
  const inItems = new Set(block.items);
  const rows: number[] = [];
  const pairs = new Map<number, number>();
  let strongMembers = 0;
  for (const a of block.accounts) {
    const before = rows.length;
    for (let k = start[a]!; k < start[a + 1]!; k += 1) {
      const t = tuples[k]!;
      const d = input.day[t]!;
      const i = input.item[t]!;
      if (d < block.fromDay || d > block.toDay || !inItems.has(i)) continue;
      rows.push(t);
      pairs.set(a * input.items + i, a);
    }
    if (rows.length - before >= minAccountOrders) strongMembers += 1;
  }
  const keys = [...pairs.keys()].sort((x, y) => x - y);
  const edgeAccounts = Int32Array.from(keys, (key) => pairs.get(key)!);
  const edgeItems = Int32Array.from(keys, (key, e) => key - edgeAccounts[e]! * input.items);
  const weights = index.itemWeights;
  let weighted = 0;
  for (const i of edgeItems) weighted += weights[i]!;
  let accountMass = 0;
  for (const a of block.accounts) accountMass += index.accountOrders[a]!;
  let itemMass = 0;
  for (const i of block.items) itemMass += index.itemOrders[i]!;
  let dayMass = 0;
  for (let d = block.fromDay; d <= block.toDay; d += 1) dayMass += index.dayOrders[d] ?? 0;
  const expected = independenceExpectation(input.account.length, [accountMass, itemMass, dayMass]);
  const cells = block.accounts.length * block.items.length;
  return {
    orders: rows.length,
    edgeAccounts,
    edgeItems,
    edgeDensity: cells > 0 ? keys.length / cells : 0,
    weightedDensity: block.accounts.length + block.items.length > 0 ? weighted / (block.accounts.length + block.items.length) : 0,
    expected,
    lift: expected > 0 ? rows.length / expected : Number.POSITIVE_INFINITY,
    surprise: poissonSurprise(rows.length, expected),
    strongMembers,
    purchases: Int32Array.from(rows).sort(),
  };
}
