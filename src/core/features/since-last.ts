// Time since the latest earlier event of a key (seconds), e.g. account age at checkout; only the two newest times are kept.
import type { WindowState } from './window-state.ts';

export class SinceLast implements WindowState {
  private t1 = -Infinity;
  private s1 = -1;
  private t2 = -Infinity;

  constructor(private readonly windowMs: number) {}

  add(ts: number, _value: unknown, seq: number): void {
    if (ts >= this.t1) {
      this.t2 = this.t1;
      this.t1 = ts;
      this.s1 = seq;
    } else if (ts > this.t2) {
      this.t2 = ts;
    }
  }

  /** Looks back from `to`, skipping the event being decided (`seq`), within the window. */
  read(_from: number, to: number, seq: number): number | null {
    const last = this.s1 === seq || this.t1 > to ? this.t2 : this.t1;
    if (last === -Infinity || last > to || to - last >= this.windowMs) return null;
    return (to - last) / 1000;
  }

  newest(): number {
    return this.t1;
  }

  bytes(): number {
    return 72;
  }
}
