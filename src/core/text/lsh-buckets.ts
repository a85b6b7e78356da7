// Banded LSH: texts whose keys agree in one band fall in one bucket; found by sorting packed (key, text) numbers.

/**
 * Calls `visit` once per bucket of two or more texts, band by band. keys[t * bands + b] is text t's key in band b.
 * A key and a text index are packed into one float64 (exact below 2^53) so a native numeric sort groups them;
 * past a million texts the key keeps fewer bits, which only adds candidates that the exact check then rejects.
 */
export function forEachBucket(keys: Uint32Array, texts: number, bands: number, visit: (members: Int32Array) => void): void {
  if (texts < 2) return;
  const indexBits = Math.max(1, Math.ceil(Math.log2(texts)));
  const keyBits = Math.min(32, 53 - indexBits);
  const scale = 2 ** indexBits;
  const drop = 32 - keyBits;
  const packed = new Float64Array(texts);
  const members = new Int32Array(texts);
  for (let b = 0; b < bands; b += 1) {
    for (let t = 0; t < texts; t += 1) packed[t] = (drop === 0 ? keys[t * bands + b]! : keys[t * bands + b]! >>> drop) * scale + t;
    packed.sort();
    let start = 0;
    while (start < texts) {
      const key = Math.floor(packed[start]! / scale);
      let end = start + 1;
      while (end < texts && Math.floor(packed[end]! / scale) === key) end += 1;
      if (end - start > 1) {
        for (let i = start; i < end; i += 1) members[i - start] = packed[i]! - key * scale;
        visit(members.subarray(0, end - start));
      }
      start = end;
    }
  }
}
