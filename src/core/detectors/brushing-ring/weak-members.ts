// Buyers with a single purchase of a ring's items join it only when other evidence ties them to it: arrival by link and youth or the ring's network.
import type { RingBlockCore } from './refine-block.ts';
import { YOUNG_ACCOUNT_DAYS, type SignalContext } from './ring-signals.ts';
import { DAY_MS } from '../../time/units.ts';

/**
 * Ring members are paid per order, so some place only one; an ordinary buyer of the same item in the same days
 * looks identical by counts. Such a buyer is admitted when that purchase came without a search (the ring's link)
 * and the account was young when the ring began or ordered from a /24 two other members ordered from.
 */
export function weakMemberTest(context: SignalContext): (account: number, block: RingBlockCore) => boolean {
  const { input, dayZero, accountIds } = context.purchases;
  const { viaSearch, subnet } = context.facts;
  const start = new Int32Array(input.accounts + 1);
  for (const a of input.account) start[a + 1]! += 1;
  for (let a = 0; a < input.accounts; a += 1) start[a + 1]! += start[a]!;
  const cursor = start.slice(0, input.accounts);
  const byAccount = new Int32Array(input.account.length);
  input.account.forEach((a, k) => (byAccount[cursor[a]!++] = k));
  const networksOf = new WeakMap<Int32Array, Map<number, number>>();

  const purchasesIn = (a: number, block: RingBlockCore, items: Set<number>) => {
    const out: number[] = [];
    for (let j = start[a]!; j < start[a + 1]!; j += 1) {
      const k = byAccount[j]!;
      if (input.day[k]! >= block.fromDay && input.day[k]! <= block.toDay && items.has(input.item[k]!)) out.push(k);
    }
    return out;
  };
  /** Members per subnet among the block's purchases, computed once per block. */
  const networks = (block: RingBlockCore, items: Set<number>) => {
    let counts = networksOf.get(block.accounts);
    if (!counts) {
      counts = new Map();
      for (const m of block.accounts) {
        for (const net of new Set(purchasesIn(m, block, items).map((k) => subnet[k]!))) if (net >= 0) counts.set(net, (counts.get(net) ?? 0) + 1);
      }
      networksOf.set(block.accounts, counts);
    }
    return counts;
  };

  return (account, block) => {
    const items = new Set(block.items);
    const own = purchasesIn(account, block, items).filter((k) => viaSearch[k] === 0);
    if (own.length === 0) return false;
    const registered = context.registeredAt[accountIds[account]!]!;
    const ringStart = dayZero + block.fromDay * DAY_MS;
    if (!Number.isNaN(registered) && ringStart - registered <= YOUNG_ACCOUNT_DAYS * DAY_MS) return true;
    const nets = networks(block, items);
    // The account's own use of a subnet counts once in `nets` when it is already a member.
    const self = block.accounts.includes(account) ? 1 : 0;
    return own.some((k) => subnet[k]! >= 0 && (nets.get(subnet[k]!) ?? 0) - self >= 2);
  };
}
