// Trims a candidate to the ring inside it: items the members over-buy in the window, members whose purchases go to those items.
import { burstWindow } from './burst-window.ts';
import type { Candidate } from './candidate-blocks.ts';
import { ACCOUNT, ITEM, type RingIndex } from './ring-input.ts';
import type { RingSearchOptions } from './ring-search-options.ts';
import type { WindowCounts } from './window-counts.ts';

export type RefineOptions = Pick<
  RingSearchOptions,
  'itemLift' | 'itemDominance' | 'accountLift' | 'accountShare' | 'minItemBuyers' | 'minAccountOrders' | 'typicalFraction' | 'typicalQuantile' | 'windowMaxDays' | 'rounds'
>;

export type RingBlockCore = { accounts: Int32Array; items: Int32Array; fromDay: number; toDay: number };

function sameList(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** The count of the node holding the q-quantile of all counted purchases: a typical ring node, not a typical camouflage one. */
function weightedQuantile(values: Iterable<number>, q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  let total = 0;
  for (const v of sorted) total += v;
  let seen = 0;
  for (const v of sorted) {
    seen += v;
    if (seen >= q * total) return v;
  }
  return 0;
}

/**
 * Scratch space sized to the accounts and items, zero between uses, so refining a block allocates only its lists.
 * `weakMember` may admit a buyer with fewer purchases than required when other evidence ties it to the block.
 */
export type RefineContext = {
  readonly index: RingIndex;
  readonly counts: WindowCounts;
  readonly perItem: Int32Array;
  readonly buyersOfItem: Int32Array;
  readonly lastBuyer: Int32Array;
  readonly perAccount: Int32Array;
  /** Members' purchases of each item outside the window. */
  readonly memberOutside: Int32Array;
  /** Number of items with a purchase outside a window, by window (fromDay × (days + 1) + toDay). */
  readonly tradedOutside: Map<number, number>;
  readonly inBlock: Uint8Array;
  readonly weakMember?: (account: number, block: RingBlockCore) => boolean;
};

export function refineContext(index: RingIndex, counts: WindowCounts, weakMember?: RefineContext['weakMember']): RefineContext {
  const { items, accounts } = index.input;
  return {
    index, counts, perItem: new Int32Array(items), buyersOfItem: new Int32Array(items), lastBuyer: new Int32Array(items).fill(-1),
    perAccount: new Int32Array(accounts), memberOutside: new Int32Array(items), tradedOutside: new Map(), inBlock: new Uint8Array(items), ...(weakMember ? { weakMember } : {}),
  };
}

function windowTotal(index: RingIndex, block: RingBlockCore): number {
  let total = 0;
  for (let d = block.fromDay; d <= block.toDay; d += 1) total += index.dayOrders[d] ?? 0;
  return total;
}

/** Purchases of an item outside the window, and how many of them were by accounts other than the members. */
function tradeOutside(context: RefineContext, item: number, block: RingBlockCore): { all: number; ordinary: number } {
  const { counts, index, memberOutside } = context;
  const all = counts.itemOrders(item, 0, index.input.days - 1) - counts.itemOrders(item, block.fromDay, block.toDay);
  return { all, ordinary: all - memberOutside[item]! };
}

/** Items with a purchase outside the window; a few windows recur across candidates and rounds, so each is counted once. */
function itemsTradedOutside(context: RefineContext, block: RingBlockCore): number {
  const key = block.fromDay * (context.index.input.days + 1) + block.toDay;
  let n = context.tradedOutside.get(key);
  if (n === undefined) {
    n = 0;
    for (let i = 0; i < context.index.input.items; i += 1) if (tradeOutside(context, i, block).all > 0) n += 1;
    context.tradedOutside.set(key, n);
  }
  return n;
}

/**
 * What random camouflage would put on one ordinary item: the members' window purchases of items with ordinary trade
 * (purchases by others outside the window), spread evenly over every such item (the catalogue camouflage is picked
 * from). `touchedOutside` lists the items the members bought outside the window: those the members alone trade there
 * leave the catalogue. Call while `memberOutside` and `perItem` hold the block's counts.
 */
function uniformCamouflage(context: RefineContext, block: RingBlockCore, touched: readonly number[], touchedOutside: readonly number[]): number {
  let catalogue = itemsTradedOutside(context, block);
  for (const i of touchedOutside) {
    const trade = tradeOutside(context, i, block);
    if (trade.all > 0 && trade.ordinary === 0) catalogue -= 1;
  }
  let onOrdinary = 0;
  for (const i of touched) if (tradeOutside(context, i, block).ordinary > 0) onOrdinary += context.perItem[i]!;
  return onOrdinary / Math.max(1, catalogue);
}

/**
 * Items bought by the members in the window that the members over-buy, against both camouflages of the FRAUDAR
 * paper. Biased camouflage lands on items in proportion to their trade, so an item must get a larger share of its
 * window purchases from the members than the rest of the window does. Random camouflage lands evenly on the
 * catalogue, so an item with ordinary trade (purchases by others outside the window) must also get more member
 * purchases than an even spread of the members' purchases over that catalogue gives. On a large catalogue the even
 * spread is a fraction of a purchase and the test passes any item the members buy twice; on a small one (YelpChi's
 * 201 products) it is as large as a ring item's count, and only items that exist solely in the burst stay. An item
 * nobody else buys outside the window cannot be camouflage, which is buying what ordinary customers buy.
 */
function keepItems(context: RefineContext, block: RingBlockCore, options: RefineOptions): Int32Array {
  const { index, counts, perItem, buyersOfItem, lastBuyer, memberOutside, inBlock } = context;
  const { input, purchases } = index;
  const { start, tuples } = purchases.index[ACCOUNT]!;
  for (const i of block.items) inBlock[i] = 1;
  const touched: number[] = [];
  const touchedOutside: number[] = [];
  let outsideBlock = 0;
  for (const a of block.accounts) {
    for (let k = start[a]!; k < start[a + 1]!; k += 1) {
      const t = tuples[k]!;
      const d = input.day[t]!;
      const i = input.item[t]!;
      if (d < block.fromDay || d > block.toDay) {
        if (memberOutside[i] === 0) touchedOutside.push(i);
        memberOutside[i]! += 1;
        continue;
      }
      if (inBlock[i] === 0) outsideBlock += 1;
      if (perItem[i] === 0) touched.push(i);
      perItem[i]! += 1;
      if (lastBuyer[i] !== a) buyersOfItem[i]! += 1;
      lastBuyer[i] = a;
    }
  }
  let blockItemOrders = 0;
  for (const i of block.items) {
    blockItemOrders += counts.itemOrders(i, block.fromDay, block.toDay);
    inBlock[i] = 0;
  }
  // The members' share of the window's purchases away from the block's items: what any item should get from them.
  const baseline = outsideBlock / Math.max(1, windowTotal(index, block) - blockItemOrders);
  const threshold = Math.min(options.itemLift * baseline, options.itemDominance);
  const even = options.itemLift * uniformCamouflage(context, block, touched, touchedOutside);
  const over = touched.filter((i) => perItem[i]! >= threshold * counts.itemOrders(i, block.fromDay, block.toDay)
    && (perItem[i]! >= even || tradeOutside(context, i, block).ordinary === 0));
  // Ring items are bought by similar numbers of members, camouflage items by few each (but there are many of them).
  // Where shops are known the ring keeps to one shop and camouflage lands elsewhere, so the bar is not needed.
  const typical = index.input.itemMerchant ? 0 : weightedQuantile(over.map((i) => buyersOfItem[i]!), options.typicalQuantile);
  const minBuyers = Math.max(options.minItemBuyers, options.typicalFraction * typical);
  const kept = oneShop(index, over.filter((i) => buyersOfItem[i]! >= minBuyers), perItem);
  for (const i of touched) {
    perItem[i] = 0;
    buyersOfItem[i] = 0;
    lastBuyer[i] = -1;
  }
  for (const i of touchedOutside) memberOutside[i] = 0;
  return kept;
}

/** A ring works for one shop: when shops are known, only the items of the shop the members buy most from stay. */
function oneShop(index: RingIndex, items: number[], purchasesOf: Int32Array): Int32Array {
  const owner = index.input.itemMerchant;
  if (!owner || items.length === 0) return Int32Array.from(items).sort();
  const perShop = new Map<number, number>();
  for (const i of items) perShop.set(owner[i]!, (perShop.get(owner[i]!) ?? 0) + purchasesOf[i]!);
  let shop = -1;
  let most = -1;
  for (const [m, n] of perShop) if (n > most || (n === most && m < shop)) [shop, most] = [m, n];
  return Int32Array.from(items.filter((i) => owner[i] === shop)).sort();
}

function memberWindowOrders(index: RingIndex, block: RingBlockCore): number {
  const { input, purchases } = index;
  const { start, tuples } = purchases.index[ACCOUNT]!;
  let n = 0;
  for (const a of block.accounts) {
    for (let k = start[a]!; k < start[a + 1]!; k += 1) {
      const d = input.day[tuples[k]!]!;
      if (d >= block.fromDay && d <= block.toDay) n += 1;
    }
  }
  return n;
}

/** Buyers of the items in the window whose purchases go to them. */
function keepAccounts(context: RefineContext, items: Int32Array, block: RingBlockCore, options: RefineOptions): Int32Array {
  const { index, counts, perAccount } = context;
  const { input, purchases } = index;
  const { start, tuples } = purchases.index[ITEM]!;
  const touched: number[] = [];
  let itemOrders = 0;
  for (const i of items) {
    for (let k = start[i]!; k < start[i + 1]!; k += 1) {
      const t = tuples[k]!;
      const d = input.day[t]!;
      if (d < block.fromDay || d > block.toDay) continue;
      itemOrders += 1;
      const a = input.account[t]!;
      if (perAccount[a] === 0) touched.push(a);
      perAccount[a]! += 1;
    }
  }
  let memberOrders = 0;
  for (const a of block.accounts) memberOrders += perAccount[a]!;
  // The items' share of the window's purchases by everyone else: what an ordinary buyer spends on them.
  const ordinary = (itemOrders - memberOrders) / Math.max(1, windowTotal(index, block) - memberWindowOrders(index, block));
  const threshold = Math.min(options.accountLift * ordinary, options.accountShare);
  const over = touched.filter((a) => perAccount[a]! >= threshold * counts.accountOrders(a, block.fromDay, block.toDay));
  const typical = weightedQuantile(over.map((a) => perAccount[a]!), options.typicalQuantile);
  const minOrders = Math.max(options.minAccountOrders, (options.typicalFraction / 2) * typical);
  const next = { ...block, items };
  const kept = over.filter((a) => perAccount[a]! >= minOrders || (context.weakMember?.(a, next) ?? false));
  for (const a of touched) perAccount[a] = 0;
  return Int32Array.from(kept).sort();
}

function blockDays(context: RefineContext, accounts: Int32Array, items: Int32Array): number[] {
  const { index, inBlock } = context;
  const { input, purchases } = index;
  const { start, tuples } = purchases.index[ACCOUNT]!;
  for (const i of items) inBlock[i] = 1;
  const days: number[] = [];
  for (const a of accounts) for (let k = start[a]!; k < start[a + 1]!; k += 1) if (inBlock[input.item[tuples[k]!]!] === 1) days.push(input.day[tuples[k]!]!);
  for (const i of items) inBlock[i] = 0;
  return days;
}

/** Alternates the two tests and re-fits the window until nothing changes (or `rounds` run out). */
export function refineBlock(context: RefineContext, candidate: Candidate, options: RefineOptions): RingBlockCore {
  let block: RingBlockCore = { accounts: candidate.accounts, items: candidate.items, fromDay: candidate.fromDay, toDay: candidate.toDay };
  for (let round = 0; round < options.rounds; round += 1) {
    const items = keepItems(context, block, options);
    const accounts = keepAccounts(context, items, block, options);
    const days = blockDays(context, accounts, items);
    const window = days.length > 0 ? burstWindow(days, context.index.dayOrders, options.windowMaxDays) : block;
    const next = { accounts, items, fromDay: window.fromDay, toDay: window.toDay };
    const stable = sameList(next.accounts, block.accounts) && sameList(next.items, block.items) && next.fromDay === block.fromDay && next.toDay === block.toDay;
    block = next;
    if (stable || accounts.length === 0 || items.length === 0) break;
  }
  return block;
}
