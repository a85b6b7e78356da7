// A person re-decides an appealed penalty; the decision and any adjustment land in the merchant's ledger chain.
import { decideAppeal as ruleOnAppeal, type AppealRuling } from '../../core/credit/appeals.ts';
import { foldCredit, type Appeal, type CreditView } from '../../core/credit/ledger.ts';
import { appError, type AppError } from '../../core/errors/catalog.ts';
import { err, ok, type Result } from '../../core/result.ts';
import { appendChain, audit } from './append-chain.ts';
import type { Caller, GovernanceDeps } from './deps.ts';

export async function findAppeal(deps: GovernanceDeps, tenant: string | undefined, appealId: string): Promise<{ appeal: Appeal; credit: CreditView } | undefined> {
  const [chain] = await deps.chains.lookup(tenant, `appeal:${appealId}`);
  if (!chain) return undefined;
  const credit = foldCredit(chain.slice('credit:'.length), await deps.chains.entries(tenant, chain), deps.pointTable, deps.clock.now());
  const appeal = credit.appeals.find((a) => a.id === appealId);
  return appeal ? { appeal, credit } : undefined;
}

export async function decideAppeal(deps: GovernanceDeps, caller: Caller, appealId: string, ruling: AppealRuling): Promise<Result<{ appeal: Appeal; credit: CreditView }, AppError>> {
  const found = await findAppeal(deps, caller.tenant, appealId);
  if (!found) return err(appError('SM_NOT_FOUND', `No appeal ${appealId}.`));
  const merchantId = found.credit.merchantId;
  const adjustmentId = deps.ids.next('credit');
  const appended = await appendChain(deps, caller, `credit:${merchantId}`, (entries) => {
    const decided = ruleOnAppeal(foldCredit(merchantId, entries, deps.pointTable, deps.clock.now()), appealId, ruling, caller.actor, adjustmentId);
    if (!decided.ok) {
      const code = decided.error.field === 'decider' ? 'SM_FORBIDDEN' : decided.error.conflict ? 'SM_CONFLICT' : 'SM_VALIDATION';
      return err(appError(code, `The decision is not valid: ${decided.error.message}.`, [decided.error]));
    }
    const payload = { appealId, decision: ruling.decision, reason: ruling.reason, ...(ruling.points !== undefined ? { points: ruling.points } : {}), ...(decided.value ? { adjustment: decided.value } : {}) };
    return ok({ type: 'appeal.decided', payload, index: decided.value ? [`line:${decided.value.id}`] : [] });
  });
  if (!appended.ok) return appended;
  await audit(deps, caller, 'appeal.decided', { type: 'merchant', id: merchantId }, { appealId, decision: ruling.decision });
  const credit = foldCredit(merchantId, appended.value, deps.pointTable, deps.clock.now());
  return ok({ appeal: credit.appeals.find((a) => a.id === appealId)!, credit });
}
