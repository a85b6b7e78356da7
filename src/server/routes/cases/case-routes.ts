// GET /v1/cases (the queue), GET /v1/cases/{id} and GET /v1/cases/{id}/history (the hash chain, with its verification).
import { createRoute, z } from '@hono/zod-openapi';
import { verifyChain } from '../../../core/cases/hash-chain.ts';
import { loadCase } from '../../../app/governance/append-chain.ts';
import { callerOf } from '../../auth.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { errorResponses, failWith, IdParam } from '../governance-http.ts';
import { CaseBody, CaseFilters, CasePage, ChainEntryBody } from './schemas.ts';

const listRoute = createRoute({
  method: 'get', path: '/v1/cases', tags: ['cases'], summary: 'The case queue: cases of the tenant, soonest due first',
  request: { query: CaseFilters },
  responses: { 200: { description: 'A page of cases', content: { 'application/json': { schema: CasePage } } }, ...errorResponses },
});

const getRoute = createRoute({
  method: 'get', path: '/v1/cases/{id}', tags: ['cases'], summary: 'One case, folded from its history',
  request: { params: IdParam },
  responses: { 200: { description: 'The case', content: { 'application/json': { schema: CaseBody } } }, ...errorResponses },
});

const HistoryBody = z.object({
  entries: z.array(ChainEntryBody),
  verified: z.boolean(),
  problem: z.string().optional(),
}).openapi('CaseHistory');

const historyRoute = createRoute({
  method: 'get', path: '/v1/cases/{id}/history', tags: ['cases'], summary: "The case's append-only, hash-chained history",
  request: { params: IdParam },
  responses: { 200: { description: 'Every entry, oldest first, and whether the chain verifies', content: { 'application/json': { schema: HistoryBody } } }, ...errorResponses },
});

export function registerCaseRoutes(server: ServerApp, deps: ServerDeps): void {
  const gov = deps.app.governance;
  server.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const page = await gov.chains.listCases({ tenant: callerOf(c).tenant, limit: q.limit, offset: q.offset, ...(q.state ? { state: q.state } : {}), ...(q.kind ? { kind: q.kind } : {}), ...(q.severity ? { severity: q.severity } : {}), ...(q.assignee ? { assignee: q.assignee } : {}) });
    return c.json(page, 200);
  });
  server.openapi(getRoute, async (c) => {
    const found = await loadCase(gov, callerOf(c).tenant, c.req.valid('param').id);
    return found.ok ? c.json(found.value.view, 200) : failWith(c, found.error);
  });
  server.openapi(historyRoute, async (c) => {
    const found = await loadCase(gov, callerOf(c).tenant, c.req.valid('param').id);
    if (!found.ok) return failWith(c, found.error);
    const broken = verifyChain(found.value.entries);
    return c.json({ entries: found.value.entries, verified: !broken, ...(broken ? { problem: `entry ${broken.seq}: ${broken.problem}` } : {}) }, 200);
  });
}
