// POST /v1/inspections: a third-party inspection (merchant.inspected) is stored as an event and priced into the merchant's ledger.
import { createRoute, z } from '@hono/zod-openapi';
import { MerchantInspected } from '../../../core/events/money-and-governance-events.ts';
import { recordInspection } from '../../../app/governance/record-inspection.ts';
import { callerOf } from '../../auth.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { errorResponses, failWith } from '../governance-http.ts';

const InspectionBody = z.object({ duplicate: z.boolean(), line: z.record(z.string(), z.unknown()) }).openapi('InspectionRecorded');

const route = createRoute({
  method: 'post', path: '/v1/inspections', tags: ['credit'],
  summary: 'Record a qualification check, product-quality sampling or mystery-shopper result (a merchant.inspected event)',
  request: { body: { content: { 'application/json': { schema: MerchantInspected } }, required: true } },
  responses: { 201: { description: 'The ledger line the inspection added (or the existing one, for a repeated inspection id)', content: { 'application/json': { schema: InspectionBody } } }, ...errorResponses },
});

export function registerInspectionRoutes(server: ServerApp, deps: ServerDeps): void {
  server.openapi(route, async (c) => {
    const recorded = await recordInspection(deps.app.governance, callerOf(c), c.req.valid('json'));
    return recorded.ok ? c.json(recorded.value, 201) : failWith(c, recorded.error);
  });
}
