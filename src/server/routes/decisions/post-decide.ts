// POST /v1/decide: one event in, the decision out, in the same call; the event is stored and feeds the features like any other.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ShoumenEvent } from '../../../core/events/event.ts';
import { validateEvent } from '../../../core/events/validate.ts';
import { callerOf } from '../../auth.ts';
import type { AppEnv, ServerApp, ServerDeps } from '../../context.ts';
import { fail } from '../../errors.ts';
import { withTenant } from '../events/post-events.ts';
import { errorResponses } from '../governance-http.ts';
import { DecideResponse, summaryOf } from './schemas.ts';

export function registerPostDecide(server: ServerApp, deps: ServerDeps): void {
  server.openAPIRegistry.registerPath({
    method: 'post',
    path: '/v1/decide',
    tags: ['decisions'],
    summary: 'Store one event and decide it now: allow, review, hold_settlement or block, with reasons (add ?trace=true for the trace)',
    request: { query: z.object({ trace: z.enum(['true', 'false']).optional() }), body: { required: true, content: { 'application/json': { schema: ShoumenEvent } } } },
    responses: { 200: { description: 'The decision; a repeated event id returns the first decision', content: { 'application/json': { schema: DecideResponse } } }, ...errorResponses },
  });

  // A plain handler, not an OpenAPI-validated one: the event is validated once, by the contract's own validator.
  server.post('/v1/decide', async (c: Context<AppEnv>) => {
    const checked = validateEvent(await c.req.json());
    if (!checked.ok) return fail(c, 'SM_VALIDATION', 'The event does not match the contract.', checked.error);
    const event = withTenant(checked.value, callerOf(c).tenant);
    if ('field' in event) return fail(c, 'SM_VALIDATION', 'The event belongs to another tenant.', [event]);
    const result = await deps.app.realtime.decide(event);
    if (c.req.query('trace') === 'true' && result.decision) {
      const traced = await deps.app.realtime.decision(event.tenant, event.id);
      return c.json({ status: result.status, decision: summaryOf(result.decision), trace: traced?.trace ?? [] }, 200);
    }
    return c.json({ status: result.status, ...(result.decision ? { decision: summaryOf(result.decision) } : {}) }, 200);
  });
}
