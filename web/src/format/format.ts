// Formats scores, times, counts and money for people; times are shown in China Standard Time, the analysts' clock.
import { formatIso } from '../../../src/core/time/format.ts';

export function formatScore(score: number): string {
  return Number.isFinite(score) ? score.toFixed(2) : '—';
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** "2026-11-02 09:00:00" in UTC+8 whatever offset the source wrote; text that is not a time is shown as it came. */
export function formatTime(iso: string): string {
  const millis = Date.parse(iso);
  if (Number.isNaN(millis)) return iso;
  return formatIso(millis).slice(0, 19).replace('T', ' ');
}

/** A window on one day repeats the date once: "2026-11-02 09:00:00 – 10:48:00". */
export function formatWindow(from: string, to: string): string {
  const a = formatTime(from);
  const b = formatTime(to);
  if (a === b) return a;
  return a.slice(0, 10) === b.slice(0, 10) && b.length === 19 ? `${a} – ${b.slice(11)}` : `${a} – ${b}`;
}

/** Money arrives in minor units (fen) so sums stay exact; yuan are shown with two decimals. */
export function formatMoney(minor: number, currency = 'CNY'): string {
  const major = (minor / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return currency === 'CNY' ? `¥${major}` : `${major} ${currency}`;
}

/** Detectors record instants in metrics as epoch milliseconds (peakWindowStart) and money in fen (subsidyFen). */
export function formatMetric(name: string, value: number | string | boolean): string {
  if (typeof value !== 'number') return formatValue(value);
  if (/(Start|End|At|From|To|Time)$/.test(name) && value >= 1e12 && value < 1e13) return formatTime(new Date(value).toISOString());
  if (/Fen$/.test(name) && Number.isInteger(value)) return formatMoney(value);
  return formatValue(value);
}

/** Reason values and thresholds are numbers or words; long fractions are cut to what a person compares. */
export function formatValue(value: number | string | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? formatCount(value) : String(Number(value.toFixed(3)));
  return String(value);
}

/** File sizes as the upload limits are written: binary units, at most one decimal. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${Number(value.toFixed(1))} ${unit}`;
}
