// The ring search's parameters as one zod schema with defaults: the detector's params and the benchmark's settings.
import { z } from 'zod';

const count = (value: number, max = 1_000) => z.int().min(0).max(max).default(value);
const share = (value: number) => z.number().min(0).max(1).default(value);

export const RingSearchOptions = z.object({
  /** Candidates: FRAUDAR blocks of accounts × items, dense account × item × day subtensors, and per shop. */
  fraudarBlocks: count(5, 50),
  subtensorBlocks: count(5, 50),
  merchantBlocks: count(1, 10),
  /** Shops with fewer purchases than this are not searched alone. */
  merchantMinOrders: count(12, 1_000_000),
  /** The longest burst a ring's window may span, in days. */
  windowMaxDays: z.int().min(1).max(60).default(7),
  /**
   * An item stays in a block when the members' share of its purchases in the window is at least `itemLift` times
   * their share of the window's other purchases (camouflage on popular items gets about 1×), or at least
   * `itemDominance` (where the ring is so large a part of the window that no lift is possible). An item others also buy
   * outside the window must further get `itemLift` times the member purchases that an even spread of the members'
   * purchases over all such items would give it (random camouflage); an item traded only in the burst is exempt.
   */
  itemLift: z.number().min(1).default(2),
  itemDominance: share(0.8),
  /** The same test for a member: the share of its window purchases that go to the block's items. */
  accountLift: z.number().min(1).default(2),
  accountShare: share(0.3),
  /**
   * Items need this many distinct member buyers and at least `typicalFraction` of a typical ring item's: the count of
   * the item holding the `typicalQuantile` of the members' purchases (weighted, so many lightly hit camouflage items
   * do not drag it down). Members need `minAccountOrders` purchases and half that fraction of a typical member's.
   */
  minItemBuyers: z.int().min(1).default(2),
  minAccountOrders: z.int().min(1).default(2),
  typicalFraction: share(0.5),
  typicalQuantile: share(0.75),
  /** Rounds of alternating item and member tests. */
  rounds: z.int().min(1).max(50).default(6),
  /** A ring: at least this many members and items, and this far above what degrees alone predict. */
  minMembers: z.int().min(2).default(3),
  minItems: z.int().min(1).default(1),
  minLift: z.number().min(1).default(20),
  minSurprise: z.number().min(0).default(20),
});
export type RingSearchOptions = z.infer<typeof RingSearchOptions>;

export const defaultRingSearch: RingSearchOptions = RingSearchOptions.parse({});
