// Remembers API key records for a moment: every /v1 request looks its key up, and the store query was a sixth of a decision's CPU.
import type { ApiKeyRecord, ApiKeyStore } from '../ports.ts';

export type KeyCacheOptions = {
  /** How long a record is trusted; a key revoked by another process (the CLI) stops within this time. */
  readonly ttlMs: number;
  /** Records held at most; past it the cache starts again (keys are few, so this only bounds a flood of ids). */
  readonly maxEntries: number;
  readonly now: () => number;
};

/** Revocations through this store take effect at once; only unknown ids are never cached, so a new key works at once too. */
export function cachedKeyStore(store: ApiKeyStore, options: KeyCacheOptions): ApiKeyStore {
  const cache = new Map<string, { record: ApiKeyRecord; until: number }>();
  return {
    create: (record) => store.create(record),
    list: (tenant) => store.list(tenant),
    peek(id) {
      const hit = cache.get(id);
      return hit && hit.until > options.now() ? hit.record : undefined;
    },
    async get(id) {
      const hit = cache.get(id);
      const now = options.now();
      if (hit && hit.until > now) return hit.record;
      const record = await store.get(id);
      if (!record) {
        cache.delete(id);
        return undefined;
      }
      if (cache.size >= options.maxEntries) cache.clear();
      cache.set(id, { record, until: now + options.ttlMs });
      return record;
    },
    async revoke(tenant, id, at) {
      cache.delete(id);
      const revoked = await store.revoke(tenant, id, at);
      // Again after the write: a look-up that raced it may have cached the record as it was.
      cache.delete(id);
      return revoked;
    },
  };
}
