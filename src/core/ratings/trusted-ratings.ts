// Trusted ratings per item and merchant: the plain mean beside one that leaves out or down-weights suspected fake reviews.
import type { RatingConfig, RatingSubject, ReviewScore, TrustedRating } from './rating-types.ts';

type Accumulator = { sum: number; count: number; weighted: number; weight: number; leftOut: number; downWeighted: number; raw: number[]; trusted: number[] };

function accumulate(scores: readonly ReviewScore[], key: (s: ReviewScore) => string): Map<string, Accumulator> {
  const out = new Map<string, Accumulator>();
  for (const s of scores) {
    if (s.treatment === 'deleted') continue;
    const k = key(s);
    let acc = out.get(k);
    if (!acc) out.set(k, (acc = { sum: 0, count: 0, weighted: 0, weight: 0, leftOut: 0, downWeighted: 0, raw: [0, 0, 0, 0, 0], trusted: [0, 0, 0, 0, 0] }));
    const star = Math.min(5, Math.max(1, Math.round(s.rating))) - 1;
    acc.sum += s.rating;
    acc.count += 1;
    acc.raw[star]! += 1;
    acc.weighted += s.rating * s.weight;
    acc.weight += s.weight;
    acc.trusted[star]! += s.weight;
    if (s.treatment === 'left_out') acc.leftOut += 1;
    if (s.treatment === 'down_weighted') acc.downWeighted += 1;
  }
  return out;
}

const round = (x: number, digits = 3) => Number(x.toFixed(digits));

function summaries(scores: readonly ReviewScore[], subjectType: RatingSubject, config: RatingConfig): TrustedRating[] {
  const tenant = scores[0]?.tenant;
  const byId = accumulate(scores, (s) => (subjectType === 'item' ? s.itemId : s.merchantId));
  return [...byId.entries()]
    .map(([subjectId, acc]) => ({
      subjectType,
      subjectId,
      ...(tenant === undefined ? {} : { tenant }),
      reviews: acc.count,
      rawMean: acc.count > 0 ? round(acc.sum / acc.count) : null,
      trustedMean: acc.weight > 0 ? round(acc.weighted / acc.weight) : null,
      effectiveReviews: round(acc.weight, 2),
      leftOut: acc.leftOut,
      downWeighted: acc.downWeighted,
      rawHistogram: acc.raw,
      trustedHistogram: acc.trusted.map((w) => round(w, 2)),
      version: config.version,
    }))
    .sort((a, b) => (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0));
}

/** One tenant's scores in, its items' and merchants' ratings out. */
export function trustedRatings(scores: readonly ReviewScore[], config: RatingConfig): { items: TrustedRating[]; merchants: TrustedRating[] } {
  return { items: summaries(scores, 'item', config), merchants: summaries(scores, 'merchant', config) };
}
