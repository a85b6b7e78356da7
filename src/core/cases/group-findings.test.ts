import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/finding.ts';
import { planCases, subjectKeys } from './group-findings.ts';

const finding = (id: string, entities: Finding['entities']): Finding => ({
  id, kind: 'order_concentration', score: 0.8, severity: 'high', summary: 's', summaryZh: 's', entities,
  window: { from: '2026-11-01T00:00:00+08:00', to: '2026-11-01T01:00:00+08:00' }, reasons: [{ code: 'X', message: 'x', messageZh: 'x' }],
  evidence: { eventIds: [], metrics: {} }, detector: 'd@1.0.0',
});

describe('case grouping', () => {
  it('keys on merchants when a finding names one, else on accounts', () => {
    expect(subjectKeys(finding('f', [{ type: 'merchant', id: 'm1' }, { type: 'account', id: 'a1' }]))).toEqual(['merchant:m1']);
    expect(subjectKeys(finding('f', [{ type: 'account', id: 'a2' }, { type: 'item', id: 'i' }]))).toEqual(['account:a2']);
    expect(subjectKeys(finding('f', [{ type: 'account', id: 'troll', role: 'extortionist' }, { type: 'merchant', id: 'm5', role: 'victim' }]))).toEqual(['account:troll']);
  });

  it('opens one case per group of findings sharing a subject, joins open cases, and skips findings already cased', () => {
    const findings = [
      finding('f1', [{ type: 'merchant', id: 'm1' }]), finding('f2', [{ type: 'merchant', id: 'm1' }, { type: 'merchant', id: 'm2' }]),
      finding('f3', [{ type: 'merchant', id: 'm2' }]), finding('f4', [{ type: 'merchant', id: 'm3' }]), finding('f5', [{ type: 'merchant', id: 'm4' }]),
      finding('f6', [{ type: 'merchant', id: 'm9' }]),
    ];
    const plan = planCases(findings, [{ id: 'c-old', subjects: ['merchant:m3'], findingIds: ['f0'] }, { id: 'c-other', subjects: ['merchant:m3'], findingIds: [] }], new Set(['f6']));
    expect(plan.open.map((g) => g.map((f) => f.id))).toEqual([['f1', 'f2', 'f3'], ['f5']]);
    expect(plan.join).toEqual([{ caseId: 'c-old', findings: [findings[3]], relatedCaseIds: ['c-other'] }]);
  });
});
