// Turns one concentrated template subgroup into a finding: score, bilingual reasons, entities and evidence.
import type { FindingEntity, Reason } from '../../findings/finding.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import type { FindingDraft } from '../detector.ts';
import type { Subgroup } from './concentration.ts';
import type { GroupSignals } from './group-signals.ts';
import { DAY_MS } from '../../time/units.ts';

export type TemplateRules = {
  readonly minAccounts: number;
  readonly maxChance: number;
  readonly windowDays: number;
  readonly maxDelayVariation: number;
};

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

/** 0.5 when the rules are just met; the rarer the concentration and the more behaviour agrees, the higher. */
export function templateScore(subgroup: Subgroup, signals: GroupSignals, rules: TemplateRules): number {
  const surprise = -Math.log10(Math.max(subgroup.chance, 1e-300)) + Math.log10(rules.maxChance);
  let score = 0.5 + Math.min(0.2, 0.04 * surprise) + Math.min(0.1, 0.05 * Math.log2(subgroup.accounts / rules.minAccounts));
  if (signals.sharedPhotoReviews >= 2) score += 0.1;
  if (signals.delayVariation <= rules.maxDelayVariation) score += 0.1;
  if (signals.to - signals.from <= rules.windowDays * DAY_MS) score += 0.05;
  if (signals.fiveStar === subgroup.rows.length) score += 0.05;
  return Math.min(0.99, score);
}

function reasonsFor(shop: string, subgroup: Subgroup, signals: GroupSignals, rules: TemplateRules): Reason[] {
  const n = subgroup.rows.length;
  const sample = excerpt(signals.sampleText);
  const chance = subgroup.chance.toExponential(1);
  const expected = (subgroup.trials * subgroup.share).toFixed(1);
  const reasons: Reason[] = [
    {
      code: 'NEAR_DUPLICATE_TEXT',
      message: `${n} reviews from ${subgroup.accounts} accounts repeat one text with small edits: "${sample}"`,
      messageZh: `${subgroup.accounts} 个账号的 ${n} 条评价为同一文本的轻微改写："${sample}"`,
      value: subgroup.accounts,
      threshold: rules.minAccounts,
    },
    {
      code: 'MERCHANT_CONCENTRATION',
      message: `${subgroup.accounts} of ${subgroup.trials} accounts using this text reviewed shop ${shop}; its share of reviews predicts ${expected} (chance ${chance})`,
      messageZh: `使用该文本的 ${subgroup.trials} 个账号中有 ${subgroup.accounts} 个评价了店铺 ${shop}，按其评价占比预期仅 ${expected} 个（偶然概率 ${chance}）`,
      value: Number(subgroup.chance.toPrecision(3)),
      threshold: rules.maxChance,
    },
  ];
  const days = (signals.to - signals.from) / DAY_MS;
  if (days <= rules.windowDays) {
    reasons.push({ code: 'SHORT_WINDOW', message: `All within ${days.toFixed(1)} days`, messageZh: `全部发生在 ${days.toFixed(1)} 天内`, value: Number(days.toFixed(2)), threshold: rules.windowDays });
  }
  if (signals.sharedPhotoReviews >= 2) {
    reasons.push({ code: 'SHARED_PHOTOS', message: `${signals.sharedPhotoReviews} reviews reuse photos posted by other accounts`, messageZh: `${signals.sharedPhotoReviews} 条评价复用了其他账号发布的图片`, value: signals.sharedPhotoReviews });
  }
  if (signals.delayVariation <= rules.maxDelayVariation) {
    const hours = signals.delayMeanHours.toFixed(1);
    reasons.push({
      code: 'SAME_REVIEW_DELAY',
      message: `${signals.delays} reviews came ${hours} h after delivery, varying by only ${(signals.delayVariation * 100).toFixed(0)}%`,
      messageZh: `${signals.delays} 条评价均在签收后约 ${hours} 小时发布，波动仅 ${(signals.delayVariation * 100).toFixed(0)}%`,
      value: Number(signals.delayVariation.toFixed(3)),
      threshold: rules.maxDelayVariation,
    });
  }
  return reasons;
}

export function describeTemplate(snapshot: Snapshot, subgroup: Subgroup, signals: GroupSignals, rules: TemplateRules): FindingDraft {
  const posted = snapshot.table('review.posted');
  const { accountId, reviewId, orderId } = posted.columns;
  const orders = snapshot.names('order');
  const shop = snapshot.names('merchant').name(subgroup.merchant);
  const accounts = snapshot.names('account');
  const reviews = snapshot.names('review');
  const accountIds = [...new Set(subgroup.rows.map((row) => accountId[row]!))];
  const entities: FindingEntity[] = [
    { type: 'merchant', id: shop, role: 'merchant' },
    ...accountIds.map((a) => ({ type: 'account' as const, id: accounts.name(a), role: 'reviewer' })),
    ...subgroup.rows.map((row) => ({ type: 'review' as const, id: reviews.name(reviewId[row]!), role: 'review' })),
    ...[...new Set(subgroup.rows.map((row) => orderId[row]!).filter((order) => order >= 0))].map((order) => ({ type: 'order' as const, id: orders.name(order), role: 'order' })),
  ];
  const n = subgroup.rows.length;
  return {
    kind: 'template_reviews',
    score: templateScore(subgroup, signals, rules),
    summary: `Shop ${shop}: ${n} near-identical reviews from ${subgroup.accounts} accounts`,
    summaryZh: `店铺 ${shop}：${subgroup.accounts} 个账号发布 ${n} 条近乎相同的评价`,
    entities,
    window: { from: signals.from, to: signals.to },
    reasons: reasonsFor(shop, subgroup, signals, rules),
    evidence: {
      eventIds: subgroup.rows.map((row) => snapshot.eventId(posted.event[row]!)),
      metrics: {
        reviews: n,
        accounts: subgroup.accounts,
        chance: Number(subgroup.chance.toPrecision(3)),
        informativeChars: signals.informative,
        sharedPhotoReviews: signals.sharedPhotoReviews,
        fiveStar: signals.fiveStar,
        spanHours: Number(((signals.to - signals.from) / 3_600_000).toFixed(1)),
      },
    },
  };
}
