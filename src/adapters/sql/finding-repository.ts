// Findings, entity scores and analysis runs over Kysely, with filtered, keyset-paginated listing.
import type { Kysely, Transaction } from 'kysely';
import type { AnalysisRun, FindingQuery, FindingStore } from '../../app/ports.ts';
import type { Finding } from '../../core/findings/finding.ts';
import type { EntityScore } from '../../core/scoring/fuse.ts';
import { DEFAULT_TENANT, type Database } from './schema.ts';

const CHUNK = 500;

type Cursor = { score: number; id: string };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.score, cursor.id])).toString('base64url');
}

/** A malformed cursor reads as "start from the top" rather than an error: it is only a position hint. */
function decodeCursor(text: string | undefined): Cursor | undefined {
  if (!text) return undefined;
  try {
    const [score, id] = JSON.parse(Buffer.from(text, 'base64url').toString()) as [unknown, unknown];
    return typeof score === 'number' && typeof id === 'string' ? { score, id } : undefined;
  } catch {
    return undefined;
  }
}

async function insertChunks<T extends keyof Database>(trx: Transaction<Database>, table: T, rows: Database[T][]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    // Kysely's generic insert typing cannot follow a table chosen at run time; the rows are typed by the caller.
    await trx.insertInto(table).values(rows.slice(start, start + CHUNK) as never).execute();
  }
}

async function saveFindings(trx: Transaction<Database>, runId: string, findings: readonly Finding[]): Promise<void> {
  for (let start = 0; start < findings.length; start += CHUNK) {
    const chunk = findings.slice(start, start + CHUNK);
    const rows = chunk.map((f) => ({
      tenant: f.tenant ?? DEFAULT_TENANT, id: f.id, run_id: runId, kind: f.kind, severity: f.severity, score: f.score,
      detector: f.detector, window_from: f.window.from, window_to: f.window.to, summary: `${f.summaryZh}\n${f.summary}`, body: JSON.stringify(f),
    }));
    await trx
      .insertInto('findings')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['tenant', 'id']).doUpdateSet((eb) => ({
          run_id: eb.ref('excluded.run_id'), score: eb.ref('excluded.score'), severity: eb.ref('excluded.severity'),
          detector: eb.ref('excluded.detector'), summary: eb.ref('excluded.summary'), body: eb.ref('excluded.body'),
        })),
      )
      .execute();
    for (const f of chunk) {
      await trx.deleteFrom('finding_entities').where('tenant', '=', f.tenant ?? DEFAULT_TENANT).where('finding_id', '=', f.id).execute();
    }
    const entityRows = chunk.flatMap((f) =>
      f.entities.map((e) => ({ tenant: f.tenant ?? DEFAULT_TENANT, finding_id: f.id, entity_type: e.type, entity_id: e.id, role: e.role ?? '' })),
    );
    await insertChunks(trx, 'finding_entities', entityRows);
  }
}

async function saveScores(trx: Transaction<Database>, runId: string, scores: readonly EntityScore[]): Promise<void> {
  for (let start = 0; start < scores.length; start += CHUNK) {
    const rows = scores.slice(start, start + CHUNK).map((s) => ({
      tenant: s.tenant ?? DEFAULT_TENANT, entity_type: s.entityType, entity_id: s.entityId, score: s.score, run_id: runId, body: JSON.stringify(s),
    }));
    await trx
      .insertInto('entity_scores')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['tenant', 'entity_type', 'entity_id']).doUpdateSet((eb) => ({
          score: eb.ref('excluded.score'), run_id: eb.ref('excluded.run_id'), body: eb.ref('excluded.body'),
        })),
      )
      .execute();
  }
}

export function findingRepository(db: Kysely<Database>): FindingStore {
  const filtered = (query: FindingQuery) => {
    let q = db.selectFrom('findings').where('findings.tenant', '=', query.tenant ?? DEFAULT_TENANT);
    if (query.kind) q = q.where('kind', '=', query.kind);
    if (query.severity) q = q.where('severity', '=', query.severity);
    if (query.minScore !== undefined) q = q.where('score', '>=', query.minScore);
    if (query.text) q = q.where('summary', 'like', `%${query.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (query.entity) {
      const { type, id } = query.entity;
      q = q.where((eb) =>
        eb.exists(
          eb.selectFrom('finding_entities as fe').select('fe.finding_id')
            .whereRef('fe.tenant', '=', 'findings.tenant').whereRef('fe.finding_id', '=', 'findings.id')
            .where('fe.entity_type', '=', type).where('fe.entity_id', '=', id),
        ),
      );
    }
    return q;
  };

  return {
    async saveRun(run: AnalysisRun, findings, scores) {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('analysis_runs').values({
          id: run.id, started_at: run.startedAt, finished_at: run.finishedAt, source: run.source,
          detectors: JSON.stringify(run.detectors), fusion_version: run.fusionVersion, stats: JSON.stringify(run.stats),
          tenant: run.scope === 'all' ? null : (run.scope.tenant ?? DEFAULT_TENANT),
        }).execute();
        await saveFindings(trx, run.id, findings);
        await saveScores(trx, run.id, scores);
      });
    },

    async listFindings(query) {
      const cursor = decodeCursor(query.cursor);
      let page = filtered(query).select('body').orderBy('score', 'desc').orderBy('id', 'asc').limit(query.limit + 1);
      if (cursor) page = page.where((eb) => eb.or([eb('score', '<', cursor.score), eb.and([eb('score', '=', cursor.score), eb('id', '>', cursor.id)])]));
      const [rows, total] = await Promise.all([
        page.execute(),
        filtered(query).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const items = rows.slice(0, query.limit).map((row) => JSON.parse(row.body) as Finding);
      const last = items[items.length - 1];
      return {
        items,
        total: Number(total.n),
        ...(rows.length > query.limit && last ? { nextCursor: encodeCursor({ score: last.score, id: last.id }) } : {}),
      };
    },

    async getFinding(tenant, id) {
      const row = await db.selectFrom('findings').select('body').where('tenant', '=', tenant ?? DEFAULT_TENANT).where('id', '=', id).executeTakeFirst();
      return row ? (JSON.parse(row.body) as Finding) : undefined;
    },

    async getScore(tenant, entityType, entityId) {
      const row = await db.selectFrom('entity_scores').select('body')
        .where('tenant', '=', tenant ?? DEFAULT_TENANT).where('entity_type', '=', entityType).where('entity_id', '=', entityId)
        .executeTakeFirst();
      return row ? (JSON.parse(row.body) as EntityScore) : undefined;
    },

    async latestRun(only) {
      let query = db.selectFrom('analysis_runs').selectAll();
      // A tenant's latest run is its own or one over every tenant, never another tenant's.
      if (only) query = query.where((eb) => eb.or([eb('tenant', 'is', null), eb('tenant', '=', only.tenant ?? DEFAULT_TENANT)]));
      const row = await query.orderBy('finished_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id, scope: row.tenant === null ? 'all' : { tenant: row.tenant === DEFAULT_TENANT ? undefined : row.tenant }, startedAt: row.started_at, finishedAt: row.finished_at, source: row.source,
        detectors: JSON.parse(row.detectors) as string[], fusionVersion: row.fusion_version, stats: JSON.parse(row.stats) as Record<string, number>,
      };
    },
  };
}
