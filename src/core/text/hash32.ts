// 32-bit integer mixing and a seeded stream of constants: the only hashing the text tools need, and no Math.random.

/** MurmurHash3's finaliser: a bijection on 32 bits that spreads every input bit over the output. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Deterministic 32-bit constants from a seed (splitmix32), so the same seed always gives the same hash family. */
export function seededConstants(seed: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let state = seed | 0;
  for (let i = 0; i < count; i += 1) {
    state = (state + 0x9e3779b9) | 0;
    out[i] = mix32(state);
  }
  return out;
}
