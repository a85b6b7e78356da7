import { describe, expect, it } from 'vitest';
import { attackNames, demoOptions, parseAttackList, parseOptions, scaled } from './options.ts';

describe('options', () => {
  it('fills every default, with all attacks on', () => {
    const options = parseOptions({});
    expect(options).toMatchObject({ days: 30, accounts: 5_000, merchants: 300, scale: 1, seed: 1 });
    expect(options.attacks).toEqual([...attackNames]);
    expect(options.attack.brushing_ring.members).toEqual({ min: 8, max: 16 });
    expect(options.normal.orderProbability).toBeGreaterThan(0);
  });

  it('keeps nested defaults when only part of an attack is given', () => {
    const options = parseOptions({ attack: { brushing_ring: { count: 9 } } });
    expect(options.attack.brushing_ring.count).toBe(9);
    expect(options.attack.brushing_ring.camouflage).toBe(0.35);
    expect(options.attack.account_farm.count).toBe(3);
  });

  it('rejects a range whose min exceeds its max, and bad dates', () => {
    expect(() => parseOptions({ attack: { brushing_ring: { members: { min: 9, max: 3 } } } })).toThrow();
    expect(() => parseOptions({ start: '1.11.2026' })).toThrow();
  });

  it('parses attack lists: names, all, none, the insider alias, and unknown names', () => {
    expect(parseAttackList('all')).toEqual({ ok: true, value: [...attackNames] });
    expect(parseAttackList('none')).toEqual({ ok: true, value: [] });
    expect(parseAttackList('brushing_ring, insider_collusion')).toEqual({ ok: true, value: ['brushing_ring', 'subsidy_abuse'] });
    expect(parseAttackList('brushing,farm').ok).toBe(false);
  });

  it('scales counts and keeps at least one', () => {
    expect(scaled(4, 2.5)).toBe(10);
    expect(scaled(3, 0.1)).toBe(1);
    expect(scaled(0, 5)).toBe(0);
    expect(parseOptions(demoOptions).days).toBe(14);
  });
});
