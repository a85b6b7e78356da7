// The wording of diversion: phrases, brand + after-sales stuffing and lists of service districts.

/** Phrases that push a buyer to call or add someone off the platform; weights reflect how rarely honest text uses them. */
export const diversionPhrases: readonly { phrase: string; weight: number }[] = [
  { phrase: '点击咨询', weight: 0.2 },
  { phrase: '咨询热线', weight: 0.15 },
  { phrase: '服务热线', weight: 0.15 },
  { phrase: '客服热线', weight: 0.15 },
  { phrase: '售后电话', weight: 0.15 },
  { phrase: '维修电话', weight: 0.15 },
  { phrase: '全国统一', weight: 0.15 },
  { phrase: '服务网点', weight: 0.1 },
  { phrase: '上门维修', weight: 0.1 },
  { phrase: '24小时', weight: 0.1 },
  { phrase: '加微信', weight: 0.2 },
  { phrase: '加我', weight: 0.15 },
  { phrase: '私聊', weight: 0.1 },
  { phrase: '联系我', weight: 0.1 },
  { phrase: '详询', weight: 0.1 },
  { phrase: '拨打', weight: 0.05 },
  { phrase: '返现', weight: 0.15 },
  { phrase: '红包', weight: 0.1 },
  { phrase: '领取', weight: 0.05 },
  { phrase: '同款', weight: 0.05 },
  { phrase: '低价', weight: 0.05 },
];

/** Brands that fake after-sales pages impersonate (appliances above all); the list is illustrative, not exhaustive. */
export const brands: readonly string[] = [
  '海尔', '美的', '格力', '西门子', '小米', '华为', '苹果', '三星', '方太', '老板', '万和', '万家乐', '史密斯', '林内', '能率',
  '松下', '索尼', '大金', '奥克斯', '志高', '海信', '长虹', '创维', '九阳', '苏泊尔', '博世', '伊莱克斯', '惠而浦', '樱花',
  '帅康', '华帝', 'tcl', 'lg', '飞利浦', '东芝', '日立', '三菱', '科龙', '容声', '新飞', '澳柯玛', '统帅', '艾欧史密斯',
];
const brandPattern = new RegExp(`(${brands.join('|')})[^，。,.!！\\n]{0,6}?(售后|维修|服务中心|客服)`, 'g');
const districtPattern = /[\u4e00-\u9fa5]{1,4}(?:区|县)/g;

export type Cues = {
  readonly phrases: string[];
  readonly phraseWeight: number;
  readonly brandStuffing: number;
  readonly districts: number;
};

export function findCues(normalized: string): Cues {
  const phrases = diversionPhrases.filter((p) => normalized.includes(p.phrase));
  return {
    phrases: phrases.map((p) => p.phrase),
    phraseWeight: phrases.reduce((sum, p) => sum + p.weight, 0),
    brandStuffing: [...normalized.matchAll(brandPattern)].length,
    districts: new Set(Array.from(normalized.matchAll(districtPattern), (m) => m[0])).size,
  };
}
