// The fusion configuration analysis runs with: the shipped weights and the calibration fitted for them.
import { shippedCalibration } from './calibration-map.ts';
import { FusionConfig } from './fuse.ts';
import { fusionWeights } from './fusion-weights.ts';

export const shippedFusion: FusionConfig = Object.freeze(FusionConfig.parse({
  ...fusionWeights,
  version: `${fusionWeights.version}+${shippedCalibration.version}`,
  calibration: shippedCalibration,
}));
