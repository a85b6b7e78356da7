// Conformance fixtures: ordinary shoppers, households sharing a phone, and a campus network, with and without a phone farm.
import type { ShoumenEvent } from '../../events/event.ts';
import { at, order } from '../testing/event-factory.ts';
import type { DetectorFixture } from '../testing/fixtures.ts';

const DAY = 24 * 60;

/** Forty shoppers, each on an own phone at home, registered over three weeks, shopping now and then. */
function ordinaryShoppers(): ShoumenEvent[] {
  return Array.from({ length: 40 }, (_, j) => {
    const account = `shopper-${j}`;
    const device = `phone-${j}`;
    const ip = `58.${20 + (j % 7)}.${j}.${10 + j}`;
    return [
      at(j * 701, 'account.registered', { accountId: account, phone: `138${String(10_000_000 + j * 7_919).slice(0, 8)}`, deviceId: device, ip }),
      at(j * 701 + 3 * DAY + 11, 'account.login', { accountId: account, deviceId: device, ip }),
      { ...order(j * 701 + 3 * DAY + 15, `o-${j}`, account, `shop-${j % 5}`), deviceId: device, ip, addressHash: `addr-${j}` } as ShoumenEvent,
    ];
  }).flat();
}

/** Three households: two or three accounts on one tablet and one delivery address. */
function households(): ShoumenEvent[] {
  return [0, 1, 2].flatMap((h) => Array.from({ length: 2 + (h % 2) }, (_, k) => {
    const account = `home-${h}-${k}`;
    return [
      at(h * 900 + k * 3_000, 'account.login', { accountId: account, deviceId: `tablet-${h}`, ip: `61.${h}.8.${20 + k}` }),
      { ...order(h * 900 + k * 3_000 + 9, `home-${h}-${k}`, account, 'shop-1'), deviceId: `tablet-${h}`, addressHash: `home-addr-${h}` } as ShoumenEvent,
    ];
  }).flat());
}

/** Forty freshmen sign up on campus Wi-Fi on enrolment morning and log in between the same lectures on own phones. */
function campus(): ShoumenEvent[] {
  return Array.from({ length: 40 }, (_, s) => {
    const account = `student-${s}`;
    const device = `student-phone-${s}`;
    const ip = `202.120.2.${10 + s}`;
    return [
      at(5 * DAY + s * 2, 'account.registered', { accountId: account, phone: `139${String(20_000_000 + s * 4_271).slice(0, 8)}`, deviceId: device, ip }),
      ...[6, 7, 8].map((d) => at(d * DAY + 600 + (s % 5), 'account.login', { accountId: account, deviceId: device, ip })),
    ];
  }).flat();
}

/**
 * A phone farm: sixteen accounts signed up within half an hour on four emulators behind one datacenter /24 with
 * virtual numbers; each day a script runs them device by device, one account every 90 s, the devices in parallel.
 */
function phoneFarm(): ShoumenEvent[] {
  const events: ShoumenEvent[] = [];
  for (let a = 0; a < 16; a += 1) {
    const account = `farm-${a}`;
    const device = `emu-${a % 4}`;
    events.push(at(2 * DAY + a * 2, 'account.registered', { accountId: account, phone: `170${String(30_000_000 + a * 131).slice(0, 8)}`, deviceId: device, ip: `47.98.12.${20 + a}` }));
    for (const day of [3, 4, 5]) {
      const minute = day * DAY + 540 + Math.floor(a / 4) * 1.5 + (a % 4) * 0.05;
      events.push(at(minute, 'account.login', { accountId: account, deviceId: device, ip: `47.98.12.${100 + a}`, device: { emulator: true, automation: true } }));
      if (day !== 4) events.push({ ...order(minute + 0.5, `farm-${a}-${day}`, account, 'shop-client', 'item-c'), deviceId: device, ip: `47.98.12.${100 + a}` } as ShoumenEvent);
    }
  }
  return events;
}

const background = [...ordinaryShoppers(), ...households(), ...campus()];

export const accountFarmFixture: DetectorFixture = { positive: [...background, ...phoneFarm()], negative: background };
