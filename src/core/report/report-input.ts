// What an analysis run hands to the report: counts, versions, failures, findings and top scores.
import type { DetectorFailure } from '../detectors/detector.ts';
import type { Finding } from '../findings/finding.ts';
import type { RatingsResult } from '../ratings/rating-types.ts';
import type { EntityScore } from '../scoring/fuse.ts';

export type RunSummary = {
  readonly generatedAt: string;
  readonly source: string;
  readonly linesRead: number;
  readonly eventsAccepted: number;
  readonly rejected: number;
  readonly duplicates: number;
  readonly eventsByType: Readonly<Record<string, number>>;
  readonly tenants: number;
  readonly detectors: readonly string[];
  readonly fusionVersion: string;
  readonly failures: readonly DetectorFailure[];
  readonly elapsedMs: number;
};

export type ReportInput = {
  readonly run: RunSummary;
  readonly findings: readonly Finding[];
  readonly scores: readonly EntityScore[];
  /** Review scores and trusted ratings, when the run computed them. */
  readonly ratings?: RatingsResult;
};
