import { describe, expect, it } from 'vitest';
import { readLure } from './lure-text.ts';

describe('readLure', () => {
  it.each([
    '亲，收到满意的话给个五星好评，截图发客服返现5元哦',
    '【售后服务卡】五星好评+晒图15字以上，联系客服领取8元红包',
    '诚招用户体验官，下单后好评，本金全退还有佣金',
    '好評返現活動進行中',
    '亲亲 5星评价后找我 立返10块',
  ])('reads a lure: %s', (text) => {
    expect(readLure(text).score).toBeGreaterThanOrEqual(0.55);
  });

  it.each([
    '亲，满意的话给个五星好评哦，有问题随时联系客服',
    '您的退款已经处理，运费我们返还给您了',
    '好评，包装很好，卖家还送了小礼物',
    '发货前会检查，收到有问题请拍照联系我们',
  ])('leaves an honest text alone: %s', (text) => {
    expect(readLure(text).score).toBe(0);
  });
});
