// The envelope every event carries, and a helper that declares one event type on top of it.
import { z } from 'zod';
import { Id, Timestamp } from './primitives.ts';

const envelopeShape = {
  id: Id,
  ts: Timestamp,
  tenant: Id.optional(),
};

/** Declares an event type: the envelope plus its own fields, closed to unknown keys so typos are reported. */
export function eventSchema<const T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.strictObject({ ...envelopeShape, type: z.literal(type), ...shape });
}
