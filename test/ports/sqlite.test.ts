import { join } from 'node:path';
import { eventRepository } from '../../src/adapters/sql/event-repository.ts';
import { findingRepository } from '../../src/adapters/sql/finding-repository.ts';
import { openSqlite } from '../../src/adapters/sqlite/open-sqlite.ts';
import { tempDir } from '../support/temp-dir.ts';
import { describeEventStore } from './event-store.suite.ts';
import { describeFindingStore } from './finding-store.suite.ts';

const dir = tempDir();

describeEventStore('SQLite file', async () => {
  const { db, bulkInsert } = await openSqlite(join(dir, 'events'));
  return { store: eventRepository(db, bulkInsert, () => 0), close: () => db.destroy() };
});

describeFindingStore('SQLite in memory', async () => {
  const { db } = await openSqlite(':memory:');
  return { store: findingRepository(db), close: () => db.destroy() };
});
