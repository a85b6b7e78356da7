// Groups table rows by an interned key and orders each group by time, in flat typed arrays.

export type RowGroups = {
  /** Row indices, grouped by key and in time order within a group. */
  readonly rows: Int32Array;
  /** Group g spans rows[start[g] .. start[g + 1]); g is the key's interned id. */
  readonly start: Int32Array;
};

/** Counting sort by key (O(n + keys)), then a time sort inside each group. Rows with key -1 are left out. */
export function groupRowsByKey(keys: Int32Array, ts: Float64Array, keyCount: number): RowGroups {
  const start = new Int32Array(keyCount + 1);
  for (const key of keys) if (key >= 0) start[key + 1]! += 1;
  for (let k = 0; k < keyCount; k += 1) start[k + 1]! += start[k]!;
  const cursor = start.slice(0, keyCount);
  const rows = new Int32Array(start[keyCount]!);
  for (let row = 0; row < keys.length; row += 1) {
    const key = keys[row]!;
    if (key < 0) continue;
    rows[cursor[key]!] = row;
    cursor[key]! += 1;
  }
  for (let k = 0; k < keyCount; k += 1) {
    const from = start[k]!;
    const to = start[k + 1]!;
    if (to - from > 1) sortByTime(rows.subarray(from, to), ts);
  }
  return { rows, start };
}

function sortByTime(segment: Int32Array, ts: Float64Array): void {
  // Ties keep arrival order, so results do not depend on the sort algorithm.
  segment.sort((a, b) => ts[a]! - ts[b]! || a - b);
}
