// A synthetic heavy-tailed purchase graph: Chung–Lu edges between Pareto-weighted accounts and Zipf-weighted items.
import type { Interactions } from './interactions.ts';
import { AliasTable, Rng } from '../../src/core/simulation/random.ts';

export type HeavyTailedShape = { readonly edges: number; readonly accounts: number; readonly items: number; readonly days: number };

/** Ten accounts and a tenth of an item per edge: YelpChi-like sparsity, with a few very heavy buyers and bestsellers. */
export function shapeFor(edges: number, days = 30): HeavyTailedShape {
  return { edges, accounts: Math.round(edges / 4), items: Math.round(edges / 50), days };
}

export function heavyTailedGraph(shape: HeavyTailedShape, seed: number): Interactions {
  const rng = new Rng(seed, 0);
  // Pareto(α = 1.5) activity per account and Zipf(s = 0.9) popularity per item.
  const activity = Float64Array.from({ length: shape.accounts }, () => (1 - rng.float()) ** (-1 / 1.5));
  const popularity = Float64Array.from({ length: shape.items }, (_, rank) => 1 / (rank + 1) ** 0.9);
  const accounts = new AliasTable(activity);
  const items = new AliasTable(popularity);
  const account = new Int32Array(shape.edges);
  const item = new Int32Array(shape.edges);
  const day = new Int32Array(shape.edges);
  for (let e = 0; e < shape.edges; e += 1) {
    account[e] = accounts.draw(rng);
    item[e] = items.draw(rng);
    day[e] = rng.int(0, shape.days - 1);
  }
  return { accounts: shape.accounts, items: shape.items, days: shape.days, account, item, day };
}
