// What is known about each purchase beyond who bought what: how the buyer arrived, the coupon and subsidy, the parcel, the device and network.
import { subnetOf } from '../../signals/registration-bursts.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { logisticsDefaults } from '../fake-logistics/detector.ts';
import type { Purchases } from './order-purchases.ts';

/** Dwell above this on the ordered item is a task platform's required browsing time, not a ring's quick visit. */
const TASK_DWELL_SECONDS = 240;
/** A subsidy this large a share of the order is the subsidy-abuse scheme's, not a promotion's. */
const HEAVY_SUBSIDY_SHARE = 0.3;

export type PurchaseFacts = {
  /** 1 when the order's session began with a search; rings arrive by a shared link. */
  readonly viaSearch: Uint8Array;
  readonly coupon: Uint8Array;
  readonly heavySubsidy: Uint8Array;
  readonly emptyParcel: Uint8Array;
  readonly longDwell: Uint8Array;
  /** Snapshot device id, or -1. */
  readonly device: Int32Array;
  /** Dense number of the order's /24 (or /64), or -1. */
  readonly subnet: Int32Array;
  readonly subnets: readonly string[];
};

function byOrder(snapshot: Snapshot, orderColumn: Int32Array, value: (row: number) => number, merge: (a: number, b: number) => number): Map<number, number> {
  const out = new Map<number, number>();
  for (let row = 0; row < orderColumn.length; row += 1) {
    const order = orderColumn[row]!;
    const v = value(row);
    if (order < 0 || Number.isNaN(v)) continue;
    const seen = out.get(order);
    out.set(order, seen === undefined ? v : merge(seen, v));
  }
  return out;
}

export function purchaseFacts(snapshot: Snapshot, purchases: Purchases): PurchaseFacts {
  const orders = snapshot.table('order.placed');
  const { orderId, itemId, sessionId, couponId, deviceId, ip, amount } = orders.columns;
  const searches = snapshot.table('session.search').columns.sessionId;
  const searched = new Uint8Array(snapshot.names('session').size);
  for (const s of searches) if (s >= 0) searched[s] = 1;
  const views = snapshot.table('session.view');
  const itemCount = snapshot.names('item').size;
  const dwell = new Map<number, number>();
  for (let row = 0; row < views.size; row += 1) {
    const key = views.columns.sessionId[row]! * itemCount + views.columns.itemId[row]!;
    dwell.set(key, Math.max(dwell.get(key) ?? 0, views.columns.dwellSeconds[row]!));
  }
  const subsidies = snapshot.table('subsidy.granted');
  const subsidy = byOrder(snapshot, subsidies.columns.orderId, (r) => subsidies.columns.amount[r]!, (a, b) => a + b);
  const priceChanges = snapshot.table('order.price_changed');
  const price = byOrder(snapshot, priceChanges.columns.orderId, (r) => priceChanges.columns.to[r]!, Math.min);
  const shipped = snapshot.table('order.shipped');
  const weight = byOrder(snapshot, shipped.columns.orderId, (r) => shipped.columns.weightGrams[r]!, Math.min);
  const ips = snapshot.names('ip');
  const subnetIds = new Map<string, number>();
  const n = purchases.rows.length;
  const facts = {
    viaSearch: new Uint8Array(n), coupon: new Uint8Array(n), heavySubsidy: new Uint8Array(n), emptyParcel: new Uint8Array(n),
    longDwell: new Uint8Array(n), device: new Int32Array(n), subnet: new Int32Array(n).fill(-1), subnets: [] as string[],
  };
  purchases.rows.forEach((row, k) => {
    const order = orderId[row]!;
    const session = sessionId[row]!;
    facts.viaSearch[k] = session >= 0 ? searched[session]! : 0;
    facts.coupon[k] = couponId[row]! >= 0 ? 1 : 0;
    facts.heavySubsidy[k] = (subsidy.get(order) ?? 0) >= HEAVY_SUBSIDY_SHARE * amount[row]! && subsidy.has(order) ? 1 : 0;
    // Weightless parcels and token prices by fake_logistics's own defaults, so the hand-over and that detector agree.
    facts.emptyParcel[k] = (price.get(order) ?? Infinity) <= logisticsDefaults.maxTokenFen || (weight.get(order) ?? Infinity) < logisticsDefaults.maxGrams ? 1 : 0;
    facts.longDwell[k] = session >= 0 && (dwell.get(session * itemCount + itemId[row]!) ?? 0) >= TASK_DWELL_SECONDS ? 1 : 0;
    facts.device[k] = deviceId[row]!;
    if (ip[row]! >= 0) {
      const subnet = subnetOf(ips.name(ip[row]!));
      let id = subnetIds.get(subnet);
      if (id === undefined) {
        id = facts.subnets.length;
        subnetIds.set(subnet, id);
        facts.subnets.push(subnet);
      }
      facts.subnet[k] = id;
    }
  });
  return facts;
}
