// Consumer reports over Kysely: the current record per report, found by filer, target, status or linked case.
import type { Kysely } from 'kysely';
import type { ReportStore } from '../../app/ports.ts';
import { targetKey, type Report } from '../../core/reports/report.ts';
import { DEFAULT_TENANT, type Database } from './schema.ts';

const t = (tenant: string | undefined) => tenant ?? DEFAULT_TENANT;

export function reportRepository(db: Kysely<Database>): ReportStore {
  return {
    async save(report) {
      const row = { tenant: t(report.tenant), id: report.id, filed_by: report.filedBy, target_key: targetKey(report.target), status: report.status, received_at: report.receivedAt, body: JSON.stringify(report) };
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('reports').values(row).onConflict((oc) => oc.columns(['tenant', 'id']).doUpdateSet({ status: row.status, body: row.body })).execute();
        if (report.caseIds.length) {
          await trx.insertInto('report_cases').values(report.caseIds.map((caseId) => ({ tenant: row.tenant, report_id: report.id, case_id: caseId })))
            .onConflict((oc) => oc.doNothing()).execute();
        }
      });
    },

    async get(tenant, id) {
      const row = await db.selectFrom('reports').select('body').where('tenant', '=', t(tenant)).where('id', '=', id).executeTakeFirst();
      return row ? (JSON.parse(row.body) as Report) : undefined;
    },

    async list(query) {
      let q = db.selectFrom('reports').select('reports.body').where('reports.tenant', '=', t(query.tenant));
      if (query.filedBy) q = q.where('filed_by', '=', query.filedBy);
      if (query.targetKey) q = q.where('target_key', '=', query.targetKey);
      if (query.status) q = q.where('status', '=', query.status);
      if (query.caseId) {
        const caseId = query.caseId;
        q = q.where((eb) => eb.exists(eb.selectFrom('report_cases as rc').select('rc.report_id')
          .whereRef('rc.tenant', '=', 'reports.tenant').whereRef('rc.report_id', '=', 'reports.id').where('rc.case_id', '=', caseId)));
      }
      const rows = await q.orderBy('received_at').orderBy('id').limit(query.limit).execute();
      return rows.map((r) => JSON.parse(r.body) as Report);
    },
  };
}
