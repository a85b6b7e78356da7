// Creates shops and their listings: Zipf-like popularity across shops and across each shop's items.
import { categories } from '../catalog/categories.ts';
import { regions } from '../catalog/regions.ts';
import type { Ids } from '../ids.ts';
import { AliasTable, type Rng } from '../random.ts';
import { itemDescription, itemTitle, shopName } from '../text/listing-text.ts';
import type { Item, Merchant } from './types.ts';

const sellerRegions = new AliasTable(regions.map((r) => r.sellers));
const categoryShares = new AliasTable(categories.map((c) => c.share));

export type MerchantSpec = {
  rank: number;
  weight: number;
  openedAt: number;
  opensInSim: boolean;
  owner: number;
  staff: number;
  category?: number;
  spam?: boolean;
};

/** A unified social credit code shape: 18 characters, registration authority 91 for companies. */
function licenseId(rng: Rng, region: number): string {
  const area = String(310_000 + region * 1_000 + rng.int(100, 999));
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let tail = '';
  for (let i = 0; i < 9; i += 1) tail += chars[rng.int(0, chars.length - 1)];
  return `91${area}${tail}${chars[rng.int(0, chars.length - 1)]}`;
}

export function createMerchant(rng: Rng, ids: Ids, index: number, spec: MerchantSpec): Merchant {
  const category = spec.category ?? categoryShares.draw(rng);
  const region = sellerRegions.draw(rng);
  return {
    index,
    id: ids.next('merchant'),
    name: shopName(rng, categories[category]!),
    category,
    region,
    license: licenseId(rng, region),
    rank: spec.rank,
    weight: spec.weight,
    items: [],
    openedAt: spec.openedAt,
    opensInSim: spec.opensInSim,
    owner: spec.owner,
    staff: spec.staff,
    spam: spec.spam ?? false,
    mask: 0,
  };
}

export type ItemSpec = { publishedAt: number; publishesInSim: boolean; weight: number; title?: string; description?: string };

export function createItem(rng: Rng, ids: Ids, index: number, merchant: Merchant, spec: ItemSpec): Item {
  const category = categories[merchant.category]!;
  const noun = rng.pick(category.nouns);
  const title = spec.title ?? itemTitle(rng, category, noun);
  const price = Math.round(Math.min(category.price.max, Math.max(category.price.min, rng.logNormal(category.price.median, category.price.sigma))) / 10) * 10 - 10;
  return {
    index,
    id: ids.next('item'),
    merchant: merchant.index,
    category: merchant.category,
    noun,
    title,
    description: spec.description ?? itemDescription(rng, title),
    price: Math.max(90, price + (rng.chance(0.6) ? 9 : 0)),
    grams: Math.max(20, Math.round(rng.logNormal(category.grams.median, category.grams.sigma))),
    weight: spec.weight,
    publishedAt: spec.publishedAt,
    publishesInSim: spec.publishesInSim,
    mask: 0,
  };
}

/** Items per shop: a handful for most, dozens for a few. */
export function itemCount(rng: Rng): number {
  return Math.min(60, 2 + Math.floor(rng.logNormal(8, 0.7)));
}
