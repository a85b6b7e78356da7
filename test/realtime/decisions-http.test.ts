// The real-time API in process: decide, traces, settlement holds, rule-set versions, shadow mode and backtests.
import { beforeAll, describe, expect, it } from 'vitest';
import { openTestServer, type TestServer } from '../support/test-app.ts';

let t: TestServer;
beforeAll(async () => {
  t = await openTestServer();
});

const at = (minute: number) => `2026-11-02T10:${String(minute).padStart(2, '0')}:00+08:00`;
const placed = (id: string, minute: number, extra: Record<string, unknown> = {}) => ({
  id, type: 'order.placed', ts: at(minute), orderId: `o-${id}`, accountId: 'buyer', merchantId: 'shop', itemId: 'item', quantity: 1, amount: 5_900, ...extra,
});
type Body = Record<string, unknown> & { decision: { outcome: string; reasons: { code: string; message: string; messageZh: string }[]; ruleSet: { version: number }; shadow?: unknown } };
const json = async (response: Response) => (await response.json()) as Body;

describe('POST /v1/decide', () => {
  it('stores the event and answers its decision; the same id again returns the first decision', async () => {
    const first = await t.postJson('/v1/decide', placed('d1', 0));
    expect(first.status).toBe(200);
    const body = await json(first);
    expect(body).toMatchObject({ status: 'accepted', decision: { eventId: 'd1', outcome: 'allow', ruleSet: { name: 'default', version: 1 }, reasons: [] } });
    expect((await t.request('/v1/events/d1')).status).toBe(200);
    const again = await json(await t.postJson('/v1/decide', { ...placed('d1', 0), amount: 1 }));
    expect(again).toMatchObject({ status: 'duplicate', decision: { eventId: 'd1', outcome: 'allow' } });
  });

  it('gives reasons whose messages show the values that fired them, in both languages', async () => {
    await t.postJson('/v1/decide', placed('d2', 5));
    const third = await json(await t.postJson('/v1/decide', placed('d3', 9)));
    expect(third.decision.outcome).toBe('review');
    expect(third.decision.reasons[0]).toMatchObject({
      code: 'ORDER_CONCENTRATION',
      message: 'Shop shop: 3 orders from 1 buyers in the last hour (ratio 3, limit 3)',
      messageZh: '店铺 shop 最近一小时 3 单仅来自 1 个买家（比值 3，上限 3）',
      facts: { 'feature.shop_orders_1h': 3, 'feature.shop_buyers_1h': 1 },
    });
  });

  it('refuses a body over the limit, whether its length is declared or it is streamed', async () => {
    const small = await openTestServer({ SHOUMEN_BODY_LIMIT: '2048' });
    const body = JSON.stringify({ ...placed('big', 1), padding: 'x'.repeat(4_000) });
    const declared = await small.request('/v1/decide', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.length) }, body });
    expect([declared.status, ((await declared.json()) as { error: { code: string } }).error.code]).toEqual([413, 'SM_BODY_TOO_LARGE']);
    const chunked = await small.postJson('/v1/decide', body);
    expect(chunked.status).toBe(413);
    expect((await small.postJson('/v1/decide', placed('fits', 1))).status).toBe(200);
  });

  it('names the bad field of an invalid event', async () => {
    const response = await t.postJson('/v1/decide', { ...placed('d4', 1), quantity: 0 });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'SM_VALIDATION', details: [{ field: 'quantity', message: 'must be at least 1' }] } });
  });
});

describe('GET /v1/decisions/{eventId}', () => {
  it('returns the decision with a trace that mirrors each rule that looked at the event', async () => {
    const response = await t.request('/v1/decisions/d3');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { trace: { code: string; fired: boolean; when: { expr: string; value: unknown; children: { expr: string; value: unknown }[] } }[] };
    const rule = body.trace.find((r) => r.code === 'ORDER_CONCENTRATION')!;
    expect(rule.fired).toBe(true);
    expect(rule.when.expr).toBe('feature.shop_orders_1h >= 3 and ratio(feature.shop_orders_1h, feature.shop_buyers_1h) >= 3');
    expect(rule.when.children.map((c) => [c.expr, c.value])).toEqual([
      ['feature.shop_orders_1h >= 3', true],
      ['ratio(feature.shop_orders_1h, feature.shop_buyers_1h) >= 3', true],
    ]);
    expect(body.trace.map((r) => r.code)).toEqual(expect.arrayContaining(['DEVICE_MANY_ACCOUNTS', 'SCRIPTED_DWELL']));
    expect((await t.request('/v1/decisions/nope')).status).toBe(404);
    const other = await t.client({ tenant: 'elsewhere' });
    expect((await other.request('/v1/decisions/d3')).status).toBe(404);
  });

  it('lists a review queue, newest first', async () => {
    const page = (await (await t.request('/v1/decisions?outcome=review&limit=5')).json()) as { items: { eventId: string }[] };
    expect(page.items.map((d) => d.eventId)).toContain('d3');
  });
});

describe('settlement holds', () => {
  it('holds the shop\'s settlement for an order paid after a token price edit, until an analyst releases it', async () => {
    await t.postJson('/v1/decide', { id: 'h1', type: 'order.placed', ts: at(20), orderId: 'oh', accountId: 'b9', merchantId: 'm-hold', itemId: 'i', quantity: 1, amount: 9_900 });
    await t.postJson('/v1/decide', { id: 'h2', type: 'order.price_changed', ts: at(21), orderId: 'oh', merchantId: 'm-hold', from: 9_900, to: 1 });
    const paid = await json(await t.postJson('/v1/decide', { id: 'h3', type: 'order.paid', ts: at(22), orderId: 'oh', paymentInstrumentId: 'p', amount: 1 }));
    expect(paid.decision).toMatchObject({ outcome: 'hold_settlement', holds: [{ merchantId: 'm-hold', orderId: 'oh' }] });
    const holds = (await (await t.request('/v1/settlements/holds?status=held&merchantId=m-hold')).json()) as { items: { id: string; ruleCode: string; orderId: string }[] };
    expect(holds.items).toMatchObject([{ ruleCode: 'TOKEN_PRICE_PAYMENT', orderId: 'oh' }]);
    const id = holds.items[0]!.id;
    const release = await t.postJson(`/v1/settlements/holds/${id}/release`, { note: '买家补足货款，核实无误' });
    expect(await release.json()).toMatchObject({ status: 'released', note: '买家补足货款，核实无误' });
    const again = await t.postJson(`/v1/settlements/holds/${id}/release`, { note: 'again' });
    expect([again.status, ((await again.json()) as { error: { code: string } }).error.code]).toEqual([409, 'SM_CONFLICT']);
  });
});

const draft = `ruleset stricter

feature shop_orders_1h = count by merchant over 1h
  on order.placed

rule BUSY_SHOP {
  on order.placed
  when feature.shop_orders_1h >= 2
  then block
  message "{feature.shop_orders_1h} orders in an hour at {event.merchantId}"
  message_zh "{event.merchantId} 一小时内 {feature.shop_orders_1h} 单"
}
`;

describe('rule-set versions', () => {
  it('refuses a rule with a syntax or type error, giving the position and the reason', async () => {
    const broken = await t.postJson('/v1/rules', { source: draft.replace('>= 2', '>= "two"') });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({
      error: { code: 'SM_RULES_INVALID', details: [{ field: '8:34', line: 8, message: 'the right side of >= must be number, but "two" is string' }] },
    });
    const syntax = await t.postJson('/v1/rules', { source: draft.replace('then block', 'then explode') });
    expect(await syntax.json()).toMatchObject({ error: { code: 'SM_RULES_INVALID', details: [{ field: '9:8', message: '"explode" is not an outcome (allow, review, hold_settlement, block)' }] } });
    expect(((await (await t.request('/v1/rules')).json()) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('runs a draft in shadow beside the published set without acting, then publishes it; a published set never changes', async () => {
    const created = await t.postJson('/v1/rules', { source: draft, shadow: true });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ version: 2, status: 'draft', shadow: true, name: 'stricter' });
    await t.postJson('/v1/decide', placed('s1', 30, { merchantId: 'calm' }));
    const shadowed = await json(await t.postJson('/v1/decide', placed('s2', 31, { merchantId: 'calm', accountId: 'other' })));
    expect(shadowed.decision).toMatchObject({ outcome: 'allow', ruleSet: { version: 1 }, shadow: { outcome: 'block', ruleSet: { name: 'stricter', version: 2 }, reasons: [{ code: 'BUSY_SHOP' }] } });

    const report = await t.postJson('/v1/rules/2/backtest', { labels: [{ entityType: 'merchant', entityId: 'calm', label: 1 }, { entityType: 'merchant', entityId: 'm-hold', label: 0 }] });
    expect(report.status).toBe(200);
    expect(await report.json()).toMatchObject({
      ruleSet: { version: 2 }, baseline: { version: 1 }, rules: [{ code: 'BUSY_SHOP', fired: expect.any(Number) as number }],
      labels: { labelled: 2, positives: 1, truePositives: 1, recall: 1 },
    });

    const published = await t.request('/v1/rules/2/publish', { method: 'POST' });
    expect(await published.json()).toMatchObject({ version: 2, status: 'published', shadow: false });
    const blocked = await json(await t.postJson('/v1/decide', placed('s3', 32, { merchantId: 'calm', accountId: 'third' })));
    expect(blocked.decision).toMatchObject({ outcome: 'block', ruleSet: { name: 'stricter', version: 2 } });
    expect(blocked.decision.shadow).toBeUndefined();

    const republish = await t.request('/v1/rules/2/publish', { method: 'POST' });
    expect([republish.status, ((await republish.json()) as { error: { code: string } }).error.code]).toEqual([409, 'SM_CONFLICT']);
    expect((await t.request('/v1/rules/1/publish', { method: 'POST' })).status).toBe(409);
    expect((await t.request('/v1/rules/2', { method: 'PUT', body: JSON.stringify({ source: 'x' }), headers: { 'content-type': 'application/json' } })).status).toBe(404);
    const versions = (await (await t.request('/v1/rules')).json()) as { items: { version: number; status: string }[] };
    expect(versions.items.map((v) => [v.version, v.status])).toEqual([[2, 'published'], [1, 'retired']]);
    const v2 = (await (await t.request('/v1/rules/2')).json()) as { source: string; rules: { code: string }[] };
    expect([v2.source, v2.rules.map((r) => r.code)]).toEqual([draft, ['BUSY_SHOP']]);
    // The old decision still shows its trace under the version that made it.
    const old = (await (await t.request('/v1/decisions/d3')).json()) as { decision: { ruleSet: { version: number } }; trace: unknown[] };
    expect([old.decision.ruleSet.version, old.trace.length > 0]).toEqual([1, true]);
  });
});

describe('POST /v1/events with decisions', () => {
  it('decides every new event, and returns the decisions when asked', async () => {
    const response = await t.postJson('/v1/events?decisions=true', [placed('b1', 40, { merchantId: 'busy' }), placed('b2', 41, { merchantId: 'busy' })]);
    const body = (await response.json()) as { results: { status: string; decision?: { outcome: string } }[] };
    expect(body.results.map((r) => [r.status, r.decision?.outcome])).toEqual([['accepted', 'allow'], ['accepted', 'block']]);
    const plain = (await (await t.postJson('/v1/events', [placed('b3', 42, { merchantId: 'busy' })])).json()) as { results: object[] };
    expect(plain.results).toEqual([{ index: 0, id: 'b3', status: 'accepted' }]);
    expect(((await (await t.request('/v1/decisions/b3')).json()) as { decision: { outcome: string } }).decision.outcome).toBe('block');
  });
});
