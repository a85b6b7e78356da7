// Appeals of credit penalties: file (on the merchant's behalf), read with the penalty's reasons, and re-decide by a person.
import { createRoute, z } from '@hono/zod-openapi';
import { appealDecisions } from '../../../core/credit/ledger.ts';
import { appError } from '../../../core/errors/catalog.ts';
import { appealPenalty } from '../../../app/governance/appeal-penalty.ts';
import { decideAppeal, findAppeal } from '../../../app/governance/decide-appeal.ts';
import { callerOf } from '../../auth.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { errorResponses, failWith, IdParam, looseObject } from '../governance-http.ts';
import { CreditBody } from '../credit/credit-routes.ts';

const AppealBody = looseObject('Appeal', {
  id: z.string(), lineId: z.string(), statement: z.string(), filedAt: z.string(), status: z.string(),
  reasons: z.object({ code: z.string(), message: z.string(), messageZh: z.string() }),
});

const FileAppeal = z.strictObject({ merchantId: z.string().min(1).max(256), lineId: z.string().min(1), statement: z.string().trim().min(1).max(5000) }).openapi('FileAppeal');
const Ruling = z.strictObject({ decision: z.enum(appealDecisions), reason: z.string().trim().min(1).max(5000), points: z.int().optional() }).openapi('AppealRuling');

const fileRoute = createRoute({
  method: 'post', path: '/v1/appeals', tags: ['appeals'], summary: "File a merchant's appeal against a credit penalty (a ledger line)",
  request: { body: { content: { 'application/json': { schema: FileAppeal } }, required: true } },
  responses: { 201: { description: 'The appeal, with the reasons of the appealed penalty', content: { 'application/json': { schema: AppealBody } } }, ...errorResponses },
});

const getRoute = createRoute({
  method: 'get', path: '/v1/appeals/{id}', tags: ['appeals'], summary: 'One appeal, with the reasons of the penalty and any decision',
  request: { params: IdParam },
  responses: { 200: { description: 'The appeal and the merchant credit', content: { 'application/json': { schema: z.object({ appeal: AppealBody, credit: CreditBody }) } } }, ...errorResponses },
});

const decideRoute = createRoute({
  method: 'post', path: '/v1/appeals/{id}/decision', tags: ['appeals'],
  summary: 'Re-decide an appealed penalty: upheld, overturned or reduced; automated penalties need a person key',
  request: { params: IdParam, body: { content: { 'application/json': { schema: Ruling } }, required: true } },
  responses: { 200: { description: 'The decided appeal and the credit after it', content: { 'application/json': { schema: z.object({ appeal: AppealBody, credit: CreditBody }) } } }, ...errorResponses },
});

export function registerAppealRoutes(server: ServerApp, deps: ServerDeps): void {
  const gov = deps.app.governance;
  server.openapi(fileRoute, async (c) => {
    const filed = await appealPenalty(gov, callerOf(c), c.req.valid('json'));
    return filed.ok ? c.json(filed.value, 201) : failWith(c, filed.error);
  });
  server.openapi(getRoute, async (c) => {
    const found = await findAppeal(gov, callerOf(c).tenant, c.req.valid('param').id);
    return found ? c.json(found, 200) : failWith(c, appError('SM_NOT_FOUND', 'No such appeal.'));
  });
  server.openapi(decideRoute, async (c) => {
    const body = c.req.valid('json');
    const decided = await decideAppeal(gov, callerOf(c), c.req.valid('param').id, { decision: body.decision, reason: body.reason, ...(body.points !== undefined ? { points: body.points } : {}) });
    return decided.ok ? c.json(decided.value, 200) : failWith(c, decided.error);
  });
}
