// Seeds a store with a console workload: 10,000 findings of every kind, a hub merchant named by many, one finding with 5,000 evidence events.
import type { Application } from '../../src/app/application.ts';
import type { ShoumenEvent } from '../../src/core/events/event.ts';
import { findingKinds, severityOf, type Finding } from '../../src/core/findings/finding.ts';
import { fuseScores } from '../../src/core/scoring/fuse.ts';
import { formatIso } from '../../src/core/time/format.ts';

export const HUB_MERCHANT = 'shop-hub';
export const BIG_FINDING = 'f_bench_big_evidence';
const BASE = Date.parse('2026-11-01T00:00:00+08:00');

/** A fixed-seed generator (mulberry32) so every run measures the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function finding(i: number, next: () => number, eventIds: string[]): Finding {
  const kind = findingKinds[i % findingKinds.length]!;
  const score = Number((0.3 + 0.7 * next()).toFixed(4));
  const merchant = i % 5 === 0 ? HUB_MERCHANT : `shop-${i % 900}`;
  const buyers = Array.from({ length: 2 + (i % 9) }, (_, b) => ({ type: 'account' as const, id: `acct-${(i * 7 + b) % 20_000}`, role: 'buyer' }));
  const from = BASE + i * 60_000;
  return {
    id: eventIds.length ? BIG_FINDING : `f_bench_${String(i).padStart(6, '0')}`,
    kind, score, severity: severityOf(score),
    summary: `Shop ${merchant}: ${buyers.length} accounts in one pattern of ${kind} (benchmark finding ${i})`,
    summaryZh: `店铺 ${merchant}：${buyers.length} 个账号呈现同一模式（基准发现 ${i}）`,
    entities: [{ type: 'merchant', id: merchant, role: 'merchant' }, ...buyers],
    window: { from: formatIso(from), to: formatIso(from + 3_600_000) },
    reasons: [
      { code: 'BENCH_RATIO', message: `Ratio ${(score * 5).toFixed(1)} over the limit`, messageZh: `比值 ${(score * 5).toFixed(1)} 超过阈值`, value: Number((score * 5).toFixed(2)), threshold: 3 },
      { code: 'BENCH_ACCOUNTS', message: `${buyers.length} accounts`, messageZh: `${buyers.length} 个账号`, value: buyers.length },
    ],
    evidence: { eventIds, metrics: { accounts: buyers.length, peakWindowStart: from } },
    detector: 'bench-seed@1.0.0',
  };
}

/** Stores the evidence events of the big finding, then saves the findings and their fused scores as one run. */
export async function seedConsoleWorkload(app: Application, count: number, bigEvidence: number): Promise<{ findings: number; evidenceEvents: number }> {
  const next = random(7);
  const events: ShoumenEvent[] = Array.from({ length: bigEvidence }, (_, e) => ({
    id: `bench-ev-${e}`, type: 'review.posted', ts: formatIso(BASE + e * 1000), reviewId: `rev-${e}`, accountId: `acct-${e % 300}`,
    merchantId: HUB_MERCHANT, itemId: `item-${e % 40}`, rating: 5, text: `超赞！物美价廉，加微信 bench${e % 50} 返现 <b>${e}</b>`,
  }));
  for (let start = 0; start < events.length; start += 5_000) await app.events.append(events.slice(start, start + 5_000));
  const findings = Array.from({ length: count }, (_, i) => finding(i, next, []));
  findings.push({ ...finding(count, next, events.map((e) => e.id)), score: 0.99, severity: 'critical' });
  const now = formatIso(Date.now());
  await app.findings.saveRun(
    { id: 'run_bench', scope: 'all', startedAt: now, finishedAt: now, source: 'bench seed', detectors: ['bench-seed@1.0.0'], fusionVersion: 'fusion-1', stats: { findings: findings.length, events: events.length } },
    findings,
    fuseScores(findings),
  );
  return { findings: findings.length, evidenceEvents: events.length };
}
