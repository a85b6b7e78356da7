// The wording of diversion: calls to act off the platform, brand + after-sales stuffing, service offers and lists of areas.

/** Phrases that push a buyer to call or add someone off the platform; weights reflect how rarely honest text uses them. */
export const diversionPhrases: readonly { phrase: string; weight: number }[] = [
  { phrase: '点击咨询', weight: 0.2 },
  { phrase: '咨询热线', weight: 0.15 },
  { phrase: '服务热线', weight: 0.15 },
  { phrase: '客服热线', weight: 0.15 },
  { phrase: '售后电话', weight: 0.15 },
  { phrase: '维修电话', weight: 0.15 },
  { phrase: '服务电话', weight: 0.15 },
  { phrase: '全国统一', weight: 0.15 },
  { phrase: '服务网点', weight: 0.1 },
  { phrase: '上门', weight: 0.1 },
  { phrase: '24小时', weight: 0.1 },
  { phrase: '加微信', weight: 0.2 },
  { phrase: '加我', weight: 0.15 },
  { phrase: '私聊', weight: 0.15 },
  { phrase: '私下', weight: 0.15 },
  { phrase: '联系我', weight: 0.1 },
  { phrase: '找我', weight: 0.15 },
  { phrase: '直接打', weight: 0.15 },
  { phrase: '打这个', weight: 0.15 },
  { phrase: '详询', weight: 0.1 },
  { phrase: '详谈', weight: 0.15 },
  { phrase: '拨打', weight: 0.05 },
  { phrase: '返现', weight: 0.15 },
  { phrase: '红包', weight: 0.1 },
  { phrase: '领取', weight: 0.05 },
  { phrase: '同款', weight: 0.1 },
  { phrase: '低价', weight: 0.1 },
  { phrase: '拿货', weight: 0.15 },
  { phrase: '货源', weight: 0.15 },
  { phrase: '代购', weight: 0.1 },
  { phrase: '代理', weight: 0.1 },
  { phrase: '批发', weight: 0.1 },
  { phrase: '代下单', weight: 0.15 },
  { phrase: '一件代发', weight: 0.15 },
  { phrase: '兼职', weight: 0.15 },
  { phrase: '刷单', weight: 0.2 },
  { phrase: '日结', weight: 0.15 },
  { phrase: '优惠券', weight: 0.1 },
  { phrase: '内部价', weight: 0.15 },
  { phrase: '内部优惠', weight: 0.15 },
  { phrase: '拉你', weight: 0.1 },
  { phrase: '朋友圈', weight: 0.1 },
  { phrase: '进群', weight: 0.1 },
];

/** Brands that fake after-sales pages impersonate (appliances above all); the list is illustrative, not exhaustive. */
export const brands: readonly string[] = [
  '海尔', '美的', '格力', '西门子', '小米', '华为', '苹果', '三星', '方太', '老板', '万和', '万家乐', '史密斯', '林内', '能率',
  '松下', '索尼', '大金', '奥克斯', '志高', '海信', '长虹', '创维', '九阳', '苏泊尔', '博世', '伊莱克斯', '惠而浦', '樱花',
  '帅康', '华帝', 'tcl', 'lg', '飞利浦', '东芝', '日立', '三菱', '科龙', '容声', '新飞', '澳柯玛', '统帅', '艾欧史密斯', '小天鹅',
];
const brandPattern = new RegExp(`(${brands.join('|')})[^，。,.!！\\n]{0,6}?(售后|维修|服务中心|客服)`, 'g');
const districtPattern = /[\u4e00-\u9fa5]{1,4}(?:区|县)/g;
/** Service-offer words of door-to-door trades that fake hotlines advertise. */
const serviceWords = /维修|售后|上门|清洗|疏通|开锁|安装|加氟|移机|报修|换滤芯|保养/g;

/** Cities a fake page lists as its "service area"; a buyer's review rarely names more than two or three. */
const cities = [
  '北京', '上海', '天津', '重庆', '广州', '深圳', '杭州', '南京', '苏州', '成都', '武汉', '西安', '长沙', '郑州', '青岛', '宁波',
  '厦门', '合肥', '济南', '福州', '沈阳', '大连', '昆明', '南宁', '石家庄', '太原', '哈尔滨', '长春', '南昌', '贵阳', '无锡', '佛山',
  '东莞', '温州', '泉州', '烟台', '徐州', '常州', '南通', '珠海', '中山', '惠州', '兰州', '乌鲁木齐', '呼和浩特', '银川', '西宁', '海口',
];
const cityPattern = new RegExp(cities.join('|'), 'g');

export type Cues = {
  readonly phrases: string[];
  readonly phraseWeight: number;
  readonly brandStuffing: number;
  /** Distinct districts (…区, …县) or cities named, whichever is larger. */
  readonly districts: number;
  readonly serviceWords: number;
};

export function findCues(normalized: string): Cues {
  const phrases = diversionPhrases.filter((p) => normalized.includes(p.phrase));
  const districts = new Set(Array.from(normalized.matchAll(districtPattern), (m) => m[0])).size;
  const named = new Set(Array.from(normalized.matchAll(cityPattern), (m) => m[0])).size;
  return {
    phrases: phrases.map((p) => p.phrase),
    phraseWeight: phrases.reduce((sum, p) => sum + p.weight, 0),
    brandStuffing: [...normalized.matchAll(brandPattern)].length,
    districts: Math.max(districts, named),
    serviceWords: [...normalized.matchAll(serviceWords)].length,
  };
}
