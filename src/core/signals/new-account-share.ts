// New-account share: young accounts crowd into schemes (bought or freshly registered) far more than into real shopping.
import { DAY_MS } from '../time/units.ts';
import { poissonUpperTail } from './poisson-tail.ts';

export type AgeProfile = {
  /** Accounts looked at. */
  readonly accounts: number;
  /** Of them, accounts whose sign-up time is known. */
  readonly known: number;
  /** Of the known, accounts younger than the age limit at the reference time. */
  readonly young: number;
  /** young ÷ known, 0 when nothing is known. */
  readonly share: number;
};

/**
 * How many of `accounts` were at most `maxAgeDays` old at `at(account)` (e.g. their first order in a window).
 * Accounts registered after the reference time count as young: they were created for what follows.
 */
export function newAccountShare(
  accounts: Iterable<number>, registeredAt: Float64Array, at: (account: number) => number, maxAgeDays: number,
): AgeProfile {
  let total = 0;
  let known = 0;
  let young = 0;
  for (const account of accounts) {
    total += 1;
    const ts = registeredAt[account];
    if (ts === undefined || Number.isNaN(ts)) continue;
    known += 1;
    if (at(account) - ts <= maxAgeDays * DAY_MS) young += 1;
  }
  return { accounts: total, known, young, share: known > 0 ? young / known : 0 };
}

/** The chance of `young` or more young accounts among `known` if they were drawn like everyone else (share `base`). */
export function youngerThanUsual(profile: AgeProfile, base: number): number {
  // Poisson approximation of the binomial tail: conservative when the base share is small, as new accounts are.
  if (profile.known === 0) return 1;
  const rate = Math.max(base, 1 / (profile.known * 100)) * profile.known;
  return poissonUpperTail(profile.young, rate);
}
