// GET /v1/decisions/{eventId}: a decision with the trace of every rule that looked at the event; GET /v1/decisions: the newest, by outcome.
import { createRoute, z } from '@hono/zod-openapi';
import { appError } from '../../../core/errors/catalog.ts';
import { Outcome } from '../../../core/rules/ast.ts';
import { callerOf } from '../../auth.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { errorResponses, failWith } from '../governance-http.ts';
import { DecisionSummary, DecisionWithTraceBody, summaryOf } from './schemas.ts';

const getRoute = createRoute({
  method: 'get', path: '/v1/decisions/{eventId}', tags: ['decisions'], summary: 'The decision of one event, with its reasons and a trace that mirrors each rule',
  request: { params: z.object({ eventId: z.string().min(1).max(256) }) },
  responses: { 200: { description: 'Decision and trace', content: { 'application/json': { schema: DecisionWithTraceBody } } }, ...errorResponses },
});

const listRoute = createRoute({
  method: 'get', path: '/v1/decisions', tags: ['decisions'], summary: 'Recent decisions, newest first; filter by outcome for a review queue',
  request: { query: z.object({ outcome: Outcome.optional(), limit: z.coerce.number().int().min(1).max(500).default(50), cursor: z.string().max(32).optional() }) },
  responses: { 200: { description: 'A page of decisions', content: { 'application/json': { schema: z.object({ items: z.array(DecisionSummary), nextCursor: z.string().optional() }) } } }, ...errorResponses },
});

export function registerGetDecisions(server: ServerApp, deps: ServerDeps): void {
  server.openapi(getRoute, async (c) => {
    const found = await deps.app.realtime.decision(callerOf(c).tenant, c.req.valid('param').eventId);
    if (!found) return failWith(c, appError('SM_NOT_FOUND', 'No decision for this event in this tenant.'));
    return c.json(found, 200);
  });
  server.openapi(listRoute, async (c) => {
    const { outcome, limit, cursor } = c.req.valid('query');
    const page = await deps.app.realtime.deps.decisions.list({ tenant: callerOf(c).tenant, limit, ...(outcome ? { outcome } : {}), ...(cursor ? { cursor } : {}) });
    return c.json({ items: page.items.map(summaryOf), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) }, 200);
  });
}
