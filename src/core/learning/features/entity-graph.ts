// The entity graph features walk: nodes are every entity the snapshot names, edges every relation events state or imply.
import { entityTypes, type EntityType } from '../../events/primitives.ts';
import { growInt32, type Growable } from '../../snapshot/growable.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';

export type EntityGraph = {
  /** Node of (type, id) is offsets[type index] + the id's interned number in that type's namespace. */
  readonly offsets: Int32Array;
  readonly nodeCount: number;
  /** Node n's distinct neighbours are neighbours[start[n] .. start[n + 1]), ascending. */
  readonly start: Int32Array;
  readonly neighbours: Int32Array;
  /** The entity type index of every node. */
  readonly typeOf: Int8Array;
};

export const typeIndex = (type: EntityType): number => entityTypes.indexOf(type);

class EdgeList {
  readonly from: Growable<Int32Array> = growInt32();
  readonly to: Growable<Int32Array> = growInt32();
  constructor(private readonly offsets: Int32Array) {}

  /** Links two entities given by type index and interned id; absent ids (-1) and self-loops add nothing. */
  add(typeA: number, idA: number, typeB: number, idB: number): void {
    if (idA < 0 || idB < 0 || typeA < 0 || typeB < 0) return;
    const a = this.offsets[typeA]! + idA;
    const b = this.offsets[typeB]! + idB;
    if (a === b) return;
    this.from.push(a);
    this.to.push(b);
  }
}

const [ACCOUNT, MERCHANT, ITEM, ORDER, REVIEW, DEVICE, IP] = (['account', 'merchant', 'item', 'order', 'review', 'device', 'ip'] as const).map(typeIndex) as [
  number, number, number, number, number, number, number,
];

/** Orders and reviews are nodes (so behaviour aggregates are their features' aggregates); account–item, account–device and
 *  the like are also direct edges, so that "accounts sharing an item or a device" is two hops, not four. */
function collectEdges(snapshot: Snapshot, edges: EdgeList): void {
  const linked = snapshot.table('entity.linked').columns;
  for (let r = 0; r < linked.a.id.length; r += 1) edges.add(linked.a.type[r]!, linked.a.id[r]!, linked.b.type[r]!, linked.b.id[r]!);
  const orders = snapshot.table('order.placed').columns;
  for (let r = 0; r < orders.orderId.length; r += 1) {
    const [order, account] = [orders.orderId[r]!, orders.accountId[r]!];
    edges.add(ORDER, order, ACCOUNT, account);
    edges.add(ORDER, order, MERCHANT, orders.merchantId[r]!);
    edges.add(ORDER, order, ITEM, orders.itemId[r]!);
    edges.add(ACCOUNT, account, MERCHANT, orders.merchantId[r]!);
    edges.add(ACCOUNT, account, ITEM, orders.itemId[r]!);
    edges.add(ACCOUNT, account, DEVICE, orders.deviceId[r]!);
    edges.add(ACCOUNT, account, IP, orders.ip[r]!);
    edges.add(ITEM, orders.itemId[r]!, MERCHANT, orders.merchantId[r]!);
  }
  const reviews = snapshot.table('review.posted').columns;
  for (let r = 0; r < reviews.reviewId.length; r += 1) {
    const review = reviews.reviewId[r]!;
    edges.add(REVIEW, review, ACCOUNT, reviews.accountId[r]!);
    edges.add(REVIEW, review, ITEM, reviews.itemId[r]!);
    edges.add(REVIEW, review, MERCHANT, reviews.merchantId[r]!);
    edges.add(REVIEW, review, ORDER, reviews.orderId[r]!);
    edges.add(ACCOUNT, reviews.accountId[r]!, ITEM, reviews.itemId[r]!);
    edges.add(ACCOUNT, reviews.accountId[r]!, MERCHANT, reviews.merchantId[r]!);
  }
  for (const type of ['account.login', 'account.registered'] as const) {
    const c = snapshot.table(type).columns;
    for (let r = 0; r < c.accountId.length; r += 1) {
      edges.add(ACCOUNT, c.accountId[r]!, DEVICE, c.deviceId[r]!);
      edges.add(ACCOUNT, c.accountId[r]!, IP, c.ip[r]!);
    }
  }
  const listings = snapshot.table('listing.published').columns;
  for (let r = 0; r < listings.itemId.length; r += 1) edges.add(ITEM, listings.itemId[r]!, MERCHANT, listings.merchantId[r]!);
  const transfers = snapshot.table('transfer.sent').columns;
  for (let r = 0; r < transfers.toAccountId.length; r += 1) edges.add(transfers.from.type[r]!, transfers.from.id[r]!, ACCOUNT, transfers.toAccountId[r]!);
}

export function buildEntityGraph(snapshot: Snapshot): EntityGraph {
  const offsets = new Int32Array(entityTypes.length + 1);
  entityTypes.forEach((type, t) => (offsets[t + 1] = offsets[t]! + snapshot.names(type).size));
  const nodeCount = offsets[entityTypes.length]!;
  const typeOf = new Int8Array(nodeCount);
  for (let t = 0; t < entityTypes.length; t += 1) typeOf.fill(t, offsets[t], offsets[t + 1]);
  const edges = new EdgeList(offsets);
  collectEdges(snapshot, edges);
  return { offsets, nodeCount, typeOf, ...adjacency(nodeCount, edges.from.finish(), edges.to.finish()) };
}

/** Undirected CSR by counting sort, each node's list sorted and de-duplicated (repeat orders are one edge). */
function adjacency(nodeCount: number, from: Int32Array, to: Int32Array): { start: Int32Array; neighbours: Int32Array } {
  const count = new Int32Array(nodeCount + 1);
  for (let e = 0; e < from.length; e += 1) {
    count[from[e]! + 1]! += 1;
    count[to[e]! + 1]! += 1;
  }
  for (let n = 0; n < nodeCount; n += 1) count[n + 1]! += count[n]!;
  const cursor = count.slice(0, nodeCount);
  const raw = new Int32Array(count[nodeCount]!);
  for (let e = 0; e < from.length; e += 1) {
    raw[cursor[from[e]!]!++] = to[e]!;
    raw[cursor[to[e]!]!++] = from[e]!;
  }
  const start = new Int32Array(nodeCount + 1);
  let write = 0;
  for (let n = 0; n < nodeCount; n += 1) {
    const segment = raw.subarray(count[n], count[n + 1]).sort();
    start[n] = write;
    for (let i = 0; i < segment.length; i += 1) if (i === 0 || segment[i] !== segment[i - 1]) raw[write++] = segment[i]!;
  }
  start[nodeCount] = write;
  return { start, neighbours: raw.slice(0, write) };
}
