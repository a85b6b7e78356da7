// Upper tail of the Poisson distribution: how surprising a count is against the rate a baseline predicts.

const LOG_FACTORIALS: number[] = [0];

/** log(n!) exactly for small n (cached sums), by Stirling's series beyond, where its error is below 1e-12. */
export function logFactorial(n: number): number {
  if (n < 0 || !Number.isInteger(n)) throw new RangeError(`logFactorial needs a whole number, got ${n}`);
  if (n < 256) {
    for (let k = LOG_FACTORIALS.length; k <= n; k += 1) LOG_FACTORIALS.push(LOG_FACTORIALS[k - 1]! + Math.log(k));
    return LOG_FACTORIALS[n]!;
  }
  const inverse = 1 / n;
  const inverse2 = inverse * inverse;
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + inverse * (1 / 12 - inverse2 * (1 / 360 - inverse2 / 1260));
}

function logTerm(j: number, rate: number): number {
  return -rate + j * Math.log(rate) - logFactorial(j);
}

/**
 * P(X ≥ k) for X ~ Poisson(rate). The shorter side of the mode is summed in log space, so tails far below 1e-300
 * keep their order of magnitude through `poissonLogTail` and tails near 1 do not collect rounding error.
 */
export function poissonUpperTail(k: number, rate: number): number {
  return Math.exp(poissonLogTail(k, rate));
}

/** log P(X ≥ k) for X ~ Poisson(rate); 0 when k ≤ 0, -Infinity when the rate is 0 and k > 0. */
export function poissonLogTail(k: number, rate: number): number {
  if (k <= 0) return 0;
  if (!(rate > 0)) return -Infinity;
  const start = Math.ceil(k);
  if (start - 1 < rate) {
    // The lower side is the short one: 1 − P(X ≤ k − 1).
    let sum = 0;
    for (let j = start - 1; j >= 0; j -= 1) {
      const term = Math.exp(logTerm(j, rate));
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return Math.log(Math.max(Number.MIN_VALUE, 1 - sum));
  }
  // Terms fall at least geometrically past the mode; sum them relative to the first so nothing underflows.
  const first = logTerm(start, rate);
  let relative = 0;
  let ratio = 1;
  for (let j = start; ; j += 1) {
    relative += ratio;
    ratio *= rate / (j + 1);
    if (ratio < relative * 1e-17) break;
  }
  return first + Math.log(relative);
}
