// Precision, recall and F1 of each pattern's findings against the truth file, per entity type and pooled.
import type { EntityType } from '../../src/core/events/primitives.ts';
import type { Finding, FindingKind } from '../../src/core/findings/finding.ts';
import { patterns } from '../../src/core/simulation/index.ts';
import { entityKey, type TruthIndex } from './truth-index.ts';

export type Counts = { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
export type PatternMetrics = {
  readonly pattern: string;
  /** measured; missing (no registered detector emits this kind); proxy (no truth labels: judged against a stand-in). */
  readonly status: 'measured' | 'missing' | 'proxy';
  readonly findings: number;
  readonly pooled?: Counts;
  readonly byType?: Record<string, Counts>;
  /** Entities the findings name whose type this pattern never labels: not counted either way. */
  readonly unlabelledTypes?: Record<string, number>;
  readonly pass?: boolean;
  readonly note?: string;
};

/** Whether an entity named with this role counts as flagged (roles the fusion weighs at zero are hand-overs, not accusations). */
export type RoleCounts = (role: string | undefined) => boolean;

function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp > 0 ? tp / (tp + fp) : tp + fn === 0 ? 1 : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const round = (x: number) => Number(x.toFixed(4));
  return { tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}

/** Keys of the entities of one kind's findings that count as flagged, by entity type. */
export function flaggedByType(findings: readonly Finding[], kind: FindingKind, roleCounts: RoleCounts): Map<EntityType, Set<string>> {
  const out = new Map<EntityType, Set<string>>();
  for (const finding of findings) {
    if (finding.kind !== kind) continue;
    for (const entity of finding.entities) {
      if (!roleCounts(entity.role)) continue;
      let set = out.get(entity.type);
      if (!set) {
        set = new Set();
        out.set(entity.type, set);
      }
      set.add(entityKey(entity.type, entity.id));
    }
  }
  return out;
}

function measure(flagged: Map<EntityType, Set<string>>, positives: ReadonlyMap<EntityType, ReadonlySet<string>>): Pick<PatternMetrics, 'pooled' | 'byType' | 'unlabelledTypes'> {
  const byType: Record<string, Counts> = {};
  const unlabelledTypes: Record<string, number> = {};
  let [tp, fp, fn] = [0, 0, 0];
  for (const [type, truth] of positives) {
    const named = flagged.get(type) ?? new Set<string>();
    let hits = 0;
    for (const key of named) if (truth.has(key)) hits += 1;
    byType[type] = counts(hits, named.size - hits, truth.size - hits);
    [tp, fp, fn] = [tp + hits, fp + named.size - hits, fn + truth.size - hits];
  }
  for (const [type, named] of flagged) if (!positives.has(type)) unlabelledTypes[type] = named.size;
  return { pooled: counts(tp, fp, fn), byType, unlabelledTypes };
}

/** Patterns whose attacks add orders to the target shop: the stand-in truth for sales spikes, which the simulator does not label. */
export const volumePatterns = ['brushing_ring', 'account_farm', 'scripted_sessions', 'template_reviews', 'fake_logistics', 'subsidy_abuse'];

export function patternMetrics(
  findings: readonly Finding[], truth: TruthIndex, roleCounts: RoleCounts, emittedKinds: ReadonlySet<FindingKind>, target = 0.9,
): PatternMetrics[] {
  const out: PatternMetrics[] = [];
  for (const pattern of patterns) {
    const kind = pattern as FindingKind;
    const found = findings.filter((f) => f.kind === kind).length;
    if (!emittedKinds.has(kind)) {
      out.push({ pattern, status: 'missing', findings: 0, note: 'no registered detector emits this kind' });
      continue;
    }
    const measured = measure(flaggedByType(findings, kind, roleCounts), truth.positives.get(pattern) ?? new Map());
    const pass = measured.pooled!.precision >= target && measured.pooled!.recall >= target;
    out.push({ pattern, status: 'measured', findings: found, ...measured, pass });
  }
  const shops = new Set<string>();
  for (const pattern of volumePatterns) for (const key of truth.positives.get(pattern)?.get('merchant') ?? []) shops.add(key);
  const spikes = flaggedByType(findings, 'sales_spike', roleCounts);
  const proxy = measure(new Map([['merchant', spikes.get('merchant') ?? new Set<string>()]]), new Map([['merchant', shops]]));
  out.push({
    pattern: 'sales_spike', status: emittedKinds.has('sales_spike') ? 'proxy' : 'missing', findings: findings.filter((f) => f.kind === 'sales_spike').length,
    ...proxy, note: `no truth labels; positives stand in as shops attacked by ${volumePatterns.join(', ')}`,
  });
  return out;
}
