// Small accumulators the own-feature builders share: counts, flags, sums and time gaps per interned entity.
import type { FeatureBlock } from './feature-block.ts';
import { HOUR_MS } from '../../time/units.ts';

/** Adds 1 (or `by`) to `name` for each entity id; ids of -1 (absent) are skipped. */
export function countInto(block: FeatureBlock, name: string, ids: Int32Array, by?: Float64Array): void {
  const column = block.column(name);
  for (let row = 0; row < ids.length; row += 1) {
    const id = ids[row]!;
    if (id < 0) continue;
    const add = by ? by[row]! : 1;
    if (!Number.isNaN(add)) column[id]! += add;
  }
}

/** Sets `name` to 1 for every entity id that has a row with a true flag (flags: 1 true, 0 false, -1 absent). */
export function flagInto(block: FeatureBlock, name: string, ids: Int32Array, flags?: Int8Array): void {
  const column = block.column(name);
  for (let row = 0; row < ids.length; row += 1) if (ids[row]! >= 0 && (!flags || flags[row] === 1)) column[ids[row]!] = 1;
}

/** Earliest time per entity id (NaN when none). */
export function firstTime(size: number, ids: Int32Array, ts: Float64Array): Float64Array {
  const first = new Float64Array(size).fill(Number.NaN);
  for (let row = 0; row < ids.length; row += 1) {
    const id = ids[row]!;
    if (id >= 0 && !(first[id]! <= ts[row]!)) first[id] = ts[row]!;
  }
  return first;
}

/** Hours from `from[id]` to the row's time, written to `name` for each row's entity (the last row wins). */
export function hoursSince(block: FeatureBlock, name: string, ids: Int32Array, ts: Float64Array, from: Float64Array, fromIds = ids): void {
  const column = block.column(name, Number.NaN);
  for (let row = 0; row < ids.length; row += 1) {
    const id = ids[row]!;
    const origin = fromIds[row]! >= 0 ? from[fromIds[row]!]! : Number.NaN;
    if (id >= 0 && !Number.isNaN(origin)) column[id] = (ts[row]! - origin) / HOUR_MS;
  }
}

/** Local hour of day in China Standard Time (UTC+8), the market the platform serves: scripted work runs at odd hours. */
export const hourOfDay = (ms: number): number => Math.floor(((ms / HOUR_MS + 8) % 24 + 24) % 24);
