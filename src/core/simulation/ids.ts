// Opaque identifiers: every kind is a seeded bijective scramble of a counter, so ids never reveal order or role.
import { mix32 } from './random.ts';

export const idKinds = {
  account: 'acc_', merchant: 'mer_', item: 'itm_', order: 'ord_', review: 'rev_', device: 'dev_', session: 'ses_',
  operator: 'op_', payment: 'pay_', address: 'addr_', subsidy: 'sub_', campaign: 'cmp_', coupon: 'cpn_',
  inspection: 'insp_', inspector: 'agency_', photo: '', tracking: '',
} as const;
export type IdKind = keyof typeof idKinds;

type Sequence = { readonly prefix: string; readonly key: number; n: number };

export class Ids {
  private readonly sequences: Record<IdKind, Sequence>;
  private events = 0;
  private readonly eventPrefix: string;

  constructor(private readonly seed: number) {
    this.eventPrefix = `evt_${mix32(seed ^ 0x5eed).toString(36)}_`;
    const entries = Object.entries(idKinds).map(([kind, prefix], i) => [kind, { prefix, key: mix32(seed + 0x1000 * (i + 1)), n: 0 }]);
    this.sequences = Object.fromEntries(entries) as Record<IdKind, Sequence>;
  }

  /** A scrambled number unique within its kind: the counter passed through a keyed 32-bit bijection. */
  scrambled(kind: IdKind): number {
    const sequence = this.sequences[kind];
    const n = sequence.n;
    sequence.n = n + 1;
    return mix32(mix32(n ^ sequence.key) + sequence.key);
  }

  next(kind: IdKind): string {
    return this.sequences[kind].prefix + this.scrambled(kind).toString(36).padStart(7, '0');
  }

  /** Photo hashes look like 16-hex-digit perceptual hashes. */
  photo(): string {
    const a = this.scrambled('photo');
    return a.toString(16).padStart(8, '0') + mix32(a ^ this.seed).toString(16).padStart(8, '0');
  }

  /** Event ids are sequential in emission order (which is time order) behind a per-seed prefix. */
  event(): string {
    this.events += 1;
    return this.eventPrefix + this.events.toString(36);
  }
}
