import { describe, expect, it } from 'vitest';
import { Ids } from './ids.ts';

describe('Ids', () => {
  it('gives unique, same-shaped ids per kind that do not follow creation order', () => {
    const ids = new Ids(42);
    const accounts = Array.from({ length: 50_000 }, () => ids.next('account'));
    expect(new Set(accounts).size).toBe(accounts.length);
    expect(accounts.every((id) => /^acc_[0-9a-z]{7}$/.test(id))).toBe(true);
    const sorted = [...accounts].sort();
    expect(sorted.slice(0, 100)).not.toEqual(accounts.slice(0, 100));
  });

  it('depends on the seed, and event ids count up in emission order', () => {
    expect(new Ids(1).next('order')).not.toBe(new Ids(2).next('order'));
    const ids = new Ids(7);
    expect(ids.event()).not.toBe(ids.event());
    expect(new Ids(7).photo()).toMatch(/^[0-9a-f]{16}$/);
  });
});
