// Recall of injected template reviews and the false-cluster rate on real reviews, through the template_reviews detector.
import { runDetectors } from '../../src/core/detectors/run-detectors.ts';
import { templateReviews } from '../../src/core/detectors/template-reviews/detector.ts';
import { SnapshotBuilder } from '../../src/core/snapshot/snapshot-builder.ts';
import { SeededRandom } from './seeded-random.ts';
import { buildWorkload, type WorkloadOptions } from './template-workload.ts';
import type { RealReview } from './zh-reviews.ts';

export const defaultWorkload: WorkloadOptions = {
  merchantsPerCategory: 60,
  days: 180,
  campaigns: 200,
  reviewersPerCampaign: [5, 30],
  campaignDays: [1, 10],
  photoShare: 0.5,
};

export function measureTemplates(reviews: readonly RealReview[], seed: number, params: Record<string, unknown> = {}, options = defaultWorkload) {
  const workload = buildWorkload(reviews, new SeededRandom(seed), options);
  const builder = new SnapshotBuilder(undefined);
  for (const event of workload.events) builder.add(event);
  const snapshot = builder.finish();
  const started = performance.now();
  const { findings, failures } = runDetectors(snapshot, [templateReviews], { params: { 'template-reviews': params } });
  const seconds = (performance.now() - started) / 1000;
  if (failures.length) throw new Error(failures.map((f) => f.message).join('; '));
  const flagged = new Set(findings.flatMap((f) => f.entities.filter((e) => e.type === 'review').map((e) => e.id)));
  let caught = 0;
  for (const id of workload.injected) if (flagged.has(id)) caught += 1;
  let falselyClustered = 0;
  for (const id of workload.real) if (flagged.has(id)) falselyClustered += 1;
  const campaignsFound = new Set([...flagged].filter((id) => id.startsWith('tpl-')).map((id) => id.split('-')[1])).size;
  return {
    realReviews: workload.real.size,
    injectedReviews: workload.injected.size,
    campaigns: workload.campaigns,
    findings: findings.length,
    recall: Number((caught / workload.injected.size).toFixed(4)),
    campaignsFound,
    realReviewsFlagged: falselyClustered,
    falseClusterRate: Number((falselyClustered / workload.real.size).toFixed(5)),
    detectorSeconds: Number(seconds.toFixed(2)),
  };
}
