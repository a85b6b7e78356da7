// What the signed-in key may do, read from the server's own route table so the console never offers a call the API refuses.
import type { Role } from '../../../src/core/access/principal.ts';
import { transitionNames, transitions, type CaseState, type TransitionName } from '../../../src/core/cases/transition-table.ts';
import { routeRoles } from '../../../src/server/auth-routes.ts';
import type { Me } from '../api/client.ts';

type Holder = Pick<Me, 'roles'> | undefined;

const holds = (me: Holder, allowed: readonly Role[]) => me !== undefined && (me.roles.includes('admin') || me.roles.some((role) => allowed.includes(role)));

/** `route` is a key of the table, e.g. `POST /v1/reports`; a route missing there is refused to everyone but admin. */
export function mayCall(me: Holder, route: string): boolean {
  return holds(me, routeRoles[route] ?? []);
}

/** The moves this key can make on a case in `state`: the route must allow it, then the lifecycle's own role and state rules. */
export function allowedTransitions(me: Holder, state: CaseState): TransitionName[] {
  if (!mayCall(me, 'POST /v1/cases/{id}/transitions')) return [];
  return transitionNames.filter((name) => transitions[name].from.includes(state) && holds(me, transitions[name].roles));
}

/** A key holding only the reporter role is a consumer's: its home is its reports, not the findings it may not read. */
export function isReporterOnly(me: Holder): boolean {
  return me !== undefined && me.roles.every((role) => role === 'reporter');
}
