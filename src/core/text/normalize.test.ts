import { describe, expect, it } from 'vitest';
import { normalizeForContacts, numeralsToDigits, toHalfWidthLower } from './normalize.ts';

describe('text normalisation for contacts', () => {
  it('folds full-width letters, digits and spaces', () => {
    expect(toHalfWidthLower('ＱＱ：１２３４５６　ＶＸ')).toBe('qq:123456 vx');
    expect(normalizeForContacts('ＱＱ：１２３４５６　ＶＸ')).toBe('qq:123456 vx');
  });

  it('turns long numeral runs into digits but leaves short Chinese words alone', () => {
    expect(numeralsToDigits('电话幺三八一二三四五六七八')).toBe('电话13812345678');
    expect(numeralsToDigits('幺三九 零一二三 四五六七')).toBe('139 0123 4567');
    expect(numeralsToDigits('一两个月，三五天就到')).toBe('一两个月，三五天就到');
    expect(normalizeForContacts('①③⑧１２３４５６７８')).toBe('13812345678');
  });

  it('folds look-alike letters and drops invisible marks', () => {
    expect(normalizeForContacts('加vх')).toBe('加vx');
    expect(normalizeForContacts('1\u20e33\u20e38\ufe0f')).toBe('138');
    expect(normalizeForContacts('微\u200b信')).toBe('微信');
  });
});
