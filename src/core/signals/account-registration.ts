// Account sign-up times from what a platform records: the registration event, or the age it states in entity.attributes.
import type { Snapshot } from '../snapshot/snapshot.ts';
import { attributeTime, readAttributes } from './entity-attributes.ts';
import { DAY_MS } from '../time/units.ts';

/**
 * Epoch milliseconds of each account's sign-up, indexed by interned account id; NaN when nothing says. An
 * `account.registered` event wins; otherwise the attribute `registeredAt` (a time), else `ageDays` counted back from
 * the time the attribute was stated. Platforms that export a window of events see old accounts only through these.
 */
export function accountRegistrations(snapshot: Snapshot): Float64Array {
  const out = new Float64Array(snapshot.names('account').size).fill(Number.NaN);
  const registered = snapshot.table('account.registered');
  const { accountId } = registered.columns;
  for (let row = 0; row < registered.size; row += 1) {
    const account = accountId[row]!;
    const ts = registered.ts[row]!;
    if (account >= 0 && !(out[account]! <= ts)) out[account] = ts;
  }
  const stated = readAttributes(snapshot, 'account', ['registeredAt', 'ageDays']);
  const ages = stated.get('ageDays')!;
  const times = stated.get('registeredAt')!;
  for (const account of new Set([...ages.keys(), ...times.keys()])) {
    if (!Number.isNaN(out[account]!)) continue;
    const time = attributeTime(times.get(account)?.value);
    const age = ages.get(account);
    if (!Number.isNaN(time)) out[account] = time;
    else if (age && typeof age.value === 'number') out[account] = age.ts - age.value * DAY_MS;
  }
  return out;
}

/** Whole days between sign-up and `at`; NaN when the sign-up is unknown. */
export function accountAgeDays(registeredAt: Float64Array, account: number, at: number): number {
  const ts = registeredAt[account];
  return ts === undefined || Number.isNaN(ts) ? Number.NaN : (at - ts) / DAY_MS;
}
