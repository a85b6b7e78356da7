// YelpChi, structure only: each review links to its author (account) and its business (item), and the author to the business.
import { join } from 'node:path';
import { stratifiedSplit } from '../../src/core/learning/split-rows.ts';
import { dataRoot, EventWriter, labelOf, readCsv, workRoot, type Converted } from './dataset-files.ts';

/** 40% of reviews for training, stratified, the rest for testing; every review's structure is known to both (transductive). */
export async function convertYelpChi(seeds: readonly number[]): Promise<Converted> {
  const reviews = readCsv(join(dataRoot, 'yelpchi/reviews.csv'));
  const writer = new EventWriter(join(workRoot, 'yelpchi/events.jsonl'));
  for (const [i, review] of reviews.entries()) {
    const account = { type: 'account', id: `u${review.user_id}` };
    const item = { type: 'item', id: `p${review.product_id}` };
    const entity = { type: 'review', id: `r${i}` };
    await writer.write({ type: 'entity.linked', a: entity, b: account, relation: 'written_by' });
    await writer.write({ type: 'entity.linked', a: entity, b: item, relation: 'about' });
    await writer.write({ type: 'entity.linked', a: account, b: item, relation: 'reviewed' });
  }
  const events = await writer.close();
  const labels = reviews.map((r, i) => labelOf('review', `r${i}`, Number(r.is_spam)));
  const y = Uint8Array.from(labels, (l) => l.label);
  const splits = seeds.map((seed) => {
    const { first, second } = stratifiedSplit(y, 0.4, seed);
    return { name: `seed${seed}`, train: Array.from(first, (i) => labels[i]!), test: Array.from(second, (i) => labels[i]!) };
  });
  return { dataset: 'yelpchi', eventsFile: writer.path, events, entityType: 'review', splits, measures: ['aucRoc', 'averagePrecision'] };
}
