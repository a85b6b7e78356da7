// Table types of the SQL store, shared by the SQLite and PostgreSQL dialects.
import type { Generated } from 'kysely';
import type { GovernanceTables } from './governance-schema.ts';
import type { RatingTables } from './rating-schema.ts';
import type { RealtimeTables } from './realtime-schema.ts';

export type Dialect = 'sqlite' | 'postgres';

/** The default tenant is stored as '' because SQL unique keys treat NULLs as distinct. */
export const DEFAULT_TENANT = '';

export type EventsTable = {
  seq: Generated<number>;
  tenant: string;
  id: string;
  type: string;
  /** Epoch milliseconds (bigint in PostgreSQL, read back as a number). */
  ts: number | string;
  body: string;
  ingested_at: number | string;
  /** The real-time decision of the event, when it was decided (imports are not): its outcome, `name@version` of the rule set, and the decision as JSON. */
  outcome: string | null;
  rule_set: string | null;
  decided_at: string | null;
  decision: string | null;
};

export type AnalysisRunsTable = {
  id: string;
  started_at: string;
  finished_at: string;
  source: string;
  detectors: string;
  fusion_version: string;
  stats: string;
  /** The one tenant the run read ('' = default), or NULL for a run over every tenant. */
  tenant: string | null;
};

export type FindingsTable = {
  tenant: string;
  id: string;
  run_id: string;
  kind: string;
  severity: string;
  score: number;
  detector: string;
  window_from: string;
  window_to: string;
  summary: string;
  body: string;
};

export type FindingEntitiesTable = {
  tenant: string;
  finding_id: string;
  entity_type: string;
  entity_id: string;
  role: string;
};

export type EntityScoresTable = {
  tenant: string;
  entity_type: string;
  entity_id: string;
  score: number;
  run_id: string;
  body: string;
};

export type Database = GovernanceTables & RatingTables & RealtimeTables & {
  events: EventsTable;
  analysis_runs: AnalysisRunsTable;
  findings: FindingsTable;
  finding_entities: FindingEntitiesTable;
  entity_scores: EntityScoresTable;
};
