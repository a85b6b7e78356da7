// Text that fraud schemes write: paid review templates, cashback lures, extortion demands and fake after-sales hotlines.
import type { Rng } from '../random.ts';
import { emojiRun } from './noise.ts';

/** What review-writing services paste; each campaign picks a few and varies them a little. */
export const reviewTemplates = [
  '宝贝收到了，质量超级好，和图片上的一模一样，卖家发货速度很快，包装也很用心，五星好评！',
  '东西非常好，做工精细，性价比超高，客服小姐姐态度也超级好，强烈推荐大家购买！',
  '第一次在这家店买东西，没想到这么惊喜，质量杠杠的，物美价廉，已经推荐给朋友了！',
  '超赞超赞，物流神速，隔天就到，用了几天效果非常明显，真心推荐，必须五星好评！',
  '非常满意的一次购物，商品质量好，价格实惠，卖家服务周到，以后还会继续光顾的！',
  '收到货第一时间来评价，宝贝品质没得说，比实体店便宜好多，亲们可以放心入手！',
  '质量很好，手感很棒，跟描述完全一致，发货快包装好，好评好评，值得购买！',
  '这个价格能买到这么好的东西真的太值了，做工细致，细节处理得很好，给卖家点赞！',
];

const templateEdits: readonly ((rng: Rng, text: string) => string)[] = [
  (_rng, text) => text.replace(/！$/, '!!'),
  (_rng, text) => text.replace(/！$/, '。'),
  (_rng, text) => text.replace('非常', '真的非常'),
  (_rng, text) => text.replace('超级', '超'),
  (rng, text) => text + emojiRun(rng, false),
  (_rng, text) => text.replace(/，[^，]*，/, '，'),
  (_rng, text) => text,
];

/** A near-duplicate: the campaign's template with one or two light edits. */
export function templateVariant(rng: Rng, template: string): string {
  let out = rng.pick(templateEdits)(rng, template);
  if (rng.chance(0.4)) out = rng.pick(templateEdits)(rng, out);
  return out;
}

export function cashbackLure(rng: Rng, fen: number): string {
  const yuan = (fen / 100).toFixed(0);
  return rng.pick([
    `亲，收到宝贝满意的话给个五星好评+晒图哦，截图发给客服返现${yuan}元～`,
    `好评返现活动：五星好评带图15字以上，截图联系客服领${yuan}元红包`,
    `亲亲，给个五星好评截图给我，立返${yuan}元哦`,
  ]);
}

export const cashbackClaims = ['已经好评了，截图发你了', '好评了，返现给我吧', '截图已发，麻烦返一下现'];

export function officerRecruitment(rng: Rng): string {
  return rng.pick([
    '诚招用户体验官：拍下指定宝贝，收货后五星好评带图，全额返款另加佣金，名额有限',
    '亲，店铺在招募用户体验官，下单好评后本金全退，还有额外佣金，感兴趣吗？',
    '用户体验官福利：0元试用，好评后本金+佣金当天返还',
  ]);
}

export const officerReplies = ['好的，我拍了', '已下单，记得返款哦', '好评已发，麻烦返本金加佣金'];

export function transferMemo(rng: Rng, scheme: 'cashback' | 'officer' | 'extortion'): string | undefined {
  if (rng.chance(0.35)) return undefined;
  if (scheme === 'cashback') return rng.pick(['返现', '好评返现', '红包', '感谢支持']);
  if (scheme === 'officer') return rng.pick(['体验官返款', '返款', '佣金', '本金+佣金']);
  return rng.pick(['赔偿', '补偿', '协商处理', '退款补偿']);
}

export const extortionReviewTexts = [
  '垃圾产品，千万别买，用了一次就坏了，商家就是骗子！',
  '假货！和描述完全不符，已经向平台投诉了，大家避雷！',
  '质量差到极点，客服态度恶劣，必须曝光这种黑心商家！',
  '吃了之后拉肚子，怀疑是过期产品，已经保留证据！',
  '用了过敏，脸都烂了，商家拒不负责，一定要维权！',
  '严重虚假宣传，差评！差评！差评！',
];

export function extortionDemand(rng: Rng, fen: number): string {
  const yuan = (fen / 100).toFixed(0);
  return rng.pick([
    `你们的东西有问题，赔我${yuan}元，不然差评不删，还要去315投诉`,
    `想让我删差评可以，打${yuan}块钱过来，不然我继续投诉`,
    `给${yuan}元赔偿我就改好评，不给的话每个平台都曝光你`,
  ]);
}

export const extortionReplies = ['好吧，钱已经转给你了，麻烦把评价改一下', '我们协商一下，给您补偿', '已转账，请删除评价'];
export const editedToPraise = ['商家处理很及时，误会已解决，好评。', '沟通后问题解决了，东西其实还可以。', '和商家沟通过了，满意。'];

const brands = ['格力', '美的', '海尔', '奥克斯', '海信', '西门子', '方太', '老板'];
const services = ['空调维修', '洗衣机维修', '热水器维修', '燃气灶维修', '冰箱维修', '油烟机清洗'];
const cities = [
  '北京', '上海', '广州', '深圳', '杭州', '南京', '苏州', '成都', '重庆', '武汉', '西安', '长沙', '郑州', '天津', '青岛', '宁波',
  '厦门', '合肥', '济南', '福州', '沈阳', '大连', '昆明', '南宁', '石家庄', '太原', '哈尔滨', '长春', '南昌', '贵阳',
];

/** A 400 service number: the same one repeats across a spam shop's listings. */
export function hotlineNumber(rng: Rng): string {
  return `400-${rng.digits(3)}-${rng.digits(4)}`;
}

export function hotlineTitle(rng: Rng, phone: string): string {
  return `${rng.pick(brands)}${rng.pick(services)} 售后服务电话 24小时上门 全国联保 ${phone}`;
}

export function hotlineDescription(rng: Rng, phone: string): string {
  const areas = rng.sample(cities, rng.int(15, 30)).join(' ');
  const brand = rng.pick(brands);
  return `${brand}售后 ${brand}维修 ${brand}客服 24小时服务热线：${phone} 点击咨询 全国统一售后热线 ${phone} ` +
    `服务区域：${areas} 专业师傅上门维修 ${phone} 点击咨询`;
}

export function spamReviewText(rng: Rng, handle: string, phone: string): string {
  return rng.pick([
    `东西一般，想要更便宜的加微信 ${handle} 领内部优惠券`,
    `有售后问题直接打 ${phone} 点击咨询，比客服快`,
    `同款厂家直销，加V：${handle}，全网最低价`,
    `需要代购的联系QQ${handle.replace(/\D/g, '') || '83625517'}，正品低价`,
    `维修找 ${phone}，24小时上门，点击咨询`,
  ]);
}

export function wechatHandle(rng: Rng): string {
  return `${rng.pick(['vx', 'wx', 'kf', 'shop', 'yh'])}${rng.digits(rng.int(6, 9))}`;
}

export const overrideDetails = ['人工复核通过', '误报，放行', '商家已说明，解除拦截', '白名单商户', '活动订单，正常'];
