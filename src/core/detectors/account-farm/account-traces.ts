// What each account leaves behind that can tie it to others: devices, /24 networks, phones, delivery addresses, payment instruments, and when it acts.
import { subnetOf } from '../../signals/registration-bursts.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';

export const traceKinds = ['device', 'subnet', 'phone', 'address', 'payment'] as const;
export type TraceKind = (typeof traceKinds)[number];

export type AccountTraces = {
  /** For each kind, the accounts behind each value (value ids are dense per kind; `labels` names them). */
  readonly holders: Record<TraceKind, Map<number, Set<number>>>;
  readonly labels: Record<TraceKind, string[]>;
  /** Times (epoch ms, sorted) each account logged in or ordered: the script's clock shows in them. */
  readonly activity: Map<number, number[]>;
  /** Accounts whose logins reported an emulator, root or automation. */
  readonly flagged: Set<number>;
  /** Phone number of each account's registration or orders. */
  readonly phones: Map<number, string>;
};

type Recorder = (kind: TraceKind, account: number, value: string) => void;

function recorder(traces: AccountTraces): Recorder {
  const ids: Record<TraceKind, Map<string, number>> = { device: new Map(), subnet: new Map(), phone: new Map(), address: new Map(), payment: new Map() };
  return (kind, account, value) => {
    if (account < 0) return;
    let id = ids[kind].get(value);
    if (id === undefined) {
      id = traces.labels[kind].length;
      ids[kind].set(value, id);
      traces.labels[kind].push(value);
    }
    let set = traces.holders[kind].get(id);
    if (!set) {
      set = new Set();
      traces.holders[kind].set(id, set);
    }
    set.add(account);
  };
}

function act(traces: AccountTraces, account: number, ts: number): void {
  if (account < 0) return;
  const list = traces.activity.get(account) ?? [];
  list.push(ts);
  traces.activity.set(account, list);
}

export function accountTraces(snapshot: Snapshot): AccountTraces {
  const traces: AccountTraces = {
    holders: { device: new Map(), subnet: new Map(), phone: new Map(), address: new Map(), payment: new Map() },
    labels: { device: [], subnet: [], phone: [], address: [], payment: [] },
    activity: new Map(), flagged: new Set(), phones: new Map(),
  };
  const record = recorder(traces);
  const names = (ns: 'device' | 'ip' | 'phone' | 'address' | 'payment') => snapshot.names(ns);
  const note = (kind: TraceKind, account: number, id: number, ns: 'device' | 'ip' | 'phone' | 'address' | 'payment') => {
    if (id < 0 || account < 0) return;
    const value = names(ns).name(id);
    record(kind, account, kind === 'subnet' ? subnetOf(value) : value);
    if (kind === 'phone') traces.phones.set(account, value);
  };
  const registered = snapshot.table('account.registered');
  for (let r = 0; r < registered.size; r += 1) {
    const { accountId, deviceId, ip, phone } = registered.columns;
    note('device', accountId[r]!, deviceId[r]!, 'device');
    note('subnet', accountId[r]!, ip[r]!, 'ip');
    note('phone', accountId[r]!, phone[r]!, 'phone');
  }
  const logins = snapshot.table('account.login');
  for (let r = 0; r < logins.size; r += 1) {
    const c = logins.columns;
    note('device', c.accountId[r]!, c.deviceId[r]!, 'device');
    note('subnet', c.accountId[r]!, c.ip[r]!, 'ip');
    act(traces, c.accountId[r]!, logins.ts[r]!);
    if (c['device.emulator'][r] === 1 || c['device.rooted'][r] === 1 || c['device.automation'][r] === 1) traces.flagged.add(c.accountId[r]!);
  }
  const orders = snapshot.table('order.placed');
  const buyerOf = new Map<number, number>();
  for (let r = 0; r < orders.size; r += 1) {
    const c = orders.columns;
    note('device', c.accountId[r]!, c.deviceId[r]!, 'device');
    note('subnet', c.accountId[r]!, c.ip[r]!, 'ip');
    note('phone', c.accountId[r]!, c.phone[r]!, 'phone');
    note('address', c.accountId[r]!, c.addressHash[r]!, 'address');
    act(traces, c.accountId[r]!, orders.ts[r]!);
    if (c.orderId[r]! >= 0) buyerOf.set(c.orderId[r]!, c.accountId[r]!);
  }
  const paid = snapshot.table('order.paid');
  for (let r = 0; r < paid.size; r += 1) note('payment', buyerOf.get(paid.columns.orderId[r]!) ?? -1, paid.columns.paymentInstrumentId[r]!, 'payment');
  for (const list of traces.activity.values()) list.sort((a, b) => a - b);
  return traces;
}
