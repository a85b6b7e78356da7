// POST /v1/reports: a consumer report as JSON, or multipart with a `report` JSON field and up to six `files` (screenshots, logistics records).
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ReportIntake } from '../../../core/reports/report.ts';
import { appError } from '../../../core/errors/catalog.ts';
import { fileReport, type Upload } from '../../../app/governance/file-report.ts';
import { callerOf } from '../../auth.ts';
import type { AppEnv, ServerApp, ServerDeps } from '../../context.ts';
import { ErrorBody } from '../../errors.ts';
import { failWith } from '../governance-http.ts';
import { isReporterOnly, presentReport } from './report-view.ts';

async function readBody(c: Context<AppEnv>): Promise<{ intake: unknown; uploads: Upload[] } | { problem: string }> {
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.parseBody({ all: true });
    const raw = form['report'];
    if (typeof raw !== 'string') return { problem: 'report' };
    const files = form['files'];
    const list = (Array.isArray(files) ? files : files === undefined ? [] : [files]).filter((f): f is File => typeof f !== 'string');
    const uploads = await Promise.all(list.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
    try {
      return { intake: JSON.parse(raw) as unknown, uploads };
    } catch {
      return { problem: 'report' };
    }
  }
  return { intake: await c.req.json<unknown>(), uploads: [] };
}

export function registerFileReport(server: ServerApp, deps: ServerDeps): void {
  server.openAPIRegistry.registerPath({
    method: 'post', path: '/v1/reports', tags: ['reports'],
    summary: 'File a consumer report (举报): target, category, description and evidence files (PNG, JPEG, WebP, GIF, PDF, CSV, TXT)',
    request: {
      body: {
        content: {
          'application/json': { schema: ReportIntake },
          'multipart/form-data': { schema: z.object({ report: z.string().openapi({ description: 'The ReportIntake as JSON' }), files: z.array(z.string().openapi({ format: 'binary' })).optional() }) },
        },
      },
    },
    responses: {
      201: { description: 'The report as filed, with its deadline and group', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } },
      400: { description: 'Invalid report (SM_VALIDATION)', content: { 'application/json': { schema: ErrorBody } } },
      415: { description: 'An evidence file is not accepted (SM_UNSUPPORTED_FILE)', content: { 'application/json': { schema: ErrorBody } } },
    },
  });
  server.post('/v1/reports', async (c) => {
    const body = await readBody(c);
    if ('problem' in body) return failWith(c, appError('SM_VALIDATION', 'A multipart report needs a `report` field holding the report as JSON.', [{ field: body.problem, message: 'must be JSON text' }]));
    const parsed = ReportIntake.safeParse(body.intake);
    if (!parsed.success) {
      return failWith(c, appError('SM_VALIDATION', 'The report does not match the API schema.', parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }))));
    }
    const filed = await fileReport(deps.app.governance, callerOf(c), parsed.data, body.uploads);
    if (!filed.ok) return failWith(c, filed.error);
    return c.json(presentReport(filed.value, isReporterOnly(c.get('principal')!), deps.app.clock.now()), 201);
  });
}
