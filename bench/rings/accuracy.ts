// Precision, recall and F1 of detected accounts and items against an injected ring.

export type Accuracy = { readonly precision: number; readonly recall: number; readonly f1: number };

export function accuracy(found: ArrayLike<number>, truth: ArrayLike<number>): Accuracy {
  const truthSet = new Set(Array.from(truth));
  const foundSet = new Set(Array.from(found));
  let hits = 0;
  for (const x of foundSet) if (truthSet.has(x)) hits += 1;
  const precision = foundSet.size === 0 ? 0 : hits / foundSet.size;
  const recall = truthSet.size === 0 ? 0 : hits / truthSet.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

/** Accounts and items pooled, as the FRAUDAR paper (and its `getFMeasure`) scores a block. */
export function pooledAccuracy(accounts: ArrayLike<number>, items: ArrayLike<number>, ring: { accounts: ArrayLike<number>; items: ArrayLike<number> }): Accuracy {
  const offset = 1 << 30;
  const shift = (xs: ArrayLike<number>) => Array.from(xs, (x) => x + offset);
  return accuracy([...Array.from(accounts), ...shift(items)], [...Array.from(ring.accounts), ...shift(ring.items)]);
}

function round(x: number): number {
  return Number(x.toFixed(4));
}
