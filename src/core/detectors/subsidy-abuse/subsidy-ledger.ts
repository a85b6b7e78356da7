// Every subsidy by shop: what was paid on which orders, to whom, approved by whom, against what the shop sold.
import type { Snapshot } from '../../snapshot/snapshot.ts';

export type ShopSubsidies = {
  readonly merchant: number;
  /** subsidy.granted rows tied to an order, and lump grants to the shop with no order. */
  readonly orderRows: number[];
  readonly grantRows: number[];
  /** Order subsidies worth at least the rule's share of what the buyer paid. */
  readonly highShareRows: number[];
  total: number;
  grantTotal: number;
  highShareSubsidy: number;
  highSharePaid: number;
  /** Buyer → their high-share subsidy rows. */
  readonly accounts: Map<number, number[]>;
  /** Operator → amount of this shop's subsidies they approved. */
  readonly approvers: Map<number, number>;
  readonly campaigns: Set<number>;
  from: number;
  to: number;
};

export type SubsidyLedger = {
  readonly shops: Map<number, ShopSubsidies>;
  /** Per interned order: its shop and the amount paid (placed amount when no payment was seen); -1 / NaN unknown. */
  readonly orderShop: Int32Array;
  readonly paid: Float64Array;
  /** Shops each campaign's subsidies reached. */
  readonly campaignShops: Map<number, Set<number>>;
};

function shopEntry(shops: Map<number, ShopSubsidies>, merchant: number, ts: number): ShopSubsidies {
  let shop = shops.get(merchant);
  if (!shop) {
    shop = {
      merchant, orderRows: [], grantRows: [], highShareRows: [], total: 0, grantTotal: 0, highShareSubsidy: 0, highSharePaid: 0,
      accounts: new Map(), approvers: new Map(), campaigns: new Set(), from: ts, to: ts,
    };
    shops.set(merchant, shop);
  }
  shop.from = Math.min(shop.from, ts);
  shop.to = Math.max(shop.to, ts);
  return shop;
}

export function subsidyLedger(snapshot: Snapshot, minOrderShare: number): SubsidyLedger {
  const orders = snapshot.names('order').size;
  const orderShop = new Int32Array(orders).fill(-1);
  const paid = new Float64Array(orders).fill(Number.NaN);
  const orderAccount = new Int32Array(orders).fill(-1);
  const placed = snapshot.table('order.placed');
  for (let row = 0; row < placed.size; row += 1) {
    const order = placed.columns.orderId[row]!;
    orderShop[order] = placed.columns.merchantId[row]!;
    orderAccount[order] = placed.columns.accountId[row]!;
    if (Number.isNaN(paid[order]!)) paid[order] = placed.columns.amount[row]!;
  }
  const payments = snapshot.table('order.paid');
  for (let row = 0; row < payments.size; row += 1) paid[payments.columns.orderId[row]!] = payments.columns.amount[row]!;
  const subsidies = snapshot.table('subsidy.granted');
  const { orderId, merchantId, accountId, amount, approvedBy, campaignId } = subsidies.columns;
  const shops = new Map<number, ShopSubsidies>();
  const campaignShops = new Map<number, Set<number>>();
  for (let row = 0; row < subsidies.size; row += 1) {
    const order = orderId[row]!;
    const merchant = merchantId[row]! >= 0 ? merchantId[row]! : order >= 0 ? orderShop[order]! : -1;
    if (merchant < 0) continue;
    const shop = shopEntry(shops, merchant, subsidies.ts[row]!);
    const value = amount[row]!;
    shop.total += value;
    if (approvedBy[row]! >= 0) shop.approvers.set(approvedBy[row]!, (shop.approvers.get(approvedBy[row]!) ?? 0) + value);
    if (campaignId[row]! >= 0) {
      shop.campaigns.add(campaignId[row]!);
      const set = campaignShops.get(campaignId[row]!) ?? new Set<number>();
      set.add(merchant);
      campaignShops.set(campaignId[row]!, set);
    }
    if (order < 0) {
      shop.grantRows.push(row);
      shop.grantTotal += value;
      continue;
    }
    shop.orderRows.push(row);
    const price = paid[order]!;
    if (!(price > 0) || value < minOrderShare * price) continue;
    shop.highShareRows.push(row);
    shop.highShareSubsidy += value;
    shop.highSharePaid += price;
    const buyer = accountId[row]! >= 0 ? accountId[row]! : orderAccount[order]!;
    if (buyer >= 0) shop.accounts.set(buyer, [...(shop.accounts.get(buyer) ?? []), row]);
  }
  return { shops, orderShop, paid, campaignShops };
}

/** What the shop's buyers paid on orders placed between `from` and `to`. */
export function revenueBetween(snapshot: Snapshot, ledger: SubsidyLedger, merchant: number, from: number, to: number, rows: Iterable<number>): number {
  const placed = snapshot.table('order.placed');
  let sum = 0;
  for (const row of rows) {
    const ts = placed.ts[row]!;
    if (ts < from || ts > to || placed.columns.merchantId[row] !== merchant) continue;
    const value = ledger.paid[placed.columns.orderId[row]!]!;
    if (value > 0) sum += value;
  }
  return sum;
}
