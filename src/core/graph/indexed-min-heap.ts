// A 4-ary min-heap of node indices keyed by Float64 values, with key changes and removal by node in O(log n).

/**
 * Ties go to the smaller node index. That is the order the FRAUDAR reference's min-tree yields (it returns the
 * leftmost minimum leaf), so peeling with this heap deletes nodes in the same order as the authors' code.
 *
 * Peeling lowers a key once per edge and removes a node once, so sifting up is what costs, and on large graphs it is
 * bound by cache misses. Four children per slot halve the levels of a binary heap, and each slot holds its key and
 * its node side by side (16 bytes, one cache line), so each level costs one miss instead of one for the key and one
 * for the node.
 */
export class IndexedMinHeap {
  /** entries[2 * slot] = key, entries[2 * slot + 1] = node (an integer, exact in a double) */
  private readonly entries: Float64Array;
  /** slot[node] = position in heap, -1 once removed */
  private readonly slot: Int32Array;
  private count: number;

  /**
   * Given keys, every node 0..keys.length-1 starts in the heap with its key (the array is not kept); given a number,
   * the heap starts empty and takes nodes below that number through `insert`.
   */
  constructor(keys: Float64Array | number) {
    const n = typeof keys === 'number' ? keys : keys.length;
    this.entries = new Float64Array(2 * n);
    this.slot = new Int32Array(n);
    if (typeof keys === 'number') {
      this.count = 0;
      this.slot.fill(-1);
      return;
    }
    this.count = n;
    for (let i = 0; i < n; i += 1) {
      this.entries[2 * i] = keys[i]!;
      this.entries[2 * i + 1] = i;
      this.slot[i] = i;
    }
    for (let i = (this.count - 2) >> 2; i >= 0; i -= 1) this.siftDown(i);
  }

  get size(): number {
    return this.count;
  }

  has(node: number): boolean {
    return this.slot[node]! >= 0;
  }

  /** The key of a node still in the heap (NaN once removed). */
  key(node: number): number {
    const at = this.slot[node]!;
    return at >= 0 ? this.entries[2 * at]! : Number.NaN;
  }

  /** The node with the smallest key (smallest index among equal keys), or -1 when empty. */
  peek(): number {
    return this.count > 0 ? this.entries[1]! : -1;
  }

  /** The smallest key (NaN when empty). */
  minKey(): number {
    return this.count > 0 ? this.entries[0]! : Number.NaN;
  }

  /** Puts a node that is not in the heap into it. */
  insert(node: number, key: number): void {
    if (this.slot[node]! >= 0) throw new RangeError(`node ${node} is already in the heap`);
    this.count += 1;
    this.siftUpFrom(this.count - 1, key, node);
  }

  /** Adds delta to a node's key; a removed node is left alone. */
  add(node: number, delta: number): void {
    const at = this.slot[node]!;
    if (at < 0) return;
    const key = this.entries[2 * at]! + delta;
    if (delta < 0) this.siftUpFrom(at, key, node);
    else this.siftDownFrom(at, key, node);
  }

  remove(node: number): void {
    const at = this.slot[node]!;
    if (at < 0) return;
    this.count -= 1;
    this.slot[node] = -1;
    if (at === this.count) return;
    const lastKey = this.entries[2 * this.count]!;
    const last = this.entries[2 * this.count + 1]!;
    this.siftDownFrom(at, lastKey, last);
    const now = this.slot[last]!;
    this.siftUpFrom(now, lastKey, last);
  }

  private siftDown(start: number): void {
    this.siftDownFrom(start, this.entries[2 * start]!, this.entries[2 * start + 1]!);
  }

  /** Places (key, node) at or above slot `start`, moving larger parents down. */
  private siftUpFrom(start: number, key: number, node: number): void {
    const { entries, slot } = this;
    let at = start;
    while (at > 0) {
      const parent = (at - 1) >> 2;
      const aboveKey = entries[2 * parent]!;
      const above = entries[2 * parent + 1]!;
      if (aboveKey < key || (aboveKey === key && above < node)) break;
      entries[2 * at] = aboveKey;
      entries[2 * at + 1] = above;
      slot[above] = at;
      at = parent;
    }
    entries[2 * at] = key;
    entries[2 * at + 1] = node;
    slot[node] = at;
  }

  /** Places (key, node) at or below slot `start`, moving smaller children up. */
  private siftDownFrom(start: number, key: number, node: number): void {
    const { entries, slot, count } = this;
    let at = start;
    for (;;) {
      const first = 4 * at + 1;
      if (first >= count) break;
      let child = first;
      let childKey = entries[2 * first]!;
      let childNode = entries[2 * first + 1]!;
      const end = Math.min(first + 4, count);
      for (let c = first + 1; c < end; c += 1) {
        const otherKey = entries[2 * c]!;
        const otherNode = entries[2 * c + 1]!;
        if (otherKey < childKey || (otherKey === childKey && otherNode < childNode)) {
          child = c;
          childNode = otherNode;
          childKey = otherKey;
        }
      }
      if (key < childKey || (key === childKey && node < childNode)) break;
      entries[2 * at] = childKey;
      entries[2 * at + 1] = childNode;
      slot[childNode] = at;
      at = child;
    }
    entries[2 * at] = key;
    entries[2 * at + 1] = node;
    slot[node] = at;
  }
}
