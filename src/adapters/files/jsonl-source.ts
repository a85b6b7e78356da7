// Reads JSON Lines in large chunks: one event per line, blank lines skipped, parse errors reported with the line number.
import { StringDecoder } from 'node:string_decoder';
import type { EventSource, RawRecord } from '../../app/ports.ts';
import { fileSource, type OpenedInput } from './open-input.ts';

function parseLine(text: string, line: number): RawRecord {
  try {
    return { line, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { line, parseError: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function* readJsonLines(input: OpenedInput): AsyncIterable<readonly RawRecord[]> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let line = 0;
  const split = (text: string, final: boolean): RawRecord[] => {
    const records: RawRecord[] = [];
    const parts = text.split('\n');
    const complete = final ? parts : parts.slice(0, -1);
    for (const part of complete) {
      line += 1;
      const trimmed = part.endsWith('\r') ? part.slice(0, -1) : part;
      if (trimmed.trim() !== '') records.push(parseLine(trimmed, line));
    }
    carry = final ? '' : (parts[parts.length - 1] ?? '');
    return records;
  };
  for await (const chunk of input.stream as AsyncIterable<Buffer>) {
    const records = split(carry + decoder.write(chunk), false);
    if (records.length) yield records;
  }
  const rest = split(carry + decoder.end(), true);
  if (rest.length) yield rest;
}

export function jsonlSource(path: string): EventSource {
  return fileSource(path, readJsonLines);
}
