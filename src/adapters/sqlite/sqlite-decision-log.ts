// The real-time write on SQLite: a batch's events and their decisions in one transaction, through cached prepared statements.
import type BetterSqlite3 from 'better-sqlite3';
import type { DecisionLog } from '../../app/decide-ports.ts';
import { decisionRow } from '../sql/decision-repository.ts';
import { eventRows, newFlags } from '../sql/event-repository.ts';
import { cachedRowsInsert } from './cached-rows-insert.ts';
import { sqliteEventRowsInsert } from './sqlite-bulk-insert.ts';

/**
 * One commit per batch instead of one for the events and one for the decisions, and no query building per batch:
 * Kysely compiled and prepared the decisions' insert each time (bench/realtime). Runs on the calling thread, since
 * the decisions are made between the two inserts.
 */
export function sqliteDecisionLog(sqlite: BetterSqlite3.Database): DecisionLog {
  const insertEvents = sqliteEventRowsInsert(sqlite);
  const insertDecisions = cachedRowsInsert(
    sqlite, 'decisions', ['tenant', 'event_id', 'event_type', 'outcome', 'rule_set', 'decided_at', 'body'],
    // An event is decided once: a replayed save keeps the first decision.
    'on conflict (tenant, event_id) do nothing',
  );
  const record = sqlite.transaction((events: Parameters<DecisionLog['record']>[0], ingestedAt: number, decide: Parameters<DecisionLog['record']>[2]) => {
    const isNew = newFlags(events, insertEvents(eventRows(events, ingestedAt)));
    const rows = decide(isNew).map(decisionRow);
    insertDecisions(rows.map((r) => [r.tenant, r.event_id, r.event_type, r.outcome, r.rule_set, r.decided_at, r.body]));
    return isNew;
  });
  return { record: (events, ingestedAt, decide) => Promise.resolve().then(() => record(events, ingestedAt, decide)) };
}
