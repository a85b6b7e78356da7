// A fast yes for valid events: Ajv code compiled from the contract's own zod schemas (by way of JSON Schema). It says yes
// only where zod would, so a record it refuses is checked again by zod, which names the failing fields.
import { createRequire } from 'node:module';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type * as AjvModule from 'ajv/dist/2020.js';
import { z } from 'zod';
import { eventSchemas, type EventType } from './event.ts';

let ajv: Ajv2020 | undefined;
const compiled = new Map<EventType, (record: unknown) => boolean>();

/**
 * Loaded on first use: Ajv's modules made importing the validator 100 ms slower (360-470 against 230-350 ms cold).
 * Options that keep Ajv's yes inside zod's: patterns as plain regular expressions like zod's own (no u flag), the
 * date-time format left to the pattern zod exports for it, no NaN or Infinity. Both count string lengths in code points.
 * Strict mode throws on a schema Ajv cannot read exactly, so there is nothing to log.
 */
function compiler(): Ajv2020 {
  if (!ajv) {
    const { Ajv2020: Ajv } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof AjvModule;
    ajv = new Ajv({ strict: true, unicodeRegExp: false, validateFormats: false, strictNumbers: true, logger: false });
  }
  return ajv;
}

/** Whether the record is a valid event of the type; compiled on a type's first use, so a command that reads no events pays nothing. */
export function passesCompiledCheck(type: EventType, record: unknown): boolean {
  let check = compiled.get(type);
  if (!check) {
    check = compiler().compile(z.toJSONSchema(eventSchemas[type]));
    compiled.set(type, check);
  }
  return check(record);
}
