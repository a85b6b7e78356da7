// GET /v1/reports, /v1/reports/{id} and its evidence files; a reporter key sees only the reports it filed.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { appError } from '../../../core/errors/catalog.ts';
import { extensionOf } from '../../../core/reports/evidence-policy.ts';
import { isOverdue, reportStatuses, type Report } from '../../../core/reports/report.ts';
import { callerOf } from '../../auth.ts';
import type { AppEnv, ServerApp, ServerDeps } from '../../context.ts';
import { errorResponses, failWith, IdParam } from '../governance-http.ts';
import { isReporterOnly, presentReport } from './report-view.ts';

const ReportBody = z.record(z.string(), z.unknown()).openapi('Report');

const listRoute = createRoute({
  method: 'get', path: '/v1/reports', tags: ['reports'], summary: 'Reports of the tenant (a reporter key: its own), oldest first',
  request: { query: z.object({ status: z.enum(reportStatuses).optional(), overdue: z.enum(['true', 'false']).optional().openapi({ description: 'only reports past their response deadline (true) or not (false)' }), limit: z.coerce.number().int().min(1).max(500).default(100) }) },
  responses: { 200: { description: 'Reports with their status and whether they are overdue', content: { 'application/json': { schema: z.object({ items: z.array(ReportBody) }) } } }, ...errorResponses },
});

const getRoute = createRoute({
  method: 'get', path: '/v1/reports/{id}', tags: ['reports'], summary: 'One report: status, deadline, outcome and notices',
  request: { params: IdParam },
  responses: { 200: { description: 'The report', content: { 'application/json': { schema: ReportBody } } }, ...errorResponses },
});

/** Another reporter's report answers 404 like another tenant's: its existence is not disclosed. */
async function visibleReport(c: Context<AppEnv>, deps: ServerDeps, id: string): Promise<Report | undefined> {
  const caller = callerOf(c);
  const report = await deps.app.governance.reports.get(caller.tenant, id);
  if (!report) return undefined;
  return isReporterOnly(c.get('principal')!) && report.filedBy !== caller.actor.id ? undefined : report;
}

export function registerReadReports(server: ServerApp, deps: ServerDeps): void {
  server.openapi(listRoute, async (c) => {
    const caller = callerOf(c);
    const reporterOnly = isReporterOnly(c.get('principal')!);
    const q = c.req.valid('query');
    const items = await deps.app.governance.reports.list({ tenant: caller.tenant, limit: q.limit, ...(q.status ? { status: q.status } : {}), ...(reporterOnly ? { filedBy: caller.actor.id } : {}) });
    const now = deps.app.clock.now();
    const kept = q.overdue ? items.filter((r) => isOverdue(r, now) === (q.overdue === 'true')) : items;
    return c.json({ items: kept.map((r) => presentReport(r, reporterOnly, now)) }, 200);
  });
  server.openapi(getRoute, async (c) => {
    const report = await visibleReport(c, deps, c.req.valid('param').id);
    if (!report) return failWith(c, appError('SM_NOT_FOUND', 'No such report.'));
    return c.json(presentReport(report, isReporterOnly(c.get('principal')!), deps.app.clock.now()), 200);
  });

  server.openAPIRegistry.registerPath({
    method: 'get', path: '/v1/reports/{id}/files/{sha256}', tags: ['reports'],
    summary: 'Download one evidence file of a report; always as an attachment, never rendered inline',
    request: { params: z.object({ id: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }) },
    responses: { 200: { description: 'The file as uploaded' }, 404: errorResponses[404] },
  });
  server.get('/v1/reports/:id/files/:sha256', async (c) => {
    const report = await visibleReport(c, deps, c.req.param('id'));
    const file = report?.files.find((f) => f.sha256 === c.req.param('sha256'));
    const bytes = file ? await deps.app.governance.files.get(file.sha256) : undefined;
    if (!file || !bytes) return failWith(c, appError('SM_NOT_FOUND', 'No such evidence file on this report.'));
    // Uploaded by anyone: never sniffed or rendered by the browser, never run as a page in our origin.
    c.header('content-type', file.mediaType.startsWith('text/') ? 'text/plain; charset=utf-8' : file.mediaType);
    c.header('content-disposition', `attachment; filename="${file.sha256}.${extensionOf(file.mediaType)}"`);
    c.header('x-content-type-options', 'nosniff');
    c.header('content-security-policy', "default-src 'none'; sandbox");
    return c.body(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, 200);
  });
}
