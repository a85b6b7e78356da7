// A fast yes for valid events: Ajv code compiled from the contract's own zod schemas (by way of JSON Schema). It says yes
// only where zod would, so a record it refuses is checked again by zod, which names the failing fields.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { z } from 'zod';
import { eventSchemas, type EventType } from './event.ts';

/**
 * Options that keep Ajv's yes inside zod's: patterns as plain regular expressions like zod's own (no u flag), the date-time
 * format left to the pattern zod exports for it, no NaN or Infinity. Both count string lengths in code points. Strict mode
 * throws on a schema Ajv cannot read exactly, so there is nothing to log.
 */
const ajv = new Ajv2020({ strict: true, unicodeRegExp: false, validateFormats: false, strictNumbers: true, logger: false });

const compiled = new Map<EventType, (record: unknown) => boolean>();

/** Whether the record is a valid event of the type; compiled on a type's first use, so a command that reads no events pays nothing. */
export function passesCompiledCheck(type: EventType, record: unknown): boolean {
  let check = compiled.get(type);
  if (!check) {
    check = ajv.compile(z.toJSONSchema(eventSchemas[type]));
    compiled.set(type, check);
  }
  return check(record);
}
