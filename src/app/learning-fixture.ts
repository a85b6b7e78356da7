// A small marketplace for the learner's tests: honest buyers, and a device farm posting template reviews for one shop.
import type { ShoumenEvent } from '../core/events/event.ts';
import type { Label } from '../core/learning/labels.ts';
import { seededRandom } from '../core/learning/random.ts';
import type { EventSource, RejectSink } from './ports.ts';

const BASE = Date.parse('2026-11-02T09:00:00+08:00');
const honestTexts = ['物流很快，包装完好', '质量一般，尺码偏大', '用了一周，效果还行', '颜色和图片有点色差', '客服态度好，发货及时', '味道不错，下次再买'];
const templateTexts = ['好评返现，五星好评', '超赞！物美价廉！', '好评好评，返现已收到'];

export type LearningFixture = { events: ShoumenEvent[]; accounts: Label[]; reviews: Label[] };

/** `honest` buyers with their own phones and varied shops; `farm` accounts on three emulated phones, all buying from shop-x. */
export function learningFixture(honest = 80, farm = 40, seed = 1): LearningFixture {
  const random = seededRandom(seed);
  const events: ShoumenEvent[] = [];
  let n = 0;
  const push = (minutes: number, event: Record<string, unknown>) => {
    n += 1;
    events.push({ id: `lf-${n}`, ts: new Date(BASE + minutes * 60_000).toISOString(), ...event } as unknown as ShoumenEvent);
  };
  const accounts: Label[] = [];
  const reviews: Label[] = [];
  const buyer = (id: string, isFarm: boolean, k: number) => {
    const device = isFarm ? `farm-phone-${k % 3}` : `phone-${id}`;
    push(k, { type: 'account.registered', accountId: id, deviceId: device, ip: isFarm ? '10.9.9.9' : `10.0.${k % 250}.${k % 7}` });
    push(k + 30, { type: 'account.login', accountId: id, deviceId: device, ip: '10.0.0.1', ...(isFarm ? { device: { emulator: true } } : {}) });
    const orders = isFarm ? 2 : 1 + random.below(3);
    for (let o = 0; o < orders; o += 1) {
      const merchant = isFarm ? 'shop-x' : `shop-${random.below(12)}`;
      const item = isFarm ? 'item-x' : `item-${random.below(40)}`;
      const orderId = `o-${id}-${o}`;
      push(k + 60 + o * 90, { type: 'order.placed', orderId, accountId: id, merchantId: merchant, itemId: item, quantity: 1, amount: isFarm ? 990 : 1000 + random.below(20_000) });
      const reviewId = `r-${id}-${o}`;
      const text = isFarm ? templateTexts[random.below(templateTexts.length)]! : honestTexts[random.below(honestTexts.length)]!;
      push(k + 600 + o * 90, { type: 'review.posted', reviewId, accountId: id, merchantId: merchant, itemId: item, rating: isFarm ? 5 : 2 + random.below(4), text, orderId });
      reviews.push({ entityType: 'review', entityId: reviewId, label: isFarm ? 1 : 0 });
    }
    accounts.push({ entityType: 'account', entityId: id, label: isFarm ? 1 : 0 });
  };
  for (let i = 0; i < honest + farm; i += 1) buyer(`acct-${i}`, i >= honest, i);
  events.sort((a, b) => a.ts.localeCompare(b.ts));
  return { events, accounts, reviews };
}

/** Events as an in-memory source, one line per event. */
export function memorySource(events: readonly ShoumenEvent[]): EventSource {
  return {
    name: 'memory',
    batches: () => (async function* () {
      yield await Promise.resolve(events.map((value, i) => ({ line: i + 1, value })));
    })(),
  };
}

export const nullRejects = (): RejectSink & { count: number } => {
  const sink = { count: 0, write: () => void (sink.count += 1), close: () => Promise.resolve() };
  return sink;
};
