import { describe, expect, it } from 'vitest';
import { caseStates, checkTransition, transitionNames, transitions } from './state-machine.ts';

describe('case state machine', () => {
  it('walks open → investigating → confirmed → closed → reopened', () => {
    const steps = [['open', 'investigate'], ['investigating', 'confirm'], ['confirmed', 'close'], ['closed', 'reopen']] as const;
    expect(steps.map(([state, name]) => checkTransition(state, name, ['analyst']))).toEqual([
      { ok: true, value: 'investigating' }, { ok: true, value: 'confirmed' }, { ok: true, value: 'closed' }, { ok: true, value: 'open' },
    ]);
  });

  it('refuses transitions the table does not allow, from every state', () => {
    for (const state of caseStates) {
      for (const name of transitionNames) {
        const result = checkTransition(state, name, ['admin']);
        expect(result.ok).toBe(transitions[name].from.includes(state));
      }
    }
  });

  it('keeps decisions to the roles named for them', () => {
    expect(checkTransition('investigating', 'confirm', ['governance'])).toMatchObject({ ok: false, error: { reason: 'role' } });
    expect(checkTransition('investigating', 'confirm', ['read-only'])).toMatchObject({ ok: false, error: { reason: 'role' } });
    expect(checkTransition('investigating', 'confirm', ['admin']).ok).toBe(true);
  });
});
