// A 4-ary min-heap of node indices keyed by Float64 values, with key changes and removal by node in O(log n).

/**
 * Ties go to the smaller rank, by default the node index itself. That is the order the FRAUDAR reference's min-tree
 * yields (it returns the leftmost minimum leaf), so peeling with this heap deletes nodes in the same order as the
 * authors' code; a caller that renumbered its nodes passes their original indices as ranks.
 *
 * Peeling lowers a key once per edge and removes a node once, so sifting up is what costs, and on large graphs it is
 * bound by cache misses. Four children per slot halve the levels of a binary heap, and each slot holds its key, node
 * and rank side by side (16 bytes, in one cache line), so each level costs one miss.
 */
export class IndexedMinHeap {
  /** keys[2 * slot] = key of the node at that slot */
  private readonly keys: Float64Array;
  /** ints[4 * slot + 2] = node, ints[4 * slot + 3] = its rank (a view of the same memory as `keys`) */
  private readonly ints: Int32Array;
  /** slot[node] = position in heap, -1 once removed */
  private readonly slot: Int32Array;
  private readonly rankOf: Int32Array | undefined;
  private count: number;

  /**
   * Given keys, every node 0..keys.length-1 starts in the heap with its key (the array is not kept); given a number,
   * the heap starts empty and takes nodes below that number through `insert`. `ranks[node]` breaks ties (distinct
   * values; the node index when left out).
   */
  constructor(keys: Float64Array | number, ranks?: Int32Array) {
    const n = typeof keys === 'number' ? keys : keys.length;
    this.keys = new Float64Array(2 * n);
    this.ints = new Int32Array(this.keys.buffer);
    this.slot = new Int32Array(n);
    this.rankOf = ranks;
    if (typeof keys === 'number') {
      this.count = 0;
      this.slot.fill(-1);
      return;
    }
    this.count = n;
    for (let i = 0; i < n; i += 1) {
      this.keys[2 * i] = keys[i]!;
      this.ints[4 * i + 2] = i;
      this.ints[4 * i + 3] = ranks ? ranks[i]! : i;
      this.slot[i] = i;
    }
    for (let i = (this.count - 2) >> 2; i >= 0; i -= 1) this.siftDownFrom(i, this.keys[2 * i]!, this.ints[4 * i + 2]!, this.ints[4 * i + 3]!);
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
    return at >= 0 ? this.keys[2 * at]! : Number.NaN;
  }

  /** The node with the smallest key (smallest rank among equal keys), or -1 when empty. */
  peek(): number {
    return this.count > 0 ? this.ints[2]! : -1;
  }

  /** The smallest key (NaN when empty). */
  minKey(): number {
    return this.count > 0 ? this.keys[0]! : Number.NaN;
  }

  /** The rank of the node with the smallest key (-1 when empty). */
  minRank(): number {
    return this.count > 0 ? this.ints[3]! : -1;
  }

  /** Puts a node that is not in the heap into it. */
  insert(node: number, key: number): void {
    if (this.slot[node]! >= 0) throw new RangeError(`node ${node} is already in the heap`);
    this.count += 1;
    this.siftUpFrom(this.count - 1, key, node, this.rankOf ? this.rankOf[node]! : node);
  }

  /** Adds delta to a node's key; a removed node is left alone. */
  add(node: number, delta: number): void {
    const at = this.slot[node]!;
    if (at < 0) return;
    const key = this.keys[2 * at]! + delta;
    const rank = this.ints[4 * at + 3]!;
    if (delta < 0) this.siftUpFrom(at, key, node, rank);
    else this.siftDownFrom(at, key, node, rank);
  }

  remove(node: number): void {
    const at = this.slot[node]!;
    if (at < 0) return;
    this.count -= 1;
    this.slot[node] = -1;
    if (at === this.count) return;
    const lastKey = this.keys[2 * this.count]!;
    const last = this.ints[4 * this.count + 2]!;
    const lastRank = this.ints[4 * this.count + 3]!;
    this.siftDownFrom(at, lastKey, last, lastRank);
    this.siftUpFrom(this.slot[last]!, lastKey, last, lastRank);
  }

  /** Places the entry at or above slot `start`, moving larger parents down. */
  private siftUpFrom(start: number, key: number, node: number, rank: number): void {
    const { keys, ints, slot } = this;
    let at = start;
    while (at > 0) {
      const parent = (at - 1) >> 2;
      const aboveKey = keys[2 * parent]!;
      const aboveRank = ints[4 * parent + 3]!;
      if (aboveKey < key || (aboveKey === key && aboveRank < rank)) break;
      const above = ints[4 * parent + 2]!;
      keys[2 * at] = aboveKey;
      ints[4 * at + 2] = above;
      ints[4 * at + 3] = aboveRank;
      slot[above] = at;
      at = parent;
    }
    keys[2 * at] = key;
    ints[4 * at + 2] = node;
    ints[4 * at + 3] = rank;
    slot[node] = at;
  }

  /** Places the entry at or below slot `start`, moving smaller children up. */
  private siftDownFrom(start: number, key: number, node: number, rank: number): void {
    const { keys, ints, slot, count } = this;
    let at = start;
    for (;;) {
      const first = 4 * at + 1;
      if (first >= count) break;
      let child = first;
      let childKey = keys[2 * first]!;
      let childRank = ints[4 * first + 3]!;
      const end = Math.min(first + 4, count);
      for (let c = first + 1; c < end; c += 1) {
        const otherKey = keys[2 * c]!;
        const otherRank = ints[4 * c + 3]!;
        if (otherKey < childKey || (otherKey === childKey && otherRank < childRank)) {
          child = c;
          childKey = otherKey;
          childRank = otherRank;
        }
      }
      if (key < childKey || (key === childKey && rank < childRank)) break;
      const childNode = ints[4 * child + 2]!;
      keys[2 * at] = childKey;
      ints[4 * at + 2] = childNode;
      ints[4 * at + 3] = childRank;
      slot[childNode] = at;
      at = child;
    }
    keys[2 * at] = key;
    ints[4 * at + 2] = node;
    ints[4 * at + 3] = rank;
    slot[node] = at;
  }
}
