// The conformance suite every implementation of the governance ports passes: chains, reports, keys, audit and labels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiKeyStore, AuditLog, ChainStore, LabelStore, ReportStore } from '../../src/app/ports.ts';
import { foldCase } from '../../src/core/cases/case-view.ts';
import { nextEntry, SYSTEM_ACTOR, type ChainEntry } from '../../src/core/cases/hash-chain.ts';
import type { Report } from '../../src/core/reports/report.ts';

export type GovernanceStores = { chains: ChainStore; reports: ReportStore; keys: ApiKeyStore; audit: AuditLog; labels: LabelStore };
export type OpenGovernanceStores = () => Promise<{ stores: GovernanceStores; close: () => Promise<void> }>;

const opened = (chain: string, subjects: string[], dueAt = '2026-11-03T00:00:00+08:00') =>
  nextEntry(chain, undefined, { at: '2026-11-01T00:00:00+08:00', actor: SYSTEM_ACTOR, type: 'case.opened', payload: { kind: 'brushing_ring', severity: 'high', dueAt, subjects } });

const report = (id: string, tenant: string | undefined, target: string, caseIds: string[] = []): Report => ({
  id, tenant, target: { type: 'merchant', id: target }, category: 'brushing', description: 'fake orders', files: [], filedBy: 'key:r',
  receivedAt: `2026-11-01T00:00:0${id.length % 10}+08:00`, dueAt: '2026-11-08T00:00:00+08:00', groupId: id, status: 'received', findingIds: [], caseIds, notices: [],
});

export function describeGovernanceStores(name: string, open: OpenGovernanceStores): void {
  describe(`governance stores conformance: ${name}`, () => {
    let s: GovernanceStores;
    let close: () => Promise<void>;
    beforeAll(async () => ({ stores: s, close } = await open()));
    afterAll(() => close());

    it('appends chain entries in sequence only, and refuses a taken or skipped seq', async () => {
      const first = opened('case:c1', ['merchant:m1']);
      expect(await s.chains.append(undefined, first, { index: ['entity:merchant:m1'], caseView: foldCase(undefined, [first])! })).toBe(true);
      expect(await s.chains.append(undefined, first)).toBe(false);
      const second = nextEntry('case:c1', first, { at: '2026-11-01T01:00:00+08:00', actor: SYSTEM_ACTOR, type: 'case.note_added', payload: { text: '笔记 <b>' } });
      const skipped: ChainEntry = { ...second, seq: 3 };
      expect(await s.chains.append(undefined, skipped)).toBe(false);
      expect(await s.chains.append(undefined, second, { caseView: foldCase(undefined, [first, second])! })).toBe(true);
      expect(await s.chains.entries(undefined, 'case:c1')).toEqual([first, second]);
    });

    it('finds chains by index key and lists the case queue, tenant by tenant', async () => {
      const other = opened('case:c1', ['merchant:m1'], '2026-11-02T00:00:00+08:00');
      expect(await s.chains.append('tenant-b', other, { index: ['entity:merchant:m1'], caseView: foldCase('tenant-b', [other])! })).toBe(true);
      const c2 = opened('case:c2', ['merchant:m2'], '2026-11-02T00:00:00+08:00');
      await s.chains.append(undefined, c2, { index: ['entity:merchant:m2'], caseView: foldCase(undefined, [c2])! });
      expect(await s.chains.lookup(undefined, 'entity:merchant:m1')).toEqual(['case:c1']);
      expect(await s.chains.lookup('tenant-c', 'entity:merchant:m1')).toEqual([]);
      const queue = await s.chains.listCases({ tenant: undefined, limit: 10 });
      expect([queue.total, queue.items.map((c) => c.id)]).toEqual([2, ['c2', 'c1']]);
      expect((await s.chains.listCases({ tenant: undefined, state: 'closed', limit: 10 })).total).toBe(0);
      expect((await s.chains.listCases({ tenant: 'tenant-b', limit: 10 })).items.map((c) => c.dueAt)).toEqual(['2026-11-02T00:00:00+08:00']);
      expect(await s.chains.entries('tenant-b', 'case:c2')).toEqual([]);
      expect(await s.chains.chainNames(undefined, 'case:')).toEqual(['case:c1', 'case:c2']);
      expect(await s.chains.chainNames(undefined, 'credit:')).toEqual([]);
    });

    it('saves reports and finds them by filer, target and linked case, within a tenant', async () => {
      await s.reports.save(report('r1', undefined, 'm1'));
      await s.reports.save(report('r2', undefined, 'm1', ['c1']));
      await s.reports.save(report('r1', 'tenant-b', 'm1'));
      await s.reports.save({ ...report('r1', undefined, 'm1'), status: 'closed', caseIds: ['c1'] });
      expect((await s.reports.get(undefined, 'r1'))?.status).toBe('closed');
      expect((await s.reports.get('tenant-b', 'r1'))?.status).toBe('received');
      expect(await s.reports.get('tenant-c', 'r1')).toBeUndefined();
      expect((await s.reports.list({ tenant: undefined, targetKey: 'merchant:m1', limit: 10 })).map((r) => r.id)).toEqual(['r1', 'r2']);
      expect((await s.reports.list({ tenant: undefined, caseId: 'c1', limit: 10 })).map((r) => r.id)).toEqual(['r1', 'r2']);
      expect((await s.reports.list({ tenant: undefined, status: 'received', limit: 10 })).map((r) => r.id)).toEqual(['r2']);
    });

    it('keeps API keys per tenant and revokes them once', async () => {
      const key = { id: 'k1', tenant: 'tenant-b', secretHash: 'ab', roles: ['analyst' as const], name: 'Li', kind: 'person' as const, createdAt: '2026-11-01T00:00:00Z', createdBy: 'cli' };
      await s.keys.create(key);
      expect(await s.keys.get('k1')).toEqual(key);
      expect(await s.keys.list(undefined)).toEqual([]);
      expect(await s.keys.revoke(undefined, 'k1', '2026-11-02T00:00:00Z')).toBe(false);
      expect(await s.keys.revoke('tenant-b', 'k1', '2026-11-02T00:00:00Z')).toBe(true);
      expect(await s.keys.revoke('tenant-b', 'k1', '2026-11-03T00:00:00Z')).toBe(false);
      expect((await s.keys.get('k1'))?.revokedAt).toBe('2026-11-02T00:00:00Z');
    });

    it('appends audit records and labels, newest audit first, per tenant', async () => {
      const actor = { type: 'person' as const, id: 'key:k1', name: 'Li' };
      await s.audit.append({ at: '2026-11-01T00:00:00Z', tenant: undefined, actor, action: 'case.confirm', target: { type: 'case', id: 'c1' }, detail: { to: 'confirmed' } });
      await s.audit.append({ at: '2026-11-02T00:00:00Z', tenant: undefined, actor, action: 'case.close', target: { type: 'case', id: 'c1' } });
      await s.audit.append({ at: '2026-11-02T00:00:00Z', tenant: 'tenant-b', actor, action: 'case.close', target: { type: 'case', id: 'c9' } });
      expect((await s.audit.list({ tenant: undefined, limit: 10 })).map((r) => r.action)).toEqual(['case.close', 'case.confirm']);
      expect((await s.audit.list({ tenant: undefined, target: { type: 'case', id: 'c1' }, limit: 1 }))[0]?.actor).toEqual(actor);
      await s.labels.record([{ entityType: 'merchant', entityId: 'm1', label: 1, source: 'case:c1', at: '2026-11-01T00:00:00Z' }]);
      await s.labels.record([{ tenant: 'tenant-b', entityType: 'account', entityId: 'a1', label: 0, source: 'case:c9', at: '2026-11-01T00:00:00Z' }]);
      expect(await s.labels.list()).toEqual([{ entityType: 'merchant', entityId: 'm1', label: 1, source: 'case:c1', at: '2026-11-01T00:00:00Z' }]);
      expect((await s.labels.list('tenant-b')).map((l) => [l.tenant, l.label])).toEqual([['tenant-b', 0]]);
    });
  });
}
