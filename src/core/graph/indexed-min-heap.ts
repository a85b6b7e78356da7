// A 4-ary min-heap of node indices keyed by Float64 values, with key changes and removal by node in O(log n).

/**
 * Ties go to the smaller node index. That is the order the FRAUDAR reference's min-tree yields (it returns the
 * leftmost minimum leaf), so peeling with this heap deletes nodes in the same order as the authors' code.
 *
 * Peeling lowers a key once per edge and removes a node once, so sifting up is what costs. Four children per slot
 * halve the levels of a binary heap, and keys are stored in heap order beside the nodes, so each level reads one
 * neighbouring pair instead of chasing a node's key across a large array.
 */
export class IndexedMinHeap {
  /** keyAt[slot] = key of the node at that slot */
  private readonly keyAt: Float64Array;
  /** heap[slot] = node */
  private readonly heap: Int32Array;
  /** slot[node] = position in heap, -1 once removed */
  private readonly slot: Int32Array;
  private count: number;

  /** Every node 0..keys.length-1 starts in the heap with its key; the array is copied. */
  constructor(keys: Float64Array) {
    this.keyAt = keys.slice();
    this.count = keys.length;
    this.heap = new Int32Array(keys.length);
    this.slot = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i += 1) {
      this.heap[i] = i;
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
    return at >= 0 ? this.keyAt[at]! : Number.NaN;
  }

  /** The node with the smallest key (smallest index among equal keys), or -1 when empty. */
  peek(): number {
    return this.count > 0 ? this.heap[0]! : -1;
  }

  /** Adds delta to a node's key; a removed node is left alone. */
  add(node: number, delta: number): void {
    const at = this.slot[node]!;
    if (at < 0) return;
    this.keyAt[at] = this.keyAt[at]! + delta;
    if (delta < 0) this.siftUp(at);
    else this.siftDown(at);
  }

  remove(node: number): void {
    const at = this.slot[node]!;
    if (at < 0) return;
    this.count -= 1;
    this.slot[node] = -1;
    if (at === this.count) return;
    const last = this.heap[this.count]!;
    this.heap[at] = last;
    this.keyAt[at] = this.keyAt[this.count]!;
    this.slot[last] = at;
    this.siftDown(at);
    this.siftUp(this.slot[last]);
  }

  private siftUp(start: number): void {
    const { keyAt, heap, slot } = this;
    let at = start;
    const node = heap[at]!;
    const key = keyAt[at]!;
    while (at > 0) {
      const parent = (at - 1) >> 2;
      const above = heap[parent]!;
      const aboveKey = keyAt[parent]!;
      if (aboveKey < key || (aboveKey === key && above < node)) break;
      heap[at] = above;
      keyAt[at] = aboveKey;
      slot[above] = at;
      at = parent;
    }
    heap[at] = node;
    keyAt[at] = key;
    slot[node] = at;
  }

  private siftDown(start: number): void {
    const { keyAt, heap, slot, count } = this;
    let at = start;
    const node = heap[at]!;
    const key = keyAt[at]!;
    for (;;) {
      const first = 4 * at + 1;
      if (first >= count) break;
      let child = first;
      let childNode = heap[first]!;
      let childKey = keyAt[first]!;
      const end = Math.min(first + 4, count);
      for (let c = first + 1; c < end; c += 1) {
        const otherNode = heap[c]!;
        const otherKey = keyAt[c]!;
        if (otherKey < childKey || (otherKey === childKey && otherNode < childNode)) {
          child = c;
          childNode = otherNode;
          childKey = otherKey;
        }
      }
      if (key < childKey || (key === childKey && node < childNode)) break;
      heap[at] = childNode;
      keyAt[at] = childKey;
      slot[childNode] = at;
      at = child;
    }
    heap[at] = node;
    keyAt[at] = key;
    slot[node] = at;
  }
}
