// A merchant appeals a credit penalty: the appeal is chained into the merchant's ledger and its reasons shown back.
import { checkAppeal } from '../../core/credit/appeals.ts';
import { foldCredit, type Appeal } from '../../core/credit/ledger.ts';
import { appError, type AppError } from '../../core/errors/catalog.ts';
import { err, ok, type Result } from '../../core/result.ts';
import { appendChain, audit } from './append-chain.ts';
import type { Caller, GovernanceDeps } from './deps.ts';

export type AppealInput = { readonly merchantId: string; readonly lineId: string; readonly statement: string };

export async function appealPenalty(deps: GovernanceDeps, caller: Caller, input: AppealInput): Promise<Result<Appeal, AppError>> {
  const chain = `credit:${input.merchantId}`;
  if ((await deps.chains.entries(caller.tenant, chain)).length === 0) return err(appError('SM_NOT_FOUND', `No ledger for merchant ${input.merchantId}.`));
  const appealId = deps.ids.next('appeal');
  const appended = await appendChain(deps, caller, chain, (entries) => {
    const checked = checkAppeal(foldCredit(input.merchantId, entries, deps.pointTable, deps.clock.now()), input.lineId);
    if (!checked.ok) return err(appError(checked.error.conflict ? 'SM_CONFLICT' : 'SM_VALIDATION', `The appeal is not valid: ${checked.error.message}.`, [checked.error]));
    return ok({ type: 'appeal.filed', payload: { appealId, lineId: input.lineId, statement: input.statement }, index: [`appeal:${appealId}`] });
  });
  if (!appended.ok) return appended;
  await audit(deps, caller, 'appeal.filed', { type: 'merchant', id: input.merchantId }, { appealId, lineId: input.lineId });
  return ok(foldCredit(input.merchantId, appended.value, deps.pointTable, deps.clock.now()).appeals.find((a) => a.id === appealId)!);
}
