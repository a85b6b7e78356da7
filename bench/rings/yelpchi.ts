// Loads the YelpChi review graph (users × products) from the shared data folder and spreads it over 30 days.
import { readFileSync } from 'node:fs';
import type { Interactions } from './interactions.ts';
import { Rng } from '../../src/core/simulation/random.ts';

export const YELPCHI_PATH = new URL('../../../shared/data/yelpchi/reviews.csv', import.meta.url);

/** The public copy has no dates, so each review gets a uniform random day: a month of background activity. */
export function loadYelpChi(days: number, seed: number, path: URL | string = YELPCHI_PATH): Interactions {
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = lines[0]?.split(',') ?? [];
  const userColumn = header.indexOf('user_id');
  const productColumn = header.indexOf('product_id');
  if (userColumn < 0 || productColumn < 0) throw new Error(`unexpected YelpChi header: ${lines[0]}`);
  const users = new Map<string, number>();
  const products = new Map<string, number>();
  const account: number[] = [];
  const item: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const fields = line.split(',');
    const user = fields[userColumn]!;
    const product = fields[productColumn]!;
    if (!users.has(user)) users.set(user, users.size);
    if (!products.has(product)) products.set(product, products.size);
    account.push(users.get(user)!);
    item.push(products.get(product)!);
  }
  const rng = new Rng(seed, 2);
  const day = Int32Array.from(account, () => rng.int(0, days - 1));
  return { accounts: users.size, items: products.size, days, account: Int32Array.from(account), item: Int32Array.from(item), day };
}
