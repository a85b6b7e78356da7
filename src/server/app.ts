// Builds the HTTP API: request ids and loggers, body limits, one error mapper, the routes, the docs and the console.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { authentication } from './auth.ts';
import { registerGovernanceRoutes } from './routes/governance-routes.ts';
import { lazyChild, type AppEnv, type ServerApp, type ServerDeps } from './context.ts';
import { fail, onUnexpectedError, validationHook } from './errors.ts';
import { registerAnalysisRuns } from './routes/analysis/runs.ts';
import { registerDocs } from './routes/docs/docs.ts';
import { registerGetEvent } from './routes/events/get-event.ts';
import { registerPostEvents } from './routes/events/post-events.ts';
import { registerGetFinding } from './routes/findings/get-finding.ts';
import { registerListFindings } from './routes/findings/list-findings.ts';
import { registerHealth } from './routes/health/health.ts';
import { registerGetRating } from './routes/ratings/get-rating.ts';
import { registerGetReviewScore } from './routes/ratings/get-review-score.ts';
import { registerGetScore } from './routes/scores/get-score.ts';
import { registerGetDecisions } from './routes/decisions/get-decisions.ts';
import { registerPostDecide } from './routes/decisions/post-decide.ts';
import { registerRuleRoutes } from './routes/rules/rule-routes.ts';
import { registerHoldRoutes } from './routes/settlements/hold-routes.ts';

export const API_VERSION = '1.0.0';

export function createServer(deps: ServerDeps): ServerApp {
  const server: ServerApp = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const { config, logger } = deps.app;

  server.use('*', async (c, next) => {
    const requestId = c.req.header('x-request-id')?.slice(0, 64) || randomUUID();
    const requestLogger = lazyChild(() => logger, { requestId });
    c.set('requestId', requestId);
    c.set('logger', requestLogger);
    c.set('tenant', undefined);
    c.set('principal', undefined);
    const started = performance.now();
    // Set before the handler builds its response: a header added to a finished response makes Hono copy it into a new
    // one, which forces the Node adapter to build a full web Response and body stream for every request.
    c.header('x-request-id', requestId);
    await next();
    if (logger.isLevelEnabled('debug')) {
      c.get('logger')().debug({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Number((performance.now() - started).toFixed(2)) }, 'request');
    }
  });
  server.use('/v1/*', authentication(deps));
  const tooLarge = (c: Context<AppEnv>) => fail(c, 'SM_BODY_TOO_LARGE', `The body is larger than ${config.bodyLimitBytes} bytes.`);
  const streamedLimit = bodyLimit({ maxSize: config.bodyLimitBytes, onError: tooLarge });
  // A declared length is checked from the header: Hono's bodyLimit reads c.req.raw.body first, which makes the Node adapter
  // build a web Request and stream for every POST (a fifth of POST /v1/decide's CPU, bench/realtime). Chunked bodies are still counted.
  const limitBody: MiddlewareHandler<AppEnv> = (c, next) => {
    const declared = c.req.header('content-length');
    if (declared === undefined || c.req.header('transfer-encoding') !== undefined) return streamedLimit(c, next);
    return Number(declared) > config.bodyLimitBytes ? Promise.resolve(tooLarge(c)) : next();
  };
  server.use('/v1/*', limitBody);
  server.onError(onUnexpectedError);

  registerHealth(server, deps);
  registerPostEvents(server, deps);
  registerGetEvent(server, deps);
  registerListFindings(server, deps);
  registerGetFinding(server, deps);
  registerGetReviewScore(server, deps);
  registerGetScore(server, deps);
  registerGetRating(server, deps);
  registerAnalysisRuns(server, deps);
  registerGovernanceRoutes(server, deps);
  registerPostDecide(server, deps);
  registerGetDecisions(server, deps);
  registerRuleRoutes(server, deps);
  registerHoldRoutes(server, deps);
  registerDocs(server, API_VERSION);

  server.notFound((c) =>
    c.req.path.startsWith('/v1/') ? fail(c, 'SM_ROUTE_NOT_FOUND', `No route ${c.req.method} ${c.req.path}.`) : c.text('Not found', 404),
  );
  mountConsole(server, deps.consoleDir);
  return server;
}

/** The console is a single-page app: its files, and index.html for every other page path. */
function mountConsole(server: ServerApp, dir: string): void {
  if (!existsSync(`${dir}/index.html`)) {
    server.get('/', (c) => c.text('The console is not built. Run `npm run build:web` (npm start does it for you), then reload.', 503));
    return;
  }
  server.use('/*', serveStatic({ root: dir }));
  server.get('/*', serveStatic({ root: dir, path: 'index.html' }));
}
