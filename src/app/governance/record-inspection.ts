// Records a third-party inspection (merchant.inspected): stores the event and adds its line to the merchant's ledger, once.
import { inspectionLine } from '../../core/credit/pricing.ts';
import { CreditLine } from '../../core/credit/ledger.ts';
import type { ChainEntry } from '../../core/cases/hash-chain.ts';
import { appError, type AppError } from '../../core/errors/catalog.ts';
import type { EventOf } from '../../core/events/event.ts';
import { err, ok, type Result } from '../../core/result.ts';
import { appendChain, audit } from './append-chain.ts';
import type { Caller, GovernanceDeps } from './deps.ts';

export type InspectionResult = { readonly line: CreditLine; readonly duplicate: boolean };

export async function recordInspection(deps: GovernanceDeps, caller: Caller, event: EventOf<'merchant.inspected'>): Promise<Result<InspectionResult, AppError>> {
  if (event.tenant !== undefined && event.tenant !== caller.tenant) {
    return err(appError('SM_VALIDATION', "The event names another tenant.", [{ field: 'tenant', message: "does not match the caller's tenant" }]));
  }
  const scoped = { ...event, ...(caller.tenant ? { tenant: caller.tenant } : {}) };
  await deps.events.append([scoped]);
  const chain = `credit:${event.merchantId}`;
  const key = `inspection:${event.inspectionId}`;
  const line = inspectionLine(deps.pointTable, {
    id: deps.ids.next('credit'), merchantId: event.merchantId, inspectionId: event.inspectionId, kind: event.kind, result: event.result, inspector: event.inspector,
  });
  const earlierLine = (entries: readonly ChainEntry[]) =>
    entries.find((e) => e.type === 'credit.line' && CreditLine.parse(e.payload).source.id === event.inspectionId && CreditLine.parse(e.payload).source.type === 'inspection');
  const appended = await appendChain(deps, caller, chain, (entries) =>
    earlierLine(entries) ? err(appError('SM_CONFLICT', 'already recorded')) : ok({ type: 'credit.line', payload: line, index: [key, `line:${line.id}`] }),
  );
  if (!appended.ok) {
    // An inspection feeds the ledger once, however often its event is sent.
    const stored = earlierLine(await deps.chains.entries(caller.tenant, chain));
    return stored ? ok({ line: CreditLine.parse(stored.payload), duplicate: true }) : appended;
  }
  await audit(deps, caller, 'credit.inspection', { type: 'merchant', id: event.merchantId }, { inspectionId: event.inspectionId, result: event.result, points: line.points });
  return ok({ line, duplicate: false });
}
