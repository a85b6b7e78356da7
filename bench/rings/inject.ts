// Injects a ring in the style of the FRAUDAR paper: m × n accounts × items at density p, within a few days, with camouflage.
import { concat, type InjectedRing, type Interactions } from './interactions.ts';
import { AliasTable, Rng } from '../../src/core/simulation/random.ts';

/**
 * none: ring edges only. random: each member adds as many edges to uniformly random items as it has ring edges on
 * average. biased: the same number, to items in proportion to their popularity. hijacked: members are existing
 * accounts whose own history is the camouflage. Camouflage happens inside the ring's window, as real brushing does.
 */
export const camouflages = ['none', 'random', 'biased', 'hijacked'] as const;
export type Camouflage = (typeof camouflages)[number];

export type RingSpec = {
  readonly members: number;
  readonly items: number;
  readonly density: number;
  readonly activeDays: number;
  readonly camouflage: Camouflage;
  /** Ring items are new listings (true) or drawn from the existing catalogue (false). */
  readonly newItems: boolean;
};

export function injectRing(data: Interactions, spec: RingSpec, seed: number): { data: Interactions; ring: InjectedRing } {
  const rng = new Rng(seed, 1);
  const below = (n: number) => rng.int(0, n - 1);
  const hijacked = spec.camouflage === 'hijacked';
  const degree = new Int32Array(data.accounts);
  for (const a of data.account) degree[a]! += 1;
  const active = Int32Array.from(Array.from(degree.keys()).filter((a) => degree[a]! > 0));
  const members = hijacked ? Int32Array.from(rng.sample(Array.from(active), spec.members)) : Int32Array.from({ length: spec.members }, (_, i) => data.accounts + i);
  const items = spec.newItems ? Int32Array.from({ length: spec.items }, (_, i) => data.items + i) : Int32Array.from(rng.sample(Array.from({ length: data.items }, (_, i) => i), spec.items));
  const accountCount = hijacked ? data.accounts : data.accounts + spec.members;
  const itemCount = spec.newItems ? data.items + spec.items : data.items;
  const firstDay = below(data.days - spec.activeDays + 1);
  const account: number[] = [];
  const item: number[] = [];
  const day: number[] = [];
  const add = (a: number, i: number) => {
    account.push(a);
    item.push(i);
    day.push(firstDay + below(spec.activeDays));
  };
  for (const a of members) for (const i of items) if (rng.chance(spec.density)) add(a, i);
  const ringItem = new Uint8Array(itemCount);
  for (const i of items) ringItem[i] = 1;
  const camouflagePerMember = spec.density * spec.items;
  if (spec.camouflage === 'random' || spec.camouflage === 'biased') {
    const popularity = new Float64Array(data.items);
    for (const i of data.item) popularity[i]! += 1;
    const picker = new AliasTable(popularity);
    for (const a of members) {
      const count = Math.round(camouflagePerMember);
      for (let k = 0; k < count; k += 1) {
        let i = -1;
        while (i < 0 || ringItem[i] === 1) i = spec.camouflage === 'random' ? below(data.items) : picker.draw(rng);
        add(a, i);
      }
    }
  }
  const extra = { account: Int32Array.from(account), item: Int32Array.from(item), day: Int32Array.from(day) };
  return { data: concat(data, extra, accountCount, itemCount), ring: { accounts: members, items, firstDay, lastDay: firstDay + spec.activeDays - 1 } };
}
