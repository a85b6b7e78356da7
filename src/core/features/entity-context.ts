// What the stream has said about orders, reviews and account–merchant links, so later events (a payment, a transfer) find their buyer and shop.
import type { ShoumenEvent } from '../events/event.ts';
import { MapSweeper } from './map-sweeper.ts';

export type OrderFacts = { readonly accountId: string; readonly merchantId: string; readonly itemId: string; readonly ts: number };
export type ReviewFacts = { readonly accountId: string; readonly merchantId: string; readonly itemId: string; readonly orderId?: string; readonly ts: number };
type ReviewedOrder = { readonly orderId: string; readonly ts: number };

/** Orders and reviews are remembered for 31 days: a day longer than the longest feature window. */
export const CONTEXT_RETENTION_MS = 31 * 86_400_000;

export class EntityContext {
  private readonly orders = new Map<string, OrderFacts>();
  private readonly reviews = new Map<string, ReviewFacts>();
  /** Buyer + shop → the order of the buyer's latest review there: what a cash-back transfer pays for. */
  private readonly reviewedOrders = new Map<string, ReviewedOrder>();
  /** Account → merchant it acts for (entity.linked), e.g. the shop's payer account in a cash-back scheme. */
  private readonly links = new Map<string, string>();
  private readonly sweepers = [
    [new MapSweeper(this.orders), this.orders] as const,
    [new MapSweeper(this.reviews), this.reviews] as const,
    [new MapSweeper(this.reviewedOrders), this.reviewedOrders] as const,
  ];
  private latest = -Infinity;

  get size(): number {
    return this.orders.size + this.reviews.size + this.reviewedOrders.size + this.links.size;
  }

  // Reads ignore facts past the retention even before the sweeper reaches them, so a state rebuilt from the store answers the same.
  order(orderId: string): OrderFacts | undefined {
    return this.fresh(this.orders.get(orderId));
  }

  review(reviewId: string): ReviewFacts | undefined {
    return this.fresh(this.reviews.get(reviewId));
  }

  linkedMerchant(accountId: string): string | undefined {
    return this.links.get(accountId);
  }

  /** The order of the buyer's latest review of the shop within the retention, for holding settlement after a cash-back transfer. */
  reviewedOrder(accountId: string, merchantId: string): string | undefined {
    return this.fresh(this.reviewedOrders.get(`${accountId}\u0001${merchantId}`))?.orderId;
  }

  private fresh<T extends { ts: number }>(facts: T | undefined): T | undefined {
    return facts && facts.ts >= this.latest - CONTEXT_RETENTION_MS ? facts : undefined;
  }

  observe(event: ShoumenEvent, ts: number): void {
    if (ts > this.latest) this.latest = ts;
    switch (event.type) {
      case 'order.placed':
        this.orders.set(event.orderId, { accountId: event.accountId, merchantId: event.merchantId, itemId: event.itemId, ts });
        break;
      case 'review.posted':
        this.reviews.set(event.reviewId, {
          accountId: event.accountId, merchantId: event.merchantId, itemId: event.itemId, ts, ...(event.orderId ? { orderId: event.orderId } : {}),
        });
        if (event.orderId) this.reviewedOrders.set(`${event.accountId}\u0001${event.merchantId}`, { orderId: event.orderId, ts });
        break;
      case 'entity.linked': {
        const { a, b } = event;
        if (a.type === 'account' && b.type === 'merchant') this.links.set(a.id, b.id);
        else if (b.type === 'account' && a.type === 'merchant') this.links.set(b.id, a.id);
        break;
      }
      default:
        break;
    }
    const horizon = this.latest - CONTEXT_RETENTION_MS;
    for (const [sweeper] of this.sweepers) sweeper.step((facts: { ts: number }) => facts.ts < horizon);
  }
}
