// Conformance fixtures: a task card worked by eight accounts, against honest shoppers and a fast lockstep farm.
import type { ShoumenEvent } from '../../events/event.ts';
import { at, order } from '../testing/event-factory.ts';
import type { DetectorFixture } from '../testing/fixtures.ts';

/** One session: search, view the item with the given dwell, order it a little later. */
function session(minute: number, account: string, keyword: string, shop: string, item: string, dwell: number, tag: string): ShoumenEvent[] {
  const sessionId = `ses-${tag}`;
  const viewAt = minute + 0.2;
  return [
    at(minute, 'session.search', { accountId: account, sessionId, keyword }),
    at(viewAt, 'session.view', { accountId: account, sessionId, merchantId: shop, itemId: item, dwellSeconds: dwell }),
    { ...order(viewAt + dwell / 60 + 0.5, `ord-${tag}`, account, shop, item), sessionId } as ShoumenEvent,
  ];
}

/** Everyday shoppers: common keywords, log-normal-looking dwell from seconds to many minutes. */
const honestDwell = [12, 35, 48, 22, 95, 31, 260, 18, 41, 67, 29, 150, 55, 24, 38, 610, 44, 27, 83, 19, 36, 120, 52, 33, 71, 26, 46, 390, 58, 21];
const shoppers = honestDwell.flatMap((dwell, i) =>
  session(i * 47, `shopper-${i}`, ['连衣裙', '登山包', '牛仔裤'][i % 3]!, `shop-${i % 4}`, `item-${i % 7}`, dwell, `h${i}`));

const taskKeyword = '防水 户外 可调节 登山包';

export const scriptedSessionsFixture: DetectorFixture = {
  positive: [
    ...shoppers,
    ...[318, 345, 362, 331, 398, 377, 352, 409].flatMap((dwell, i) =>
      session(90 + i * 160, `worker-${i}`, taskKeyword, 'shop-task', 'item-task', dwell, `t${i}`)),
  ],
  negative: [
    ...shoppers,
    // The same keyword and shop, but people: dwell all over the place.
    ...[20, 45, 300, 95, 640, 33, 150, 1_000].flatMap((dwell, i) =>
      session(90 + i * 160, `buyer-${i}`, taskKeyword, 'shop-task', 'item-task', dwell, `p${i}`)),
    // A phone farm's lockstep loop: tight, but seconds long — the account_farm detector's signal, not this one.
    ...[41, 40, 42, 41, 39, 40, 42, 41].flatMap((dwell, i) =>
      session(3_000 + i * 2, `farm-${i}`, '加绒 连衣裙', 'shop-farm', 'item-farm', dwell, `f${i}`)),
  ],
};
