import { ratingRepository } from '../../src/adapters/sql/rating-repository.ts';
import { openSqlite } from '../../src/adapters/sqlite/open-sqlite.ts';
import { describeRatingStore } from './rating-store.suite.ts';

describeRatingStore('SQLite in memory', async () => {
  const sqlite = await openSqlite(':memory:');
  return { store: ratingRepository(sqlite.db), close: () => sqlite.close() };
});
