// MurmurHash3 (x86, 32-bit) over UTF-16 code units: a fixed, well-mixed hash so sketches are the same on every run and machine.
import { mix32 } from '../text/hash32.ts';

export function murmur3(text: string, seed = 0x9747b28c): number {
  let h = seed | 0;
  const length = text.length;
  let i = 0;
  // Two UTF-16 units make one 32-bit block.
  for (; i + 1 < length; i += 2) {
    let k = (text.charCodeAt(i) & 0xffff) | ((text.charCodeAt(i + 1) & 0xffff) << 16);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  if (i < length) {
    let k = text.charCodeAt(i) & 0xffff;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
  }
  return mix32(h ^ (length * 2));
}
