// Reads CSV with a header row: one event per row, malformed rows reported with their line and the rest kept.
import { parse } from 'csv-parse';
import type { EventSource, RawRecord } from '../../app/ports.ts';
import { csvRowToRecord } from './csv-coerce.ts';
import { fileSource, type OpenedInput } from './open-input.ts';

const BATCH = 1_000;

type ParsedRow = { record: Record<string, string>; info: { lines: number } };

async function* readCsv(input: OpenedInput): AsyncIterable<readonly RawRecord[]> {
  let batch: RawRecord[] = [];
  const parser = input.stream.pipe(
    parse({ columns: true, bom: true, info: true, skip_empty_lines: true, trim: false, skip_records_with_error: true }),
  );
  // With skip_records_with_error the parser drops a bad row and emits 'skip'; we turn it into a reject, keeping the rest.
  parser.on('skip', (error: Error & { lines?: number }) => {
    batch.push({ line: error.lines ?? 0, parseError: `malformed CSV row: ${error.message}` });
  });
  for await (const row of parser as AsyncIterable<ParsedRow>) {
    batch.push({ line: row.info.lines, value: csvRowToRecord(row.record) });
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

export function csvSource(path: string): EventSource {
  return fileSource(path, readCsv);
}
