// GET /v1/scores/review/{reviewId}: a review's fraud score, its reasons and how the trusted rating treats it.
import { createRoute, z } from '@hono/zod-openapi';
import { ReviewScore } from '../../../core/ratings/rating-types.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { ErrorBody, fail } from '../../errors.ts';

const route = createRoute({
  method: 'get',
  path: '/v1/scores/review/{reviewId}',
  tags: ['scores', 'ratings'],
  summary: "A review's fraud score",
  description: 'Every review an analysis run saw has one: 0..1 with reasons, and whether the trusted rating counts it, down-weights it or leaves it out.',
  request: { params: z.object({ reviewId: z.string().min(1) }) },
  responses: {
    200: { description: 'The review score', content: { 'application/json': { schema: ReviewScore } } },
    404: { description: 'No analysis run has seen this review', content: { 'application/json': { schema: ErrorBody } } },
  },
});

/** Registered before the generic /v1/scores/{entityType}/{entityId}, which it takes over for reviews. */
export function registerGetReviewScore(server: ServerApp, deps: ServerDeps): void {
  server.openapi(route, async (c) => {
    const score = await deps.app.ratings.getReviewScore(c.get('tenant'), c.req.valid('param').reviewId);
    if (!score) return fail(c, 'SM_NOT_FOUND', 'No score for this review: no analysis run has seen it.');
    return c.json(score, 200);
  });
}
