// Normal life day by day: every account shops at its own rate, shaped by the daily rhythm, weekends and promotions.
import type { Rng } from '../random.ts';
import type { World } from '../world.ts';
import { emitBackground } from './background.ts';
import { emitCatalogDay } from './catalog-events.ts';
import type { Promotions } from './promotions.ts';
import { dayFactor, shoppingTime } from './rhythm.ts';
import { runSession, type SessionContext } from './sessions.ts';

/** Session starts of one hour: account index and time; a negative index marks the account's first session of the day. */
type HourQueue = { accounts: number[]; times: number[] };

export class NormalLife {
  private readonly sessions: SessionContext;
  /**
   * Sessions are drawn for the whole day but run hour by hour, so their events are built just before they are
   * emitted instead of waiting a day in memory (less garbage collection, flat memory).
   */
  private readonly queues: HourQueue[] = Array.from({ length: 24 }, () => ({ accounts: [], times: [] }));

  constructor(private readonly world: World, private readonly rng: Rng, private readonly promotions: Promotions) {
    this.sessions = { world, rng, promotions };
  }

  /** Catalog changes, promotions and background of the day, and the day's session starts. */
  day(day: number): void {
    const { world, rng } = this;
    this.promotions.announce(rng, day);
    emitCatalogDay(world, rng, day);
    const factor = dayFactor(world.clock, day);
    const times: number[] = [];
    for (const queue of this.queues) {
      queue.accounts.length = 0;
      queue.times.length = 0;
    }
    for (const account of world.population.accounts) {
      const n = rng.poisson(account.rate * factor);
      if (n === 0) continue;
      times.length = 0;
      for (let i = 0; i < n; i += 1) times.push(shoppingTime(rng, world.clock, day));
      times.sort((a, b) => a - b);
      let first = true;
      for (const t of times) {
        // A little after sign-up at the earliest; never after the owner lost the account.
        if (t < account.registeredAt + 600 || t >= account.activeUntil) continue;
        const queue = this.queues[world.clock.hourOf(t)]!;
        queue.accounts.push(first ? -1 - account.index : account.index);
        queue.times.push(t);
        first = false;
      }
    }
    emitBackground(world, rng, day);
  }

  /** Runs the sessions that start in this hour of the current day. */
  hour(hour: number): void {
    const queue = this.queues[hour]!;
    const accounts = this.world.population.accounts;
    for (let i = 0; i < queue.accounts.length; i += 1) {
      const code = queue.accounts[i]!;
      const first = code < 0;
      runSession(this.sessions, accounts[first ? -1 - code : code]!, queue.times[i]!, first);
    }
  }
}
