// contact_spam on real reviews (false-positive rate) and on the project's own lure set (recall), at the detector's threshold.
import { contactSpam } from '../../src/core/detectors/contact-spam/detector.ts';
import { chatAndReviewLures, fakeHotlinePages, hardHonestTexts, type LabelledText } from '../../src/core/detectors/contact-spam/lure-corpus.ts';
import { scoreText } from '../../src/core/detectors/contact-spam/score-text.ts';
import type { RealReview } from './zh-reviews.ts';

const threshold = contactSpam.params.parse({}).threshold;

function caught(texts: readonly LabelledText[]): { total: number; caught: number; missed: string[] } {
  const missed = texts.filter((t) => (scoreText(t.text, t.source)?.score ?? 0) < threshold).map((t) => t.note);
  return { total: texts.length, caught: texts.length - missed.length, missed };
}

export function measureContact(reviews: readonly RealReview[]) {
  const started = performance.now();
  const flagged = reviews.filter((r) => (scoreText(r.text, 'review')?.score ?? 0) >= threshold);
  const withHandle = reviews.filter((r) => scoreText(r.text, 'review') !== undefined).length;
  const seconds = (performance.now() - started) / 1000;
  const pages = caught(fakeHotlinePages);
  const lures = caught(chatAndReviewLures);
  const honest = caught(hardHonestTexts);
  return {
    threshold,
    realReviews: reviews.length,
    realWithAnyHandle: withHandle,
    realFlagged: flagged.length,
    falsePositiveRate: Number((flagged.length / reviews.length).toFixed(5)),
    hotlinePageRecall: Number((pages.caught / pages.total).toFixed(3)),
    lureRecall: Number((lures.caught / lures.total).toFixed(3)),
    missed: [...pages.missed, ...lures.missed],
    hardHonestFlagged: honest.caught,
    reviewsPerSecond: Math.round(reviews.length / seconds),
    /** Lengths only: the flagged real texts stay out of the output, since the data may not be redistributed. */
    flaggedLengths: flagged.map((r) => r.text.length),
  };
}
