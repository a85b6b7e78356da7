import { describe, expect, it } from 'vitest';
import { sigmoid } from '../metrics.ts';
import { seededRandom } from '../random.ts';
import { applyMarginScale, fitMarginScale, IDENTITY_SCALE } from './platt-scaling.ts';

describe('margin scaling', () => {
  it('recovers the scale and shift that generated the labels', () => {
    const random = seededRandom(3);
    const margins = Float64Array.from({ length: 20_000 }, () => (random.float() - 0.5) * 4);
    const labels = Uint8Array.from(margins, (m) => (random.float() < sigmoid(1.8 * m - 0.4) ? 1 : 0));
    const fitted = fitMarginScale(margins, labels);
    expect(fitted.scale).toBeCloseTo(1.8, 1);
    expect(fitted.shift).toBeCloseTo(-0.4, 1);
  });

  it('keeps the margins when they carry nothing, and never flips their order', () => {
    const margins = Float64Array.from([2, 1, -1, -2]);
    expect(fitMarginScale(margins, Uint8Array.from([0, 0, 1, 1]))).toEqual(IDENTITY_SCALE);
    expect(Array.from(applyMarginScale(margins, { scale: 2, shift: 1 }))).toEqual([5, 3, -1, -3]);
  });
});
