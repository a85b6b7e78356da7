import { describe, expect, it } from 'vitest';
import { normalizeForContacts, numeralsToDigits, toHalfWidthLower } from './normalize.ts';

describe('text normalisation', () => {
  it('folds full-width letters, digits and spaces', () => {
    expect(toHalfWidthLower('ＱＱ：１２３４５６　ＶＸ')).toBe('qq:123456 vx');
  });

  it('turns long numeral runs into digits but leaves short Chinese words alone', () => {
    expect(numeralsToDigits('电话幺三八一二三四五六七八')).toBe('电话13812345678');
    expect(numeralsToDigits('一两个月，三五天就到')).toBe('一两个月，三五天就到');
    expect(normalizeForContacts('①③⑧１２３４５６７８')).toBe('13812345678');
  });
});
