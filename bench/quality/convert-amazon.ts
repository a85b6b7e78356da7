// Amazon (Musical Instruments) users: 25 behavioural features as entity.attributes, U-P-U co-review links as entity.linked.
import { join } from 'node:path';
import { stratifiedSplit } from '../../src/core/learning/split-rows.ts';
import { dataRoot, EventWriter, labelOf, readCsv, workRoot, writeAttributedGraph, type Converted } from './dataset-files.ts';

/** The usual protocol (CARE-GNN, GADBench semi-supervised): 40% of users for training, stratified, the rest for testing. */
export async function convertAmazon(seeds: readonly number[]): Promise<Converted> {
  const users = readCsv(join(dataRoot, 'amazon/users.csv'));
  const writer = new EventWriter(join(workRoot, 'amazon/events.jsonl'));
  const events = await writeAttributedGraph(writer, users, readCsv(join(dataRoot, 'amazon/links.csv')), 'u', 'co_review');
  const labels = users.map((u) => labelOf('account', `u${u.node}`, Number(u.label)));
  const y = Uint8Array.from(labels, (l) => l.label);
  const splits = seeds.map((seed) => {
    const { first, second } = stratifiedSplit(y, 0.4, seed);
    return { name: `seed${seed}`, train: Array.from(first, (i) => labels[i]!), test: Array.from(second, (i) => labels[i]!) };
  });
  return { dataset: 'amazon', eventsFile: writer.path, events, entityType: 'account', splits, measures: ['aucRoc', 'averagePrecision'] };
}
