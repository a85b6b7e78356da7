import { describe, expect, it } from 'vitest';
import { clusterNearDuplicates } from './near-duplicates.ts';

const cluster = (texts: readonly string[]) => clusterNearDuplicates(texts.length, (i) => texts[i]!);

describe('clusterNearDuplicates', () => {
  const template = '到手了，跟详情页上拍的一模一样，包装用了三层气泡膜，掌柜人也很耐心，推荐';
  const copies = [
    template,
    `${template}👍👍`,
    '到手了!跟详情页上拍的一模一样!包装用了三层气泡膜!掌柜人也很耐心!推荐',
    '到手了，跟詳情頁上拍的一模一樣，包裝用了三層氣泡膜，掌櫃人也很耐心，推薦',
    '到手了，跟详情页上拍的一模一样，包装用了三层气泡膜，掌柜人也非常耐心，推荐推荐推荐',
    '跟详情页上拍的一模一样，到手了，包装用了三层气泡膜，掌柜人也很耐心',
  ];
  const others = ['手机屏幕有划痕，联系客服给换了新的，处理得还算及时', '酒店早餐种类太少，房间隔音一般，隔壁说话都能听见', '好评', '超赞！'];

  it('puts edited copies of one template in one cluster and leaves unrelated texts out', () => {
    const result = cluster([...copies, ...others]);
    const ids = new Set(copies.map((_, i) => result.clusterOf[i]));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeGreaterThanOrEqual(0);
    for (let i = copies.length; i < copies.length + others.length; i += 1) expect(result.clusterOf[i]).toBe(-1);
    expect(result.clusterCount).toBe(1);
  });

  it('never compares texts too short to say anything ("好评" said by millions)', () => {
    const result = cluster(['好评', '好评！', '好评好评', '超赞']);
    expect([...result.distinctOf]).toEqual([-1, -1, -1, -1]);
    expect(result.clusterCount).toBe(0);
  });

  it('gives the same partition whatever the input order', () => {
    const texts = [...copies, ...others];
    const forward = cluster(texts);
    const backward = cluster([...texts].reverse());
    const pairs = (r: ReturnType<typeof cluster>, index: (i: number) => number) =>
      texts.map((_, i) => texts.map((__, j) => r.clusterOf[index(i)]! >= 0 && r.clusterOf[index(i)] === r.clusterOf[index(j)]));
    expect(pairs(backward, (i) => texts.length - 1 - i)).toEqual(pairs(forward, (i) => i));
  });
});
