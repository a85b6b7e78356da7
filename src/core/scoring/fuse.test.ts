import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/finding.ts';
import { Calibration } from './calibration.ts';
import { FusionConfig, fuseScores } from './fuse.ts';
import { shippedFusion } from './fusion-config.ts';

function finding(id: string, score: number, entities: Finding['entities'], kind: Finding['kind'] = 'order_concentration'): Finding {
  return {
    id, kind, score, severity: 'high', summary: `s ${id}`, summaryZh: `摘要 ${id}`, entities,
    window: { from: '2026-11-01T00:00:00+08:00', to: '2026-11-01T01:00:00+08:00' },
    reasons: [{ code: 'CODE_A', message: 'm', messageZh: '中' }], evidence: { eventIds: ['e1'], metrics: {} }, detector: 'x@1.0.0',
  };
}

describe('fuseScores', () => {
  it('combines independent findings by noisy-OR and keeps the strongest reasons first', () => {
    const scores = fuseScores([
      finding('f1', 0.5, [{ type: 'merchant', id: 'm1' }]),
      finding('f2', 0.8, [{ type: 'merchant', id: 'm1' }, { type: 'account', id: 'a1', role: 'buyer' }]),
    ]);
    const merchant = scores.find((s) => s.entityId === 'm1')!;
    expect(merchant.score).toBeCloseTo(1 - 0.5 * 0.2, 6);
    expect(merchant.reasons.map((r) => r.findingId)).toEqual(['f2', 'f1']);
    expect(scores.find((s) => s.entityId === 'a1')!.score).toBeCloseTo(0.8 * 0.3, 6);
    expect(scores[0]!.entityId).toBe('m1');
  });

  it('applies kind weights from configuration and drops zero-weight kinds', () => {
    const config = FusionConfig.parse({ kindWeights: { contact_spam: 0 } });
    expect(fuseScores([finding('f1', 0.9, [{ type: 'item', id: 'i1' }], 'contact_spam')], config)).toEqual([]);
  });

  it('stays in [0, 1] and never decreases when a finding is added', () => {
    const base = [finding('f1', 0.6, [{ type: 'account', id: 'a' }])];
    const more = [...base, finding('f2', 0.99, [{ type: 'account', id: 'a' }])];
    const [before] = fuseScores(base);
    const [after] = fuseScores(more);
    expect(after!.score).toBeGreaterThanOrEqual(before!.score);
    expect(after!.score).toBeLessThanOrEqual(1);
  });

  it('keeps tenants apart', () => {
    const a = { ...finding('f1', 0.5, [{ type: 'account', id: 'x' }]), tenant: 't1' };
    const b = { ...finding('f2', 0.5, [{ type: 'account', id: 'x' }]), tenant: 't2' };
    expect(fuseScores([a, b]).map((s) => [s.tenant, s.score])).toEqual([['t1', 0.5], ['t2', 0.5]]);
  });

  it('gives each reason its finding, role and first evidence events', () => {
    const many = { ...finding('f1', 0.7, [{ type: 'account', id: 'a', role: 'worker' }]), evidence: { eventIds: Array.from({ length: 25 }, (_, i) => `e${i}`), metrics: {} } };
    const [score] = fuseScores([many]);
    expect(score!.reasons[0]).toMatchObject({ findingId: 'f1', role: 'worker', evidenceCount: 25 });
    expect(score!.reasons[0]!.evidence).toEqual(Array.from({ length: 10 }, (_, i) => `e${i}`));
  });

  it('does not score an entity named only in a role weighed zero (a hand-over, not an accusation)', () => {
    const spike = finding('f1', 0.9, [{ type: 'merchant', id: 'm' }, { type: 'account', id: 'b', role: 'spike_buyer' }], 'sales_spike');
    expect(fuseScores([spike], shippedFusion).map((s) => s.entityId)).toEqual(['m']);
  });

  it('calibrates per entity type, keeps the fused score beside it and never reorders entities of one type', () => {
    const calibration = Calibration.parse({
      version: 'c-test', method: 'isotonic',
      fittedOn: { generator: 'test', seeds: [1], options: {}, detectors: [], fusionVersion: 'fusion-test', entities: 40, positives: 20 },
      byType: { account: { x: [0.3, 0.9], y: [0.05, 0.6], n: [20, 20] } },
    });
    const config = FusionConfig.parse({ calibration });
    const scores = fuseScores([
      finding('f1', 0.9, [{ type: 'account', id: 'hi' }, { type: 'merchant', id: 'm' }]),
      finding('f2', 0.3, [{ type: 'account', id: 'lo' }]),
    ], config);
    const by = (id: string) => scores.find((s) => s.entityId === id)!;
    expect(by('hi')).toMatchObject({ score: 0.6, rawScore: 0.9 });
    expect(by('lo')).toMatchObject({ score: 0.05, rawScore: 0.3 });
    expect(by('m')).toMatchObject({ score: 0.9, rawScore: 0.9 });
  });
});
