import { beforeAll, describe, expect, it } from 'vitest';
import { cashbackScheme, honestPayments } from '../../src/core/detectors/review-for-reward/testing/reward-scenes.ts';
import { openTestServer, type TestServer } from '../support/test-app.ts';

let t: TestServer;
beforeAll(async () => {
  t = await openTestServer();
  const events = [...cashbackScheme(), ...honestPayments()];
  expect((await t.postJson('/v1/events', { events })).status).toBe(200);
  expect((await t.postJson('/v1/analysis/runs', {})).status).toBeLessThan(300);
});

describe('trusted ratings over HTTP', () => {
  it('serves a shop rating that leaves out the paid reviews', async () => {
    const response = await t.request('/v1/ratings/merchant/shop-cash');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { reviews: number; rawMean: number; trustedMean: number | null; leftOut: number };
    expect(body).toMatchObject({ reviews: 5, rawMean: 5, leftOut: 5, trustedMean: null });
    const fair = (await (await t.request('/v1/ratings/merchant/shop-fair')).json()) as { leftOut: number; rawMean: number; trustedMean: number };
    expect(fair.leftOut).toBe(0);
    expect(fair.trustedMean).toBe(fair.rawMean);
  });

  it('serves every review score, suspected or not, through /v1/scores/review', async () => {
    const paid = (await (await t.request('/v1/scores/review/r-cash-0')).json()) as { score: number; treatment: string; reasons: { code: string; kind: string }[] };
    expect(paid.treatment).toBe('left_out');
    expect(paid.reasons[0]).toMatchObject({ code: 'REVIEW_IN_FINDING', kind: 'review_for_reward' });
    const honest = (await (await t.request('/v1/scores/review/r-happy')).json()) as { score: number; treatment: string };
    expect(honest).toMatchObject({ score: 0, treatment: 'counted' });
    // Other entity types still get their fused score from the generic route.
    expect((await t.request('/v1/scores/merchant/shop-cash')).status).toBe(200);
  });

  it('answers unknown subjects with 404 and a bad subject type with a validation error', async () => {
    expect((await t.request('/v1/ratings/item/nobody')).status).toBe(404);
    expect((await t.request('/v1/scores/review/nobody')).status).toBe(404);
    const bad = await t.request('/v1/ratings/account/x');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('SM_VALIDATION');
  });

  it('lets a consumer-facing key read ratings but not review scores', async () => {
    const reporter = await t.client({ roles: ['reporter'] });
    expect((await reporter.request('/v1/ratings/merchant/shop-cash')).status).toBe(200);
    expect((await reporter.request('/v1/scores/review/r-cash-0')).status).toBe(403);
  });
});
