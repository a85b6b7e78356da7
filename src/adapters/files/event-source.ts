// Picks the reader for an input file by its extension, or says which formats are supported.
import { existsSync, statSync } from 'node:fs';
import type { EventSource } from '../../app/ports.ts';
import { appError, type AppError } from '../../core/errors/catalog.ts';
import { err, ok, type Result } from '../../core/result.ts';
import { csvSource } from './csv-source.ts';
import { jsonlSource } from './jsonl-source.ts';
import { inputFormat } from './open-input.ts';

export function openEventFile(path: string): Result<EventSource, AppError> {
  if (!existsSync(path) || !statSync(path).isFile()) return err(appError('SM_FILE_UNREADABLE', `No such file: ${path}`));
  const format = inputFormat(path);
  if (format === 'jsonl') return ok(jsonlSource(path));
  if (format === 'csv') return ok(csvSource(path));
  return err(appError('SM_FILE_FORMAT', `Unsupported input format for ${path}: use .jsonl, .ndjson, .json (one event per line) or .csv, optionally .gz`));
}
