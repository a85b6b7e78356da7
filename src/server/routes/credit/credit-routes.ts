// GET /v1/credit (merchants with a ledger, lowest score first) and GET /v1/credit/{merchantId} (score, tier, penalties, ledger, appeals).
import { createRoute, z } from '@hono/zod-openapi';
import { Penalty, Tier } from '../../../core/credit/point-table.ts';
import { listCredit, merchantCredit } from '../../../app/governance/merchant-credit.ts';
import { callerOf } from '../../auth.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { errorResponses, failWith, looseObject } from '../governance-http.ts';
import { appError } from '../../../core/errors/catalog.ts';

export const CreditBody = looseObject('MerchantCredit', {
  merchantId: z.string(), score: z.number(), tier: Tier, penalties: z.array(Penalty), tableVersion: z.string(),
  lines: z.array(z.record(z.string(), z.unknown())), appeals: z.array(z.record(z.string(), z.unknown())),
  head: z.object({ seq: z.int(), hash: z.string() }),
});

const listRoute = createRoute({
  method: 'get', path: '/v1/credit', tags: ['credit'], summary: 'Merchants with a credit ledger, lowest score first',
  responses: { 200: { description: 'Credit of each merchant as of now', content: { 'application/json': { schema: z.object({ items: z.array(CreditBody) }) } } }, ...errorResponses },
});

const getRoute = createRoute({
  method: 'get', path: '/v1/credit/{merchantId}', tags: ['credit'], summary: "A merchant's credit: score, tier and penalties derived from its ledger as of now",
  request: { params: z.object({ merchantId: z.string().min(1).max(256) }) },
  responses: { 200: { description: 'The credit view', content: { 'application/json': { schema: CreditBody } } }, ...errorResponses },
});

export function registerCreditRoutes(server: ServerApp, deps: ServerDeps): void {
  const gov = deps.app.governance;
  server.openapi(listRoute, async (c) => c.json({ items: await listCredit(gov, callerOf(c).tenant) }, 200));
  server.openapi(getRoute, async (c) => {
    const { exists, ...credit } = await merchantCredit(gov, callerOf(c).tenant, c.req.valid('param').merchantId);
    return exists ? c.json(credit, 200) : failWith(c, appError('SM_NOT_FOUND', 'This merchant has no credit ledger in this tenant.'));
  });
}
