// The hash chain behind case and credit histories: each entry carries the hash of the one before, so any edit to a past entry shows.
import { z } from 'zod';
import { canonicalJson, sha256Hex } from '../evidence/canonical-json.ts';

/** The hash the first entry points back to. */
export const GENESIS_HASH = '0'.repeat(64);

export const Actor = z.object({
  type: z.enum(['person', 'service', 'system']),
  id: z.string().min(1),
  name: z.string().optional(),
});
export type Actor = z.infer<typeof Actor>;

/** The automated side of the platform, for entries no person made (penalties from the point table, reports grouped on intake). */
export const SYSTEM_ACTOR: Actor = { type: 'system', id: 'shoumen' };

export const ChainEntry = z.object({
  chain: z.string().min(1),
  seq: z.int().min(1),
  at: z.string(),
  actor: Actor,
  type: z.string().min(1),
  payload: z.record(z.string(), z.unknown()),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ChainEntry = z.infer<typeof ChainEntry>;

export type EntryDraft = Pick<ChainEntry, 'at' | 'actor' | 'type' | 'payload'>;

/** The hash covers everything in the entry but the hash itself, in canonical JSON. */
export function entryHash(entry: Omit<ChainEntry, 'hash'>): string {
  const { chain, seq, at, actor, type, payload, prevHash } = entry;
  return sha256Hex(canonicalJson({ chain, seq, at, actor, type, payload, prevHash }));
}

/** The next entry after `previous` (or the first one of `chain`). */
export function nextEntry(chain: string, previous: ChainEntry | undefined, draft: EntryDraft): ChainEntry {
  const body = { chain, seq: (previous?.seq ?? 0) + 1, prevHash: previous?.hash ?? GENESIS_HASH, at: draft.at, actor: draft.actor, type: draft.type, payload: draft.payload };
  return { ...body, hash: entryHash(body) };
}

export type ChainBreak = { readonly seq: number; readonly index: number; readonly problem: string };

/** Checks every link; names the first entry that was altered, removed, reordered or forged. */
export function verifyChain(entries: readonly ChainEntry[]): ChainBreak | undefined {
  let previous: ChainEntry | undefined;
  for (const [index, entry] of entries.entries()) {
    const expectedSeq = (previous?.seq ?? 0) + 1;
    if (entry.seq !== expectedSeq) return { seq: entry.seq, index, problem: `sequence ${entry.seq} where ${expectedSeq} was expected (an entry was removed, added or reordered)` };
    if (entry.chain !== (previous?.chain ?? entry.chain)) return { seq: entry.seq, index, problem: `belongs to chain ${entry.chain}, not ${previous?.chain}` };
    const expectedPrev = previous?.hash ?? GENESIS_HASH;
    if (entry.prevHash !== expectedPrev) return { seq: entry.seq, index, problem: `prevHash does not match the hash of entry ${expectedSeq - 1}` };
    const { hash, ...body } = entry;
    if (entryHash(body) !== hash) return { seq: entry.seq, index, problem: `its content does not match its hash (the entry was altered)` };
    previous = entry;
  }
  return undefined;
}

export function chainHead(entries: readonly ChainEntry[]): { seq: number; hash: string } {
  const last = entries[entries.length - 1];
  return { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH };
}
