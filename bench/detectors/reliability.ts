// Calibration figures: expected calibration error and a reliability table of scores against the truth file's labels.
import type { EntityScore } from '../../src/core/scoring/fuse.ts';
import { fraudLabel, type TruthIndex } from './truth-index.ts';

export type ReliabilityRow = { readonly bin: string; readonly entities: number; readonly meanScore: number; readonly fraudRate: number };
export type Reliability = {
  readonly entities: number;
  readonly positives: number;
  /** Σ over bins of (entities in bin ÷ all) × |mean score − fraud rate|. */
  readonly ece: number;
  readonly table: ReliabilityRow[];
};

const round = (x: number) => Number(x.toFixed(4));

/** Ten equal-width bins over [0, 1]; `pick` chooses the calibrated or the raw score. */
export function reliability(pairs: readonly { score: number; label: 0 | 1 }[], bins = 10): Reliability {
  const sums = Array.from({ length: bins }, () => ({ n: 0, score: 0, positives: 0 }));
  for (const { score, label } of pairs) {
    const bin = sums[Math.min(bins - 1, Math.floor(score * bins))]!;
    bin.n += 1;
    bin.score += score;
    bin.positives += label;
  }
  let ece = 0;
  const table: ReliabilityRow[] = [];
  sums.forEach((bin, i) => {
    if (bin.n === 0) return;
    const meanScore = bin.score / bin.n;
    const fraudRate = bin.positives / bin.n;
    ece += (bin.n / pairs.length) * Math.abs(meanScore - fraudRate);
    table.push({ bin: `${(i / bins).toFixed(1)}–${((i + 1) / bins).toFixed(1)}`, entities: bin.n, meanScore: round(meanScore), fraudRate: round(fraudRate) });
  });
  return { entities: pairs.length, positives: pairs.reduce((s, p) => s + p.label, 0), ece: round(ece), table };
}

/** Scored entities the truth file lists, with their label, per entity type and pooled. */
export function labelledScores(scores: readonly EntityScore[], truth: TruthIndex, raw: boolean): Map<string, { score: number; label: 0 | 1 }[]> {
  const out = new Map<string, { score: number; label: 0 | 1 }[]>([['all', []]]);
  for (const s of scores) {
    const label = fraudLabel(truth, s.entityType, s.entityId);
    if (label === undefined) continue;
    const pair = { score: raw ? (s.rawScore ?? s.score) : s.score, label };
    out.get('all')!.push(pair);
    const list = out.get(s.entityType) ?? [];
    list.push(pair);
    out.set(s.entityType, list);
  }
  return out;
}

/** Fraud rate among the entities of each type that got no score at all: what a threshold can never catch. */
export function unscoredFraud(scores: readonly EntityScore[], truth: TruthIndex): Record<string, { entities: number; fraud: number }> {
  const scored = new Set(scores.map((s) => `${s.entityType}:${s.entityId}`));
  const out: Record<string, { entities: number; fraud: number }> = {};
  for (const [key, patterns] of truth.patterns) {
    if (scored.has(key)) continue;
    const type = key.slice(0, key.indexOf(':'));
    const row = (out[type] ??= { entities: 0, fraud: 0 });
    row.entities += 1;
    if (patterns.size > 0) row.fraud += 1;
  }
  return out;
}
