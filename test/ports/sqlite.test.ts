import { join } from 'node:path';
import { eventRepository } from '../../src/adapters/sql/event-repository.ts';
import { findingRepository } from '../../src/adapters/sql/finding-repository.ts';
import { openSqlite } from '../../src/adapters/sqlite/open-sqlite.ts';
import { tempDir } from '../support/temp-dir.ts';
import { describeEventStore } from './event-store.suite.ts';
import { describeFindingStore } from './finding-store.suite.ts';
import { describeGovernanceStores } from './governance-stores.suite.ts';
import { chainRepository } from '../../src/adapters/sql/chain-repository.ts';
import { reportRepository } from '../../src/adapters/sql/report-repository.ts';
import { apiKeyRepository, auditRepository, labelRepository } from '../../src/adapters/sql/access-repositories.ts';
import { cachedKeyStore } from '../../src/app/governance/cached-key-store.ts';

const dir = tempDir();

describeEventStore('SQLite file (writer thread)', async () => {
  const sqlite = await openSqlite(join(dir, 'events'));
  return { store: eventRepository(sqlite.db, sqlite.bulkInsert, () => 0), close: () => sqlite.close() };
});

describeEventStore('SQLite in memory (main thread)', async () => {
  const sqlite = await openSqlite(':memory:');
  return { store: eventRepository(sqlite.db, sqlite.bulkInsert, () => 0), close: () => sqlite.close() };
});

describeFindingStore('SQLite in memory', async () => {
  const sqlite = await openSqlite(':memory:');
  return { store: findingRepository(sqlite.db), close: () => sqlite.close() };
});

describeGovernanceStores('SQLite in memory, keys behind the look-up cache', async () => {
  const { db } = await openSqlite(':memory:');
  const keys = cachedKeyStore(apiKeyRepository(db), { ttlMs: 60_000, maxEntries: 2, now: () => 0 });
  return { stores: { chains: chainRepository(db), reports: reportRepository(db), keys, audit: auditRepository(db), labels: labelRepository(db) }, close: () => db.destroy() };
});

describeGovernanceStores('SQLite in memory', async () => {
  const { db } = await openSqlite(':memory:');
  return {
    stores: { chains: chainRepository(db), reports: reportRepository(db), keys: apiKeyRepository(db), audit: auditRepository(db), labels: labelRepository(db) },
    close: () => db.destroy(),
  };
});
