// POST /v1/cases/{id}/transitions and /updates: lifecycle moves (roles checked per transition) and assign, note, link, due.
import { createRoute, z } from '@hono/zod-openapi';
import { TransitionName } from '../../../core/cases/state-machine.ts';
import { transitionCase } from '../../../app/governance/transition-case.ts';
import { CaseUpdate, updateCase } from '../../../app/governance/update-case.ts';
import { callerOf } from '../../auth.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { errorResponses, failWith, IdParam } from '../governance-http.ts';
import { CaseBody } from './schemas.ts';

const TransitionRequest = z.strictObject({ transition: TransitionName, reason: z.string().trim().min(1).max(2000).optional() }).openapi('CaseTransition');

const transitionRoute = createRoute({
  method: 'post', path: '/v1/cases/{id}/transitions', tags: ['cases'],
  summary: 'Move a case: investigate, confirm or dismiss (analyst), close or reopen; confirm and dismiss become labels',
  request: { params: IdParam, body: { content: { 'application/json': { schema: TransitionRequest } }, required: true } },
  responses: { 200: { description: 'The case after the move', content: { 'application/json': { schema: CaseBody } } }, ...errorResponses },
});

const updateRoute = createRoute({
  method: 'post', path: '/v1/cases/{id}/updates', tags: ['cases'], summary: 'Assign, add a note, link to another case or change the due time',
  request: { params: IdParam, body: { content: { 'application/json': { schema: CaseUpdate } }, required: true } },
  responses: { 200: { description: 'The case after the change', content: { 'application/json': { schema: CaseBody } } }, ...errorResponses },
});

export function registerCaseChangeRoutes(server: ServerApp, deps: ServerDeps): void {
  server.openapi(transitionRoute, async (c) => {
    const body = c.req.valid('json');
    const moved = await transitionCase(deps.app.governance, callerOf(c), c.req.valid('param').id, { transition: body.transition, ...(body.reason ? { reason: body.reason } : {}) });
    return moved.ok ? c.json(moved.value, 200) : failWith(c, moved.error);
  });
  server.openapi(updateRoute, async (c) => {
    const changed = await updateCase(deps.app.governance, callerOf(c), c.req.valid('param').id, c.req.valid('json'));
    return changed.ok ? c.json(changed.value, 200) : failWith(c, changed.error);
  });
}
