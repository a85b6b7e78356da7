// Each order placed from a session, joined to the session's search keyword and the dwell on the item bought.
import { groupRowsByKey } from '../../snapshot/group-rows.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';

/** Rows of one ordered session: the order, the view of the item bought, the search that started it. */
export type OrderedSession = {
  readonly order: number;
  readonly view: number;
  readonly search: number;
  readonly keyword: number;
  readonly merchant: number;
  readonly account: number;
  readonly dwell: number;
};

/**
 * Orders that name a session with a keyword search and a view of the ordered item before the order. The view taken
 * is the last one of that item before the order; the search, the session's first. One entry per order.
 */
export function orderedSessions(snapshot: Snapshot): OrderedSession[] {
  const orders = snapshot.table('order.placed');
  const views = snapshot.table('session.view');
  const searches = snapshot.table('session.search');
  const sessions = snapshot.names('session').size;
  const viewGroups = groupRowsByKey(views.columns.sessionId, views.ts, sessions);
  const searchGroups = groupRowsByKey(searches.columns.sessionId, searches.ts, sessions);
  const { sessionId, itemId, merchantId, accountId } = orders.columns;
  const out: OrderedSession[] = [];
  for (let order = 0; order < orders.size; order += 1) {
    const session = sessionId[order]!;
    if (session < 0) continue;
    const firstSearch = searchGroups.start[session]!;
    if (firstSearch === searchGroups.start[session + 1]!) continue;
    const search = searchGroups.rows[firstSearch]!;
    const keyword = searches.columns.keyword[search]!;
    let view = -1;
    for (let k = viewGroups.start[session]!; k < viewGroups.start[session + 1]!; k += 1) {
      const row = viewGroups.rows[k]!;
      if (views.ts[row]! > orders.ts[order]!) break;
      if (views.columns.itemId[row] === itemId[order]) view = row;
    }
    const dwell = view >= 0 ? views.columns.dwellSeconds[view]! : Number.NaN;
    if (view < 0 || keyword < 0 || !(dwell >= 0)) continue;
    out.push({ order, view, search, keyword, merchant: merchantId[order]!, account: accountId[order]!, dwell });
  }
  return out;
}
