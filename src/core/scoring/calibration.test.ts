import { describe, expect, it } from 'vitest';
import { Calibration, calibrate } from './calibration.ts';
import { shippedCalibration } from './calibration-map.ts';
import { FUSION_WEIGHTS_VERSION } from './fusion-weights.ts';

const map = Calibration.parse({
  version: 'test-1', method: 'isotonic',
  fittedOn: { generator: 'test', seeds: [1], options: {}, detectors: [], fusionVersion: 'fusion-test', entities: 20, positives: 10 },
  byType: { account: { x: [0.2, 0.8], y: [0.1, 0.9], n: [10, 10] } },
});

describe('calibrate', () => {
  it('maps a type with a curve and leaves the others at their fused score', () => {
    expect(calibrate(map, 'account', 0.5)).toBeCloseTo(0.5, 9);
    expect(calibrate(map, 'account', 0.95)).toBe(0.9);
    expect(calibrate(map, 'merchant', 0.42)).toBe(0.42);
    expect(calibrate(undefined, 'account', 0.42)).toBe(0.42);
  });

  it('rejects knots that would make the map fall', () => {
    const bad = { ...map, byType: { account: { x: [0.2, 0.8], y: [0.9, 0.1], n: [10, 10] } } };
    expect(Calibration.safeParse(bad).success).toBe(false);
  });

  it('ships a valid map that records what it was fitted on', () => {
    expect(Calibration.parse(shippedCalibration)).toEqual(shippedCalibration);
    expect(shippedCalibration.fittedOn.seeds.length).toBeGreaterThan(0);
    expect(shippedCalibration.fittedOn.detectors.length).toBeGreaterThan(0);
  });

  it('ships a map fitted under the shipped weights (a weight change needs a refit)', () => {
    expect(shippedCalibration.fittedOn.fusionVersion).toBe(FUSION_WEIGHTS_VERSION);
  });
});
