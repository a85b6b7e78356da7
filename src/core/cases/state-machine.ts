// The case lifecycle's schemas and checks; the transition table itself is plain data in transition-table.ts.
import { z } from 'zod';
import type { Role } from '../access/principal.ts';
import { err, ok, type Result } from '../result.ts';
import { caseStates, transitionNames, transitions } from './transition-table.ts';

export { caseStates, transitionNames, transitions };
export const CaseState = z.enum(caseStates);
export type CaseState = z.infer<typeof CaseState>;
export const TransitionName = z.enum(transitionNames);
export type TransitionName = z.infer<typeof TransitionName>;

export type TransitionError = { readonly reason: 'not_allowed_from_state' | 'role'; readonly message: string };

export function checkTransition(state: CaseState, name: TransitionName, callerRoles: readonly Role[]): Result<CaseState, TransitionError> {
  const rule = transitions[name];
  if (!callerRoles.includes('admin') && !rule.roles.some((role) => callerRoles.includes(role))) {
    return err({ reason: 'role', message: `Only ${rule.roles.join(' or ')} (or admin) may ${name} a case.` });
  }
  if (!rule.from.includes(state)) {
    return err({ reason: 'not_allowed_from_state', message: `A case that is ${state} cannot ${name}; allowed from ${rule.from.join(', ')}.` });
  }
  return ok(rule.to);
}

/** A case that can still take new findings; confirmed cases take them too, so a ring that keeps going stays one case. */
export function acceptsFindings(state: CaseState): boolean {
  return state === 'open' || state === 'investigating' || state === 'confirmed';
}
