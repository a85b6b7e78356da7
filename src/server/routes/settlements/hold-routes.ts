// Settlement holds placed by hold_settlement decisions: list them, and release one (an analyst's call, recorded in the audit log).
import { createRoute, z } from '@hono/zod-openapi';
import type { SettlementHold } from '../../../app/decide-ports.ts';
import { callerOf } from '../../auth.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { errorResponses, failWith, IdParam } from '../governance-http.ts';

const HoldBody = z
  .object({
    id: z.string(), merchantId: z.string(), orderId: z.string().optional(), eventId: z.string(), ruleCode: z.string(), reason: z.string(),
    status: z.enum(['held', 'released']), heldAt: z.string(), releasedAt: z.string().optional(), releasedBy: z.string().optional(), note: z.string().optional(),
  })
  .openapi('SettlementHold');

const present = ({ tenant: _tenant, ...hold }: SettlementHold): z.infer<typeof HoldBody> => hold;

const listRoute = createRoute({
  method: 'get', path: '/v1/settlements/holds', tags: ['settlements'], summary: 'Settlement holds, newest first; by status and shop',
  request: { query: z.object({ status: z.enum(['held', 'released']).optional(), merchantId: z.string().max(256).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }) },
  responses: { 200: { description: 'Holds', content: { 'application/json': { schema: z.object({ items: z.array(HoldBody) }) } } }, ...errorResponses },
});

const releaseRoute = createRoute({
  method: 'post', path: '/v1/settlements/holds/{id}/release', tags: ['settlements'], summary: "Release a hold: the shop's settlement for the order proceeds",
  request: { params: IdParam, body: { content: { 'application/json': { schema: z.strictObject({ note: z.string().trim().min(1).max(2_000) }) } }, required: true } },
  responses: { 200: { description: 'The released hold', content: { 'application/json': { schema: HoldBody } } }, ...errorResponses },
});

export function registerHoldRoutes(server: ServerApp, deps: ServerDeps): void {
  server.openapi(listRoute, async (c) => {
    const { status, merchantId, limit } = c.req.valid('query');
    const holds = await deps.app.realtime.deps.holds.list({ tenant: callerOf(c).tenant, limit, ...(status ? { status } : {}), ...(merchantId ? { merchantId } : {}) });
    return c.json({ items: holds.map(present) }, 200);
  });
  server.openapi(releaseRoute, async (c) => {
    const released = await deps.app.realtime.releaseHold(callerOf(c), c.req.valid('param').id, c.req.valid('json').note);
    return released.ok ? c.json(present(released.value), 200) : failWith(c, released.error);
  });
}
