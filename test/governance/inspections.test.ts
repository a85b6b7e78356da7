// Inspections sent as ordinary events reach the merchant ledger at the next analysis run, once, in their own tenant.
import { beforeAll, describe, expect, it } from 'vitest';
import { openTestServer, type TestServer } from '../support/test-app.ts';

let t: TestServer;
beforeAll(async () => {
  t = await openTestServer();
});

const inspected = (id: string, result: 'pass' | 'fail') => ({
  id, type: 'merchant.inspected', ts: '2026-11-03T10:00:00+08:00', merchantId: 'shop-q', inspectionId: `QC-${id}`, inspector: '市场监管抽检', kind: 'qualification', result,
});

describe('inspections through the event stream', () => {
  it('prices each inspection into the ledger once, however many runs see it', async () => {
    const tenantB = await t.client({ tenant: 'market-b' });
    expect((await t.postJson('/v1/events', [inspected('i1', 'fail'), inspected('i2', 'pass')])).status).toBe(200);
    expect((await tenantB.postJson('/v1/events', [inspected('i1', 'fail')])).status).toBe(200);
    for (let run = 0; run < 2; run += 1) {
      expect((await t.request('/v1/analysis/runs', { method: 'POST' })).status).toBe(200);
      expect((await tenantB.request('/v1/analysis/runs', { method: 'POST' })).status).toBe(200);
    }
    const credit = (await (await t.request('/v1/credit/shop-q')).json()) as { score: number; lines: { reason: string }[] };
    expect(credit.lines.map((l) => l.reason)).toEqual(['INSPECTION_FAILED_QUALIFICATION', 'INSPECTION_PASSED']);
    expect(credit.score).toBe(82);
    const other = (await (await tenantB.request('/v1/credit/shop-q')).json()) as { lines: unknown[] };
    expect(other.lines).toHaveLength(1);
  });
});
