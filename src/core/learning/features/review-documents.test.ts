import { describe, expect, it } from 'vitest';
import { at } from '../../detectors/testing/event-factory.ts';
import { entityDocuments, localIds } from './entity-features.ts';
import { starBand } from './review-documents.ts';
import { prepared } from './testing.ts';

describe('review documents', () => {
  it('band stars into praise, mixed and complaint', () => {
    expect([5, 4, 3, 2, 1, Number.NaN].map(starBand)).toEqual(['praise', 'praise', 'mixed', 'complaint', 'complaint', undefined]);
  });

  it("read each review's current text in the band of its current rating", () => {
    const snapshot = prepared([
      at(0, 'review.posted', { reviewId: 'r1', accountId: 'b1', merchantId: 'm', itemId: 'i', rating: 1, text: '差评，联系客服' }),
      at(1, 'review.posted', { reviewId: 'r2', accountId: 'b2', merchantId: 'm', itemId: 'i', rating: 5, text: '超赞' }),
      at(2, 'review.edited', { reviewId: 'r1', rating: 5, text: '已处理，好评' }),
      at(3, 'review.edited', { reviewId: 'r2', text: '超赞！' }),
    ]);
    const documents = entityDocuments(snapshot, 'review', localIds(snapshot, 'review', ['r1', 'r2']));
    expect(documents).toEqual([
      { text: '已处理，好评', context: 'praise' },
      { text: '超赞！', context: 'praise' },
    ]);
  });
});
