// Settlement holds: made from hold_settlement decisions (how cash-back chains get cut), released only by an analyst.
import { appError, type AppError } from '../core/errors/catalog.ts';
import { err, type Result } from '../core/result.ts';
import type { Decision } from '../core/rules/decision.ts';
import { auditChange, nowOf, type RealtimeCaller, type RealtimeDeps } from './decide-deps.ts';
import type { SettlementHold } from './decide-ports.ts';

/** The holds a decision asks for: its settlement targets, with the first hold rule's reason. */
export function holdsOf(decision: Decision): SettlementHold[] {
  const reason = decision.reasons.find((r) => r.outcome === 'hold_settlement');
  if (!reason) return [];
  return decision.holds.map((target, i) => ({
    tenant: decision.tenant, id: `hold-${decision.eventId}${i ? `-${i}` : ''}`, merchantId: target.merchantId,
    ...(target.orderId ? { orderId: target.orderId } : {}), eventId: decision.eventId, ruleCode: reason.code,
    reason: `${reason.messageZh}\n${reason.message}`, status: 'held', heldAt: decision.decidedAt,
  }));
}

export async function releaseHold(deps: RealtimeDeps, caller: RealtimeCaller, id: string, note: string): Promise<Result<SettlementHold, AppError>> {
  const released = await deps.holds.release(caller.tenant, id, { by: caller.actor.id, note, at: nowOf(deps) });
  if (!released.ok) {
    return err(released.error === 'not_found' ? appError('SM_NOT_FOUND', `No settlement hold ${id}.`) : appError('SM_CONFLICT', `Settlement hold ${id} was already released.`));
  }
  await auditChange(deps, caller, 'settlement.released', { type: 'settlement_hold', id }, { merchantId: released.value.merchantId, orderId: released.value.orderId ?? null, note });
  return released;
}
