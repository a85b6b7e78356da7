// Everyday buyer–shop chat: pre-sale questions, the shop's answers, shipping queries and after-sale talk.
import type { Rng } from '../random.ts';
import { categoryPhrases } from './category-phrases.ts';

const openers = ['在吗？', '你好', '亲在吗', '老板在吗', ''];
const genericQuestions = ['什么时候发货？', '今天能发吗', '可以便宜点吗', '有优惠券吗', '发什么快递', '包邮吗？', '有现货吗'];
const answers = [
  '亲，在的呢，有什么可以帮您？', '亲，下午四点前拍下当天发货哦', '亲，现货的，拍下48小时内发出', '亲，默认发中通快递哦',
  '亲，店铺首页可以领券的', '亲，这款是全国包邮的', '亲，按平时的尺码拍就可以', '亲，有问题随时联系我们哦', '好的亲，已备注',
  '亲，这个是正品保证的', '亲，保质期都是最新的', '亲，支持七天无理由退换',
];
const shippingQueries = ['怎么还没发货？', '物流好几天没动了', '快递到哪了', '能帮忙催一下快递吗'];
const shippingAnswers = ['亲，已经帮您联系快递催件了', '亲，物流在路上了，请耐心等待', '亲，今天会派送的哦', '亲，抱歉让您久等了，已加急'];
const afterSaleQueries = ['收到的东西有问题', '可以退货吗', '尺码不合适想换一下', '少发了一件'];
const afterSaleAnswers = ['亲，非常抱歉，麻烦拍张照片给我们看看', '亲，可以的，直接申请退货就行', '亲，给您补发一件', '亲，退换货运费我们承担'];

export type ChatLine = { readonly from: 'account' | 'merchant'; readonly text: string };

export function preSaleChat(rng: Rng, category: string): ChatLine[] {
  const opener = rng.pick(openers);
  const asked = rng.chance(0.6) ? rng.pick(categoryPhrases[category]?.questions ?? genericQuestions) : rng.pick(genericQuestions);
  const lines: ChatLine[] = [];
  if (opener) lines.push({ from: 'account', text: opener });
  lines.push({ from: 'account', text: asked });
  lines.push({ from: 'merchant', text: rng.pick(answers) });
  if (rng.chance(0.3)) lines.push({ from: 'account', text: rng.pick(['好的', '谢谢', '好的谢谢', '那我拍了', '嗯嗯']) });
  return lines;
}

export function shippingChat(rng: Rng): ChatLine[] {
  return [{ from: 'account', text: rng.pick(shippingQueries) }, { from: 'merchant', text: rng.pick(shippingAnswers) }];
}

export function afterSaleChat(rng: Rng): ChatLine[] {
  return [{ from: 'account', text: rng.pick(afterSaleQueries) }, { from: 'merchant', text: rng.pick(afterSaleAnswers) }];
}

export const refundReasons = ['质量问题', '尺码不合适', '不想要了', '与描述不符', '发错货', '商品破损', '七天无理由退货', '少件漏发'];
export const cancelReasons = ['拍错了', '不想要了', '地址填错了'];
