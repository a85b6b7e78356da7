// Links accounts by what they share, discounting shared infrastructure, and groups the tied ones (union-find over links of weight ≥ 1).
import { UnionFind } from '../../graph/union-find.ts';
import { CHINA_OFFSET_MINUTES } from '../../time/format.ts';
import type { AccountTraces, TraceKind } from './account-traces.ts';
import { DAY_MS } from '../../time/units.ts';

export type LinkRules = {
  /** What one shared value of a kind is worth, and how many accounts may share it before it stops counting at all. */
  readonly weight: Readonly<Record<TraceKind, number>>;
  readonly cap: Readonly<Record<TraceKind, number>>;
  /** Up to this many accounts a shared /24 counts fully; beyond, its weight falls as 1/n (campus Wi-Fi, carrier NAT). */
  readonly subnetFull: number;
  /** Two accounts acting within this many seconds of each other on at least `lockstepDays` days run on one script. */
  readonly lockstepSeconds: number;
  readonly lockstepDays: number;
  readonly lockstepBonus: number;
  /** Two accounts registered in the same registration burst. */
  readonly burstBonus: number;
};

export type AccountLinks = {
  /** Groups of tied accounts, each of at least `minSize`. */
  readonly groups: number[][];
  /** Accounts found in lockstep with another: evidence for the finding. */
  readonly lockstep: Set<number>;
};

function discount(kind: TraceKind, sharers: number, rules: LinkRules): number {
  if (sharers < 2 || sharers > rules.cap[kind]) return 0;
  if (kind === 'subnet' && sharers > rules.subnetFull) return rules.weight.subnet * (rules.subnetFull / sharers);
  return rules.weight[kind];
}

/** Days on which the two accounts acted within the lockstep tolerance of each other (two pointers over sorted times). */
function daysInLockstep(a: readonly number[], b: readonly number[], seconds: number): number {
  const days = new Set<number>();
  const tolerance = seconds * 1000;
  let j = 0;
  for (const t of a) {
    while (j < b.length && b[j]! < t - tolerance) j += 1;
    if (j < b.length && b[j]! <= t + tolerance) days.add(Math.floor((t + CHINA_OFFSET_MINUTES * 60_000) / DAY_MS));
  }
  return days.size;
}

export function linkAccounts(traces: AccountTraces, burstOf: Int32Array, rules: LinkRules, minSize: number): AccountLinks {
  const size = burstOf.length;
  const weights = new Map<number, number>();
  const viaSubnet = new Set<number>();
  for (const [kind, holders] of Object.entries(traces.holders) as [TraceKind, Map<number, Set<number>>][]) {
    for (const accounts of holders.values()) {
      const w = discount(kind, accounts.size, rules);
      if (w <= 0) continue;
      const list = [...accounts].sort((x, y) => x - y);
      for (let i = 0; i < list.length; i += 1) {
        for (let j = i + 1; j < list.length; j += 1) {
          const key = list[i]! * size + list[j]!;
          weights.set(key, (weights.get(key) ?? 0) + w);
          if (kind === 'subnet') viaSubnet.add(key);
        }
      }
    }
  }
  const lockstep = new Set<number>();
  const sets = new UnionFind(size);
  for (const [key, base] of weights) {
    let w = base;
    const a = Math.floor(key / size);
    const b = key - a * size;
    // Timing and sign-up bursts only ever strengthen a network link, so they are checked only where they could tie.
    if (w < 1 && viaSubnet.has(key) && w + rules.lockstepBonus + rules.burstBonus >= 1) {
      if (burstOf[a]! >= 0 && burstOf[a] === burstOf[b]) w += rules.burstBonus;
      if (daysInLockstep(traces.activity.get(a) ?? [], traces.activity.get(b) ?? [], rules.lockstepSeconds) >= rules.lockstepDays) {
        w += rules.lockstepBonus;
        lockstep.add(a).add(b);
      }
    }
    if (w >= 1) sets.union(a, b);
  }
  return { groups: sets.groups(minSize), lockstep };
}
