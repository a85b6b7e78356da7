import { describe, expect, it } from 'vitest';
import { extractContacts } from './extract-contacts.ts';
import { diversionTexts, fakeHotlinePage, honestTexts } from './sample-texts.ts';
import { scoreText } from './score-text.ts';

const THRESHOLD = 0.5;

describe('extractContacts', () => {
  it('finds hotlines, mobiles, WeChat and QQ through separators, full width and Chinese numerals', () => {
    expect(extractContacts('拨打400-826-1234').handles).toEqual([{ kind: 'hotline', value: '4008261234' }]);
    expect(extractContacts('电话幺三八零零一二三四五六').handles).toEqual([{ kind: 'mobile', value: '13800123456' }]);
    expect(extractContacts('加ＶＸ：ｂｕｙｅｒ８８８８').handles).toEqual([{ kind: 'wechat', value: 'wx:buyer8888' }]);
    expect(extractContacts('扣扣号:2901234567').handles).toEqual([{ kind: 'qq', value: 'qq:2901234567' }]);
  });

  it('ignores long order and tracking numbers and landlines without a call word', () => {
    expect(extractContacts('订单号2026112812345678').handles).toEqual([]);
    expect(extractContacts('快递单号 YT7512345678901').handles).toEqual([]);
    expect(extractContacts('编号 010-62345678 的货架').handles).toEqual([]);
    expect(extractContacts('售后电话：010-62345678').handles).toEqual([{ kind: 'landline', value: '01062345678' }]);
  });

  it('counts a number repeated across a fake hotline page', () => {
    expect(extractContacts(fakeHotlinePage).counts.get('4008261234')).toBe(3);
  });
});

describe('scoreText', () => {
  it.each(diversionTexts)('flags diversion: $text', ({ text, source }) => {
    expect(scoreText(text, source)?.score ?? 0).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each(honestTexts)('leaves honest text alone: %s', (text) => {
    expect(scoreText(text, 'review')?.score ?? 0).toBeLessThan(THRESHOLD);
  });

  it('scores the fake hotline page near the top with every cue', () => {
    const verdict = scoreText(fakeHotlinePage, 'listing');
    expect(verdict?.score).toBeGreaterThan(0.9);
    expect(verdict?.maxRepeat).toBe(3);
    expect(verdict?.cues.districts).toBeGreaterThanOrEqual(8);
    expect(verdict?.cues.phrases).toContain('点击咨询');
  });

  it('does not flag a review that only mentions a phone number', () => {
    expect(scoreText('快递员电话13812345678，人很好', 'review')?.score).toBeLessThan(THRESHOLD);
  });
});
