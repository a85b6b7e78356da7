// Formats epoch milliseconds as ISO-8601 with a fixed offset; China Standard Time (+08:00) has no daylight saving.
export const CHINA_OFFSET_MINUTES = 480;

export function formatIso(millis: number, offsetMinutes = CHINA_OFFSET_MINUTES): string {
  const shifted = new Date(millis + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${shifted}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${shifted}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
