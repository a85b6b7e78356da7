// Case-queue filters ⇄ the page's query string (kind, severity, state, assignee), so a queue view is a link to share.
import type { CaseState } from '../../../src/core/cases/state-machine.ts';
import { caseParams, type CaseFilters } from '../api/governance-calls.ts';
import { isFindingKind, isSeverity } from '../findings/filters.ts';
import { caseStateLabels } from '../i18n/governance-labels.ts';

export const isCaseState = (value: string): value is CaseState => Object.hasOwn(caseStateLabels, value);

/** The API caps an assignee at 200 characters; a stale or hand-edited link keeps what is valid and drops the rest. */
export const MAX_ASSIGNEE = 200;

export function caseFiltersFromSearch(search: string): CaseFilters {
  const params = new URLSearchParams(search);
  const kind = params.get('kind') ?? '';
  const severity = params.get('severity') ?? '';
  const state = params.get('state') ?? '';
  const assignee = (params.get('assignee') ?? '').trim().slice(0, MAX_ASSIGNEE);
  return {
    ...(isFindingKind(kind) ? { kind } : {}),
    ...(isSeverity(severity) ? { severity } : {}),
    ...(isCaseState(state) ? { state } : {}),
    ...(assignee ? { assignee } : {}),
  };
}

/** The same names and order the API takes, so one view has one URL. */
export function searchFromCaseFilters(filters: CaseFilters): string {
  return caseParams(filters).toString();
}
