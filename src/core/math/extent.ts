// Minimum and maximum of a mapped list without spreading it into arguments (which overflows the stack on big groups).
export function maxOf<T>(items: readonly T[], value: (item: T) => number): number {
  let best = Number.NEGATIVE_INFINITY;
  for (const item of items) best = Math.max(best, value(item));
  return best;
}

export function minOf<T>(items: readonly T[], value: (item: T) => number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const item of items) best = Math.min(best, value(item));
  return best;
}
