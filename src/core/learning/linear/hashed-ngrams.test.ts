import { describe, expect, it } from 'vitest';
import { hashedCounts, NgramConfig, ngramHashes } from './hashed-ngrams.ts';

const config = NgramConfig.parse({});

describe('hashed n-grams', () => {
  it('reads Chinese as character unigrams to trigrams, with no segmenter', () => {
    // 好评返现: 4 unigrams + 3 bigrams + 2 trigrams.
    expect(ngramHashes('好评返现', config)).toHaveLength(9);
    expect(ngramHashes('好评返现', NgramConfig.parse({ cjk: [2, 2] }))).toHaveLength(3);
    // The same bigram inside two texts hashes the same.
    const a = new Set(ngramHashes('好评', NgramConfig.parse({ cjk: [2, 2] })));
    expect(ngramHashes('给好评返现', NgramConfig.parse({ cjk: [2, 2] })).some((h) => a.has(h))).toBe(true);
  });

  it('reads spaced languages as words and word pairs that stop at sentence punctuation', () => {
    // "great hotel. nice staff": 4 words, bigrams great-hotel and nice-staff only, one symbol.
    expect(ngramHashes('Great hotel. Nice staff', config)).toHaveLength(4 + 2 + 1);
    expect(ngramHashes('GREAT', config)).toEqual(ngramHashes('great', config));
    // Full-width letters are folded, so ＶＸ and vx are one token.
    expect(ngramHashes('ＶＸ', config)).toEqual(ngramHashes('vx', config));
  });

  it('counts repeats per bucket with a hash sign, in ascending bucket order', () => {
    const vector = hashedCounts({ text: '好好好' }, NgramConfig.parse({ cjk: [1, 1] }));
    expect(vector.indices).toHaveLength(1);
    expect(Math.abs(vector.values[0]!)).toBe(3);
    const mixed = hashedCounts({ text: '刷单返现 add vx 123' }, config);
    for (let i = 1; i < mixed.indices.length; i += 1) expect(mixed.indices[i]!).toBeGreaterThan(mixed.indices[i - 1]!);
    expect(mixed.indices.every((b) => b >= 0 && b < 1 << config.bucketsLog2)).toBe(true);
  });

  it('adds a context-tagged copy of each n-gram only when contextual, distinct per context', () => {
    const contextual = NgramConfig.parse({ cjk: [1, 2], contextual: true });
    const plain = hashedCounts({ text: '好评返现' }, contextual);
    const praise = hashedCounts({ text: '好评返现', context: 'positive' }, contextual);
    const complaint = hashedCounts({ text: '好评返现', context: 'negative' }, contextual);
    expect(praise.indices.length).toBe(2 * plain.indices.length);
    // The shared n-grams are the same buckets in every context; the tagged ones differ between contexts.
    expect(Array.from(plain.indices).every((b) => praise.indices.includes(b) && complaint.indices.includes(b))).toBe(true);
    expect(Array.from(praise.indices).filter((b) => !complaint.indices.includes(b))).toHaveLength(plain.indices.length);
    expect(hashedCounts({ text: '好评返现', context: 'positive' }, NgramConfig.parse({ cjk: [1, 2] }))).toEqual(plain);
  });
});
