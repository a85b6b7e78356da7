import { describe, expect, it } from 'vitest';
import type { RatingsResult, ReviewScore, TrustedRating } from './rating-types.ts';
import { mostAffected, ratingsSection } from './ratings-section.ts';

const attack = '<script>alert(1)</script>';

function rating(subjectId: string, rawMean: number, trustedMean: number | null, leftOut: number): TrustedRating {
  return {
    subjectType: 'merchant', subjectId, reviews: 10, rawMean, trustedMean, effectiveReviews: 10 - leftOut, leftOut, downWeighted: 0,
    rawHistogram: [0, 0, 0, 0, 10], trustedHistogram: [0, 0, 0, 0, 10 - leftOut], version: 'ratings-1',
  };
}

const review = (treatment: ReviewScore['treatment']): ReviewScore => ({
  reviewId: 'r', merchantId: 'm', itemId: 'i', accountId: 'a', rating: 5, postedRating: 5, score: 0.9, treatment, weight: 0, reasons: [], version: 'ratings-1',
});

describe('ratingsSection', () => {
  const result: RatingsResult = {
    reviews: [review('left_out'), review('counted'), review('deleted')],
    items: [],
    merchants: [rating('calm', 4.5, 4.5, 0), rating('small-shift', 4.8, 4.6, 2), rating(`m-${attack}`, 4.9, 3.1, 6)],
  };

  it('lists the shops with the most reviews set aside first, and only those', () => {
    expect(mostAffected(result.merchants).map((r) => r.subjectId)).toEqual([`m-${attack}`, 'small-shift']);
  });

  it('escapes shop ids and says what was left out in both languages', () => {
    const page = ratingsSection(result).value;
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;');
    expect(page).toContain('剔除 1 条疑似虚假评价');
    expect(page).toContain('1 suspected fakes left out');
  });

  it('renders nothing without ratings', () => {
    expect(ratingsSection(undefined).value).toBe('');
  });
});
