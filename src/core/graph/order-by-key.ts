// Nodes sorted by (key, rank) with an LSD radix sort on the keys' bits: the order a min-heap would pop them in, in O(n).

/** True when the nodes 0..n-1 already come by key, then rank. */
function inKeyOrder(keys: Float64Array, ranks: Int32Array | undefined): boolean {
  for (let i = 1; i < keys.length; i += 1) {
    const a = keys[i - 1]!;
    const b = keys[i]!;
    if (b < a || (a === b && (ranks ? ranks[i]! < ranks[i - 1]! : false))) return false;
  }
  return true;
}

/**
 * Sorts the nodes 0..keys.length-1 by key as `a < b` orders doubles (−0 equals +0; no NaN), then by rank (`ranks`, a
 * permutation; the node index when left out). Nodes already in that order come back as they are (FRAUDAR's first
 * round after renumbering rows by mass). Non-negative doubles' bits sort as unsigned integers in the order of
 * the values, so eight stable passes of one byte each sort them in O(n); each pass moves keys and nodes together, so
 * every read is sequential and only the writes scatter, into 256 buckets. Passes where every key has the same byte
 * are skipped. Negative keys (rare: only a negative prior) take a comparison sort.
 */
export function orderByKey(keys: Float64Array, ranks?: Int32Array): Int32Array {
  const n = keys.length;
  let order = new Int32Array(n);
  if (inKeyOrder(keys, ranks)) {
    for (let i = 0; i < n; i += 1) order[i] = i;
    return order;
  }
  // Start from rank order: the stable passes keep it among equal keys.
  for (let i = 0; i < n; i += 1) order[ranks ? ranks[i]! : i] = i;
  let sorted = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const key = keys[order[i]!]! + 0; // −0 + 0 is +0
    if (!(key >= 0)) return comparisonOrder(keys, order);
    sorted[i] = key;
  }
  // Uint32 views of the keys: words 2i (low) and 2i + 1 (high) on little-endian platforms, the reverse otherwise.
  const low = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
  const counts = new Int32Array(8 * 256);
  let words = new Uint32Array(sorted.buffer);
  for (let i = 0; i < n; i += 1) {
    for (let half = 0; half < 2; half += 1) {
      const word = words[2 * i + (half === 0 ? low : 1 - low)]!;
      const base = half * 1024;
      counts[base + (word & 255)]! += 1;
      counts[base + 256 + ((word >>> 8) & 255)]! += 1;
      counts[base + 512 + ((word >>> 16) & 255)]! += 1;
      counts[base + 768 + (word >>> 24)]! += 1;
    }
  }
  let spareKeys = new Float64Array(n);
  let spareOrder = new Int32Array(n);
  for (let pass = 0; pass < 8; pass += 1) {
    const base = pass * 256;
    const word = pass < 4 ? low : 1 - low;
    const shift = (pass % 4) * 8;
    if (counts[base + ((words[word]! >>> shift) & 255)] === n) continue;
    let sum = 0;
    for (let b = base; b < base + 256; b += 1) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i += 1) {
      const to = counts[base + ((words[2 * i + word]! >>> shift) & 255)]!++;
      spareKeys[to] = sorted[i]!;
      spareOrder[to] = order[i]!;
    }
    [sorted, spareKeys] = [spareKeys, sorted];
    [order, spareOrder] = [spareOrder, order];
    words = new Uint32Array(sorted.buffer);
  }
  return order;
}

function comparisonOrder(keys: Float64Array, sequence: Int32Array): Int32Array {
  const position = new Map<number, number>();
  sequence.forEach((node, i) => position.set(node, i));
  return Int32Array.from(Array.from(sequence).sort((a, b) => keys[a]! - keys[b]! || position.get(a)! - position.get(b)!));
}
