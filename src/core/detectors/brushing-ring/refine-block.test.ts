import { describe, expect, it } from 'vitest';
import { refineBlock, refineContext } from './refine-block.ts';
import { indexRingInput, type RingInput } from './ring-input.ts';
import { defaultRingSearch } from './ring-search-options.ts';
import { windowCounts } from './window-counts.ts';

type Purchase = readonly [account: number, item: number, day: number];

/**
 * Ten members buy every one of `ringItems` on days 10–12, and `camouflage(member)` lists the existing items each
 * also buys then. Existing items 0..catalogue-1 are bought by ordinary accounts (from 100 up) outside the window
 * only, so inside it the members are all their buyers and the share test alone cannot tell them from ring items.
 */
function ringWithCamouflage(catalogue: number, ringItems: readonly number[], camouflage: (member: number) => number[]): RingInput {
  const purchases: Purchase[] = [];
  for (let i = 0; i < catalogue; i += 1) for (const day of [2, 25]) purchases.push([100 + ((i * 2 + day) % 40), i, day]);
  for (let m = 0; m < 10; m += 1) {
    ringItems.forEach((item, k) => purchases.push([m, item, 10 + (m + k) % 3]));
    camouflage(m).forEach((item, k) => purchases.push([m, item, 10 + (m + k) % 3]));
  }
  return {
    accounts: 140, items: catalogue + 5, days: 30,
    account: Int32Array.from(purchases, (p) => p[0]), item: Int32Array.from(purchases, (p) => p[1]), day: Int32Array.from(purchases, (p) => p[2]),
  };
}

function refine(input: RingInput, items: number[]) {
  const index = indexRingInput(input);
  const candidate = { accounts: Int32Array.from({ length: 10 }, (_, m) => m), items: Int32Array.from(items), fromDay: 10, toDay: 12, source: 'fraudar' as const };
  return refineBlock(refineContext(index, windowCounts(index)), candidate, defaultRingSearch);
}

describe('refineBlock', () => {
  it('drops camouflage that covers a small catalogue as densely as the ring covers its new listings', () => {
    // Ten products, every member buys all of them: an even spread puts 10 member purchases on each, as on a ring item.
    const input = ringWithCamouflage(10, [10, 11, 12, 13, 14], () => Array.from({ length: 10 }, (_, i) => i));
    const block = refine(input, Array.from({ length: 15 }, (_, i) => i));
    expect(Array.from(block.items)).toEqual([10, 11, 12, 13, 14]);
    expect(block.accounts).toHaveLength(10);
  });

  it('keeps a brushed item that has its own ordinary buyers when the catalogue is large', () => {
    // 200 products, each member adds two of them: an even spread is a tenth of a purchase, item 0 gets ten.
    const input = ringWithCamouflage(200, [0, 200, 201, 202, 203], (m) => [1 + m * 2, 2 + m * 2]);
    const block = refine(input, [0, 200, 201, 202, 203]);
    expect(Array.from(block.items)).toEqual([0, 200, 201, 202, 203]);
  });
});
