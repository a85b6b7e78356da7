import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForSimilarity } from './normalize-similarity.ts';

describe('normalizeForSimilarity', () => {
  it('drops punctuation, spacing and emoji, and folds width and case', () => {
    expect(normalizeForSimilarity('质量很好，发货很快！！👍👍 ＯＫ')).toBe('质量很好发货很快ok');
  });

  it('maps common traditional characters to simplified', () => {
    expect(normalizeForSimilarity('質量很好，發貨很快，這個價錢買到賺了')).toBe(normalizeForSimilarity('质量很好，发货很快，这个价钱买到赚了'));
  });

  it('folds look-alike letters and compatibility forms', () => {
    expect(normalizeForSimilarity('vх ①②')).toBe('vx12');
    expect(normalizeForSimilarity('⼈')).toBe('人');
  });

  it('folds repeated characters and repeated short units', () => {
    expect(normalizeForSimilarity('好好好好好')).toBe('好');
    expect(normalizeForSimilarity('不错不错不错')).toBe('不错');
    expect(normalizeForSimilarity('很好很好很好，物流快快快')).toBe('很好物流快');
  });

  it('keeps letters and digits of every script and never grows a text beyond its expansions', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const normalized = normalizeForSimilarity(text);
        expect(normalized).toMatch(/^[\p{L}\p{N}]*$/u);
        expect(normalized.length).toBeLessThanOrEqual(text.normalize('NFKC').length);
      }),
    );
  });
});
