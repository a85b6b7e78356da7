// Floating-point sums and logarithms in the exact rounding of NumPy/glibc, so peeling reproduces the FRAUDAR reference's ties.
//
// Greedy peeling compares sums of edge weights, and exact ties between them are common (nodes of equal degree).
// Which node of a tie goes first depends on the last bit of each sum, so to return the same block as the authors'
// Python we add in the order NumPy does (pairwise summation in blocks of 8) and take correctly rounded logarithms
// (V8's Math.log is off by one ulp for about 0.6% of integers; glibc's, which NumPy calls, is correctly rounded).

/** NumPy's pairwise summation of values[from .. from + n), starting from 0 (what `np.sum` gives). */
export function pairwiseSum(values: ArrayLike<number>, from: number, n: number): number {
  if (n < 8) {
    let sum = 0;
    for (let i = 0; i < n; i += 1) sum += values[from + i]!;
    return sum;
  }
  if (n <= 128) {
    let r0 = values[from]!, r1 = values[from + 1]!, r2 = values[from + 2]!, r3 = values[from + 3]!;
    let r4 = values[from + 4]!, r5 = values[from + 5]!, r6 = values[from + 6]!, r7 = values[from + 7]!;
    const blocks = n - (n % 8);
    let i = 8;
    for (; i < blocks; i += 8) {
      r0 += values[from + i]!;
      r1 += values[from + i + 1]!;
      r2 += values[from + i + 2]!;
      r3 += values[from + i + 3]!;
      r4 += values[from + i + 4]!;
      r5 += values[from + i + 5]!;
      r6 += values[from + i + 6]!;
      r7 += values[from + i + 7]!;
    }
    let sum = (r0 + r1 + (r2 + r3)) + (r4 + r5 + (r6 + r7));
    for (; i < n; i += 1) sum += values[from + i]!;
    return sum;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSum(values, from, half) + pairwiseSum(values, from + half, n - half);
}

/** What `np.add.reduceat` gives for one segment: the first value plus the pairwise sum of the rest. */
export function reduceatSum(values: ArrayLike<number>, from: number, n: number): number {
  if (n === 0) return 0;
  return values[from]! + pairwiseSum(values, from + 1, n - 1);
}

// Double-double arithmetic (Dekker, Knuth): a value is hi + lo with |lo| ≤ ulp(hi) / 2, about 106 bits.
type DoubleDouble = { hi: number; lo: number };
const SPLITTER = 134217729; // 2^27 + 1

function twoSum(a: number, b: number): DoubleDouble {
  const s = a + b;
  const v = s - a;
  return { hi: s, lo: a - (s - v) + (b - v) };
}

function twoProduct(a: number, b: number): DoubleDouble {
  const p = a * b;
  const ca = SPLITTER * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLITTER * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return { hi: p, lo: ah * bh - p + ah * bl + al * bh + al * bl };
}

function add(x: DoubleDouble, y: DoubleDouble): DoubleDouble {
  const s = twoSum(x.hi, y.hi);
  const t = twoSum(x.lo, y.lo);
  const u = twoSum(s.hi, s.lo + t.hi);
  return twoSum(u.hi, u.lo + t.lo);
}

function multiply(x: DoubleDouble, y: DoubleDouble): DoubleDouble {
  const p = twoProduct(x.hi, y.hi);
  return twoSum(p.hi, p.lo + (x.hi * y.lo + x.lo * y.hi));
}

function divide(x: DoubleDouble, y: DoubleDouble): DoubleDouble {
  const q1 = x.hi / y.hi;
  const r = add(x, multiply({ hi: -q1, lo: 0 }, y));
  const q2 = r.hi / y.hi;
  const r2 = add(r, multiply({ hi: -q2, lo: 0 }, y));
  const q3 = r2.hi / y.hi;
  return add(twoSum(q1, q2), { hi: q3, lo: 0 });
}

const LN2: DoubleDouble = { hi: 0.6931471805599453, lo: 2.3190468138462996e-17 };

/**
 * The natural logarithm of x > 0 rounded to nearest: log x = k·ln 2 + 2·atanh(s), s = (m − 1)/(m + 1), m ∈ [0.75, 1.5),
 * the series summed in double-double until its terms vanish (|s| < 0.2, so about 25 terms).
 */
export function correctlyRoundedLog(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log(x);
  let k = Math.floor(Math.log2(x));
  let m = x / 2 ** k;
  while (m >= 1.5) {
    m /= 2;
    k += 1;
  }
  while (m < 0.75) {
    m *= 2;
    k -= 1;
  }
  // m − 1 is exact (Sterbenz); m + 1 may need a second word.
  const s = divide({ hi: m - 1, lo: 0 }, twoSum(m, 1));
  const s2 = multiply(s, s);
  let term = s;
  let sum = s;
  for (let n = 3; n < 200; n += 2) {
    term = multiply(term, s2);
    const piece = divide(term, { hi: n, lo: 0 });
    if (Math.abs(piece.hi) < Math.abs(sum.hi) * 1e-34) break;
    sum = add(sum, piece);
  }
  const twice = { hi: sum.hi * 2, lo: sum.lo * 2 };
  const result = add(multiply(LN2, { hi: k, lo: 0 }), twice);
  return result.hi + result.lo;
}
