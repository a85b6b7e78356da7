// Scores every review 0..1 from the findings that name it, its order or its author, with bilingual reasons.
import { kindLabels } from '../findings/kind-labels.ts';
import type { Finding } from '../findings/finding.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import type { FusionConfig } from '../scoring/fuse.ts';
import type { RatingConfig, ReviewScore, ReviewScoreReason, Treatment } from './rating-types.ts';

/** How much each finding kind and entity role accuses: the fusion's own weights, so scores and ratings agree. */
export type AccusationWeights = Pick<FusionConfig, 'kindWeights' | 'roleWeights'>;

type Accusation = { readonly finding: Finding; readonly weight: number };

/** Findings by the entities they accuse, weighted; a shop named as a victim or a listed bystander is not accused. */
function accusations(findings: readonly Finding[], weights: AccusationWeights): Map<string, Accusation[]> {
  const byEntity = new Map<string, Accusation[]>();
  for (const finding of findings) {
    const kindWeight = weights.kindWeights[finding.kind] ?? 1;
    const seen = new Set<string>();
    for (const entity of finding.entities) {
      const weight = kindWeight * (entity.role === undefined ? 1 : (weights.roleWeights[entity.role] ?? 1));
      const key = `${entity.type}:${entity.id}`;
      if (weight <= 0 || seen.has(key)) continue;
      seen.add(key);
      const list = byEntity.get(key);
      if (list) list.push({ finding, weight });
      else byEntity.set(key, [{ finding, weight }]);
    }
  }
  return byEntity;
}

const how = {
  review: { code: 'REVIEW_IN_FINDING', en: 'The review is named in', zh: '该评价被点名于' },
  order: { code: 'ORDER_IN_FINDING', en: "The review's order is named in", zh: '该评价对应的订单被点名于' },
  author: { code: 'AUTHOR_IN_FINDING', en: "The review's author is named in", zh: '该评价的作者被点名于' },
} as const;

function reasonFrom(finding: Finding, via: keyof typeof how, contribution: number): ReviewScoreReason {
  const label = kindLabels[finding.kind];
  return {
    code: how[via].code,
    message: `${how[via].en} a ${label.en.toLowerCase()} finding (${finding.score.toFixed(2)}): ${finding.summary}`,
    messageZh: `${how[via].zh}"${label.zh}"发现（${finding.score.toFixed(2)}）：${finding.summaryZh}`,
    contribution: Number(contribution.toFixed(4)),
    kind: finding.kind,
    findingId: finding.id,
  };
}

export function treatmentOf(score: number, deleted: boolean, config: RatingConfig): { treatment: Treatment; weight: number } {
  if (deleted) return { treatment: 'deleted', weight: 0 };
  if (score >= config.leaveOutAt) return { treatment: 'left_out', weight: 0 };
  if (score >= config.downWeightFrom) return { treatment: 'down_weighted', weight: Number((1 - score).toFixed(6)) };
  return { treatment: 'counted', weight: 1 };
}

/** What a confirmed case's review_hide or review_remove in force does to a review: it leaves the trusted rating. */
const HIDDEN_REASON: ReviewScoreReason = {
  code: 'HIDDEN_BY_ACTION', message: 'A confirmed case hid this review or marked it removed', messageZh: '已确认的案件将该评价隐藏或标记为已处理', contribution: 1,
};

/** `hidden`: review ids with a hide or remove action in force; they keep their fraud score but count for nothing. */
export function scoreReviews(snapshot: Snapshot, findings: readonly Finding[], config: RatingConfig, weights: AccusationWeights, hidden: ReadonlySet<string> = new Set()): ReviewScore[] {
  const posted = snapshot.table('review.posted');
  const edited = snapshot.table('review.edited');
  const deleted = snapshot.table('review.deleted');
  const reviews = snapshot.names('review');
  const latestRating = new Float64Array(reviews.size).fill(Number.NaN);
  const latestAt = new Float64Array(reviews.size).fill(Number.NEGATIVE_INFINITY);
  for (let row = 0; row < edited.size; row += 1) {
    const review = edited.columns.reviewId[row]!;
    if (Number.isNaN(edited.columns.rating[row]!) || edited.ts[row]! < latestAt[review]!) continue;
    latestAt[review] = edited.ts[row]!;
    latestRating[review] = edited.columns.rating[row]!;
  }
  const isDeleted = new Uint8Array(reviews.size);
  for (const review of deleted.columns.reviewId) isDeleted[review] = 1;
  const placedOrders = new Uint8Array(snapshot.names('order').size);
  for (const order of snapshot.table('order.placed').columns.orderId) placedOrders[order] = 1;

  const accused = accusations(findings, weights);
  const names = { account: snapshot.names('account'), merchant: snapshot.names('merchant'), item: snapshot.names('item'), order: snapshot.names('order') };
  const out: ReviewScore[] = [];
  for (let row = 0; row < posted.size; row += 1) {
    const { reviewId, accountId, merchantId, itemId, orderId, rating } = posted.columns;
    const review = reviewId[row]!;
    const id = reviews.name(review);
    const account = names.account.name(accountId[row]!);
    const order = orderId[row]!;
    const byFinding = new Map<string, { reason: ReviewScoreReason; author: boolean }>();
    const consider = (key: string, via: keyof typeof how, pathWeight: number) => {
      for (const { finding, weight } of accused.get(key) ?? []) {
        const contribution = finding.score * weight * pathWeight;
        const previous = byFinding.get(finding.id);
        // One finding counts once per review, through the strongest path that names it.
        if (!previous || previous.reason.contribution < contribution) byFinding.set(finding.id, { reason: reasonFrom(finding, via, contribution), author: via === 'author' });
      }
    };
    consider(`review:${id}`, 'review', 1);
    if (order >= 0) consider(`order:${names.order.name(order)}`, 'order', 1);
    consider(`account:${account}`, 'author', config.authorWeight);
    const reasons = [...byFinding.values()].map((entry) => entry.reason);
    if (order < 0 || placedOrders[order] === 0) {
      reasons.push({ code: 'UNVERIFIED_PURCHASE', message: 'No order on this platform stands behind the review', messageZh: '该评价没有对应的站内订单', contribution: config.unverifiedScore });
    }
    // Suspicion of the author alone never exceeds authorWeight: a recruited worker's own shopping may be honest.
    let authorClean = 1;
    let otherClean = 1;
    for (const entry of byFinding.values()) {
      if (entry.author) authorClean *= 1 - entry.reason.contribution;
      else otherClean *= 1 - entry.reason.contribution;
    }
    if (order < 0 || placedOrders[order] === 0) otherClean *= 1 - config.unverifiedScore;
    const score = Number((1 - otherClean * Math.max(authorClean, 1 - config.authorWeight)).toFixed(6));
    const shown = Number.isNaN(latestRating[review]!) ? rating[row]! : latestRating[review]!;
    const acted = hidden.has(id) && isDeleted[review] === 0;
    if (acted) reasons.unshift(HIDDEN_REASON);
    out.push({
      reviewId: id,
      ...(snapshot.tenant === undefined ? {} : { tenant: snapshot.tenant }),
      merchantId: names.merchant.name(merchantId[row]!),
      itemId: names.item.name(itemId[row]!),
      accountId: account,
      rating: shown,
      postedRating: rating[row]!,
      score,
      ...(acted ? { treatment: 'left_out' as const, weight: 0 } : treatmentOf(score, isDeleted[review] === 1, config)),
      reasons: reasons.sort((a, b) => b.contribution - a.contribution || (a.findingId ?? '').localeCompare(b.findingId ?? '')).slice(0, config.maxReasons),
      version: config.version,
    });
  }
  return out;
}
