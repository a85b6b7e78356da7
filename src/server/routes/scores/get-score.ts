// GET /v1/scores/{entityType}/{entityId}: an entity's fused score and the reasons behind it.
import { createRoute, z } from '@hono/zod-openapi';
import { EntityType } from '../../../core/events/primitives.ts';
import { EntityScore } from '../../../core/scoring/fuse.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { ErrorBody, fail } from '../../errors.ts';

const route = createRoute({
  method: 'get',
  path: '/v1/scores/{entityType}/{entityId}',
  tags: ['scores'],
  summary: "An entity's fused risk score",
  request: { params: z.object({ entityType: EntityType, entityId: z.string().min(1) }) },
  responses: {
    200: { description: 'The score (0..1, higher = more likely fraud) and top reasons', content: { 'application/json': { schema: EntityScore } } },
    404: { description: 'The entity has no score: no finding names it', content: { 'application/json': { schema: ErrorBody } } },
  },
});

export function registerGetScore(server: ServerApp, deps: ServerDeps): void {
  server.openapi(route, async (c) => {
    const { entityType, entityId } = c.req.valid('param');
    const score = await deps.app.findings.getScore(c.get('tenant'), entityType, entityId);
    if (!score) return fail(c, 'SM_NOT_FOUND', 'No score for this entity: no finding names it.');
    return c.json(score, 200);
  });
}
