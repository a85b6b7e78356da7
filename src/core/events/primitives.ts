// Shared field schemas of the wire contract: identifiers, money, timestamps and entity references.
import { z } from 'zod';

export const entityTypes = ['account', 'merchant', 'item', 'order', 'review', 'device', 'ip', 'operator'] as const;
export const EntityType = z.enum(entityTypes);
export type EntityType = z.infer<typeof EntityType>;

/** Identifiers are opaque strings chosen by the platform; the length cap keeps one record from bloating the store. */
export const Id = z.string().min(1, 'must not be empty').max(256, 'must be at most 256 characters');
export const Text = z.string().max(100_000, 'must be at most 100,000 characters');
/** ISO-8601 with an offset (or Z): a wall-clock time without one is ambiguous across regions. */
export const Timestamp = z.iso.datetime({ offset: true, message: 'must be an ISO-8601 time with an offset, e.g. 2026-11-28T10:00:00+08:00' });
/** Money in minor units (fen for CNY) so that sums are exact. */
export const Amount = z.int('must be an integer in minor units (fen)').min(0, 'must not be negative').max(Number.MAX_SAFE_INTEGER);
export const Currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO-4217 code such as CNY');
export const EntityRef = z.strictObject({ type: EntityType, id: Id });
export type EntityRef = z.infer<typeof EntityRef>;
