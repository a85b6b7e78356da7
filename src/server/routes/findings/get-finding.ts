// GET /v1/findings/{id} and /v1/findings/{id}/events: one finding, and the stored events behind its evidence.
import { createRoute, z } from '@hono/zod-openapi';
import { ShoumenEvent } from '../../../core/events/event.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { ErrorBody, fail } from '../../errors.ts';
import { FindingBody } from './schemas.ts';

const Params = z.object({ id: z.string().min(1) });
const notFound = { description: 'No such finding in this tenant', content: { 'application/json': { schema: ErrorBody } } };

const getRoute = createRoute({
  method: 'get',
  path: '/v1/findings/{id}',
  tags: ['findings'],
  summary: 'One finding',
  request: { params: Params },
  responses: { 200: { description: 'The finding', content: { 'application/json': { schema: FindingBody } } }, 404: notFound },
});

export const EvidencePage = z.object({ items: z.array(ShoumenEvent), total: z.int(), offset: z.int() }).openapi('EvidenceEvents');
const eventsRoute = createRoute({
  method: 'get',
  path: '/v1/findings/{id}/events',
  tags: ['findings'],
  summary: "The stored events behind a finding's evidence",
  request: {
    params: Params,
    query: z.object({ offset: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(1000).default(200) }),
  },
  responses: { 200: { description: 'Evidence events in arrival order', content: { 'application/json': { schema: EvidencePage } } }, 404: notFound },
});

export function registerGetFinding(server: ServerApp, deps: ServerDeps): void {
  server.openapi(getRoute, async (c) => {
    const finding = await deps.app.findings.getFinding(c.get('tenant'), c.req.valid('param').id);
    if (!finding) return fail(c, 'SM_NOT_FOUND', 'No such finding.');
    return c.json(finding, 200);
  });

  server.openapi(eventsRoute, async (c) => {
    const finding = await deps.app.findings.getFinding(c.get('tenant'), c.req.valid('param').id);
    if (!finding) return fail(c, 'SM_NOT_FOUND', 'No such finding.');
    const { offset, limit } = c.req.valid('query');
    const ids = finding.evidence.eventIds.slice(offset, offset + limit);
    const items = await deps.app.events.getMany(c.get('tenant'), ids);
    return c.json({ items, total: finding.evidence.eventIds.length, offset }, 200);
  });
}
