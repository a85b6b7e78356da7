import { describe, expect, it } from 'vitest';
import type { Finding, FindingKind } from '../../src/core/findings/finding.ts';
import type { TruthRow } from '../../src/core/simulation/index.ts';
import { falseFlags } from './false-flags.ts';
import { patternMetrics } from './pattern-metrics.ts';
import { reliability } from './reliability.ts';
import { indexTruth } from './truth-index.ts';

const row = (entityType: TruthRow['entityType'], entityId: string, pattern: TruthRow['pattern']): TruthRow =>
  ({ entityType, entityId, label: pattern === 'genuine' ? 0 : 1, pattern });

function finding(kind: FindingKind, entities: Finding['entities']): Finding {
  return {
    id: `f-${kind}`, kind, score: 0.9, severity: 'critical', summary: 's', summaryZh: '摘要', entities,
    window: { from: '2026-11-01T00:00:00+08:00', to: '2026-11-02T00:00:00+08:00' },
    reasons: [{ code: 'X', message: 'm', messageZh: '中' }], evidence: { eventIds: ['e'], metrics: {} }, detector: 'x@1.0.0',
  };
}

const truth = indexTruth([
  row('merchant', 'm1', 'fake_logistics'), row('account', 'a1', 'fake_logistics'), row('account', 'a2', 'fake_logistics'),
  row('account', 'a3', 'genuine'), row('merchant', 'm2', 'genuine'), row('item', 'i1', 'genuine'),
]);
const counts = (role: string | undefined) => role !== 'spike_buyer';

describe('patternMetrics', () => {
  const findings = [
    finding('fake_logistics', [{ type: 'merchant', id: 'm1' }, { type: 'account', id: 'a1' }, { type: 'account', id: 'a3' }, { type: 'item', id: 'i1' }]),
    finding('sales_spike', [{ type: 'merchant', id: 'm2' }, { type: 'account', id: 'a2', role: 'spike_buyer' }]),
  ];
  const metrics = patternMetrics(findings, truth, counts, new Set<FindingKind>(['fake_logistics', 'sales_spike']));
  const of = (pattern: string) => metrics.find((m) => m.pattern === pattern)!;

  it('counts per labelled type and pooled, leaving types the pattern never labels aside', () => {
    const m = of('fake_logistics');
    expect(m.byType).toEqual({
      merchant: { tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 },
      account: { tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 },
    });
    expect(m.pooled).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(m.unlabelledTypes).toEqual({ item: 1 });
    expect(m.pass).toBe(false);
  });

  it('reports a pattern no detector emits as missing, and sales spikes against attacked shops', () => {
    expect(of('brushing_ring')).toMatchObject({ status: 'missing', findings: 0 });
    expect(of('sales_spike')).toMatchObject({ status: 'proxy', pooled: { tp: 0, fp: 1, fn: 1 } });
  });
});

describe('falseFlags', () => {
  it('counts distinct listed entities named in a counting role', () => {
    const flags = falseFlags([
      finding('sales_spike', [{ type: 'merchant', id: 'm2' }, { type: 'account', id: 'a3', role: 'spike_buyer' }]),
      finding('contact_spam', [{ type: 'merchant', id: 'm2' }, { type: 'ip', id: 'not-listed' }]),
    ], [], truth, counts);
    expect(flags).toMatchObject({ entities: 6, flagged: 1, byKind: { sales_spike: 1, contact_spam: 1 }, byType: { merchant: 1 }, pass: false });
  });
});

describe('reliability', () => {
  it('is zero for a perfectly calibrated score and large for an overconfident one', () => {
    const labelled = (score: number, positives: number) => Array.from({ length: 10 }, (_, i): { score: number; label: 0 | 1 } => ({ score, label: i < positives ? 1 : 0 }));
    const fair = labelled(0.8, 8);
    expect(reliability(fair).ece).toBeCloseTo(0, 9);
    const overconfident = labelled(0.95, 5);
    expect(reliability(overconfident)).toMatchObject({ ece: 0.45, table: [{ bin: '0.9–1.0', entities: 10, meanScore: 0.95, fraudRate: 0.5 }] });
  });
});
