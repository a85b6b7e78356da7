import { describe, expect, it } from 'vitest';
import { Interner, StringSet } from './interner.ts';

describe('Interner', () => {
  it('assigns dense integers in first-seen order and maps them back', () => {
    const names = new Interner();
    expect(['b', 'a', 'b', 'c'].map((k) => names.intern(k))).toEqual([0, 1, 0, 2]);
    expect(names.size).toBe(3);
    expect(names.name(1)).toBe('a');
    expect(names.find('zzz')).toBe(-1);
    expect(() => names.name(9)).toThrow(RangeError);
  });
});

describe('StringSet', () => {
  it('reports whether a key was new', () => {
    const seen = new StringSet();
    expect([seen.add('x'), seen.add('y'), seen.add('x')]).toEqual([true, true, false]);
    expect(seen.size).toBe(2);
  });
});
