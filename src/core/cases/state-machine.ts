// The case lifecycle as data: allowed transitions and the roles that may make them.
import { z } from 'zod';
import type { Role } from '../access/principal.ts';
import { err, ok, type Result } from '../result.ts';

export const caseStates = ['open', 'investigating', 'confirmed', 'dismissed', 'closed'] as const;
export const CaseState = z.enum(caseStates);
export type CaseState = z.infer<typeof CaseState>;

export const transitionNames = ['investigate', 'confirm', 'dismiss', 'close', 'reopen'] as const;
export const TransitionName = z.enum(transitionNames);
export type TransitionName = z.infer<typeof TransitionName>;

type Transition = { readonly from: readonly CaseState[]; readonly to: CaseState; readonly roles: readonly Role[]; readonly label: string; readonly labelZh: string };

/** Confirm and dismiss are analyst decisions; closing and reopening belong to governance, which owns the consequences. */
export const transitions: Readonly<Record<TransitionName, Transition>> = {
  investigate: { from: ['open'], to: 'investigating', roles: ['analyst', 'governance'], label: 'investigation started', labelZh: '开始调查' },
  confirm: { from: ['investigating'], to: 'confirmed', roles: ['analyst'], label: 'confirmed as fraud', labelZh: '确认违规' },
  dismiss: { from: ['investigating'], to: 'dismissed', roles: ['analyst'], label: 'dismissed', labelZh: '驳回（未违规）' },
  close: { from: ['confirmed', 'dismissed'], to: 'closed', roles: ['governance', 'analyst'], label: 'closed', labelZh: '结案' },
  reopen: { from: ['confirmed', 'dismissed', 'closed'], to: 'open', roles: ['governance', 'analyst'], label: 'reopened', labelZh: '重新立案' },
};

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
