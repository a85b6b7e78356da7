// One shop's reward-for-review scheme as a finding: the paid reviews, who paid, the lures, and how sure we are.
import type { FindingEntity, Reason } from '../../findings/finding.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import type { FindingDraft } from '../detector.ts';
import type { LureText } from './collect-lures.ts';
import { linkLabels } from './merchant-links.ts';
import type { Recruit } from './recruits.ts';
import type { Reward } from './rewarded-reviews.ts';

const MAX_EVIDENCE = 500;

export function schemeScore(rewards: readonly Reward[], lures: readonly LureText[], recruits: readonly Recruit[]): number {
  const offers = lures.filter((l) => !l.claim).length;
  let score = 0.5;
  if (rewards.length > 0) score += 0.15 + Math.min(0.15, 0.05 * Math.log2(rewards.length + 1));
  if (offers > 0) score += offers >= 3 ? 0.15 : 0.1;
  if (lures.some((l) => l.claim)) score += 0.05;
  if (rewards.some((r) => r.memoPhrases.length > 0)) score += 0.05;
  if (rewards.some((r) => r.principal)) score += 0.1;
  if (recruits.length > 0) score += 0.05;
  return Math.min(0.99, score);
}

function reasonsFor(rewards: readonly Reward[], lures: readonly LureText[], recruits: readonly Recruit[], maxHours: number): Reason[] {
  const reasons: Reason[] = [];
  if (rewards.length > 0) {
    const kinds = [...new Set(rewards.map((r) => r.link))];
    const total = rewards.reduce((sum, r) => sum + r.amount, 0) / 100;
    reasons.push({
      code: 'PAID_AFTER_FIVE_STARS',
      message: `${rewards.length} five-star reviews were followed within ${maxHours} h by money (${total.toFixed(2)} yuan in all) from ${kinds.map((k) => linkLabels[k].en).join(', ')}`,
      messageZh: `${rewards.length} 条五星评价发布后 ${maxHours} 小时内收到来自${kinds.map((k) => linkLabels[k].zh).join('、')}的款项（共 ${total.toFixed(2)} 元）`,
      value: rewards.length,
    });
  }
  const principal = rewards.filter((r) => r.principal).length;
  if (principal > 0) {
    reasons.push({ code: 'PRINCIPAL_RETURNED', message: `${principal} reviewers got the whole order price back after reviewing`, messageZh: `${principal} 位评价者在评价后拿回了全部货款（返本金）`, value: principal });
  }
  const offers = lures.filter((l) => !l.claim);
  if (offers.length > 0) {
    const phrases = [...new Set(offers.flatMap((l) => l.phrases))].slice(0, 6);
    reasons.push({ code: 'REWARD_LURES', message: `${offers.length} chat messages or listings offer money for a review: ${phrases.join(', ')}`, messageZh: `${offers.length} 条聊天或商品页以钱换好评：${phrases.join('、')}`, value: offers.length });
  }
  if (recruits.length > 0) {
    reasons.push({ code: 'RECRUITED_BUYERS', message: `${recruits.length} accounts ordered soon after a 用户体验官 invitation from the shop`, messageZh: `${recruits.length} 个账号在收到店铺"用户体验官"邀请后随即下单`, value: recruits.length });
  }
  const claims = lures.filter((l) => l.claim).length;
  if (claims > 0) reasons.push({ code: 'REWARD_CLAIMS', message: `${claims} buyer messages claim a reward for their review`, messageZh: `${claims} 条买家消息索要好评奖励`, value: claims });
  const memos = [...new Set(rewards.flatMap((r) => r.memoPhrases))];
  if (memos.length > 0) reasons.push({ code: 'REWARD_MEMO', message: `Payment memos say ${memos.join(', ')}`, messageZh: `转账备注为：${memos.join('、')}`, value: memos.length });
  return reasons;
}

export type Scheme = { readonly rewards: readonly Reward[]; readonly lures: readonly LureText[]; readonly recruits: readonly Recruit[] };

export function describeScheme(snapshot: Snapshot, merchant: number, scheme: Scheme, maxHours: number): FindingDraft {
  const { rewards, lures, recruits } = scheme;
  const placed = snapshot.table('order.placed');
  const posted = snapshot.table('review.posted');
  const shop = snapshot.names('merchant').name(merchant);
  const accounts = snapshot.names('account');
  const entities = new Map<string, FindingEntity>();
  const put = (entity: FindingEntity) => entities.set(`${entity.type}:${entity.id}`, entities.get(`${entity.type}:${entity.id}`) ?? entity);
  put({ type: 'merchant', id: shop, role: 'merchant' });
  for (const r of rewards) if (r.payer >= 0) put({ type: 'account', id: accounts.name(r.payer), role: 'payer' });
  for (const r of rewards) {
    put({ type: 'review', id: snapshot.names('review').name(posted.columns.reviewId[r.reviewRow]!), role: 'review' });
    // A bribed customer made a real purchase; a reviewer paid back the whole price never bought anything.
    if (!r.principal) continue;
    put({ type: 'account', id: accounts.name(posted.columns.accountId[r.reviewRow]!), role: 'reviewer' });
    const order = posted.columns.orderId[r.reviewRow]!;
    if (order >= 0) put({ type: 'order', id: snapshot.names('order').name(order), role: 'order' });
  }
  for (const r of recruits) {
    put({ type: 'account', id: accounts.name(r.account), role: 'reviewer' });
    put({ type: 'order', id: snapshot.names('order').name(placed.columns.orderId[r.orderRow]!), role: 'order' });
  }
  const events = [
    ...rewards.flatMap((r) => [
      posted.event[r.reviewRow]!,
      r.transferRow >= 0 ? snapshot.table('transfer.sent').event[r.transferRow]! : snapshot.table('order.refunded').event[r.refundRow]!,
    ]),
    ...lures.map((l) => l.event),
    ...recruits.map((r) => placed.event[r.orderRow]!),
  ];
  const times = [...rewards.map((r) => posted.ts[r.reviewRow]!), ...lures.map((l) => l.ts)];
  const offers = lures.filter((l) => !l.claim).length;
  return {
    kind: 'review_for_reward',
    score: schemeScore(rewards, lures, recruits),
    summary: rewards.length > 0
      ? `Shop ${shop} paid for ${rewards.length} five-star reviews${offers ? ` and sent ${offers} reward lures` : ''}`
      : `Shop ${shop} offers money for reviews in ${offers} messages or listings`,
    summaryZh: rewards.length > 0
      ? `店铺 ${shop} 为 ${rewards.length} 条五星好评付款${offers ? `，并发送 ${offers} 条好评返现诱导` : ''}`
      : `店铺 ${shop} 在 ${offers} 条消息或商品页中以钱换好评`,
    entities: [...entities.values()],
    window: { from: Math.min(...times), to: Math.max(...times) },
    reasons: reasonsFor(rewards, lures, recruits, maxHours),
    evidence: {
      eventIds: [...new Set(events)].sort((a, b) => a - b).slice(0, MAX_EVIDENCE).map((e) => snapshot.eventId(e)),
      metrics: {
        rewardedReviews: rewards.length,
        principalReturned: rewards.filter((r) => r.principal).length,
        lures: offers,
        claims: lures.length - offers,
        recruits: recruits.length,
        paidYuan: Number((rewards.reduce((sum, r) => sum + r.amount, 0) / 100).toFixed(2)),
      },
    },
  };
}
