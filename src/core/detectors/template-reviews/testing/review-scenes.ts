// Invented review scenes for template tests and fixtures: genuine background spread over shops, one paid campaign, honest look-alikes.
import type { ShoumenEvent } from '../../../events/event.ts';
import { at } from '../../testing/event-factory.ts';

/** Forty distinct buyer reviews written for these tests; none copied from any site or data set. */
export const genuineReviews = [
  '鞋码偏大半码，换了小一号正好，走路不累', '电池一天一充，拍照夜景有点糊', '杯子保温六小时还烫嘴，盖子有点紧',
  '书角压坏了一点，内容很好，孩子爱看', '面膜敷完脸不干，味道淡淡的', '衣服洗了一次掉色，袖子有线头',
  '耳机左边偶尔断连，音质对得起价格', '苹果有两个磕伤，其余脆甜', '插座做工扎实，开关手感偏硬',
  '沙发垫尺寸量好再买，我的短了五厘米', '猫砂结团快，粉尘比上次那家少', '台灯底座太轻，容易碰倒',
  '大米煮粥特别香，下次买十斤装', '背包容量够大，肩带有点勒', '酱油咸味重，炒菜要少放',
  '鼠标滚轮声音大，侧键好用', '牙刷刷毛软，老人用合适', '锅柄有点松，拧紧后还行',
  '窗帘颜色比图片深，挂上挺有质感', '蓝牙音箱低音一般，户外够响', '奶粉冲起来没结块，宝宝爱喝',
  '护手霜不油腻，冬天离不开', '拖鞋码数标准，鞋底防滑', '充电线用了一周接口松了',
  '瑜伽垫有橡胶味，晾了两天散了', '花生米炸得酥，就是有点咸', '床单起球，洗后缩水明显',
  '键盘有两个键回弹慢，客服说可以换', '茶叶泡开叶底完整，回甘明显', '钢化膜贴歪了，送的备用膜救了我',
  '帽子头围偏小，女生戴正好', '酸奶日期新鲜，冷链到家还是凉的', '扫地机器人绕桌腿有点笨',
  '笔记本纸张厚，钢笔不洇', '洗洁精泡沫多，冲洗要多冲两遍', '围巾羊毛的，戴着有点扎脖子',
  '电饭煲内胆涂层掉了一块，在申请售后', '狗粮颗粒小，小型犬吃刚好', '收纳箱盖子卡扣容易断', '香薰味道太冲，放卧室不合适',
];

/** One paid template and the edits accounts made to it, all five stars within two days. */
export const campaignCopies = [
  '到手了，跟详情页上拍的一模一样，包装用了三层气泡膜，掌柜人也很耐心，推荐',
  '到手了，跟详情页上拍的一模一样，包装用了三层气泡膜，掌柜人也很耐心，推荐👍👍',
  '到手了!跟详情页上拍的一模一样!包装用了三层气泡膜!掌柜人也很耐心!',
  '到手了，跟詳情頁上拍的一模一樣，包裝用了三層氣泡膜，掌櫃人也很耐心，推薦',
  '到手了，跟详情页上拍的一模一样，包装用了三层气泡膜，掌柜人也非常耐心，推荐推荐',
  '跟详情页上拍的一模一样，到手了，包装用了三层气泡膜，掌柜人也很耐心，推荐',
  '到手啦，跟详情页上拍的一模一样，包装用了三层气泡膜，掌柜人也很耐心，值得推荐',
  '到手了，跟详情页上拍的一模一样，包装用了三层的气泡膜，掌柜人很耐心，推荐',
];

const SHOPS = ['shop-a', 'shop-b', 'shop-c', 'shop-d', 'shop-e', 'shop-f', 'shop-g', 'shop-h'];

/** Five genuine reviews per shop from one-off buyers, spread over thirty days. */
export function genuineBackground(prefix = 'bg'): ShoumenEvent[] {
  return genuineReviews.map((text, i) =>
    at(i * 1_080, 'review.posted', {
      reviewId: `${prefix}-r${i}`, accountId: `${prefix}-buyer-${i}`, merchantId: SHOPS[i % SHOPS.length]!, itemId: `${SHOPS[i % SHOPS.length]!}-item`,
      rating: 1 + (i % 5), text,
    }),
  );
}

/** The campaign at shop-c: eight new accounts, one order each, delivered and reviewed about six hours later, photos shared. */
export function templateCampaign(): ShoumenEvent[] {
  return campaignCopies.flatMap((text, i) => {
    const start = 20_000 + i * 300;
    const order = `tpl-order-${i}`;
    return [
      at(start, 'order.placed', { orderId: order, accountId: `farm-${i}`, merchantId: 'shop-c', itemId: 'shop-c-item', quantity: 1, amount: 3900 }),
      at(start + 1_440, 'order.delivered', { orderId: order }),
      at(start + 1_440 + 360 + i, 'review.posted', {
        reviewId: `tpl-review-${i}`, accountId: `farm-${i}`, merchantId: 'shop-c', itemId: 'shop-c-item', rating: 5, text, orderId: order,
        photoHashes: [`photo-${i % 3}`],
      }),
    ];
  });
}

/** Honest look-alikes: a common phrase scattered over shops, generic praise, one buyer who pastes the same words everywhere. */
export function honestLookAlikes(): ShoumenEvent[] {
  const phrase = '物流很快，第二天就送到家门口了，快递员态度也好';
  return [
    ...SHOPS.map((shop, i) => at(i * 3_000 + 7, 'review.posted', { reviewId: `common-${i}`, accountId: `common-buyer-${i}`, merchantId: shop, itemId: `${shop}-item`, rating: 5, text: `${phrase}${i % 2 ? '！' : '。'}` })),
    ...Array.from({ length: 10 }, (_, i) => at(i * 50, 'review.posted', { reviewId: `praise-${i}`, accountId: `praise-buyer-${i}`, merchantId: 'shop-b', itemId: 'shop-b-item', rating: 5, text: ['好评', '超赞！', '物美价廉，好评', '质量很好，发货很快，五星好评'][i % 4]! })),
    ...Array.from({ length: 5 }, (_, i) => at(i * 4_000, 'review.posted', { reviewId: `paste-${i}`, accountId: 'lazy-buyer', merchantId: 'shop-e', itemId: 'shop-e-item', rating: 5, text: '老顾客了，一直在这家买，东西和以前一样靠谱，省心' })),
  ];
}
