// The one interface every detector implements: a pure function over a snapshot that returns findings or a typed failure.
import type { z } from 'zod';
import type { Finding, FindingKind } from '../findings/finding.ts';
import type { Result } from '../result.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';

/** What a detector returns: a finding without the fields the runner fills in (id, severity, detector, tenant). */
export type FindingDraft = Omit<Finding, 'id' | 'severity' | 'detector' | 'tenant' | 'window'> & {
  /** Epoch milliseconds; the runner formats them. */
  readonly window: { readonly from: number; readonly to: number };
};

export type DetectorFailure = { readonly detector: string; readonly message: string };

export type Detector<P = unknown> = {
  /** Stable name, used in `detector` as name@version and in configuration. */
  readonly name: string;
  /** Semantic version; bump it whenever the same input could give different findings. */
  readonly version: string;
  readonly kinds: readonly FindingKind[];
  /** Parameters with defaults; the runner parses overrides through it. */
  readonly params: z.ZodType<P>;
  run(snapshot: Snapshot, params: P): Result<FindingDraft[], DetectorFailure>;
};

/** Widens a detector of specific params to the registry's element type without losing its own checks. */
export function defineDetector<P>(detector: Detector<P>): Detector<P> {
  return detector;
}
