// One injection case: FRAUDAR's first block (what the authors' code returns) against the ring search, scored on accounts, items and both.
import { buildBipartiteGraph } from '../../src/core/graph/bipartite-graph.ts';
import { fraudar } from '../../src/core/graph/fraudar.ts';
import { findRingBlocks } from '../../src/core/detectors/brushing-ring/find-ring-blocks.ts';
import { accuracy, pooledAccuracy, type Accuracy } from './accuracy.ts';
import { injectRing, type Camouflage } from './inject.ts';
import type { InjectedRing, Interactions } from './interactions.ts';
import { timed, type Timing } from './timing.ts';

export type BlockScore = { readonly accounts: Accuracy; readonly items: Accuracy; readonly pooled: Accuracy };

export type CaseResult = {
  readonly background: string;
  readonly density: number;
  readonly camouflage: Camouflage;
  readonly edges: number;
  /** The first FRAUDAR block on accounts × items, as the reference implementation returns it. */
  readonly fraudarFirst: BlockScore & { readonly size: [number, number]; readonly timing: Timing };
  /** The ring search: its top-ranked block, and every block it flags. */
  readonly ringTop: BlockScore & { readonly size: [number, number]; readonly days: [number, number]; readonly foundBy: string; readonly lift: number };
  readonly ringFlagged: BlockScore & { readonly blocks: number };
  readonly ringTiming: Timing;
};

function score(accounts: ArrayLike<number>, items: ArrayLike<number>, ring: InjectedRing): BlockScore {
  return { accounts: accuracy(accounts, ring.accounts), items: accuracy(items, ring.items), pooled: pooledAccuracy(accounts, items, ring) };
}

export function runCase(background: string, base: Interactions, density: number, camouflage: Camouflage, newItems: boolean, seed: number): CaseResult {
  const { data, ring } = injectRing(base, { members: 200, items: 200, density, activeDays: 3, camouflage, newItems }, seed);
  const first = timed(() => fraudar(buildBipartiteGraph(data.account, data.item, data.accounts, data.items)));
  const search = timed(() => findRingBlocks(data));
  const { rings } = search.value;
  const top = rings[0];
  const empty = new Int32Array(0);
  return {
    background, density, camouflage, edges: data.account.length,
    fraudarFirst: { ...score(first.value.rows, first.value.cols, ring), size: [first.value.rows.length, first.value.cols.length], timing: first.timing },
    ringTop: {
      ...score(top?.accounts ?? empty, top?.items ?? empty, ring),
      size: [top?.accounts.length ?? 0, top?.items.length ?? 0], days: [top?.fromDay ?? -1, top?.toDay ?? -1],
      foundBy: top?.sources.join('+') ?? '', lift: Number((top?.lift ?? 0).toFixed(1)),
    },
    ringFlagged: { ...score(rings.flatMap((r) => [...r.accounts]), rings.flatMap((r) => [...r.items]), ring), blocks: rings.length },
    ringTiming: search.timing,
  };
}
