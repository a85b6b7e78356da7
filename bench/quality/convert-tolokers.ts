// Tolokers: 10 profile features per worker as entity.attributes, co-task links as entity.linked, the official split 0.
import { join } from 'node:path';
import { dataRoot, EventWriter, labelOf, readCsv, workRoot, writeAttributedGraph, type Converted } from './dataset-files.ts';

export async function convertTolokers(): Promise<Converted> {
  const workers = readCsv(join(dataRoot, 'tolokers/workers.csv'));
  const writer = new EventWriter(join(workRoot, 'tolokers/events.jsonl'));
  const events = await writeAttributedGraph(writer, workers, readCsv(join(dataRoot, 'tolokers/links.csv')), 'w', 'co_task');
  const part = (name: string) => workers.filter((w) => w.split0 === name).map((w) => labelOf('account', `w${w.node}`, Number(w.banned)));
  return {
    dataset: 'tolokers',
    eventsFile: writer.path,
    events,
    entityType: 'account',
    splits: [{ name: 'split0', train: part('train'), validation: part('val'), test: part('test') }],
    measures: ['aucRoc', 'averagePrecision'],
  };
}
