// The filter form's typed-in state and the filters it stands for, or the field that is wrong.
import type { MessageKey } from '../i18n/messages.ts';
import { isEntityType } from '../routing/routes.ts';
import { isFindingKind, isSeverity, parseMinScore, type FindingFilters } from './filters.ts';

export type Draft = { kind: string; severity: string; minScore: string; entityType: string; entityId: string; q: string };

export function draftOf(filters: FindingFilters): Draft {
  return {
    kind: filters.kind ?? '',
    severity: filters.severity ?? '',
    minScore: filters.minScore === undefined ? '' : String(filters.minScore),
    entityType: filters.entity?.type ?? '',
    entityId: filters.entity?.id ?? '',
    q: filters.q ?? '',
  };
}

/** The filters a draft stands for, or the message naming what is wrong with it. */
export function filtersOfDraft(draft: Draft): { filters: FindingFilters } | { problem: MessageKey; field: keyof Draft } {
  const minScore = parseMinScore(draft.minScore);
  if (draft.minScore.trim() !== '' && minScore === undefined) return { problem: 'minScoreInvalid', field: 'minScore' };
  const entityId = draft.entityId.trim();
  if (Boolean(draft.entityType) !== Boolean(entityId)) return { problem: 'entityRequiresBoth', field: draft.entityType ? 'entityId' : 'entityType' };
  const q = draft.q.trim();
  return {
    filters: {
      ...(isFindingKind(draft.kind) ? { kind: draft.kind } : {}),
      ...(isSeverity(draft.severity) ? { severity: draft.severity } : {}),
      ...(minScore !== undefined ? { minScore } : {}),
      ...(isEntityType(draft.entityType) && entityId ? { entity: { type: draft.entityType, id: entityId } } : {}),
      ...(q ? { q } : {}),
    },
  };
}
