// GET /v1/audit: who changed what and when in the caller's tenant, newest first (admin).
import { createRoute, z } from '@hono/zod-openapi';
import { callerOf } from '../../auth.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { errorResponses } from '../governance-http.ts';

const AuditBody = z.object({
  at: z.string(), actor: z.object({ type: z.string(), id: z.string(), name: z.string().optional() }), action: z.string(),
  target: z.object({ type: z.string(), id: z.string() }), detail: z.record(z.string(), z.unknown()).optional(),
}).openapi('AuditRecord');

const route = createRoute({
  method: 'get', path: '/v1/audit', tags: ['access'], summary: 'The audit log of state changes',
  request: { query: z.object({ targetType: z.string().min(1).optional(), targetId: z.string().min(1).optional(), limit: z.coerce.number().int().min(1).max(1000).default(100) }) },
  responses: { 200: { description: 'Audit records', content: { 'application/json': { schema: z.object({ items: z.array(AuditBody) }) } } }, ...errorResponses },
});

export function registerAuditRoute(server: ServerApp, deps: ServerDeps): void {
  server.openapi(route, async (c) => {
    const q = c.req.valid('query');
    const target = q.targetType && q.targetId ? { type: q.targetType, id: q.targetId } : undefined;
    const items = await deps.app.governance.audit.list({ tenant: callerOf(c).tenant, limit: q.limit, ...(target ? { target } : {}) });
    return c.json({ items: items.map(({ tenant: _tenant, ...rest }) => rest) }, 200);
  });
}
