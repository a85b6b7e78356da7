// Review scores and trusted ratings of one snapshot from its findings: the pure function analysis runs after detection.
import type { Finding } from '../findings/finding.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { RatingConfig, type RatingsResult } from './rating-types.ts';
import { shippedFusion } from '../scoring/fusion-config.ts';
import { scoreReviews, type AccusationWeights } from './score-reviews.ts';
import { trustedRatings } from './trusted-ratings.ts';

/** `weights` default to the shipped fusion's, so a role the scores do not accuse (victim, spike_buyer) does not count here either. */
export function computeRatings(
  snapshot: Snapshot,
  findings: readonly Finding[],
  config: RatingConfig = RatingConfig.parse({}),
  weights: AccusationWeights = shippedFusion,
  hiddenByAction: ReadonlySet<string> = new Set(),
): RatingsResult {
  const tenantFindings = findings.filter((f) => f.tenant === snapshot.tenant);
  const reviews = scoreReviews(snapshot, tenantFindings, config, weights, hiddenByAction);
  return { reviews, ...trustedRatings(reviews, config) };
}

/** Several tenants' results as one, for outputs that cover a whole run. */
export function mergeRatings(results: readonly RatingsResult[]): RatingsResult {
  return {
    reviews: results.flatMap((r) => r.reviews),
    items: results.flatMap((r) => r.items),
    merchants: results.flatMap((r) => r.merchants),
  };
}
