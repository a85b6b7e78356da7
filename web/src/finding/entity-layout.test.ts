import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../../../src/core/events/primitives.ts';
import { groupByRole, layoutGraph, type Entity } from './entity-layout.ts';

const shop: Entity = { type: 'merchant', id: 'shop-hot', role: 'merchant' };
const buyer = (i: number): Entity => ({ type: 'account', id: `buyer-${i}`, role: 'repeat_buyer' });
const order = (i: number): Entity => ({ type: 'order', id: `o-${i}`, role: 'order' });

describe('entities by role', () => {
  it('keeps the detector order of roles and members and drops repeats', () => {
    const groups = groupByRole([shop, buyer(1), order(1), buyer(2), order(2), buyer(1), { type: 'ip', id: '1.2.3.4' }]);
    expect(groups.map((g) => [g.role, g.entities.map((e) => e.id)])).toEqual([
      ['merchant', ['shop-hot']],
      ['repeat_buyer', ['buyer-1', 'buyer-2']],
      ['order', ['o-1', 'o-2']],
      [undefined, ['1.2.3.4']],
    ]);
  });
});

describe('entity graph layout', () => {
  it('puts the subject left and one column per role, capped per column', () => {
    const layout = layoutGraph([shop, ...Array.from({ length: 30 }, (_, i) => buyer(i)), order(1)], 20)!;
    expect(layout.subject.entity).toEqual(shop);
    expect(layout.columns.map((c) => [c.role, c.shown, c.total])).toEqual([
      ['repeat_buyer', 20, 30],
      ['order', 1, 1],
    ]);
    expect(layout.nodes).toHaveLength(21);
  });

  it('has no graph for a lone entity', () => {
    expect(layoutGraph([shop])).toBeUndefined();
    expect(layoutGraph([shop, shop])).toBeUndefined();
  });

  it('keeps every node inside the drawing and no two nodes on one spot', () => {
    const entity = fc.record({ type: fc.constantFrom(...entityTypes), id: fc.string({ minLength: 1, maxLength: 8 }), role: fc.constantFrom('a', 'b', 'c', 'd') });
    fc.assert(
      fc.property(fc.array(entity, { minLength: 2, maxLength: 80 }), (entities) => {
        const layout = layoutGraph(entities, 12);
        if (!layout) return;
        const spots = new Set<string>();
        for (const node of [layout.subject, ...layout.nodes]) {
          expect(node.x).toBeGreaterThan(0);
          expect(node.x).toBeLessThan(layout.width);
          expect(node.y).toBeGreaterThan(0);
          expect(node.y).toBeLessThan(layout.height);
          spots.add(`${node.x},${node.y}`);
        }
        expect(spots.size).toBe(layout.nodes.length + 1);
      }),
    );
  });
});
