// How surprising a block is given the degrees alone: an independence (Chung–Lu style) expectation and a Poisson surprise.

/**
 * Expected mass of a block if every tuple fell independently in proportion to its values' degrees: the total times
 * the product of each mode's share of the total (the block's accounts' share of all orders × its items' share × its
 * days' share). Heavy buyers and bestsellers have large shares, so their organic overlap is expected to be large.
 */
export function independenceExpectation(total: number, modeMasses: readonly number[]): number {
  if (total <= 0) return 0;
  let expected = total;
  for (const mass of modeMasses) expected *= Math.min(1, mass / total);
  return expected;
}

/**
 * The Poisson log-likelihood ratio of seeing `observed` where `expected` was due (the KL surprise of CrossSpot and of
 * D-Cube's `susp` measure, with a degree-based instead of a uniform expectation); 0 when the block is not denser
 * than expected.
 */
export function poissonSurprise(observed: number, expected: number): number {
  if (observed <= expected || observed <= 0) return 0;
  if (expected <= 0) return Number.POSITIVE_INFINITY;
  return observed * Math.log(observed / expected) - observed + expected;
}
