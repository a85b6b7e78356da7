// The benchmark's input: account × item × day interactions in typed arrays, and the ring that was injected into them.
import type { RingInput } from '../../src/core/detectors/brushing-ring/ring-input.ts';

/** The ring search's own input type: the benchmark feeds the detector's core exactly what it reads in production. */
export type Interactions = RingInput;

export type InjectedRing = {
  readonly accounts: Int32Array;
  readonly items: Int32Array;
  readonly firstDay: number;
  readonly lastDay: number;
};

export function concat(a: Interactions, extra: Pick<Interactions, 'account' | 'item' | 'day'>, accounts: number, items: number): Interactions {
  const join = (x: Int32Array, y: Int32Array) => {
    const out = new Int32Array(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return out;
  };
  return { accounts, items, days: a.days, account: join(a.account, extra.account), item: join(a.item, extra.item), day: join(a.day, extra.day) };
}
