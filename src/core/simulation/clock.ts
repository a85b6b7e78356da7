// Simulated time in epoch seconds, days aligned to midnight China Standard Time, and fast ISO formatting for emission.
import { CHINA_OFFSET_MINUTES, formatIso } from '../time/format.ts';

export const MINUTE = 60;
export const HOUR = 3600;
export const DAY = 86_400;
const OFFSET_SECONDS = CHINA_OFFSET_MINUTES * 60;
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/** "HH:MM:SS+08:00" for every second of a day, built on first use: a timestamp is then one concatenation. */
let timesOfDay: string[] | undefined;
function timeOfDay(second: number): string {
  timesOfDay ??= Array.from({ length: DAY }, (_, s) =>
    `${TWO_DIGITS[Math.floor(s / HOUR)]!}:${TWO_DIGITS[Math.floor((s % HOUR) / MINUTE)]!}:${TWO_DIGITS[s % MINUTE]!}+08:00`);
  return timesOfDay[second]!;
}

export class Clock {
  /** Epoch seconds of day 0, 00:00:00 +08:00. */
  readonly start: number;
  readonly end: number;
  private readonly dayPrefixes: string[];

  constructor(startDate: string, readonly days: number) {
    const [year, month, day] = startDate.split('-').map(Number);
    this.start = Date.UTC(year!, month! - 1, day) / 1000 - OFFSET_SECONDS;
    this.end = this.start + days * DAY;
    // Formatting a timestamp is on the hot path (one per event): cache each day's date part once.
    this.dayPrefixes = Array.from({ length: days + 1 }, (_, d) => formatIso((this.start + d * DAY) * 1000).slice(0, 11));
  }

  dayStart(day: number): number {
    return this.start + day * DAY;
  }

  dayOf(t: number): number {
    return Math.floor((t - this.start) / DAY);
  }

  /** Local hour of day, 0–23. */
  hourOf(t: number): number {
    return Math.floor((((t - this.start) % DAY) + DAY) % DAY / HOUR);
  }

  /** 0 = Monday … 6 = Sunday, in local time. */
  weekdayOf(t: number): number {
    const local = new Date((t + OFFSET_SECONDS) * 1000);
    return (local.getUTCDay() + 6) % 7;
  }

  iso(t: number): string {
    const whole = Math.floor(t);
    const offset = whole - this.start;
    const day = Math.floor(offset / DAY);
    const prefix = this.dayPrefixes[day];
    if (prefix === undefined) return formatIso(whole * 1000);
    return prefix + timeOfDay(offset - day * DAY);
  }

  /** Moves a time into working hours [open, close) of its day, or to the next day's opening with some spread. */
  withinHours(t: number, open: number, close: number, spread: number): number {
    const hour = this.hourOf(t);
    if (hour >= open && hour < close) return t;
    const dayStart = this.dayStart(this.dayOf(t));
    const next = hour < open ? dayStart + open * HOUR : dayStart + DAY + open * HOUR;
    return next + spread;
  }
}
