import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../time/units.ts';
import { newAccountShare } from './new-account-share.ts';

describe('newAccountShare', () => {
  it('counts young accounts among those whose age is known', () => {
    const registered = new Float64Array([0, 20 * DAY_MS, Number.NaN, 29 * DAY_MS]);
    const profile = newAccountShare([0, 1, 2, 3], registered, () => 30 * DAY_MS, 14);
    expect(profile).toEqual({ accounts: 4, known: 3, young: 2, share: 2 / 3 });
  });
});
