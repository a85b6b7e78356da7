// Turns a flat CSV row (dotted column names, text cells) into a nested record typed by the event's own schema.
import { z } from 'zod';
import { eventSchemas, type EventType } from '../../core/events/event.ts';

type Json = unknown;

function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  return inner;
}

function scalar(text: string): Json {
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}

/** Converts a cell to what the schema expects; a cell that does not convert stays text so validation names the field. */
function coerceCell(text: string, schema: z.ZodType | undefined): Json {
  const inner = schema ? unwrap(schema) : undefined;
  if (inner instanceof z.ZodNumber) return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text.trim()) ? Number(text) : text;
  if (inner instanceof z.ZodBoolean) {
    const lower = text.trim().toLowerCase();
    return lower === 'true' || lower === '1' ? true : lower === 'false' || lower === '0' ? false : text;
  }
  if (inner instanceof z.ZodArray) {
    if (text.trim().startsWith('[')) {
      try {
        return JSON.parse(text) as Json;
      } catch {
        return text;
      }
    }
    return text.split('|').map((part) => part.trim()).filter(Boolean);
  }
  if (inner instanceof z.ZodRecord || inner instanceof z.ZodUnion) return scalar(text);
  return text;
}

function childSchema(schema: z.ZodType | undefined, key: string): z.ZodType | undefined {
  const inner = schema ? unwrap(schema) : undefined;
  if (inner instanceof z.ZodObject) return inner.shape[key] as z.ZodType | undefined;
  if (inner instanceof z.ZodRecord) return inner.valueType as z.ZodType;
  return undefined;
}

/** Empty cells are absent fields; `a.b` columns become nested objects (device.emulator, from.type, attributes.age). */
export function csvRowToRecord(row: Readonly<Record<string, string>>): Record<string, Json> {
  const type = row.type as EventType | undefined;
  const root: z.ZodType | undefined = type && type in eventSchemas ? (eventSchemas[type]) : undefined;
  const out: Record<string, Json> = {};
  for (const [column, cell] of Object.entries(row)) {
    if (cell === '' || cell === undefined) continue;
    const path = column.split('.');
    let target = out;
    let schema = root;
    for (const key of path.slice(0, -1)) {
      schema = childSchema(schema, key);
      target[key] ??= {};
      target = target[key] as Record<string, Json>;
    }
    const leaf = path[path.length - 1]!;
    target[leaf] = coerceCell(cell, childSchema(schema, leaf));
  }
  return out;
}
