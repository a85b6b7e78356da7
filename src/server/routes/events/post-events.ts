// POST /v1/events: one event or a batch; each event is validated on its own and gets its own result.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ShoumenEvent } from '../../../core/events/event.ts';
import { validateEvent, type FieldError } from '../../../core/events/validate.ts';
import type { AppEnv, ServerApp, ServerDeps } from '../../context.ts';
import { ErrorBody, fail } from '../../errors.ts';
import { DecisionSummary, summaryOf } from '../decisions/schemas.ts';

const FieldErrorBody = z.object({ field: z.string(), message: z.string() });
export const EventResult = z.object({
  index: z.int(),
  id: z.string().optional(),
  status: z.enum(['accepted', 'duplicate', 'rejected']),
  errors: z.array(FieldErrorBody).optional(),
  /** With ?decisions=true: the real-time decision of an accepted event (or the first decision of a duplicate). */
  decision: DecisionSummary.optional(),
});
export const PostEventsResponse = z
  .object({ accepted: z.int(), duplicates: z.int(), rejected: z.int(), results: z.array(EventResult) })
  .openapi('PostEventsResponse');
type EventResult = z.infer<typeof EventResult>;

/** The body may be one event, an array of events, or `{ "events": [...] }`. */
function eventsOf(body: unknown): { list: unknown[]; single: boolean } {
  if (Array.isArray(body)) return { list: body, single: false };
  if (body && typeof body === 'object' && Array.isArray((body as { events?: unknown }).events)) return { list: (body as { events: unknown[] }).events, single: false };
  return { list: [body], single: true };
}

/** An event names its tenant or inherits the caller's; it may not write into another tenant. */
export function withTenant(event: ShoumenEvent, tenant: string | undefined): ShoumenEvent | FieldError {
  if (tenant === undefined) return event;
  if (event.tenant !== undefined && event.tenant !== tenant) return { field: 'tenant', message: "does not match the caller's tenant" };
  return { ...event, tenant };
}

export function registerPostEvents(server: ServerApp, deps: ServerDeps): void {
  server.openAPIRegistry.registerPath({
    method: 'post',
    path: '/v1/events',
    tags: ['events'],
    summary: 'Ingest one event or a batch (idempotent by id); each new event is decided in real time (?decisions=true returns the decisions)',
    request: { body: { required: true, content: { 'application/json': { schema: z.union([ShoumenEvent, z.array(ShoumenEvent)]) } } } },
    responses: {
      200: { description: 'Per-event results', content: { 'application/json': { schema: PostEventsResponse } } },
      400: { description: 'A single event that does not match the contract, or malformed JSON', content: { 'application/json': { schema: ErrorBody } } },
      413: { description: 'Body or batch too large', content: { 'application/json': { schema: ErrorBody } } },
    },
  });

  server.post('/v1/events', async (c: Context<AppEnv>) => {
    const { list, single } = eventsOf(await c.req.json());
    if (list.length > deps.app.config.maxBatchEvents) {
      return fail(c, 'SM_BATCH_TOO_LARGE', `A batch may hold at most ${deps.app.config.maxBatchEvents} events; this one holds ${list.length}.`);
    }
    const results: EventResult[] = [];
    const valid: { index: number; event: ShoumenEvent }[] = [];
    list.forEach((raw, index) => {
      const checked = validateEvent(raw);
      const event = checked.ok ? withTenant(checked.value, c.get('tenant')) : undefined;
      if (!checked.ok) results[index] = { index, status: 'rejected', errors: checked.error };
      else if (event && 'field' in event) results[index] = { index, id: checked.value.id, status: 'rejected', errors: [event] };
      else if (event) valid.push({ index, event });
    });
    if (single && results[0]?.status === 'rejected') return fail(c, 'SM_VALIDATION', 'The event does not match the contract.', results[0].errors);
    // Every event goes through the real-time path, so the features see it and it gets a decision (docs/rules.md).
    const decided = await deps.app.realtime.decideMany(valid.map((v) => v.event));
    const withDecisions = c.req.query('decisions') === 'true';
    valid.forEach(({ index, event }, i) => {
      const { status, decision } = decided[i]!;
      results[index] = { index, id: event.id, status, ...(withDecisions && decision ? { decision: summaryOf(decision) } : {}) };
    });
    const count = (status: EventResult['status']) => results.filter((r) => r.status === status).length;
    return c.json({ accepted: count('accepted'), duplicates: count('duplicate'), rejected: count('rejected'), results }, 200);
  });
}
