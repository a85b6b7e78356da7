// A case's settlement_hold action holds the shop's settlement in the same place real-time holds live; its release frees it.
import type { TakenAction } from '../../core/cases/actions.ts';
import type { SettlementHold } from '../decide-ports.ts';
import type { Caller, GovernanceDeps } from './deps.ts';

/** The rule code a case hold carries instead of a real-time rule's: the settlements queue tells the two apart by it. */
export const CASE_HOLD_CODE = 'CASE_ACTION';

/** One hold id per hold action, so the release action finds exactly the hold its reversed action made. */
export const caseHoldId = (actionId: string): string => `hold-${actionId}`;

/** A whole-shop hold (no order): a confirmed case holds everything the shop is owed until a person releases it. */
export function caseHoldOf(tenant: string | undefined, action: TakenAction): SettlementHold {
  return {
    tenant, id: caseHoldId(action.id), merchantId: action.target.id, eventId: action.id, ruleCode: CASE_HOLD_CODE,
    reason: `案件 ${action.caseId} 决定暂停结算：${action.reason}\nCase ${action.caseId} holds the settlement: ${action.reason}`,
    status: 'held', heldAt: action.at,
  };
}

/** Applies a taken settlement action to the holds store; other kinds are records only and change nothing here. */
export async function applySettlementAction(deps: GovernanceDeps, caller: Caller, action: TakenAction): Promise<void> {
  if (action.kind === 'settlement_hold') {
    await deps.holds.hold([caseHoldOf(caller.tenant, action)]);
  } else if (action.kind === 'settlement_release' && action.reverses) {
    // Already released from the settlements queue is fine: the case's release then only records the decision.
    await deps.holds.release(caller.tenant, caseHoldId(action.reverses), { by: caller.actor.id, note: action.reason, at: action.at });
  }
}
