import { describe, expect, it } from 'vitest';
import { contactSpam } from './detector.ts';
import { chatAndReviewLures, fakeHotlinePages, hardHonestTexts } from './lure-corpus.ts';
import { scoreText } from './score-text.ts';

const threshold = contactSpam.params.parse({}).threshold;

describe('contact diversion test set', () => {
  it.each(fakeHotlinePages.map((t) => [t.note, t] as const))('flags the fake hotline page: %s', (_note, page) => {
    expect(scoreText(page.text, page.source)?.score ?? 0).toBeGreaterThanOrEqual(threshold);
  });

  it.each(chatAndReviewLures.map((t) => [t.note, t] as const))('flags the lure: %s', (_note, lure) => {
    expect(scoreText(lure.text, lure.source)?.score ?? 0).toBeGreaterThanOrEqual(threshold);
  });

  it.each(hardHonestTexts.map((t) => [t.note, t] as const))('leaves honest text alone: %s', (_note, honest) => {
    expect(scoreText(honest.text, honest.source)?.score ?? 0).toBeLessThan(threshold);
  });

  it('reads the handle through each disguise', () => {
    const handleOf = (note: string) => scoreText([...fakeHotlinePages, ...chatAndReviewLures].find((t) => t.note === note)!.text, 'review')?.handles;
    expect(handleOf('spaced digits')).toContainEqual({ kind: 'hotline', value: '4006991234' });
    expect(handleOf('Chinese numerals')).toContainEqual({ kind: 'hotline', value: '4006682345' });
    expect(handleOf('circled digits')).toContainEqual({ kind: 'hotline', value: '4008665577' });
    expect(handleOf('V with heart')).toContainEqual({ kind: 'wechat', value: 'wx:meimei2026' });
    expect(handleOf('Cyrillic look-alike in vx')).toContainEqual({ kind: 'wechat', value: 'wx:daigou_520' });
    expect(handleOf('buyer pushing off-platform')).toContainEqual({ kind: 'wechat', value: 'wx:pifa_zhang01' });
    expect(handleOf('spelled-out mobile')).toContainEqual({ kind: 'mobile', value: '13901234567' });
  });
});
