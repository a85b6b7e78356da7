// Lengths of time in epoch milliseconds, the unit every snapshot timestamp is in.
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
