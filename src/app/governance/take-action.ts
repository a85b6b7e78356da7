// Takes an enforcement action on a confirmed case; credit lines land in the ledger, holds in the settlement queue; reversals are new actions.
import { checkAction, isReversal, type ActionRequest, type TakenAction } from '../../core/cases/actions.ts';
import { foldCase, type CaseView } from '../../core/cases/case-view.ts';
import { foldCredit, type CreditLine } from '../../core/credit/ledger.ts';
import { brushingLine, restoringLine } from '../../core/credit/pricing.ts';
import { appError, type AppError } from '../../core/errors/catalog.ts';
import { collectSubjects, emptySubjects, isRelated } from '../../core/evidence/related-events.ts';
import { err, ok, type Result } from '../../core/result.ts';
import type { FindingKind } from '../../core/findings/finding.ts';
import { appendChain, audit, loadCase } from './append-chain.ts';
import { applySettlementAction } from './case-settlement.ts';
import type { Caller, GovernanceDeps } from './deps.ts';

/** The ledger line a credit action adds, priced from the point table (deduction) or undoing the original (restore). */
async function creditLineFor(deps: GovernanceDeps, caller: Caller, request: ActionRequest, earlier: readonly TakenAction[], accounts: number, caseId: string, kinds: readonly FindingKind[]): Promise<Result<CreditLine, AppError>> {
  const merchantId = request.target.id;
  const ledger = foldCredit(merchantId, await deps.chains.entries(caller.tenant, `credit:${merchantId}`), deps.pointTable, deps.clock.now());
  const id = deps.ids.next('credit');
  if (request.kind === 'credit_deduction') return ok(brushingLine(deps.pointTable, { id, merchantId, caseId, accounts, kinds }, ledger, deps.clock.now()));
  const originalLineId = earlier.find((a) => a.id === request.reverses)?.creditEntryId;
  const original = ledger.lines.find((l) => l.id === originalLineId);
  if (!original) return err(appError('SM_CONFLICT', 'The reversed deduction is not in the merchant ledger.'));
  return ok(restoringLine(original, { id, source: { type: 'case', id: caseId }, why: `Restored by case ${caseId}: ${request.reason}`, whyZh: `案件 ${caseId} 恢复信用分：${request.reason}` }));
}

/** Merchants and accounts must be named by a finding; orders and reviews must appear in the findings' evidence events. */
async function targetInCase(deps: GovernanceDeps, caller: Caller, view: CaseView, target: ActionRequest['target']): Promise<boolean> {
  if (view.findings.some((f) => f.entities.some((e) => e.type === target.type && e.id === target.id))) return true;
  if (target.type !== 'order' && target.type !== 'review') return false;
  const subjects = emptySubjects();
  for (const e of view.findings.flatMap((f) => f.entities)) {
    if (e.type === 'account') subjects.accounts.add(e.id);
    if (e.type === 'merchant') subjects.merchants.add(e.id);
  }
  for (const event of await deps.events.getMany(caller.tenant, view.findings.flatMap((f) => f.evidence.eventIds))) collectSubjects(subjects, event);
  const named = (target.type === 'order' ? subjects.orders : subjects.reviews);
  if (named.has(target.id)) return true;
  // A review of a ring's order is rarely in the evidence itself: look for it one hop out, as the evidence export does.
  const field = target.type === 'order' ? 'orderId' : 'reviewId';
  for await (const { event } of deps.events.stream({ tenant: caller.tenant })) {
    if ((event as Record<string, unknown>)[field] === target.id && isRelated(event, subjects)) return true;
  }
  return false;
}

export async function takeAction(deps: GovernanceDeps, caller: Caller, caseId: string, request: ActionRequest): Promise<Result<TakenAction, AppError>> {
  const found = await loadCase(deps, caller.tenant, caseId);
  if (!found.ok) return found;
  const { view } = found.value;
  // Reversals stay possible in any state: a dismissed or reopened case must be able to undo what it did.
  if (!isReversal(request.kind) && view.state !== 'confirmed') return err(appError('SM_CONFLICT', `Actions need a confirmed case; this one is ${view.state}.`));
  const problem = checkAction(request, view.actions);
  if (problem) return err(appError('SM_VALIDATION', `The action is not valid: ${problem.message}.`, [problem]));
  if (!isReversal(request.kind) && !(await targetInCase(deps, caller, view, request.target))) {
    return err(appError('SM_VALIDATION', 'The target is not part of this case.', [{ field: 'target.id', message: 'is not named by the case findings or their evidence events' }]));
  }
  const actionId = deps.ids.next('action');
  let creditLine: CreditLine | undefined;
  if (request.kind === 'credit_deduction' || request.kind === 'credit_restore') {
    const accounts = new Set(view.findings.flatMap((f) => f.entities.filter((e) => e.type === 'account').map((e) => e.id))).size;
    const priced = await creditLineFor(deps, caller, request, view.actions, accounts, caseId, [...new Set(view.findings.map((f) => f.kind))]);
    if (!priced.ok) return priced;
    creditLine = priced.value;
  }
  const payload = { ...request, id: actionId, ...(creditLine ? { creditEntryId: creditLine.id } : {}) };
  const appended = await appendChain(deps, caller, `case:${caseId}`, (entries) => {
    const current = foldCase(caller.tenant, entries)!;
    const again = checkAction(request, current.actions);
    return again ? err(appError('SM_CONFLICT', again.message)) : ok({ type: 'action.taken', payload, index: [`action:${actionId}`, `target:${request.target.type}:${request.target.id}`] });
  });
  if (!appended.ok) return appended;
  if (creditLine) {
    const line = creditLine;
    const stored = await appendChain(deps, caller, `credit:${line.merchantId}`, () => ok({ type: 'credit.line', payload: line, index: [`line:${line.id}`, `case:${caseId}`] }));
    if (!stored.ok) return stored;
    await audit(deps, caller, 'credit.line', { type: 'merchant', id: line.merchantId }, { lineId: line.id, points: line.points, caseId });
  }
  await audit(deps, caller, `action.${request.kind}`, { type: request.target.type, id: request.target.id }, { caseId, actionId });
  const taken = foldCase(caller.tenant, appended.value)!.actions.find((a) => a.id === actionId)!;
  await applySettlementAction(deps, caller, taken);
  return ok(taken);
}
