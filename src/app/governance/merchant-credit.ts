// Reads a merchant's credit as of now: folded from the ledger chain with the configured point table.
import { foldCredit, type CreditView } from '../../core/credit/ledger.ts';
import type { GovernanceDeps } from './deps.ts';

export async function merchantCredit(deps: Pick<GovernanceDeps, 'chains' | 'pointTable' | 'clock'>, tenant: string | undefined, merchantId: string): Promise<CreditView & { exists: boolean }> {
  const entries = await deps.chains.entries(tenant, `credit:${merchantId}`);
  return { ...foldCredit(merchantId, entries, deps.pointTable, deps.clock.now()), exists: entries.length > 0 };
}

/** Every merchant with a ledger in the tenant, lowest score first: the ones governance looks at. */
export async function listCredit(deps: Pick<GovernanceDeps, 'chains' | 'pointTable' | 'clock'>, tenant: string | undefined): Promise<CreditView[]> {
  const names = await deps.chains.chainNames(tenant, 'credit:');
  const views = await Promise.all(names.map((name) => merchantCredit(deps, tenant, name.slice('credit:'.length))));
  return views.sort((a, b) => a.score - b.score || a.merchantId.localeCompare(b.merchantId));
}
