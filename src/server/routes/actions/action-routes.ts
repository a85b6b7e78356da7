// POST /v1/cases/{id}/actions takes an action on a confirmed case; GET /v1/actions shows what is in force on one target.
import { createRoute, z } from '@hono/zod-openapi';
import { ActionRequest, ActionTargetType, enforcementState, type TakenAction } from '../../../core/cases/actions.ts';
import { foldCase } from '../../../core/cases/case-view.ts';
import { Id } from '../../../core/events/primitives.ts';
import { takeAction } from '../../../app/governance/take-action.ts';
import { callerOf } from '../../auth.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { errorResponses, failWith, IdParam, looseObject } from '../governance-http.ts';

const ActionBody = looseObject('Action', {
  id: z.string(), caseId: z.string(), kind: z.string(), target: z.object({ type: z.string(), id: z.string() }), reason: z.string(),
  reverses: z.string().optional(), at: z.string(), actorId: z.string(), creditEntryId: z.string().optional(),
});

const takeRoute = createRoute({
  method: 'post', path: '/v1/cases/{id}/actions', tags: ['actions'],
  summary: 'Take an action on a confirmed case (hide or remove reviews, void orders, hold settlement, restrict accounts, deduct credit) or reverse one',
  request: { params: IdParam, body: { content: { 'application/json': { schema: ActionRequest } }, required: true } },
  responses: { 201: { description: 'The action as recorded in the case chain', content: { 'application/json': { schema: ActionBody } } }, ...errorResponses },
});

const EnforcementBody = z.object({
  target: z.object({ type: ActionTargetType, id: z.string() }),
  inForce: z.array(ActionBody),
  history: z.array(ActionBody),
}).openapi('Enforcement');

const stateRoute = createRoute({
  method: 'get', path: '/v1/actions', tags: ['actions'], summary: 'Actions on one target: those in force and the full history, across cases',
  request: { query: z.object({ targetType: ActionTargetType, targetId: Id }) },
  responses: { 200: { description: 'Enforcement state of the target', content: { 'application/json': { schema: EnforcementBody } } }, ...errorResponses },
});

export function registerActionRoutes(server: ServerApp, deps: ServerDeps): void {
  const gov = deps.app.governance;
  server.openapi(takeRoute, async (c) => {
    const taken = await takeAction(gov, callerOf(c), c.req.valid('param').id, c.req.valid('json'));
    return taken.ok ? c.json(taken.value, 201) : failWith(c, taken.error);
  });
  server.openapi(stateRoute, async (c) => {
    const { targetType, targetId } = c.req.valid('query');
    const tenant = callerOf(c).tenant;
    const history: TakenAction[] = [];
    for (const chain of await gov.chains.lookup(tenant, `target:${targetType}:${targetId}`)) {
      const view = foldCase(tenant, await gov.chains.entries(tenant, chain));
      history.push(...(view?.actions ?? []).filter((a) => a.target.type === targetType && a.target.id === targetId));
    }
    history.sort((a, b) => a.at.localeCompare(b.at));
    const inForce = enforcementState(history)[0]?.inForce ?? [];
    return c.json({ target: { type: targetType, id: targetId }, inForce: [...inForce], history }, 200);
  });
}
