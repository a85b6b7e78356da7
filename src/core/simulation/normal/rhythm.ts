// The daily and weekly rhythm of shopping: quiet nights, a lunch bump and an evening peak, busier weekends.
import { HOUR, type Clock } from '../clock.ts';
import { AliasTable, type Rng } from '../random.ts';

/** Relative activity per local hour, shaped like mobile shopping traffic (evening peak around 21:00). */
export const hourlyWeights = [
  3.0, 1.8, 1.0, 0.6, 0.5, 0.6, 1.2, 2.2, 3.2, 4.2, 5.0, 5.0,
  4.6, 4.6, 4.8, 4.8, 4.6, 4.4, 4.6, 5.4, 6.6, 7.2, 6.4, 4.6,
];
/** Monday first: weekend shoppers browse more. */
export const weekdayFactors = [0.95, 0.95, 0.97, 0.98, 1.0, 1.12, 1.1];

const hours = new AliasTable(hourlyWeights);
/** Working hours for shops' and operators' own actions. */
const officeWeights = hourlyWeights.map((w, h) => (h >= 9 && h < 21 ? w : 0.05));
const officeHours = new AliasTable(officeWeights);

/** A time in the given day following the shopping rhythm. */
export function shoppingTime(rng: Rng, clock: Clock, day: number): number {
  return clock.dayStart(day) + hours.draw(rng) * HOUR + rng.int(0, HOUR - 1);
}

/** A time in the given day during office hours (staff, inspectors, shop owners). */
export function officeTime(rng: Rng, clock: Clock, day: number): number {
  return clock.dayStart(day) + officeHours.draw(rng) * HOUR + rng.int(0, HOUR - 1);
}

export function dayFactor(clock: Clock, day: number): number {
  return weekdayFactors[clock.weekdayOf(clock.dayStart(day))]!;
}
