// Findings-list filters ⇄ the page's query string, so a filtered view can be bookmarked and shared as a link.
import type { EntityType } from '../../../src/core/events/primitives.ts';
import type { FindingKind, Severity } from '../../../src/core/findings/finding.ts';
import { kindLabels, severityLabels } from '../../../src/core/findings/kind-labels.ts';
import { isEntityType } from '../routing/routes.ts';

export type FindingFilters = {
  readonly kind?: FindingKind;
  readonly severity?: Severity;
  readonly minScore?: number;
  readonly entity?: { readonly type: EntityType; readonly id: string };
  readonly q?: string;
};

/** The API caps free text at 200 characters; the console never sends a filter the server would refuse. */
export const MAX_TEXT = 200;

export const isFindingKind = (value: string): value is FindingKind => Object.hasOwn(kindLabels, value);
export const isSeverity = (value: string): value is Severity => Object.hasOwn(severityLabels, value);

export function parseMinScore(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : undefined;
}

/** A hand-edited or stale link keeps what is valid and drops the rest, rather than failing the whole page. */
export function filtersFromSearch(search: string): FindingFilters {
  const params = new URLSearchParams(search);
  const kind = params.get('kind') ?? '';
  const severity = params.get('severity') ?? '';
  const minScore = parseMinScore(params.get('minScore') ?? '');
  const entityType = params.get('entityType') ?? '';
  const entityId = (params.get('entityId') ?? '').trim();
  const q = (params.get('q') ?? '').trim().slice(0, MAX_TEXT);
  return {
    ...(isFindingKind(kind) ? { kind } : {}),
    ...(isSeverity(severity) ? { severity } : {}),
    ...(minScore !== undefined ? { minScore } : {}),
    ...(isEntityType(entityType) && entityId ? { entity: { type: entityType, id: entityId } } : {}),
    ...(q ? { q } : {}),
  };
}

/** Parameters in one fixed order, so one view has one URL; the API takes the same names. */
export function filterParams(filters: FindingFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.severity) params.set('severity', filters.severity);
  if (filters.minScore !== undefined) params.set('minScore', String(filters.minScore));
  if (filters.entity) {
    params.set('entityType', filters.entity.type);
    params.set('entityId', filters.entity.id);
  }
  if (filters.q) params.set('q', filters.q);
  return params;
}

export function searchFromFilters(filters: FindingFilters): string {
  return filterParams(filters).toString();
}

export function hasFilters(filters: FindingFilters): boolean {
  return searchFromFilters(filters) !== '';
}
