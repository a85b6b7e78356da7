// GET /v1/events/{id}: one stored event of the caller's tenant, as it was ingested.
import { createRoute, z } from '@hono/zod-openapi';
import { ShoumenEvent } from '../../../core/events/event.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { ErrorBody, fail } from '../../errors.ts';

const route = createRoute({
  method: 'get',
  path: '/v1/events/{id}',
  tags: ['events'],
  summary: 'One stored event',
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: {
    200: { description: 'The event', content: { 'application/json': { schema: ShoumenEvent } } },
    404: { description: 'No such event in this tenant', content: { 'application/json': { schema: ErrorBody } } },
  },
});

export function registerGetEvent(server: ServerApp, deps: ServerDeps): void {
  server.openapi(route, async (c) => {
    const event = await deps.app.events.get(c.get('tenant'), c.req.valid('param').id);
    if (!event) return fail(c, 'SM_NOT_FOUND', 'No such event.');
    return c.json(event, 200);
  });
}
