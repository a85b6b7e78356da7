// Moves a case through its lifecycle; confirm and dismiss become labels for the learner, and reporters hear the outcome.
import { foldCase, type CaseView } from '../../core/cases/case-view.ts';
import { checkTransition, type TransitionName } from '../../core/cases/state-machine.ts';
import { appError, type AppError } from '../../core/errors/catalog.ts';
import { err, ok, type Result } from '../../core/result.ts';
import type { Label } from '../ports.ts';
import { appendChain, audit, loadCase, nowIso } from './append-chain.ts';
import type { Caller, GovernanceDeps } from './deps.ts';
import { followUpReports } from './follow-up-reports.ts';

export type TransitionInput = { readonly transition: TransitionName; readonly reason?: string };

/** Every entity the confirmed or dismissed findings name: a confirmed ring labels its buyers as well as its shop. */
function labelsOf(view: CaseView, label: 0 | 1, at: string): Label[] {
  const seen = new Set<string>();
  const labels: Label[] = [];
  for (const entity of view.findings.flatMap((f) => f.entities)) {
    const key = `${entity.type}:${entity.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    labels.push({ ...(view.tenant ? { tenant: view.tenant } : {}), entityType: entity.type, entityId: entity.id, label, source: `case:${view.id}`, at });
  }
  return labels;
}

export async function transitionCase(deps: GovernanceDeps, caller: Caller, caseId: string, input: TransitionInput): Promise<Result<CaseView, AppError>> {
  const found = await loadCase(deps, caller.tenant, caseId);
  if (!found.ok) return found;
  const appended = await appendChain(deps, caller, `case:${caseId}`, (entries) => {
    const view = foldCase(caller.tenant, entries)!;
    const next = checkTransition(view.state, input.transition, caller.roles);
    if (!next.ok) return err(appError(next.error.reason === 'role' ? 'SM_FORBIDDEN' : 'SM_CONFLICT', next.error.message));
    return ok({ type: 'case.transitioned', payload: { transition: input.transition, from: view.state, to: next.value, ...(input.reason ? { reason: input.reason } : {}) } });
  });
  if (!appended.ok) return appended;
  const view = foldCase(caller.tenant, appended.value)!;
  const at = nowIso(deps);
  if (input.transition === 'confirm' || input.transition === 'dismiss') {
    await deps.labels.record(labelsOf(view, input.transition === 'confirm' ? 1 : 0, at));
  }
  await followUpReports(deps, caller, view, input.transition);
  await audit(deps, caller, `case.${input.transition}`, { type: 'case', id: caseId }, { from: found.value.view.state, to: view.state });
  return ok(view);
}
