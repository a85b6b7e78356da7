// Reviews that a case's review_hide or review_remove action still holds (not restored): trusted ratings leave them out.
import { enforcementState, type TakenAction } from '../../core/cases/actions.ts';
import { foldCase } from '../../core/cases/case-view.ts';
import type { GovernanceDeps } from './deps.ts';

const HIDING = new Set(['review_hide', 'review_remove']);

export async function reviewsHiddenByActions(deps: Pick<GovernanceDeps, 'chains'>, tenant: string | undefined): Promise<ReadonlySet<string>> {
  const actions: TakenAction[] = [];
  for (const chain of await deps.chains.chainNames(tenant, 'case:')) {
    const view = foldCase(tenant, await deps.chains.entries(tenant, chain));
    if (view) actions.push(...view.actions);
  }
  const hidden = new Set<string>();
  for (const { target, inForce } of enforcementState(actions)) {
    if (target.type === 'review' && inForce.some((a) => HIDING.has(a.kind))) hidden.add(target.id);
  }
  return hidden;
}
