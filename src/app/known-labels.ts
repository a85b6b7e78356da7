// Labels grouped the way feature computation needs them: by tenant, and as a by-id vector for one snapshot.
import type { EntityType } from '../core/events/primitives.ts';
import { matchIds, type PreparedSnapshot } from '../core/learning/features/entity-features.ts';
import { labelsById } from '../core/learning/features/known-labels.ts';
import type { Label } from '../core/learning/labels.ts';

/** Labels of one entity type by tenant ('' for none), in input order. */
export function labelsByTenant(labels: readonly Label[], entityType: EntityType): Map<string, Label[]> {
  const byTenant = new Map<string, Label[]>();
  for (const label of labels) {
    if (label.entityType !== entityType) continue;
    const tenant = label.tenant ?? '';
    const list = byTenant.get(tenant);
    if (list) list.push(label);
    else byTenant.set(tenant, [label]);
  }
  return byTenant;
}

/** The labels this snapshot's entities carry, by interned id (NaN where none); labels of entities it never saw are ignored. */
export function knownLabelsOf(snapshot: PreparedSnapshot, entityType: EntityType, labels: readonly Label[]): Float32Array {
  const { found, local } = matchIds(snapshot, entityType, labels.map((l) => l.entityId));
  return labelsById(snapshot.snapshot.names(entityType).size, local, Uint8Array.from(found, (i) => labels[i]!.label));
}
