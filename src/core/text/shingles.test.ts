import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaccard, ShingleSetsBuilder, writeShingles } from './shingles.ts';

function setsOf(texts: readonly string[], n = 2) {
  const builder = new ShingleSetsBuilder(n);
  for (const text of texts) builder.add(text);
  return builder.finish();
}

describe('shingles', () => {
  it('codes bigrams exactly, sorted and without repeats', () => {
    const out = new Uint32Array(16);
    const count = writeShingles('abab', 2, out);
    expect(count).toBe(2);
    expect([...out.subarray(0, count)]).toEqual([(97 << 16) | 98, (98 << 16) | 97].sort((a, b) => a - b));
    expect(writeShingles('', 2, out)).toBe(0);
    expect(writeShingles('好', 2, out)).toBe(1);
  });

  it('measures Jaccard similarity exactly', () => {
    const sets = setsOf(['abcd', 'abce', 'wxyz', 'abcd']);
    // {ab, bc, cd} vs {ab, bc, ce}: 2 shared of 4.
    expect(jaccard(sets, 0, 1)).toBe(0.5);
    expect(jaccard(sets, 0, 2)).toBe(0);
    expect(jaccard(sets, 0, 3)).toBe(1);
  });

  it('is symmetric, bounded and 1 on itself, for bigrams and hashed trigrams (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom(2, 3), (a, b, n) => {
        const sets = setsOf([a, b], n);
        const ab = jaccard(sets, 0, 1);
        expect(ab).toBe(jaccard(sets, 1, 0));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(jaccard(sets, 0, 0)).toBe(1);
        const values = [...sets.values.subarray(sets.offsets[0], sets.offsets[1])];
        expect(values).toEqual([...new Set(values)].sort((x, y) => x - y));
      }),
    );
  });
});
