// The truth file as lookups: the patterns of each entity, the entity types each pattern labels, every entity seen.
import type { EntityType } from '../../src/core/events/primitives.ts';
import type { TruthRow } from '../../src/core/simulation/index.ts';

export const entityKey = (type: string, id: string) => `${type}:${id}`;

export type TruthIndex = {
  /** Patterns of every labelled entity; genuine entities map to an empty set. */
  readonly patterns: ReadonlyMap<string, ReadonlySet<string>>;
  /** pattern → entity type → keys of its positives. */
  readonly positives: ReadonlyMap<string, ReadonlyMap<EntityType, ReadonlySet<string>>>;
  /** Entities per type in the truth file. */
  readonly entitiesByType: ReadonlyMap<EntityType, number>;
};

export function indexTruth(rows: readonly TruthRow[]): TruthIndex {
  const patterns = new Map<string, Set<string>>();
  const positives = new Map<string, Map<EntityType, Set<string>>>();
  const entitiesByType = new Map<EntityType, number>();
  for (const row of rows) {
    const key = entityKey(row.entityType, row.entityId);
    let set = patterns.get(key);
    if (!set) {
      set = new Set();
      patterns.set(key, set);
      entitiesByType.set(row.entityType, (entitiesByType.get(row.entityType) ?? 0) + 1);
    }
    if (row.label !== 1 || row.pattern === 'genuine') continue;
    set.add(row.pattern);
    let byType = positives.get(row.pattern);
    if (!byType) {
      byType = new Map();
      positives.set(row.pattern, byType);
    }
    let keys = byType.get(row.entityType);
    if (!keys) {
      keys = new Set();
      byType.set(row.entityType, keys);
    }
    keys.add(key);
  }
  return { patterns, positives, entitiesByType };
}

/** 1 when the truth file labels the entity fraud under any pattern, 0 when genuine, undefined when it is not listed. */
export function fraudLabel(truth: TruthIndex, type: string, id: string): 0 | 1 | undefined {
  const set = truth.patterns.get(entityKey(type, id));
  return set === undefined ? undefined : set.size > 0 ? 1 : 0;
}
