// Life around the orders: red packets between friends, third-party inspections of shops and operators working alerts.
import { DAY } from '../clock.ts';
import type { Rng } from '../random.ts';
import { makeEvent } from '../timeline.ts';
import type { World } from '../world.ts';
import { officeTime, shoppingTime } from './rhythm.ts';

const redPacketFen = [666, 888, 1_000, 2_000, 5_200, 6_600, 8_800, 13_140, 20_000, 52_000];
const inspectionNotes = {
  pass: ['资质齐全', '抽检合格', '神秘买家体验正常', '发货及时，商品与描述一致'],
  fail: ['营业执照过期', '抽检不合格：成分与标注不符', '神秘买家收到的商品与描述不符', '未按承诺时间发货'],
};
const alertDetails = ['销量异常波动，已核实', '疑似刷单，转人工复核', '评价异常，已处理', '退款率偏高，已提醒商家', '无异常，关闭预警'];

/** Friends and families send each other red packets; shop owners do too, at no particular moment. */
function redPackets(world: World, rng: Rng, day: number): void {
  const { population, timeline, clock } = world;
  const n = rng.poisson(population.accounts.length * 0.004);
  for (let i = 0; i < n; i += 1) {
    const from = population.accounts[rng.int(0, population.accounts.length - 1)]!;
    const t = shoppingTime(rng, clock, day);
    const partner = population.partnerOf(from.index);
    const to = population.accounts[partner ?? rng.int(0, population.accounts.length - 1)]!;
    if (to.index === from.index || from.registeredAt > t || to.registeredAt > t) continue;
    const event = makeEvent('transfer.sent', {
      from: { type: 'account', id: from.id }, toAccountId: to.id, amount: rng.pick(redPacketFen), channel: rng.chance(0.7) ? 'red_packet' : 'transfer',
    });
    if (rng.chance(0.3)) event.memo = rng.pick(['生日快乐', '吃饭AA', '还你的', '红包', '谢谢']);
    timeline.at(t, event);
  }
}

function inspections(world: World, rng: Rng, day: number): void {
  const { population, timeline, clock, ids } = world;
  const n = rng.poisson(population.merchants.length * 0.004);
  for (let i = 0; i < n; i += 1) {
    const merchant = population.merchants[rng.int(0, population.merchants.length - 1)]!;
    const t = officeTime(rng, clock, day);
    if (merchant.openedAt > t || merchant.items.length === 0) continue;
    const result = rng.chance(0.92) ? 'pass' : 'fail';
    const kind = rng.pick(['qualification', 'product_quality', 'product_quality', 'mystery_shopper'] as const);
    const event = makeEvent('merchant.inspected', {
      merchantId: merchant.id, inspectionId: ids.next('inspection'), inspector: rng.pick(population.inspectors), kind, result,
      notes: rng.pick(inspectionNotes[result]),
    });
    if (kind !== 'qualification') event.itemId = population.items[rng.pick(merchant.items)]!.id;
    timeline.at(t, event);
  }
}

/** Operators close risk alerts on shops every day: most confirmed or dismissed, a rare manual override. */
function operatorWork(world: World, rng: Rng, day: number): void {
  const { population, timeline, clock } = world;
  const n = rng.poisson(Math.max(2, population.merchants.length * 0.01));
  for (let i = 0; i < n; i += 1) {
    const merchant = population.merchants[rng.int(0, population.merchants.length - 1)]!;
    const t = officeTime(rng, clock, day);
    if (merchant.openedAt > t) continue;
    const u = rng.float();
    const action = u < 0.5 ? 'alert.dismissed' : u < 0.97 ? 'alert.confirmed' : 'alert.overridden';
    timeline.at(t, makeEvent('operator.action', {
      operatorId: rng.pick(population.operators).id, action, target: { type: 'merchant', id: merchant.id }, detail: rng.pick(alertDetails),
    }));
  }
}

export function emitBackground(world: World, rng: Rng, day: number): void {
  if (world.clock.dayStart(day) + DAY > world.clock.end) return;
  redPackets(world, rng, day);
  inspections(world, rng, day);
  operatorWork(world, rng, day);
}
