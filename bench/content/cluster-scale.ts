// Time to cluster a million short reviews: texts recombined from real review clauses, plus template campaigns, through the detector.
import { runDetectors } from '../../src/core/detectors/run-detectors.ts';
import { templateReviews } from '../../src/core/detectors/template-reviews/detector.ts';
import type { ShoumenEvent } from '../../src/core/events/event.ts';
import { SnapshotBuilder } from '../../src/core/snapshot/snapshot-builder.ts';
import { clusterNearDuplicates } from '../../src/core/text/near-duplicates.ts';
import { baseTemplates, campaignTemplate, reviewVariant } from './campaign-text.ts';
import { SeededRandom } from './seeded-random.ts';
import type { RealReview } from './zh-reviews.ts';

/** Short real clauses (2-20 characters), the raw material of short reviews. */
function clausePool(reviews: readonly RealReview[]): string[] {
  const pool: string[] = [];
  for (const review of reviews) for (const clause of review.text.split(/[，。！？,.!?；;\s]+/)) if (clause.length >= 2 && clause.length <= 20) pool.push(clause);
  return pool;
}

/** One to three real clauses joined: short, varied and mostly distinct, like the bulk of marketplace reviews. */
export function shortReviews(reviews: readonly RealReview[], count: number, rng: SeededRandom): string[] {
  const pool = clausePool(reviews);
  const texts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const parts = Array.from({ length: rng.int(1, 3) }, () => rng.pick(pool));
    texts.push(parts.join(rng.pick(['，', '。', ' ', '！'])));
  }
  // One in a hundred is a campaign copy, so the clusters have real work to do.
  for (let i = 0; i < count / 100; i += 1) {
    const campaign = Math.floor(i / 20);
    const template = campaignTemplate(new SeededRandom(campaign), baseTemplates[campaign % baseTemplates.length]!);
    texts[rng.int(0, count - 1)] = reviewVariant(rng, template);
  }
  return texts;
}

/** CPU seconds of this process since `since`: on a machine shared with other jobs, wall time alone misleads. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return Number(((used.user + used.system) / 1e6).toFixed(2));
}

export function measureScale(reviews: readonly RealReview[], count: number, seed: number) {
  const rng = new SeededRandom(seed);
  const texts = shortReviews(reviews, count, rng);
  const averageChars = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;
  let started = performance.now();
  let cpu = process.cpuUsage();
  const clusters = clusterNearDuplicates(texts.length, (i) => texts[i]!);
  const clusterSeconds = (performance.now() - started) / 1000;
  const clusterCpuSeconds = cpuSeconds(cpu);

  started = performance.now();
  const builder = new SnapshotBuilder(undefined);
  const t0 = Date.parse('2026-06-01T00:00:00+08:00');
  for (const [i, text] of texts.entries()) {
    const event: ShoumenEvent = {
      id: `e${i}`, type: 'review.posted', ts: new Date(t0 + rng.next() * 180 * 86_400_000).toISOString(), reviewId: `r${i}`,
      accountId: `a${rng.int(0, count)}`, merchantId: `m${rng.zipf(2_000, 1.1)}`, itemId: `i${i % 50_000}`, rating: rng.int(1, 5), text,
    };
    builder.add(event);
  }
  const snapshot = builder.finish();
  const snapshotSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  cpu = process.cpuUsage();
  const { findings, failures } = runDetectors(snapshot, [templateReviews]);
  const detectorSeconds = (performance.now() - started) / 1000;
  const detectorCpuSeconds = cpuSeconds(cpu);
  if (failures.length) throw new Error(failures.map((f) => f.message).join('; '));
  return {
    reviews: count,
    averageChars: Number(averageChars.toFixed(1)),
    distinctTexts: clusters.distinctTexts.length,
    clusters: clusters.clusterCount,
    clusterSeconds: Number(clusterSeconds.toFixed(2)),
    clusterCpuSeconds,
    snapshotSeconds: Number(snapshotSeconds.toFixed(2)),
    detectorSeconds: Number(detectorSeconds.toFixed(2)),
    detectorCpuSeconds,
    detectorFindings: findings.length,
  };
}
