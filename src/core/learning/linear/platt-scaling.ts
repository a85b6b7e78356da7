// Platt scaling (Platt 1999): a margin m becomes a·m + b, fitted by weighted logistic regression on out-of-fold margins.
import { sigmoid } from '../metrics.ts';

export type MarginScale = { readonly scale: number; readonly shift: number };

export const IDENTITY_SCALE: MarginScale = { scale: 1, shift: 0 };

/**
 * A regularised text model's margins are too timid on held-out rows (on op_spam the best a is about 1.8). Trees boosted
 * from such an offset spend their first rounds stretching it, fitting noise in the features they split on; a calibrated
 * offset leaves them only what the text misses. Newton's method on two parameters, from a = 1, b = 0: deterministic.
 */
export function fitMarginScale(margins: ArrayLike<number>, labels: ArrayLike<number>, positiveWeight = 1, iterations = 25): MarginScale {
  let a = 1;
  let b = 0;
  for (let it = 0; it < iterations; it += 1) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < margins.length; i += 1) {
      const m = margins[i]!;
      const w = labels[i] === 1 ? positiveWeight : 1;
      const p = sigmoid(a * m + b);
      const r = w * (p - labels[i]!);
      const h = w * p * (1 - p);
      ga += r * m;
      gb += r;
      haa += h * m * m;
      hab += h * m;
      hbb += h;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  // Never flip or erase the text model's ranking: a non-positive scale means the margins carry nothing held out.
  return a > 0 && Number.isFinite(a) && Number.isFinite(b) ? { scale: a, shift: b } : IDENTITY_SCALE;
}

export const applyMarginScale = (margins: Float64Array, { scale, shift }: MarginScale): Float64Array => margins.map((m) => scale * m + shift);
