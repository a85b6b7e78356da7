// Ground truth: the finding kinds an injected attack stands for, and one CSV row per (entity, pattern) or a genuine row.
import type { EntityType } from '../events/primitives.ts';

export const patterns = [
  'brushing_ring', 'account_farm', 'scripted_sessions', 'template_reviews', 'review_for_reward',
  'fake_logistics', 'subsidy_abuse', 'insider_collusion', 'extortion_reviews', 'contact_spam',
] as const;
export type Pattern = (typeof patterns)[number];

export type TruthRow = {
  readonly entityType: EntityType;
  readonly entityId: string;
  readonly label: 0 | 1;
  readonly pattern: Pattern | 'genuine';
};

export const truthHeader = 'entityType,entityId,label,pattern';

export function truthLine(row: TruthRow): string {
  return `${row.entityType},${row.entityId},${row.label},${row.pattern}`;
}

/** Patterns as bits, so a population entity carries its labels in one number. */
export function patternBit(pattern: Pattern): number {
  return 1 << patterns.indexOf(pattern);
}

/** One row per pattern in the mask, or a single genuine row. */
export function rowsFor(entityType: EntityType, entityId: string, mask: number): TruthRow[] {
  if (mask === 0) return [{ entityType, entityId, label: 0, pattern: 'genuine' }];
  const rows: TruthRow[] = [];
  patterns.forEach((pattern, bit) => {
    if (mask & (1 << bit)) rows.push({ entityType, entityId, label: 1, pattern });
  });
  return rows;
}

/** Labels of a short-lived entity (order, review) that travel with its first event. */
export function maskOf(list: readonly Pattern[]): number {
  let mask = 0;
  for (const pattern of list) mask |= patternBit(pattern);
  return mask;
}
