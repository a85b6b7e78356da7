import { afterAll, describe, expect, it } from 'vitest';
import { apiKeyRepository } from '../../adapters/sql/access-repositories.ts';
import { openSqlite } from '../../adapters/sqlite/open-sqlite.ts';
import type { ApiKeyRecord } from '../ports.ts';
import { cachedKeyStore } from './cached-key-store.ts';

const sqlite = await openSqlite(':memory:');
afterAll(() => sqlite.close());

const record = (id: string): ApiKeyRecord => ({
  id, tenant: undefined, secretHash: 'ab'.repeat(32), roles: ['analyst'], name: id, kind: 'person', createdAt: '2026-11-01T00:00:00Z', createdBy: 'test',
});

describe('cachedKeyStore', () => {
  const underlying = apiKeyRepository(sqlite.db);
  let clock = 0;
  const keys = cachedKeyStore(underlying, { ttlMs: 1_000, maxEntries: 100, now: () => clock });

  it('stops a key revoked through it at once', async () => {
    await keys.create(record('k1'));
    expect((await keys.get('k1'))?.revokedAt).toBeUndefined();
    expect(await keys.revoke(undefined, 'k1', '2026-11-02T00:00:00Z')).toBe(true);
    expect((await keys.get('k1'))?.revokedAt).toBe('2026-11-02T00:00:00Z');
  });

  it('stops a key revoked elsewhere once its record is older than the TTL, and never caches an unknown id', async () => {
    expect(await keys.get('k2')).toBeUndefined();
    await underlying.create(record('k2'));
    expect((await keys.get('k2'))?.id).toBe('k2');
    await underlying.revoke(undefined, 'k2', '2026-11-02T00:00:00Z');
    clock += 999;
    expect((await keys.get('k2'))?.revokedAt).toBeUndefined();
    clock += 2;
    expect((await keys.get('k2'))?.revokedAt).toBe('2026-11-02T00:00:00Z');
  });
});
