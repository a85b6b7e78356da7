import { afterAll, describe, expect, it } from 'vitest';
import { apiKeyRepository, auditRepository } from '../../adapters/sql/access-repositories.ts';
import { openSqlite } from '../../adapters/sqlite/open-sqlite.ts';
import { SYSTEM_ACTOR } from '../../core/cases/hash-chain.ts';
import { authenticate, createApiKey, recentlyVerified } from './api-keys.ts';
import { cachedKeyStore } from './cached-key-store.ts';

const sqlite = await openSqlite(':memory:');
afterAll(() => sqlite.close());

describe('recentlyVerified', () => {
  let clock = 0;
  const keys = cachedKeyStore(apiKeyRepository(sqlite.db), { ttlMs: 1_000, maxEntries: 100, now: () => clock });
  const deps = { keys, audit: auditRepository(sqlite.db), clock: { now: () => new Date('2026-11-28T00:00:00Z') } };
  const newKey = async () => (await createApiKey(deps, { tenant: 't1', roles: ['analyst'], name: 'n', kind: 'service' }, SYSTEM_ACTOR)).key;

  it('knows a key only once authenticate has verified it, and then gives the same principal', async () => {
    const key = await newKey();
    expect(recentlyVerified(deps, key)).toBeUndefined();
    const principal = await authenticate(deps, key);
    expect(principal?.tenant).toBe('t1');
    expect(recentlyVerified(deps, key)).toEqual(principal);
  });

  it('refuses another secret under a verified key id, whatever its length', async () => {
    const key = await newKey();
    await authenticate(deps, key);
    const forged = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
    expect(recentlyVerified(deps, forged)).toBeUndefined();
    expect(await authenticate(deps, forged)).toBeUndefined();
    expect(recentlyVerified(deps, `${key}x`)).toBeUndefined();
    expect(recentlyVerified(deps, key.slice(0, 20))).toBeUndefined();
  });

  it('forgets a key revoked through the store at once, and one whose record has outlived the cache', async () => {
    const revoked = await newKey();
    const principal = await authenticate(deps, revoked);
    expect(await keys.revoke('t1', principal!.keyId, '2026-11-28T01:00:00Z')).toBe(true);
    expect(recentlyVerified(deps, revoked)).toBeUndefined();
    expect(await authenticate(deps, revoked)).toBeUndefined();

    const aging = await newKey();
    await authenticate(deps, aging);
    clock += 1_001;
    expect(recentlyVerified(deps, aging)).toBeUndefined();
    expect(await authenticate(deps, aging)).toBeDefined();
    expect(recentlyVerified(deps, aging)).toBeDefined();
  });
});
