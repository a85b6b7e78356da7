// Rule-set versions: list, read, create a draft (type-checked first), publish, start or stop shadow mode, backtest on stored events.
import { createRoute, z } from '@hono/zod-openapi';
import { appError } from '../../../core/errors/catalog.ts';
import { callerOf } from '../../auth.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { errorResponses, failWith } from '../governance-http.ts';
import { BacktestBody, BacktestLabel, present, presentDetail, RuleSetBody, RuleSetDetailBody, VersionParam } from './schemas.ts';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });
const ok = <T extends z.ZodType>(description: string, schema: T) => ({ description, content: { 'application/json': { schema } } });

const listRoute = createRoute({
  method: 'get', path: '/v1/rules', tags: ['rules'], summary: "The tenant's rule-set versions, newest first",
  responses: { 200: ok('Versions', z.object({ items: z.array(RuleSetBody) })), ...errorResponses },
});
const getRoute = createRoute({
  method: 'get', path: '/v1/rules/{version}', tags: ['rules'], summary: 'One version: its text, features, rules and test count',
  request: { params: VersionParam }, responses: { 200: ok('The version', RuleSetDetailBody), ...errorResponses },
});
const createDraftRoute = createRoute({
  method: 'post', path: '/v1/rules', tags: ['rules'],
  summary: 'Store a rules text as the next draft version; syntax and type errors are refused with line, column and reason (SM_RULES_INVALID)',
  request: { body: json(z.strictObject({ source: z.string().min(1).max(1_000_000), shadow: z.boolean().default(false) })) },
  responses: { 201: ok('The draft', RuleSetBody), ...errorResponses },
});
const publishRoute = createRoute({
  method: 'post', path: '/v1/rules/{version}/publish', tags: ['rules'], summary: 'Publish a draft; the version it replaces is retired. A published version never changes.',
  request: { params: VersionParam }, responses: { 200: ok('The published version', RuleSetBody), ...errorResponses },
});
const shadowRoute = createRoute({
  method: 'post', path: '/v1/rules/{version}/shadow', tags: ['rules'], summary: 'Run a draft in shadow mode beside the published set (enabled: false stops it)',
  request: { params: VersionParam, body: json(z.strictObject({ enabled: z.boolean() })) },
  responses: { 200: ok('Shadow state', z.object({ shadow: z.int().nullable() })), ...errorResponses },
});
const backtestRoute = createRoute({
  method: 'post', path: '/v1/rules/{version}/backtest', tags: ['rules'],
  summary: 'Replay the stored events through a version beside the published set: what it would catch and block, scored against labels when given',
  request: { params: VersionParam, body: json(z.strictObject({ labels: z.array(BacktestLabel).max(1_000_000).optional() })) },
  responses: { 200: ok('The report', BacktestBody), ...errorResponses },
});

export function registerRuleRoutes(server: ServerApp, deps: ServerDeps): void {
  const realtime = deps.app.realtime;
  server.openapi(listRoute, async (c) => c.json({ items: (await realtime.deps.ruleSets.list(callerOf(c).tenant)).map(present) }, 200));
  server.openapi(getRoute, async (c) => {
    const record = await realtime.deps.ruleSets.get(callerOf(c).tenant, c.req.valid('param').version);
    return record ? c.json(presentDetail(record), 200) : failWith(c, appError('SM_NOT_FOUND', 'No such rule set version in this tenant.'));
  });
  server.openapi(createDraftRoute, async (c) => {
    const created = await realtime.createDraft(callerOf(c), c.req.valid('json'));
    return created.ok ? c.json(present(created.value), 201) : failWith(c, created.error);
  });
  server.openapi(publishRoute, async (c) => {
    const published = await realtime.publish(callerOf(c), c.req.valid('param').version);
    return published.ok ? c.json(present(published.value), 200) : failWith(c, published.error);
  });
  server.openapi(shadowRoute, async (c) => {
    const { version } = c.req.valid('param');
    const { enabled } = c.req.valid('json');
    const changed = await realtime.setShadow(callerOf(c), enabled ? version : undefined);
    return changed.ok ? c.json({ shadow: enabled ? version : null }, 200) : failWith(c, changed.error);
  });
  server.openapi(backtestRoute, async (c) => {
    const { labels } = c.req.valid('json');
    const report = await realtime.backtest(callerOf(c), { version: c.req.valid('param').version, ...(labels ? { labels } : {}) });
    return report.ok ? c.json(report.value, 200) : failWith(c, report.error);
  });
}
