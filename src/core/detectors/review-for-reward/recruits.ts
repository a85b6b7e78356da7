// Buyers who answered a 用户体验官 invitation: an order at the inviting shop soon after, whether or not the payback is seen yet.
import { groupRowsByKey } from '../../snapshot/group-rows.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import type { LureText } from './collect-lures.ts';

export type Recruit = { readonly account: number; readonly orderRow: number; readonly invitation: number };

export function findRecruits(snapshot: Snapshot, lures: readonly LureText[], maxDays: number): Recruit[] {
  const invitations = lures.filter((l) => l.recruitment && l.account >= 0);
  if (invitations.length === 0) return [];
  const placed = snapshot.table('order.placed');
  const byAccount = groupRowsByKey(placed.columns.accountId, placed.ts, snapshot.names('account').size);
  const horizon = maxDays * 86_400_000;
  const recruits: Recruit[] = [];
  for (const invitation of invitations) {
    for (let i = byAccount.start[invitation.account]!; i < byAccount.start[invitation.account + 1]!; i += 1) {
      const row = byAccount.rows[i]!;
      const after = placed.ts[row]! - invitation.ts;
      if (after < 0 || after > horizon || placed.columns.merchantId[row] !== invitation.merchant) continue;
      recruits.push({ account: invitation.account, orderRow: row, invitation: invitation.event });
      break;
    }
  }
  return recruits;
}
