import { join } from 'node:path';
import { decisionRepository } from '../../src/adapters/sql/decision-repository.ts';
import { eventReplayRepository } from '../../src/adapters/sql/event-replay-repository.ts';
import { eventRepository } from '../../src/adapters/sql/event-repository.ts';
import { ruleSetRepository } from '../../src/adapters/sql/rule-set-repository.ts';
import { settlementHoldRepository } from '../../src/adapters/sql/settlement-hold-repository.ts';
import { openSqlite } from '../../src/adapters/sqlite/open-sqlite.ts';
import { tempDir } from '../support/temp-dir.ts';
import { describeRealtimeStores, type OpenRealtimeStores } from './realtime-stores.suite.ts';

const openAt = (dir: string): OpenRealtimeStores => async () => {
  const store = await openSqlite(dir);
  const { db, bulkInsert, decisionLog } = store;
  return {
    stores: {
      ruleSets: ruleSetRepository(db), decisions: decisionRepository(db), log: decisionLog, holds: settlementHoldRepository(db), replay: eventReplayRepository(db),
      events: eventRepository(db, bulkInsert, () => 0),
    },
    close: () => store.close(),
  };
};

describeRealtimeStores('SQLite file', openAt(join(tempDir(), 'realtime')));
describeRealtimeStores('SQLite in memory', openAt(':memory:'));
