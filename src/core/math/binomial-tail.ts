// Upper tail of the binomial distribution: how surprising it is that k of n independent picks landed on one side of chance p.

function logChoose(n: number, k: number): number {
  let sum = 0;
  // Σ log((n - k + i) / i) is exact enough for the counts detectors see (n up to a few hundred thousand).
  const small = Math.min(k, n - k);
  for (let i = 1; i <= small; i += 1) sum += Math.log((n - small + i) / i);
  return sum;
}

/** P(X ≥ k) for X ~ Binomial(n, p), summed from k upward in log space so tiny tails do not round to zero. */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n || p <= 0) return 0;
  if (p >= 1) return 1;
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  // Sum whichever side of the mode is shorter and smaller, so near-certain tails do not collect rounding error.
  if (k - 1 < n * p) return Math.max(0, 1 - sideSum(k - 1, -1, n, logP, logQ));
  return Math.min(1, sideSum(k, 1, n, logP, logQ));
}

/** Σ P(X = j) from j = start stepping by `step` (+1 up to n, -1 down to 0), stopping when terms stop mattering. */
function sideSum(start: number, step: 1 | -1, n: number, logP: number, logQ: number): number {
  let logTerm = logChoose(n, start) + start * logP + (n - start) * logQ;
  let sum = 0;
  for (let j = start; j >= 0 && j <= n; j += step) {
    const term = Math.exp(logTerm);
    sum += term;
    if (term < sum * 1e-17) break;
    logTerm += step === 1 ? Math.log((n - j) / (j + 1)) + logP - logQ : Math.log(j / (n - j + 1)) + logQ - logP;
  }
  return sum;
}
