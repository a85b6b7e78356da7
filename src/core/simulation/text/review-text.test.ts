import { describe, expect, it } from 'vitest';
import { categories } from '../catalog/categories.ts';
import { Rng } from '../random.ts';
import { categoryPhrases } from './category-phrases.ts';
import { genuineRating, reviewText } from './review-text.ts';
import { hotlineDescription, spamReviewText } from './scheme-text.ts';

describe('review text', () => {
  const rng = new Rng(1, 1);

  it('has phrases for every category', () => {
    for (const category of categories) expect(categoryPhrases[category.id]?.good.length).toBeGreaterThan(5);
  });

  it('varies in length and writes complaints for low ratings', () => {
    const texts = Array.from({ length: 2_000 }, () => reviewText(rng, 'clothing', 5));
    const lengths = texts.map((t) => t.length);
    expect(Math.min(...lengths)).toBeLessThanOrEqual(3);
    expect(Math.max(...lengths)).toBeGreaterThan(40);
    const bad = categoryPhrases.clothing!.bad;
    const negatives = Array.from({ length: 300 }, () => reviewText(rng, 'clothing', 1));
    expect(negatives.filter((t) => bad.some((b) => t.includes(b))).length / negatives.length).toBeGreaterThan(0.5);
  });

  it('uses the category topics', () => {
    const food = Array.from({ length: 500 }, () => reviewText(rng, 'food', 5)).join('');
    expect(categoryPhrases.food!.good.some((p) => food.includes(p))).toBe(true);
    expect(categoryPhrases.phones!.good.some((p) => food.includes(p))).toBe(false);
  });

  it('rates in a J shape, lower after refunds', () => {
    const mean = (refunded: boolean) => Array.from({ length: 5_000 }, () => genuineRating(rng, refunded)).reduce((a, b) => a + b, 0) / 5_000;
    expect(mean(false)).toBeGreaterThan(4.3);
    expect(mean(true)).toBeLessThan(3);
  });

  it('keeps contact details to the spam generators', () => {
    const genuine = Array.from({ length: 3_000 }, () => reviewText(rng, rng.pick(categories).id, rng.int(1, 5)));
    expect(genuine.some((t) => /\d{3}-\d{3}-\d{4}|点击咨询|微信|加V/.test(t))).toBe(false);
    expect(spamReviewText(rng, 'vx123456', '400-123-4567')).toMatch(/vx123456|400-123-4567|QQ/);
    const page = hotlineDescription(rng, '400-123-4567');
    expect(page.split('400-123-4567').length - 1).toBeGreaterThanOrEqual(3);
    expect(page).toContain('点击咨询');
  });
});
