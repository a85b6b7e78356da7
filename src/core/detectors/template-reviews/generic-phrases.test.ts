import { describe, expect, it } from 'vitest';
import { normalizeForSimilarity } from '../../text/normalize-similarity.ts';
import { informativeLength } from './generic-phrases.ts';

const informative = (text: string) => informativeLength(normalizeForSimilarity(text));

describe('informativeLength', () => {
  it('counts nothing in generic praise, however it is punctuated or repeated', () => {
    for (const text of ['超赞！！！', '物美价廉，好评', '質量很好，發貨很快，五星好評👍👍', '不错不错不错不错', '好好好好好好好', '此用户没有填写评价。']) {
      expect(informative(text)).toBeLessThanOrEqual(2);
    }
  });

  it('counts the specific words a pasted template carries', () => {
    expect(informative('到手了，跟详情页上拍的一模一样，包装用了三层气泡膜，掌柜人也很耐心')).toBeGreaterThanOrEqual(15);
  });
});
