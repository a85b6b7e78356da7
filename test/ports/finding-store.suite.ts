// The conformance suite every FindingStore implementation passes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisRun, FindingStore } from '../../src/app/ports.ts';
import { severityOf, type Finding } from '../../src/core/findings/finding.ts';
import { fuseScores } from '../../src/core/scoring/fuse.ts';

export type OpenFindingStore = () => Promise<{ store: FindingStore; close: () => Promise<void> }>;

function finding(id: string, score: number, kind: Finding['kind'], entity: string, tenant?: string): Finding {
  return {
    id, kind, score, severity: severityOf(score), summary: `Summary ${id} shop ${entity}`, summaryZh: `摘要 ${id} 店铺 ${entity}`,
    ...(tenant ? { tenant } : {}),
    entities: [{ type: 'merchant', id: entity, role: 'merchant' }, { type: 'account', id: `buyer-of-${entity}`, role: 'repeat_buyer' }],
    window: { from: '2026-11-01T10:00:00+08:00', to: '2026-11-01T11:00:00+08:00' },
    reasons: [{ code: 'CODE', message: 'because', messageZh: '因为' }],
    evidence: { eventIds: ['e1'], metrics: { n: 1 } },
    detector: 'test@1.0.0',
  };
}

const run = (id: string, scope: AnalysisRun['scope'] = 'all'): AnalysisRun => ({
  id, scope, startedAt: '2026-11-01T12:00:00+08:00', finishedAt: `2026-11-01T12:0${id.length % 10}:00+08:00`, source: 'test',
  detectors: ['test@1.0.0'], fusionVersion: 'fusion-1', stats: { findings: 3 },
});

export function describeFindingStore(name: string, open: OpenFindingStore): void {
  describe(`FindingStore conformance: ${name}`, () => {
    let store: FindingStore;
    let close: () => Promise<void>;
    const findings = [
      finding('f1', 0.95, 'order_concentration', 'm1'),
      finding('f2', 0.6, 'contact_spam', 'm2'),
      finding('f3', 0.6, 'order_concentration', 'm3'),
      finding('f4', 0.3, 'order_concentration', 'm1'),
      finding('f1', 0.8, 'contact_spam', 'other-tenant-shop', 'tenant-b'),
    ];
    beforeAll(async () => {
      ({ store, close } = await open());
      await store.saveRun(run('r1'), findings, fuseScores(findings));
    });
    afterAll(() => close());

    it('lists a tenant\'s findings by score, then id, and pages with a cursor', async () => {
      const first = await store.listFindings({ tenant: undefined, limit: 2 });
      expect(first.items.map((f) => f.id)).toEqual(['f1', 'f2']);
      expect(first.total).toBe(4);
      const second = await store.listFindings({ tenant: undefined, limit: 2, cursor: first.nextCursor! });
      expect(second.items.map((f) => f.id)).toEqual(['f3', 'f4']);
      expect(second.nextCursor).toBeUndefined();
    });

    it('filters by kind, severity, minimum score, entity and text', async () => {
      const ids = async (query: Parameters<FindingStore['listFindings']>[0]) => (await store.listFindings(query)).items.map((f) => f.id);
      expect(await ids({ tenant: undefined, limit: 10, kind: 'contact_spam' })).toEqual(['f2']);
      expect(await ids({ tenant: undefined, limit: 10, severity: 'critical' })).toEqual(['f1']);
      expect(await ids({ tenant: undefined, limit: 10, minScore: 0.5 })).toEqual(['f1', 'f2', 'f3']);
      expect(await ids({ tenant: undefined, limit: 10, entity: { type: 'merchant', id: 'm1' } })).toEqual(['f1', 'f4']);
      expect(await ids({ tenant: undefined, limit: 10, text: '店铺 m3' })).toEqual(['f3']);
      expect(await ids({ tenant: undefined, limit: 10, text: '100%_' })).toEqual([]);
    });

    it('keeps tenants apart', async () => {
      expect((await store.listFindings({ tenant: 'tenant-b', limit: 10 })).items.map((f) => f.entities[0]!.id)).toEqual(['other-tenant-shop']);
      expect((await store.getFinding(undefined, 'f1'))?.score).toBe(0.95);
      expect((await store.getFinding('tenant-b', 'f1'))?.score).toBe(0.8);
      expect(await store.getFinding('tenant-c', 'f1')).toBeUndefined();
    });

    it('updates a re-found finding in place instead of duplicating it, and keeps its entities in step', async () => {
      await store.saveRun(run('r22'), [{ ...finding('f4', 0.55, 'order_concentration', 'm9') }], []);
      const page = await store.listFindings({ tenant: undefined, limit: 10 });
      expect(page.total).toBe(4);
      expect(page.items.find((f) => f.id === 'f4')?.score).toBe(0.55);
      expect((await store.listFindings({ tenant: undefined, limit: 10, entity: { type: 'merchant', id: 'm1' } })).items.map((f) => f.id)).toEqual(['f1']);
      expect((await store.latestRun())?.id).toBe('r22');
    });

    it('shows a tenant only its own runs and runs over every tenant', async () => {
      await store.saveRun(run('r333', { tenant: 'tenant-b' }), [], []);
      expect(await store.latestRun({ tenant: 'tenant-b' })).toMatchObject({ id: 'r333', scope: { tenant: 'tenant-b' } });
      expect(await store.latestRun({ tenant: undefined })).toMatchObject({ id: 'r22', scope: 'all' });
      expect((await store.latestRun())?.id).toBe('r333');
    });

    it('returns fused scores by entity', async () => {
      expect((await store.getScore(undefined, 'merchant', 'm1'))?.score).toBeCloseTo(1 - 0.05 * 0.7, 5);
      expect(await store.getScore(undefined, 'merchant', 'nobody')).toBeUndefined();
    });
  });
}
