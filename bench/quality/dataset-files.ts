// Shared plumbing of the converters: where the public data lives, CSV reading, and writing events and labels files.
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Label } from '../../src/core/learning/labels.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** The shared data folder beside the checkout (never copied into the repository); SHOUMEN_QUALITY_DATA overrides it. */
export const dataRoot = process.env.SHOUMEN_QUALITY_DATA ?? join(here, '../../../shared/data');
export const workRoot = join(here, '../.results/quality');

export function readCsv(path: string): Record<string, string>[] {
  return parse<Record<string, string>>(readFileSync(path), { columns: true, skip_empty_lines: true });
}

/** All the converted data share one clock: the public sets carry no usable time, and no feature reads absolute time. */
export const EPOCH = '2026-01-01T00:00:00+08:00';

/** Streams events as JSON Lines without holding the file in memory. */
export class EventWriter {
  private readonly out;
  private count = 0;
  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.out = createWriteStream(path);
  }

  async write(event: Record<string, unknown>): Promise<void> {
    this.count += 1;
    if (!this.out.write(`${JSON.stringify({ id: `e${this.count}`, ts: EPOCH, ...event })}\n`)) await once(this.out, 'drain');
  }

  async close(): Promise<number> {
    this.out.end();
    await once(this.out, 'finish');
    return this.count;
  }
}

/** A split of a data set's labels under its published protocol. */
export type Split = { readonly name: string; readonly train: Label[]; readonly validation?: Label[]; readonly test: Label[] };

export type Converted = {
  readonly dataset: string;
  readonly eventsFile: string;
  readonly events: number;
  readonly entityType: Label['entityType'];
  readonly splits: Split[];
  /** Which figure the literature reports, so the runner prints accuracy only where it is used. */
  readonly measures: readonly ('aucRoc' | 'averagePrecision' | 'accuracy')[];
  /** Extra grouping of test rows to report separately (e.g. op_spam polarity). */
  readonly groups?: ReadonlyMap<string, string>;
  /** Known-label features off where the corpus's design fixes each group's labels (see convert-op-spam.ts). */
  readonly knownLabels?: false;
};

export const labelOf = (entityType: Label['entityType'], entityId: string, label: number): Label => ({ entityType, entityId, label: label === 1 ? 1 : 0 });

/** Node tables with numeric columns f0..fN (amazon, tolokers): attributes per account, then the undirected links. */
export async function writeAttributedGraph(writer: EventWriter, nodes: readonly Record<string, string>[], links: readonly Record<string, string>[], prefix: string, relation: string): Promise<number> {
  for (const node of nodes) {
    const attributes = Object.fromEntries(Object.entries(node).filter(([k]) => /^f\d+$/.test(k)).map(([k, v]) => [k, Number(v)]));
    await writer.write({ type: 'entity.attributes', entity: { type: 'account', id: `${prefix}${node.node}` }, attributes });
  }
  for (const link of links) {
    await writer.write({ type: 'entity.linked', a: { type: 'account', id: `${prefix}${link.src}` }, b: { type: 'account', id: `${prefix}${link.dst}` }, relation });
  }
  return writer.close();
}
