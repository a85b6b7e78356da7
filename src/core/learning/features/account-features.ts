// An account's own features: registration, devices and automation flags, browsing, money received and its age when it buys.
import { typeIndex } from './entity-graph.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { countInto, firstTime, flagInto, hoursSince } from './block-helpers.ts';
import { Moments, type FeatureBlock } from './feature-block.ts';

/** How many entities share the value of an identifying column (phone, id hash) with each entity: farms reuse them. */
function sharedValueCount(block: FeatureBlock, name: string, ids: Int32Array, values: Int32Array): void {
  const holders = new Map<number, Set<number>>();
  for (let row = 0; row < ids.length; row += 1) {
    if (ids[row]! < 0 || values[row]! < 0) continue;
    let set = holders.get(values[row]!);
    if (!set) holders.set(values[row]!, (set = new Set()));
    set.add(ids[row]!);
  }
  const column = block.column(name, Number.NaN);
  for (let row = 0; row < ids.length; row += 1) if (ids[row]! >= 0 && values[row]! >= 0) column[ids[row]!] = holders.get(values[row]!)!.size;
}

export function addAccountFeatures(snapshot: Snapshot, block: FeatureBlock): void {
  const registered = snapshot.table('account.registered');
  const reg = registered.columns;
  flagInto(block, 'account.registered', reg.accountId);
  sharedValueCount(block, 'account.phoneShared', reg.accountId, reg.phone);
  sharedValueCount(block, 'account.idHashShared', reg.accountId, reg.idHash);
  const registeredAt = firstTime(block.size, reg.accountId, registered.ts);
  const orders = snapshot.table('order.placed');
  const firstOrder = firstTime(block.size, orders.columns.accountId, orders.ts);
  const hoursToFirstOrder = block.column('account.hoursToFirstOrder', Number.NaN);
  for (let id = 0; id < block.size; id += 1) hoursToFirstOrder[id] = (firstOrder[id]! - registeredAt[id]!) / 3_600_000;
  sharedValueCount(block, 'account.addressShared', orders.columns.accountId, orders.columns.addressHash);

  const logins = snapshot.table('account.login');
  const l = logins.columns;
  countInto(block, 'account.logins', l.accountId);
  flagInto(block, 'account.emulator', l.accountId, l['device.emulator']);
  flagInto(block, 'account.rooted', l.accountId, l['device.rooted']);
  flagInto(block, 'account.automation', l.accountId, l['device.automation']);
  hoursSince(block, 'account.hoursRegisteredToLastLogin', l.accountId, logins.ts, registeredAt);

  countInto(block, 'account.searches', snapshot.table('session.search').columns.accountId);
  const views = snapshot.table('session.view').columns;
  countInto(block, 'account.views', views.accountId);
  // Scripted sessions dwell a fixed few minutes: a low spread of dwell time is the tell.
  const dwell = new Moments(block.size);
  for (let row = 0; row < views.accountId.length; row += 1) dwell.add(views.accountId[row]!, views.dwellSeconds[row]!);
  dwell.write(block, 'account.dwellSeconds');

  const transfers = snapshot.table('transfer.sent').columns;
  countInto(block, 'account.transfersIn', transfers.toAccountId);
  countInto(block, 'account.transferAmountIn', transfers.toAccountId, transfers.amount);
  const fromAccount = Int32Array.from(transfers.from.id, (id, r) => (transfers.from.type[r] === typeIndex('account') ? id : -1));
  countInto(block, 'account.transfersOut', fromAccount);
  const subsidies = snapshot.table('subsidy.granted').columns;
  countInto(block, 'account.subsidies', subsidies.accountId);
  countInto(block, 'account.subsidyAmount', subsidies.accountId, subsidies.amount);
  countInto(block, 'account.messages', snapshot.table('message.sent').columns.accountId);
  countInto(block, 'account.likesGiven', snapshot.table('review.liked').columns.accountId);
}
