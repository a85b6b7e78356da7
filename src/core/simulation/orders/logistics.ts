// Parcel routes: real ones take one to five days through hubs; empty parcels (空包) are picked up and signed within hours.
import { carriers, hubRegions, regions, type Carrier } from '../catalog/regions.ts';
import { HOUR, MINUTE, type Clock } from '../clock.ts';
import type { Ids } from '../ids.ts';
import { AliasTable, type Rng } from '../random.ts';
import { scanArg, Step, type StepSink } from './steps.ts';

const carrierTable = new AliasTable(carriers.map((c) => c.share));
const hubIndexes = hubRegions.map((code) => regions.findIndex((r) => r.code === code));
const COLLECTED = 0;
const IN_TRANSIT = 1;
const OUT_FOR_DELIVERY = 2;
const DELIVERED = 3;

export function drawCarrier(rng: Rng): Carrier {
  return carriers[carrierTable.draw(rng)]!;
}

/** The carrier's prefix, then digits: a unique scrambled number padded with random digits to the carrier's length. */
export function trackingNumber(ids: Ids, rng: Rng, carrier: Carrier): string {
  const unique = String(ids.scrambled('tracking'));
  const pad = Math.max(0, carrier.digits - unique.length);
  return carrier.prefix + rng.digits(pad) + unique;
}

/** Shipping weight: the goods plus packaging, as a scale reads it. */
export function parcelGrams(rng: Rng, unitGrams: number, quantity: number): number {
  const goods = unitGrams * quantity;
  const packaging = rng.uniform(40, 120) + goods * 0.08;
  return Math.round((goods + packaging) * rng.uniform(0.95, 1.1));
}

/** Pushes shipped, collected, 1–4 in-transit, out-for-delivery and delivered scans, and delivery; returns delivery time. */
export function normalRoute(rng: Rng, clock: Clock, paidAt: number, from: number, to: number, steps: StepSink): number {
  const handling = Math.min(72 * HOUR, Math.max(30 * MINUTE, rng.logNormal(10 * HOUR, 0.8)));
  const shipped = clock.withinHours(paidAt + handling, 8, 22, rng.int(0, 3 * HOUR));
  steps.push(shipped, Step.shipped, 0);
  let t = shipped + rng.uniform(0.5 * HOUR, 5 * HOUR);
  steps.push(t, Step.scan, scanArg(COLLECTED, from));
  const hops = from === to ? 1 : rng.int(2, 4);
  for (let hop = 0; hop < hops; hop += 1) {
    t += rng.uniform(4 * HOUR, 16 * HOUR);
    const region = hop === hops - 1 ? to : hop === 0 ? from : rng.pick(hubIndexes);
    steps.push(t, Step.scan, scanArg(IN_TRANSIT, region));
  }
  // Couriers go out in the morning: the next 7–10 a.m. at least two hours after the last hub scan, and never the
  // morning of the shipping day itself (even same-province parcels take about a day).
  const ready = Math.max(t + 2 * HOUR, shipped + 20 * HOUR);
  const dayStart = clock.dayStart(clock.dayOf(ready));
  const morning = dayStart + 7 * HOUR + rng.int(0, 3 * HOUR);
  const outAt = morning > ready ? morning : morning + 24 * HOUR;
  steps.push(outAt, Step.scan, scanArg(OUT_FOR_DELIVERY, to));
  const signed = outAt + rng.uniform(0.5 * HOUR, 8 * HOUR);
  steps.push(signed, Step.scan, scanArg(DELIVERED, to));
  const deliveredAt = signed + rng.int(5, 300);
  steps.push(deliveredAt, Step.delivered, 0);
  return deliveredAt;
}

/** An empty parcel: only pickup and sign-off, a couple of hours apart, shipped minutes after payment. */
export function emptyRoute(rng: Rng, paidAt: number, from: number, to: number, steps: StepSink): number {
  const shipped = paidAt + rng.int(5 * MINUTE, 60 * MINUTE);
  steps.push(shipped, Step.shipped, 0);
  const collected = shipped + rng.int(10 * MINUTE, 60 * MINUTE);
  steps.push(collected, Step.scan, scanArg(COLLECTED, from));
  const signed = collected + rng.int(HOUR, 6 * HOUR);
  steps.push(signed, Step.scan, scanArg(DELIVERED, to));
  const deliveredAt = signed + rng.int(5, 120);
  steps.push(deliveredAt, Step.delivered, 0);
  return deliveredAt;
}
