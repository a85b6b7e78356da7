// Appends to a hash chain with optimistic concurrency: read, decide on the folded state, append; re-read if another writer won.
import { appError, type AppError } from '../../core/errors/catalog.ts';
import { nextEntry, type ChainEntry, type EntryDraft } from '../../core/cases/hash-chain.ts';
import { foldCase, type CaseView } from '../../core/cases/case-view.ts';
import { formatIso } from '../../core/time/format.ts';
import { err, ok, type Result } from '../../core/result.ts';
import type { AuditRecord } from '../ports.ts';
import type { Caller, GovernanceDeps } from './deps.ts';

const ATTEMPTS = 5;

export type Decision = { readonly type: string; readonly payload: Record<string, unknown>; readonly index?: readonly string[] };

export function nowIso(deps: Pick<GovernanceDeps, 'clock'>): string {
  return formatIso(deps.clock.now().getTime());
}

/**
 * `decide` sees the entries as stored and returns the next entry (or an expected failure). When a concurrent writer took
 * the same seq, the whole decision is made again on the new state, so a rule checked against stale state never lands.
 */
export async function appendChain(
  deps: Pick<GovernanceDeps, 'chains' | 'clock'>,
  caller: Caller,
  chain: string,
  decide: (entries: ChainEntry[]) => Result<Decision, AppError>,
): Promise<Result<ChainEntry[], AppError>> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const entries = await deps.chains.entries(caller.tenant, chain);
    const decision = decide(entries);
    if (!decision.ok) return decision;
    const draft: EntryDraft = { at: nowIso(deps), actor: caller.actor, type: decision.value.type, payload: decision.value.payload };
    const entry = nextEntry(chain, entries[entries.length - 1], draft);
    const all = [...entries, entry];
    const caseView = chain.startsWith('case:') ? foldCase(caller.tenant, all) : undefined;
    const stored = await deps.chains.append(caller.tenant, entry, { ...(decision.value.index ? { index: decision.value.index } : {}), ...(caseView ? { caseView } : {}) });
    if (stored) return ok(all);
  }
  return err(appError('SM_CONFLICT', 'Others kept changing this record; try again.'));
}

/** Folds a case chain, or says the case does not exist in the caller's tenant (an id from another tenant is simply not found). */
export async function loadCase(deps: Pick<GovernanceDeps, 'chains'>, tenant: string | undefined, caseId: string): Promise<Result<{ view: CaseView; entries: ChainEntry[] }, AppError>> {
  const entries = await deps.chains.entries(tenant, `case:${caseId}`);
  const view = foldCase(tenant, entries);
  return view ? ok({ view, entries }) : err(appError('SM_NOT_FOUND', `No case ${caseId}.`));
}

export async function audit(deps: Pick<GovernanceDeps, 'audit' | 'clock'>, caller: Caller, action: string, target: AuditRecord['target'], detail?: Record<string, unknown>): Promise<void> {
  await deps.audit.append({ at: nowIso(deps), tenant: caller.tenant, actor: caller.actor, action, target, ...(detail ? { detail } : {}) });
}
