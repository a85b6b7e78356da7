// The description of one order's life that normal buyers and attacks fill in; the flow turns it into timed events.
import type { EntityRef } from '../../events/primitives.ts';
import type { Carrier } from '../catalog/regions.ts';
import type { Account, Item } from '../population/types.ts';

/** Something that happens around an order, placed relative to one of its moments. */
export type Extra =
  | { readonly kind: 'message'; readonly from: 'account' | 'merchant'; readonly text: string }
  | { readonly kind: 'transfer'; readonly from: EntityRef; readonly amount: number | 'paid'; readonly plus?: number; readonly channel: string; readonly memo: string | undefined }
  | { readonly kind: 'review.edited'; readonly rating?: number; readonly text?: string }
  | { readonly kind: 'review.deleted'; readonly by: 'author' | 'merchant' | 'platform' }
  | { readonly kind: 'like'; readonly account: number }
  | { readonly kind: 'operator.action'; readonly operatorId: string; readonly action: string; readonly detail: string | undefined };

export type Anchor = 'placed' | 'paid' | 'delivered' | 'review';
export type ExtraStep = { readonly anchor: Anchor; readonly delay: number; readonly extra: Extra };

export type ReviewPlan = {
  rating: number;
  /** Fixed text; otherwise it is written at emission from the category's phrase bank. */
  text?: string;
  /** Photos: given hashes (reused photos) or a count of fresh ones. */
  photos?: readonly string[] | number;
  /** Seconds after delivery; or `at`, an absolute time (moved after delivery if needed). */
  delay?: number;
  at?: number;
  mask: number;
  /** Likes from random other accounts. */
  likes?: number;
  /** A genuine buyer's follow-up (追评) some days later. */
  followUp?: boolean;
};

export type OrderPlan = {
  at: number;
  account: Account;
  item: Item;
  quantity: number;
  /** Unit price paid, when a promotion discounts the listed price. */
  unitPrice?: number;
  mask: number;
  sessionId?: string;
  device?: string;
  ip?: string;
  couponId?: string;
  payment?: string;
  address?: string;
  cancel?: 'before_pay' | 'after_pay';
  /** The shop edits the price before payment (a discount, or a token amount for empty parcels). */
  priceTo?: number;
  logistics?: 'normal' | 'empty';
  carrier?: Carrier;
  tracking?: string;
  grams?: number;
  subsidy?: { readonly campaignId: string; readonly amount: number; readonly approvedBy: string };
  refund?: { readonly delay: number; readonly share: number; readonly reason: string };
  review?: ReviewPlan;
  extras?: ExtraStep[];
};
