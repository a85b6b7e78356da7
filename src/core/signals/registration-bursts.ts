// Registration bursts: many sign-ups within a short window, far above the platform's own sign-up rate (群控 batches).
import type { Names, Snapshot } from '../snapshot/snapshot.ts';
import { poissonLogTail } from './poisson-tail.ts';

export type BurstRule = {
  readonly windowMinutes: number;
  readonly minAccounts: number;
  /** The largest chance, under the period's sign-up rate, of seeing so many sign-ups in one window. */
  readonly maxTail: number;
};

export const defaultBurstRule: BurstRule = { windowMinutes: 120, minAccounts: 8, maxTail: 1e-6 };

export type RegistrationBurst = {
  readonly from: number;
  readonly to: number;
  /** `account.registered` rows of the burst, in time order. */
  readonly rows: readonly number[];
  readonly accounts: readonly number[];
  /** Sign-ups the rest of the period predicts for the densest window, and log10 of the chance of the count seen. */
  readonly expected: number;
  readonly peak: number;
  readonly log10Tail: number;
  /** The /24 (or /64) most sign-ups in the burst came from, and its share: farms sit behind one range. */
  readonly topSubnet: string | undefined;
  readonly topSubnetShare: number;
};

/** The network an address belongs to: /24 for IPv4, the first four groups for IPv6. */
export function subnetOf(ip: string): string {
  if (ip.includes(':')) return ip.split(':').slice(0, 4).join(':');
  const dot = ip.lastIndexOf('.');
  return dot < 0 ? ip : ip.slice(0, dot);
}

function topShare(rows: readonly number[], ip: Int32Array, ips: Names): [string | undefined, number] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (ip[row]! < 0) continue;
    const subnet = subnetOf(ips.name(ip[row]!));
    counts.set(subnet, (counts.get(subnet) ?? 0) + 1);
  }
  let best: string | undefined;
  let most = 0;
  for (const [subnet, n] of counts) if (n > most || (n === most && best !== undefined && subnet < best)) [best, most] = [subnet, n];
  return [best, rows.length > 0 ? most / rows.length : 0];
}

/**
 * Scans sign-ups with a sliding window. The rate a window is judged against is estimated from the rest of the period
 * (leave-window-out), so a burst does not raise its own baseline. Overlapping qualifying windows merge into one burst.
 */
export function registrationBursts(snapshot: Snapshot, rule: BurstRule = defaultBurstRule): RegistrationBurst[] {
  const table = snapshot.table('account.registered');
  const n = table.size;
  if (n < rule.minAccounts) return [];
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => table.ts[a]! - table.ts[b]! || (snapshot.eventId(table.event[a]!) < snapshot.eventId(table.event[b]!) ? -1 : 1));
  const window = rule.windowMinutes * 60_000;
  const span = Math.max(2 * window, table.ts[order[n - 1]!]! - table.ts[order[0]!]!);
  const logLimit = Math.log(rule.maxTail);
  const bursts: { start: number; end: number; peak: number; expected: number; logTail: number }[] = [];
  let end = 0;
  for (let start = 0; start < n; start += 1) {
    const limit = table.ts[order[start]!]! + window;
    while (end < n && table.ts[order[end]!]! < limit) end += 1;
    const count = end - start;
    if (count < rule.minAccounts) continue;
    const expected = ((n - count) / (span - window)) * window;
    const logTail = poissonLogTail(count, expected);
    if (logTail > logLimit) continue;
    const last = bursts[bursts.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      if (logTail < last.logTail) Object.assign(last, { peak: count, expected, logTail });
    } else bursts.push({ start, end, peak: count, expected, logTail });
  }
  const { accountId, ip } = table.columns;
  const ips = snapshot.names('ip');
  return bursts.map((b) => {
    const rows = order.slice(b.start, b.end);
    const [topSubnet, topSubnetShare] = topShare(rows, ip, ips);
    return {
      from: table.ts[rows[0]!]!, to: table.ts[rows[rows.length - 1]!]!, rows,
      accounts: [...new Set(rows.map((row) => accountId[row]!).filter((a) => a >= 0))],
      expected: b.expected, peak: b.peak, log10Tail: b.logTail / Math.LN10, topSubnet, topSubnetShare,
    };
  });
}

/** The burst each account signed up in (index into `bursts`), -1 for none. */
export function burstMembership(bursts: readonly RegistrationBurst[], accountCount: number): Int32Array {
  const member = new Int32Array(accountCount).fill(-1);
  bursts.forEach((burst, index) => {
    for (const account of burst.accounts) member[account] = index;
  });
  return member;
}
