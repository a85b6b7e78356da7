// FRAUDAR's speed targets: one block on a 1M-edge graph (under 1 s) and the top five on 10M edges (under 30 s, under 4 GB).
import { buildBipartiteGraph } from '../../src/core/graph/bipartite-graph.ts';
import { fraudar } from '../../src/core/graph/fraudar.ts';
import { fraudarTopK } from '../../src/core/graph/fraudar-top-k.ts';
import { heavyTailedGraph, shapeFor } from './heavy-tailed.ts';
import { collect, timed, type Timing } from './timing.ts';

export type SpeedResult = {
  readonly edges: number;
  readonly distinctEdges: number;
  readonly blocks: number;
  /** Graph construction from the edge arrays plus peeling: what a caller waits for. */
  readonly runs: readonly Timing[];
  readonly best: Timing;
  readonly rssBeforeMb: number;
};

function best(runs: readonly Timing[]): Timing {
  return [...runs].sort((a, b) => a.cpuMs - b.cpuMs)[0]!;
}

export function fraudarSpeed(edges: number, blocks: number, repeats: number, seed: number): SpeedResult {
  const data = heavyTailedGraph(shapeFor(edges), seed);
  collect();
  const rssBeforeMb = Math.round(process.memoryUsage().rss / 2 ** 20);
  const runs: Timing[] = [];
  let distinctEdges = 0;
  for (let r = 0; r < repeats; r += 1) {
    const run = timed(() => {
      const graph = buildBipartiteGraph(data.account, data.item, data.accounts, data.items);
      distinctEdges = graph.edgeCount;
      return blocks === 1 ? [fraudar(graph)] : fraudarTopK(graph, blocks);
    });
    runs.push(run.timing);
    collect();
  }
  return { edges, distinctEdges, blocks, runs, best: best(runs), rssBeforeMb };
}
