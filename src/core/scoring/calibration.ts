// Calibration as versioned configuration: a monotone map per entity type from fused score to observed fraud rate.
import { z } from 'zod';
import { EntityType } from '../events/primitives.ts';
import { interpolate } from './isotonic.ts';

const Curve = z.object({
  /** Knots: fused scores (increasing), fraud rates at them (non-decreasing), entities behind each knot. */
  x: z.array(z.number().min(0).max(1)),
  y: z.array(z.number().min(0).max(1)),
  n: z.array(z.int().min(0)),
}).refine((c) => c.x.length === c.y.length && c.y.length === c.n.length, { message: 'x, y and n must have the same length' })
  .refine((c) => c.x.every((v, i) => i === 0 || v > c.x[i - 1]!) && c.y.every((v, i) => i === 0 || v >= c.y[i - 1]!), { message: 'knots must be increasing in x and non-decreasing in y' });

export const Calibration = z.object({
  version: z.string().min(1),
  method: z.literal('isotonic'),
  /** What the map was fitted on, so a threshold can be traced to the data behind it. */
  fittedOn: z.object({
    generator: z.string(),
    seeds: z.array(z.int()),
    options: z.record(z.string(), z.union([z.number(), z.string()])),
    detectors: z.array(z.string()),
    fusionVersion: z.string(),
    entities: z.int().min(0),
    positives: z.int().min(0),
  }),
  byType: z.partialRecord(EntityType, Curve),
});
export type Calibration = z.infer<typeof Calibration>;

/** The calibrated score; types without a curve keep the fused score. */
export function calibrate(calibration: Calibration | undefined, type: EntityType, raw: number): number {
  const curve = calibration?.byType[type];
  if (!curve) return raw;
  return Math.min(1, Math.max(0, interpolate(curve.x, curve.y, raw)));
}
