// GET /v1/ratings/{subjectType}/{subjectId}: an item's or merchant's trusted rating beside its raw one, with what was left out.
import { createRoute, z } from '@hono/zod-openapi';
import { RatingSubject, TrustedRating } from '../../../core/ratings/rating-types.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { ErrorBody, fail } from '../../errors.ts';

const route = createRoute({
  method: 'get',
  path: '/v1/ratings/{subjectType}/{subjectId}',
  tags: ['ratings'],
  summary: 'Trusted rating of an item or merchant',
  description: 'The plain mean of visible reviews and the trusted mean that leaves out or down-weights suspected fake reviews, with the counts behind both.',
  request: { params: z.object({ subjectType: RatingSubject, subjectId: z.string().min(1) }) },
  responses: {
    200: { description: 'The rating', content: { 'application/json': { schema: TrustedRating } } },
    404: { description: 'No analysis run has seen a review of this item or merchant', content: { 'application/json': { schema: ErrorBody } } },
  },
});

export function registerGetRating(server: ServerApp, deps: ServerDeps): void {
  server.openapi(route, async (c) => {
    const { subjectType, subjectId } = c.req.valid('param');
    const rating = await deps.app.ratings.getRating(c.get('tenant'), subjectType, subjectId);
    if (!rating) return fail(c, 'SM_NOT_FOUND', `No rating for this ${subjectType}: no analysis run has seen a review of it.`);
    return c.json(rating, 200);
  });
}
