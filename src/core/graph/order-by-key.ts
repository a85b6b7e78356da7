// Indices sorted by (key, index) with an LSD radix sort on the keys' bits: the order a min-heap would pop them in, in O(n).

const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const MASK = BUCKETS - 1;
const PASSES = 6; // 6 × 11 ≥ 64 bits

/** Digit `pass` of the 64-bit value hi:lo, lowest digit first. */
function digit(hi: number, lo: number, pass: number): number {
  const shift = pass * DIGIT_BITS;
  if (shift + DIGIT_BITS <= 32) return (lo >>> shift) & MASK;
  if (shift >= 32) return (hi >>> (shift - 32)) & MASK;
  return ((lo >>> shift) | (hi << (32 - shift))) & MASK;
}

/**
 * Sorts 0..keys.length-1 by key, smaller index first among equal keys, as `a < b` orders doubles (−0 equals +0; no
 * NaN). A double's bits, with the sign bit flipped for positives and all bits flipped for negatives, sort as
 * unsigned integers in the order of the values; six stable passes of 11 bits each, starting from index order, leave
 * equal keys in index order. Each pass reads the keys in their current order, so every access is sequential but the
 * scatter into 2048 buckets; passes where every key has the same digit are skipped.
 */
export function orderByKey(keys: Float64Array): Int32Array {
  const n = keys.length;
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let order = new Int32Array(n);
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  // Typed arrays use the platform's byte order; find which word holds the sign.
  const highWord = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
  const counts = new Int32Array(PASSES * BUCKETS);
  for (let i = 0; i < n; i += 1) {
    bits[0] = keys[i]! + 0; // −0 + 0 is +0
    let h = words[highWord]!;
    let l = words[1 - highWord]!;
    if (h >>> 31 === 1) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    hi[i] = h;
    lo[i] = l;
    order[i] = i;
    for (let pass = 0; pass < PASSES; pass += 1) counts[pass * BUCKETS + digit(h, l, pass)]! += 1;
  }
  let hiSpare = new Uint32Array(n);
  let loSpare = new Uint32Array(n);
  let orderSpare = new Int32Array(n);
  for (let pass = 0; pass < PASSES; pass += 1) {
    const base = pass * BUCKETS;
    if (n === 0 || counts[base + digit(hi[0]!, lo[0]!, pass)] === n) continue;
    let sum = 0;
    for (let b = base; b < base + BUCKETS; b += 1) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i += 1) {
      const h = hi[i]!;
      const l = lo[i]!;
      const to = counts[base + digit(h, l, pass)]!++;
      hiSpare[to] = h;
      loSpare[to] = l;
      orderSpare[to] = order[i]!;
    }
    [hi, hiSpare] = [hiSpare, hi];
    [lo, loSpare] = [loSpare, lo];
    [order, orderSpare] = [orderSpare, order];
  }
  return order;
}
