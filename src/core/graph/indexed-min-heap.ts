// A binary min-heap of node indices keyed by Float64 values, with key changes and removal by node in O(log n).

/**
 * Ties go to the smaller node index. That is the order the FRAUDAR reference's min-tree yields (it returns the
 * leftmost minimum leaf), so peeling with this heap deletes nodes in the same order as the authors' code.
 */
export class IndexedMinHeap {
  private readonly keys: Float64Array;
  /** heap[slot] = node */
  private readonly heap: Int32Array;
  /** slot[node] = position in heap, -1 once removed */
  private readonly slot: Int32Array;
  private count: number;

  /** Every node 0..keys.length-1 starts in the heap with its key; the array is copied. */
  constructor(keys: Float64Array) {
    this.keys = keys.slice();
    this.count = keys.length;
    this.heap = new Int32Array(keys.length);
    this.slot = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i += 1) {
      this.heap[i] = i;
      this.slot[i] = i;
    }
    for (let i = (this.count >> 1) - 1; i >= 0; i -= 1) this.siftDown(i);
  }

  get size(): number {
    return this.count;
  }

  has(node: number): boolean {
    return this.slot[node]! >= 0;
  }

  key(node: number): number {
    return this.keys[node]!;
  }

  /** The node with the smallest key (smallest index among equal keys), or -1 when empty. */
  peek(): number {
    return this.count > 0 ? this.heap[0]! : -1;
  }

  /** Adds delta to a node's key; a removed node is left alone. */
  add(node: number, delta: number): void {
    const at = this.slot[node]!;
    if (at < 0) return;
    this.keys[node] = this.keys[node]! + delta;
    if (delta < 0) this.siftUp(at);
    else this.siftDown(at);
  }

  remove(node: number): void {
    const at = this.slot[node]!;
    if (at < 0) return;
    this.count -= 1;
    const last = this.heap[this.count]!;
    this.slot[node] = -1;
    if (at === this.count) return;
    this.heap[at] = last;
    this.slot[last] = at;
    this.siftDown(at);
    this.siftUp(this.slot[last]);
  }

  private siftUp(start: number): void {
    const { keys, heap, slot } = this;
    let at = start;
    const node = heap[at]!;
    const key = keys[node]!;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const above = heap[parent]!;
      const aboveKey = keys[above]!;
      if (aboveKey < key || (aboveKey === key && above < node)) break;
      heap[at] = above;
      slot[above] = at;
      at = parent;
    }
    heap[at] = node;
    slot[node] = at;
  }

  private siftDown(start: number): void {
    const { keys, heap, slot, count } = this;
    let at = start;
    const node = heap[at]!;
    const key = keys[node]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= count) break;
      let childNode = heap[child]!;
      let childKey = keys[childNode]!;
      const right = child + 1;
      if (right < count) {
        const rightNode = heap[right]!;
        const rightKey = keys[rightNode]!;
        if (rightKey < childKey || (rightKey === childKey && rightNode < childNode)) {
          child = right;
          childNode = rightNode;
          childKey = rightKey;
        }
      }
      if (key < childKey || (key === childKey && node < childNode)) break;
      heap[at] = childNode;
      slot[childNode] = at;
      at = child;
    }
    heap[at] = node;
    slot[node] = at;
  }
}
