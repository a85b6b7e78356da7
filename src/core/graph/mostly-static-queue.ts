// A min-queue for peeling where most keys never change before their node is taken: a sorted list plus a heap for the changed ones.
import { IndexedMinHeap } from './indexed-min-heap.ts';
import { orderByKey } from './order-by-key.ts';

const STATIC = 0;
const CHANGED = 1;
const GONE = 2;

/**
 * On a heavy-tailed graph FRAUDAR takes most accounts (rows) before any item they bought is deleted, so their masses
 * are still the starting ones when they leave. Popping them from a heap costs a sift down through every level, each
 * a cache miss on millions of rows. Here the starting keys are sorted once (radix, O(n)) and read in order; a node
 * moves into a heap only when its key first changes. The minimum is the smaller of the two heads under the same
 * total order as `IndexedMinHeap` (key, then smaller node), so nodes leave in exactly the order one heap gives.
 */
export class MostlyStaticQueue {
  private readonly initial: Float64Array;
  private readonly rankOf: Int32Array | undefined;
  private readonly sorted: Int32Array;
  private cursor = 0;
  private readonly state: Uint8Array;
  private readonly changed: IndexedMinHeap;
  private count: number;

  /**
   * Every node 0..keys.length-1 starts in the queue with its key; the array is kept and must not change. `ranks`, a
   * permutation of 0..n-1, breaks ties between equal keys (the node index when left out): a caller that renumbered
   * its nodes for locality passes their original indices.
   */
  constructor(keys: Float64Array, ranks?: Int32Array) {
    this.initial = keys;
    this.rankOf = ranks;
    this.sorted = orderByKey(keys, ranks);
    this.state = new Uint8Array(keys.length);
    this.changed = new IndexedMinHeap(keys.length, ranks);
    this.count = keys.length;
  }

  get size(): number {
    return this.count;
  }

  has(node: number): boolean {
    return this.state[node] !== GONE;
  }

  /** The first node of the sorted list that is still there with its starting key, or -1. */
  private staticHead(): number {
    const { sorted, state } = this;
    while (this.cursor < sorted.length && state[sorted[this.cursor]!] !== STATIC) this.cursor += 1;
    return this.cursor < sorted.length ? sorted[this.cursor]! : -1;
  }

  /** The node with the smallest key (smallest rank among equal keys), or -1 when empty. */
  peek(): number {
    const a = this.staticHead();
    const b = this.changed.peek();
    if (a < 0) return b;
    if (b < 0) return a;
    const keyA = this.initial[a]!;
    const keyB = this.changed.minKey();
    return keyA < keyB || (keyA === keyB && (this.rankOf ? this.rankOf[a]! : a) < this.changed.minRank()) ? a : b;
  }

  /** The key of a node still in the queue (NaN once removed). */
  key(node: number): number {
    const s = this.state[node];
    if (s === STATIC) return this.initial[node]!;
    return s === CHANGED ? this.changed.key(node) : Number.NaN;
  }

  /** Adds delta to a node's key; a removed node is left alone. */
  add(node: number, delta: number): void {
    const s = this.state[node];
    if (s === CHANGED) this.changed.add(node, delta);
    else if (s === STATIC) {
      this.state[node] = CHANGED;
      this.changed.insert(node, this.initial[node]! + delta);
    }
  }

  remove(node: number): void {
    const s = this.state[node];
    if (s === GONE) return;
    if (s === CHANGED) this.changed.remove(node);
    this.state[node] = GONE;
    this.count -= 1;
  }
}
