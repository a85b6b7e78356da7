// Reads ../shared/data/zh_reviews (62,774 real Chinese shopping reviews) for benchmarks only; never for product code or tests.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export type RealReview = { readonly category: string; readonly positive: boolean; readonly text: string };

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared data folder: SHOUMEN_DATA when set, else ../shared/data beside the checkout. */
export function sharedDataDir(): string {
  return process.env.SHOUMEN_DATA ?? resolve(repoRoot, '../shared/data');
}

export function loadZhReviews(): RealReview[] {
  const file = join(sharedDataDir(), 'zh_reviews', 'online_shopping_10_cats.csv');
  if (!existsSync(file)) throw new Error(`zh_reviews not found at ${file}; set SHOUMEN_DATA to the shared data folder`);
  const rows = parse<Record<string, string | undefined>>(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
  return rows
    .map((row) => ({ category: row.cat ?? '', positive: row.label === '1', text: (row.review ?? '').trim() }))
    .filter((review) => review.text.length > 0);
}
