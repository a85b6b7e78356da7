// The simulator as an in-memory event source for `analyze`, with its truth rows collected on the side.
import type { EventSource, RawRecord } from '../../src/app/ports.ts';
import { simulateMarketplace, type SimulationOptionsInput, type TruthRow } from '../../src/core/simulation/index.ts';

export type SimulatedSource = { readonly source: EventSource; readonly truth: TruthRow[]; readonly events: () => number };

/** Events stream straight from the generator into analysis; nothing is written to disk. */
export function simulatedSource(options: SimulationOptionsInput, name: string): SimulatedSource {
  const truth: TruthRow[] = [];
  let line = 0;
  async function* batches(): AsyncIterable<readonly RawRecord[]> {
    let batch: RawRecord[] = [];
    for (const record of simulateMarketplace(options)) {
      if (record.kind === 'truth') {
        truth.push(record.row);
        continue;
      }
      line += 1;
      batch.push({ line, value: record.event });
      if (batch.length === 5_000) {
        yield batch;
        batch = [];
        // Generation is synchronous: give timers and I/O a turn between batches.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    if (batch.length) yield batch;
  }
  return { source: { name, batches }, truth, events: () => line };
}
