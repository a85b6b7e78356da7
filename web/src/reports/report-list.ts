// Which reports the list shows and in what order: newest first, and for staff keys (which see the whole tenant's) optionally only their own.
import type { Me } from '../api/client.ts';
import type { ReportView } from '../api/governance-calls.ts';

/** The API records the filing key as the actor `key:<keyId>`; a reporter-only key is already given only its own reports. */
export function shownReports(items: readonly ReportView[], me: Pick<Me, 'keyId'> | undefined, mineOnly: boolean): ReportView[] {
  const kept = mineOnly && me ? items.filter((r) => r.filedBy === undefined || r.filedBy === `key:${me.keyId}`) : items;
  return [...kept].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || b.id.localeCompare(a.id));
}
