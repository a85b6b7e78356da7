// GET /v1/findings: findings of the caller's tenant, highest score first, with filters and cursor paging.
import { createRoute } from '@hono/zod-openapi';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { ErrorBody, fail } from '../../errors.ts';
import { FindingFilters, FindingPageBody } from './schemas.ts';

const route = createRoute({
  method: 'get',
  path: '/v1/findings',
  tags: ['findings'],
  summary: 'List findings',
  request: { query: FindingFilters },
  responses: {
    200: { description: 'A page of findings', content: { 'application/json': { schema: FindingPageBody } } },
    400: { description: 'Bad filter', content: { 'application/json': { schema: ErrorBody } } },
  },
});

export function registerListFindings(server: ServerApp, deps: ServerDeps): void {
  server.openapi(route, async (c) => {
    const q = c.req.valid('query');
    if ((q.entityType === undefined) !== (q.entityId === undefined)) {
      return fail(c, 'SM_VALIDATION', 'entityType and entityId go together.', [{ field: q.entityType ? 'entityId' : 'entityType', message: 'is required with the other' }]);
    }
    const page = await deps.app.findings.listFindings({
      tenant: c.get('tenant'),
      limit: q.limit,
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.severity ? { severity: q.severity } : {}),
      ...(q.minScore !== undefined ? { minScore: q.minScore } : {}),
      ...(q.entityType && q.entityId ? { entity: { type: q.entityType, id: q.entityId } } : {}),
      ...(q.q ? { text: q.q } : {}),
      ...(q.cursor ? { cursor: q.cursor } : {}),
    });
    return c.json(page, 200);
  });
}
