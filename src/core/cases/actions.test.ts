import { describe, expect, it } from 'vitest';
import { checkAction, enforcementState, type TakenAction } from './actions.ts';

const taken = (id: string, kind: TakenAction['kind'], type: TakenAction['target']['type'], target: string, reverses?: string): TakenAction => ({
  id, kind, target: { type, id: target }, reason: 'fake', caseId: 'c1', at: '2026-11-02T10:00:00+08:00', actorId: 'key:a', ...(reverses ? { reverses } : {}),
});

describe('actions', () => {
  it('checks target types and reversals, naming the field', () => {
    expect(checkAction({ kind: 'review_remove', target: { type: 'order', id: 'o1' }, reason: 'x' }, [])?.field).toBe('target.type');
    expect(checkAction({ kind: 'review_restore', target: { type: 'review', id: 'r1' }, reason: 'x' }, [])?.field).toBe('reverses');
    const earlier = [taken('a1', 'review_remove', 'review', 'r1')];
    expect(checkAction({ kind: 'order_unvoid', target: { type: 'order', id: 'r1' }, reason: 'x', reverses: 'a1' }, earlier)?.message).toMatch(/cannot reverse/);
    expect(checkAction({ kind: 'review_restore', target: { type: 'review', id: 'r2' }, reason: 'x', reverses: 'a1' }, earlier)?.field).toBe('target');
    expect(checkAction({ kind: 'review_restore', target: { type: 'review', id: 'r1' }, reason: 'x', reverses: 'a1' }, earlier)).toBeUndefined();
    expect(checkAction({ kind: 'review_restore', target: { type: 'review', id: 'r1' }, reason: 'x', reverses: 'a1' }, [...earlier, taken('a2', 'review_restore', 'review', 'r1', 'a1')])?.message).toMatch(/already reversed/);
    expect(checkAction({ kind: 'review_remove', target: { type: 'review', id: 'r1' }, reason: 'again' }, earlier)?.field).toBe('kind');
    expect(checkAction({ kind: 'review_remove', target: { type: 'review', id: 'r1' }, reason: 'again' }, [...earlier, taken('a2', 'review_restore', 'review', 'r1', 'a1')])).toBeUndefined();
  });

  it('folds what is in force: a reversal ends an action without editing it', () => {
    const state = enforcementState([
      taken('a1', 'review_remove', 'review', 'r1'), taken('a2', 'order_void', 'order', 'o1'), taken('a3', 'review_restore', 'review', 'r1', 'a1'),
    ]);
    expect(state.map((e) => [e.target.id, e.inForce.map((a) => a.kind)])).toEqual([['r1', []], ['o1', ['order_void']]]);
  });
});
