// GET /healthz: liveness plus whether the store answers.
import { createRoute, z } from '@hono/zod-openapi';
import type { ServerApp, ServerDeps } from '../../context.ts';

const route = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['health'],
  summary: 'Health check',
  responses: { 200: { description: 'Healthy', content: { 'application/json': { schema: z.object({ status: z.literal('ok'), events: z.int() }) } } } },
});

export function registerHealth(server: ServerApp, deps: ServerDeps): void {
  server.openapi(route, async (c) => c.json({ status: 'ok' as const, events: await deps.app.events.count() }, 200));
}
