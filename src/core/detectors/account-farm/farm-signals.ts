// How much a group of tied accounts looks like a phone farm: accounts per device, one sign-up burst, one network, lockstep, flagged devices, virtual numbers.
import type { AccountTraces, TraceKind } from './account-traces.ts';

/** Virtual-operator number ranges (170/171 and the 162/165/167 MVNO blocks): what SMS-verification farms buy. */
const VIRTUAL_PREFIXES = ['170', '171', '162', '165', '167'];

export type FarmSignals = {
  /** Devices used by two or more members, with the members on each, and the share of members on one. */
  readonly sharedDevices: readonly { device: number; members: number[] }[];
  readonly deviceShare: number;
  readonly accountsPerDevice: number;
  /** Share of members registered in the group's largest registration burst. */
  readonly burstShare: number;
  /** The /24 most members used and their share. */
  readonly topSubnet: string | undefined;
  readonly subnetShare: number;
  readonly lockstepShare: number;
  readonly flaggedShare: number;
  /** Of members with a known phone, the share on virtual-operator numbers. */
  readonly virtualPhoneShare: number;
};

function membersPerValue(traces: AccountTraces, kind: TraceKind, members: Set<number>): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const [value, holders] of traces.holders[kind]) {
    const inside = [...holders].filter((a) => members.has(a));
    if (inside.length > 0) out.set(value, inside.sort((a, b) => a - b));
  }
  return out;
}

export function farmSignals(group: readonly number[], traces: AccountTraces, burstOf: Int32Array, lockstep: ReadonlySet<number>): FarmSignals {
  const members = new Set(group);
  const size = group.length;
  const sharedDevices = [...membersPerValue(traces, 'device', members)]
    .filter(([, list]) => list.length >= 2)
    .map(([device, list]) => ({ device, members: list }))
    .sort((a, b) => b.members.length - a.members.length || a.device - b.device);
  const onShared = new Set(sharedDevices.flatMap((d) => d.members));
  let topSubnet: string | undefined;
  let subnetMembers = 0;
  for (const [value, list] of membersPerValue(traces, 'subnet', members)) {
    const label = traces.labels.subnet[value]!;
    if (list.length > subnetMembers || (list.length === subnetMembers && topSubnet !== undefined && label < topSubnet)) [topSubnet, subnetMembers] = [label, list.length];
  }
  const bursts = new Map<number, number>();
  for (const a of group) if (burstOf[a]! >= 0) bursts.set(burstOf[a]!, (bursts.get(burstOf[a]!) ?? 0) + 1);
  const phones = group.map((a) => traces.phones.get(a)).filter((p): p is string => p !== undefined);
  const share = (n: number, of = size) => (of > 0 ? n / of : 0);
  return {
    sharedDevices,
    deviceShare: share(onShared.size),
    accountsPerDevice: sharedDevices.length > 0 ? onShared.size / sharedDevices.length : 1,
    burstShare: share(Math.max(0, ...bursts.values())),
    topSubnet,
    subnetShare: share(subnetMembers),
    lockstepShare: share(group.filter((a) => lockstep.has(a)).length),
    flaggedShare: share(group.filter((a) => traces.flagged.has(a)).length),
    virtualPhoneShare: share(phones.filter((p) => VIRTUAL_PREFIXES.some((prefix) => p.replace(/^\+?86/, '').startsWith(prefix))).length, phones.length),
  };
}

/** The signals a finding can cite, strongest first, each as a share in [0, 1]. */
export function signalShares(signals: FarmSignals): number[] {
  return [signals.deviceShare, signals.burstShare, signals.subnetShare, signals.lockstepShare, signals.flaggedShare, signals.virtualPhoneShare].sort((a, b) => b - a);
}
