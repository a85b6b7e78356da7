// Authentication and authorisation of /v1: an API key (Authorization: Bearer) sets the tenant and principal; the route table sets who may call.
import type { MiddlewareHandler } from 'hono';
import { authenticate, recentlyVerified } from '../app/governance/api-keys.ts';
import type { Caller } from '../app/governance/deps.ts';
import { actorOf, hasAnyRole } from '../core/access/principal.ts';
import { lazyChild, type AppEnv, type ServerDeps } from './context.ts';
import { fail } from './errors.ts';
import { ruleFor } from './auth-routes.ts';
import type { Context } from 'hono';

export function authentication(deps: ServerDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const presented = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!presented) return fail(c, 'SM_UNAUTHENTICATED', 'Send an API key as "Authorization: Bearer <key>".');
    const principal = recentlyVerified(deps.app.governance, presented) ?? (await authenticate(deps.app.governance, presented));
    if (!principal) return fail(c, 'SM_UNAUTHENTICATED', 'The API key is unknown or revoked.');
    const rule = ruleFor(c.req.method, c.req.path);
    if (!rule) return fail(c, 'SM_ROUTE_NOT_FOUND', `No route ${c.req.method} ${c.req.path}.`);
    if (!hasAnyRole(principal, rule.roles)) {
      return fail(c, 'SM_FORBIDDEN', `${rule.key} needs one of the roles ${['admin', ...rule.roles].join(', ')}; this key has ${principal.roles.join(', ')}.`);
    }
    c.set('principal', principal);
    c.set('tenant', principal.tenant);
    c.set('logger', lazyChild(c.get('logger'), { keyId: principal.keyId, tenant: principal.tenant ?? '' }));
    await next();
  };
}

/** The caller of a /v1 route: always set, since the middleware ran before the handler. */
export function callerOf(c: Context<AppEnv>): Caller {
  const principal = c.get('principal');
  if (!principal) throw new Error('a /v1 route ran without the authentication middleware');
  return { tenant: principal.tenant, actor: actorOf(principal), roles: principal.roles };
}
