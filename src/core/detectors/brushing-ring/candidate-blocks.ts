// Candidate rings from three searches: FRAUDAR blocks of accounts × items, dense account × item × day subtensors, and each shop alone.
import { buildBipartiteGraph } from '../../graph/bipartite-graph.ts';
import { denseSubtensorsTopK, findDenseSubtensor } from '../../graph/dense-subtensor.ts';
import { fraudarTopK } from '../../graph/fraudar-top-k.ts';
import { buildTensor } from '../../graph/tensor.ts';
import { burstWindow } from './burst-window.ts';
import { ACCOUNT, DAY, ITEM, type RingIndex } from './ring-input.ts';
import type { RingSearchOptions } from './ring-search-options.ts';

export type CandidateSource = 'fraudar' | 'subtensor' | 'merchant';

export type Candidate = {
  readonly accounts: Int32Array;
  readonly items: Int32Array;
  /** Inclusive day range the block's purchases concentrate in. */
  readonly fromDay: number;
  readonly toDay: number;
  readonly source: CandidateSource;
};

export type CandidateOptions = Pick<RingSearchOptions, 'fraudarBlocks' | 'subtensorBlocks' | 'merchantBlocks' | 'merchantMinOrders' | 'windowMaxDays'>;

function daysOfBlock(index: RingIndex, accounts: Int32Array, items: Int32Array): number[] {
  const { input, purchases } = index;
  const inItems = new Uint8Array(input.items);
  for (const i of items) inItems[i] = 1;
  const days: number[] = [];
  const { start, tuples } = purchases.index[ACCOUNT]!;
  for (const a of accounts) for (let k = start[a]!; k < start[a + 1]!; k += 1) if (inItems[input.item[tuples[k]!]!] === 1) days.push(input.day[tuples[k]!]!);
  return days;
}

function fraudarCandidates(index: RingIndex, options: CandidateOptions): Candidate[] {
  const { input } = index;
  const graph = buildBipartiteGraph(input.account, input.item, input.accounts, input.items);
  return fraudarTopK(graph, options.fraudarBlocks).map((block) => ({
    accounts: block.rows,
    items: block.cols,
    ...burstWindow(daysOfBlock(index, block.rows, block.cols), index.dayOrders, options.windowMaxDays),
    source: 'fraudar' as const,
  }));
}

/**
 * The given purchases as an account × item × day tensor, each purchase weighted 1/log(item buyers + 5) as FRAUDAR
 * weighs columns (a repeated purchase counts again). Values are renumbered densely when `renumber` is set; `back[n]`
 * then maps mode n's local values back.
 */
function weightedCells(index: RingIndex, purchases: ArrayLike<number>, renumber: boolean) {
  const { input } = index;
  const local = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
  const back: number[][] = [[], [], []];
  const localId = (n: number, v: number) => {
    if (!renumber) return v;
    let id = local[n]!.get(v);
    if (id === undefined) {
      id = back[n]!.length;
      local[n]!.set(v, id);
      back[n]!.push(v);
    }
    return id;
  };
  const values = [new Int32Array(purchases.length), new Int32Array(purchases.length), new Int32Array(purchases.length)];
  const mass = new Float64Array(purchases.length);
  for (let k = 0; k < purchases.length; k += 1) {
    const t = purchases[k]!;
    values[ACCOUNT]![k] = localId(ACCOUNT, input.account[t]!);
    values[ITEM]![k] = localId(ITEM, input.item[t]!);
    values[DAY]![k] = localId(DAY, input.day[t]!);
    mass[k] = index.itemWeights[input.item[t]!]!;
  }
  const sizes = renumber ? back.map((list) => list.length) : [input.accounts, input.items, input.days];
  return { tensor: buildTensor(values, mass, sizes), back: renumber ? back : undefined };
}

function toCandidate(values: readonly Int32Array[], back: number[][] | undefined, source: CandidateSource): Candidate {
  const map = (n: number) => (back ? Int32Array.from(values[n]!, (v) => back[n]![v]!).sort() : values[n]!);
  const days = map(DAY);
  return { accounts: map(ACCOUNT), items: map(ITEM), fromDay: days[0] ?? 0, toDay: days[days.length - 1] ?? 0, source };
}

function subtensorCandidates(index: RingIndex, options: CandidateOptions): Candidate[] {
  const all = new Int32Array(index.input.account.length);
  for (let t = 0; t < all.length; t += 1) all[t] = t;
  const { tensor, back } = weightedCells(index, all, false);
  return denseSubtensorsTopK(tensor, options.subtensorBlocks).map((block) => toCandidate(block.values, back, 'subtensor'));
}

function merchantCandidates(index: RingIndex, options: CandidateOptions): Candidate[] {
  const { input, purchases } = index;
  if (!input.itemMerchant) return [];
  const byMerchant = new Map<number, number[]>();
  const { start, tuples } = purchases.index[ITEM]!;
  for (let i = 0; i < input.items; i += 1) {
    const merchant = input.itemMerchant[i]!;
    if (merchant < 0 || start[i + 1] === start[i]) continue;
    const list = byMerchant.get(merchant) ?? [];
    for (let k = start[i]!; k < start[i + 1]!; k += 1) list.push(tuples[k]!);
    byMerchant.set(merchant, list);
  }
  const candidates: Candidate[] = [];
  for (const merchant of [...byMerchant.keys()].sort((a, b) => a - b)) {
    const list = byMerchant.get(merchant)!;
    if (list.length < options.merchantMinOrders) continue;
    const { tensor, back } = weightedCells(index, list, true);
    const blocks = options.merchantBlocks === 1 ? [findDenseSubtensor(tensor)] : denseSubtensorsTopK(tensor, options.merchantBlocks);
    for (const block of blocks) candidates.push(toCandidate(block.values, back, 'merchant'));
  }
  return candidates;
}

export function candidateBlocks(index: RingIndex, options: CandidateOptions): Candidate[] {
  return [...fraudarCandidates(index, options), ...subtensorCandidates(index, options), ...merchantCandidates(index, options)];
}
