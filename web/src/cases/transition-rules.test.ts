import { describe, expect, it } from 'vitest';
import { transitions } from '../../../src/core/cases/state-machine.ts';
import { allowedTransitions } from '../shell/permissions.ts';
import { transitionRules } from './transition-rules.ts';

describe('case transitions in the console', () => {
  it('offer exactly the moves, states and roles of the core state machine', () => {
    const core = Object.fromEntries(Object.entries(transitions).map(([name, rule]) => [name, { from: [...rule.from].sort(), roles: [...rule.roles].sort() }]));
    const offered = Object.fromEntries(Object.entries(transitionRules).map(([name, rule]) => [name, { from: [...rule.from].sort(), roles: [...rule.roles].sort() }]));
    expect(offered).toEqual(core);
  });

  it('are offered by role and state, and never to keys the route table refuses', () => {
    expect(allowedTransitions({ roles: ['analyst'] }, 'investigating')).toEqual(['confirm', 'dismiss']);
    expect(allowedTransitions({ roles: ['governance'] }, 'investigating')).toEqual([]);
    expect(allowedTransitions({ roles: ['governance'] }, 'open')).toEqual(['investigate']);
    expect(allowedTransitions({ roles: ['admin'] }, 'closed')).toEqual(['reopen']);
    expect(allowedTransitions({ roles: ['read-only'] }, 'open')).toEqual([]);
    expect(allowedTransitions({ roles: ['reporter'] }, 'open')).toEqual([]);
    expect(allowedTransitions(undefined, 'open')).toEqual([]);
  });
});
