import { beforeAll, describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../../src/core/events/event.ts';
import { fixtures } from '../../src/core/detectors/testing/fixtures.ts';
import { openTestServer, type TestServer } from '../support/test-app.ts';

let t: TestServer;
beforeAll(async () => {
  t = await openTestServer({ SHOUMEN_BODY_LIMIT: '200000', SHOUMEN_MAX_BATCH: '500' });
});

const order = (id: string, extra: Partial<ShoumenEvent> = {}) => ({
  id, type: 'order.placed', ts: '2026-11-02T10:00:00+08:00', orderId: `o-${id}`, accountId: 'a1', merchantId: 'm1', itemId: 'i1', quantity: 1, amount: 990, ...extra,
});

describe('POST /v1/events', () => {
  it('accepts one event, then calls the same id a duplicate', async () => {
    const first = await t.postJson('/v1/events', order('h1'));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ accepted: 1, duplicates: 0, rejected: 0, results: [{ index: 0, id: 'h1', status: 'accepted' }] });
    const again = await t.postJson('/v1/events', order('h1'));
    expect(await again.json()).toMatchObject({ accepted: 0, duplicates: 1 });
  });

  it('gives each event in a batch its own result and names the bad fields', async () => {
    const response = await t.postJson('/v1/events', { events: [order('h2'), { ...order('h3'), amount: -5 }, { type: 'order.placed' }] });
    const body = (await response.json()) as { results: { status: string; errors?: { field: string }[] }[] };
    expect(response.status).toBe(200);
    expect(body.results.map((r) => r.status)).toEqual(['accepted', 'rejected', 'rejected']);
    expect(body.results[1]!.errors).toEqual([{ field: 'amount', message: 'must not be negative' }]);
    expect(body.results[2]!.errors!.map((e) => e.field)).toContain('id');
  });

  it('sends the request id on every kind of response: JSON, errors, refusals, documents and pages', async () => {
    const paths = ['/healthz', '/v1/findings', '/v1/findings/no-such-finding', '/openapi.json', '/docs', '/'];
    for (const path of paths) {
      const response = await t.request(path, { headers: { 'x-request-id': `req-${path}` } });
      expect([path, response.headers.get('x-request-id')]).toEqual([path, `req-${path}`]);
    }
    const refused = await t.anonymous().request('/v1/findings', { headers: { 'x-request-id': 'req-anonymous' } });
    expect([refused.status, refused.headers.get('x-request-id')]).toEqual([401, 'req-anonymous']);
  });

  it('answers a single invalid event with 400 and the catalog code', async () => {
    const response = await t.postJson('/v1/events', { ...order('h4'), ts: 'tomorrow' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; details: { field: string }[]; requestId: string } };
    expect(body.error.code).toBe('SM_VALIDATION');
    expect(body.error.details[0]!.field).toBe('ts');
    expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('refuses malformed JSON, oversized bodies and oversized batches with stable codes', async () => {
    const malformed = await t.postJson('/v1/events', '{"id":');
    expect([malformed.status, ((await malformed.json()) as { error: { code: string } }).error.code]).toEqual([400, 'SM_MALFORMED_JSON']);
    const huge = await t.postJson('/v1/events', { ...order('h5'), padding: 'x'.repeat(300_000) });
    expect([huge.status, ((await huge.json()) as { error: { code: string } }).error.code]).toEqual([413, 'SM_BODY_TOO_LARGE']);
    const many = await t.postJson('/v1/events', Array.from({ length: 501 }, (_, i) => order(`many-${i}`)));
    expect([many.status, ((await many.json()) as { error: { code: string } }).error.code]).toEqual([413, 'SM_BATCH_TOO_LARGE']);
  });

  it('keeps tenants apart: no writing into another tenant, no reading across', async () => {
    const shopA = await t.client({ tenant: 'shop-a' });
    const shopB = await t.client({ tenant: 'shop-b' });
    const cross = await shopA.postJson('/v1/events', [order('t1', { tenant: 'shop-b' }), order('t2')]);
    expect(((await cross.json()) as { results: { status: string }[] }).results.map((r) => r.status)).toEqual(['rejected', 'accepted']);
    expect((await shopA.request('/v1/events/t2')).status).toBe(200);
    expect((await t.request('/v1/events/t2')).status).toBe(404);
    expect((await shopB.request('/v1/events/t2')).status).toBe(404);
  });
});

describe('analysis, findings and scores', () => {
  beforeAll(async () => {
    const events = [...fixtures['order-concentration']!.positive, ...fixtures['contact-spam']!.positive];
    expect((await t.postJson('/v1/events', events)).status).toBe(200);
    const run = await t.request('/v1/analysis/runs', { method: 'POST' });
    expect(run.status).toBe(200);
  });

  it('lists findings with filters and fetches one with its evidence events', async () => {
    const all = (await (await t.request('/v1/findings')).json()) as { items: { id: string; kind: string }[]; total: number };
    expect(all.items.map((f) => f.kind).sort()).toEqual(['contact_spam', 'contact_spam', 'order_concentration']);
    const spam = (await (await t.request('/v1/findings?kind=contact_spam&entityType=merchant&entityId=shop-fake')).json()) as { items: { id: string }[] };
    expect(spam.items).toHaveLength(1);
    const one = await t.request(`/v1/findings/${spam.items[0]!.id}`);
    expect(one.status).toBe(200);
    const events = (await (await t.request(`/v1/findings/${spam.items[0]!.id}/events`)).json()) as { items: { type: string }[]; total: number };
    expect(events.items.map((e) => e.type).sort()).toEqual(['listing.published', 'message.sent']);
    const byEntity = (await (await t.request('/v1/findings?entityType=merchant&entityId=shop-hot')).json()) as { items: { kind: string }[] };
    expect(byEntity.items.map((f) => f.kind)).toEqual(['order_concentration']);
  });

  it('names bad filters and unknown findings', async () => {
    const bad = await t.request('/v1/findings?minScore=2&kind=nope');
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()) as { error: { details: { field: string }[] } }).error.details.map((d) => d.field).sort();
    expect(fields).toEqual(['kind', 'minScore']);
    expect((await t.request('/v1/findings?entityType=merchant')).status).toBe(400);
    expect((await t.request('/v1/findings/f_nope')).status).toBe(404);
  });

  it('serves fused scores with reasons', async () => {
    const response = await t.request('/v1/scores/merchant/shop-hot');
    expect(response.status).toBe(200);
    const score = (await response.json()) as { score: number; reasons: { kind: string }[] };
    expect(score.score).toBeGreaterThan(0.5);
    expect(score.reasons[0]!.kind).toBe('order_concentration');
    expect((await t.request('/v1/scores/merchant/shop-busy')).status).toBe(404);
    expect((await t.request('/v1/scores/planet/x')).status).toBe(400);
  });
});

describe('service routes', () => {
  it('reports health, an OpenAPI document and a docs page served locally', async () => {
    expect(await (await t.request('/healthz')).json()).toMatchObject({ status: 'ok' });
    const doc = (await (await t.request('/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/events', '/v1/findings', '/v1/findings/{id}', '/v1/scores/{entityType}/{entityId}']));
    expect(await (await t.request('/docs')).text()).toContain('/docs/assets/swagger-ui-bundle.js');
    expect((await t.request('/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('answers unknown API routes with a catalog code and tells how to build a missing console', async () => {
    const response = await t.request('/v1/nothing-here');
    expect([response.status, ((await response.json()) as { error: { code: string } }).error.code]).toEqual([404, 'SM_ROUTE_NOT_FOUND']);
    expect(await (await t.request('/')).text()).toContain('npm run build:web');
  });

  it('turns an unexpected failure into a generic 500 with a request id and no internals', async () => {
    const broken = await openTestServer();
    broken.app.findings.listFindings = () => Promise.reject(new Error('disk on fire at /secret/path'));
    const response = await broken.request('/v1/findings', { headers: { 'x-request-id': 'req-42' } });
    const body = (await response.json()) as { error: { code: string; message: string; requestId: string } };
    expect(response.status).toBe(500);
    expect(body.error).toMatchObject({ code: 'SM_INTERNAL', requestId: 'req-42' });
    expect(JSON.stringify(body)).not.toContain('secret');
  });
});
