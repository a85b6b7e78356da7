// API keys of the caller's tenant (admin): create (the secret is shown once), list and revoke; GET /v1/me for any key.
import { createRoute, z } from '@hono/zod-openapi';
import { createApiKey } from '../../../app/governance/api-keys.ts';
import { audit, nowIso } from '../../../app/governance/append-chain.ts';
import { HolderKind, Role } from '../../../core/access/principal.ts';
import { appError } from '../../../core/errors/catalog.ts';
import type { ApiKeyRecord } from '../../../app/ports.ts';
import { callerOf } from '../../auth.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { errorResponses, failWith, IdParam } from '../governance-http.ts';

const KeyBody = z.object({
  id: z.string(), tenant: z.string().optional(), roles: z.array(Role), name: z.string(), kind: HolderKind, createdAt: z.string(), createdBy: z.string(), revokedAt: z.string().optional(),
}).openapi('ApiKey');

/** Never the hash: it is useless to a caller and one less thing to leak. */
const present = ({ secretHash: _hash, tenant, ...rest }: ApiKeyRecord) => ({ ...rest, roles: [...rest.roles], ...(tenant ? { tenant } : {}) });

const NewKey = z.strictObject({ roles: z.array(Role).min(1), name: z.string().trim().min(1).max(200), kind: HolderKind.default('person') }).openapi('NewApiKey');

const createKeyRoute = createRoute({
  method: 'post', path: '/v1/keys', tags: ['access'], summary: "Create an API key in the caller's tenant; the key is in the response once and never again",
  request: { body: { content: { 'application/json': { schema: NewKey } }, required: true } },
  responses: { 201: { description: 'The new key', content: { 'application/json': { schema: z.object({ key: z.string(), record: KeyBody }) } } }, ...errorResponses },
});
const listKeysRoute = createRoute({
  method: 'get', path: '/v1/keys', tags: ['access'], summary: "The tenant's API keys (without secrets)",
  responses: { 200: { description: 'Keys', content: { 'application/json': { schema: z.object({ items: z.array(KeyBody) }) } } }, ...errorResponses },
});
const revokeRoute = createRoute({
  method: 'delete', path: '/v1/keys/{id}', tags: ['access'], summary: 'Revoke an API key; it stops working at once',
  request: { params: IdParam },
  responses: { 200: { description: 'Revoked', content: { 'application/json': { schema: z.object({ revoked: z.literal(true) }) } } }, ...errorResponses },
});
const meRoute = createRoute({
  method: 'get', path: '/v1/me', tags: ['access'], summary: 'Who the presented key is: tenant, roles, name',
  responses: { 200: { description: 'The principal', content: { 'application/json': { schema: z.object({ keyId: z.string(), tenant: z.string().optional(), roles: z.array(Role), name: z.string(), kind: HolderKind }) } } }, ...errorResponses },
});

export function registerKeyRoutes(server: ServerApp, deps: ServerDeps): void {
  const gov = deps.app.governance;
  server.openapi(createKeyRoute, async (c) => {
    const caller = callerOf(c);
    const created = await createApiKey(gov, { tenant: caller.tenant, ...c.req.valid('json') }, caller.actor);
    return c.json({ key: created.key, record: present(created.record) }, 201);
  });
  server.openapi(listKeysRoute, async (c) => c.json({ items: (await gov.keys.list(callerOf(c).tenant)).map(present) }, 200));
  server.openapi(revokeRoute, async (c) => {
    const caller = callerOf(c);
    const id = c.req.valid('param').id;
    if (!(await gov.keys.revoke(caller.tenant, id, nowIso(gov)))) return failWith(c, appError('SM_NOT_FOUND', 'No such active key in this tenant.'));
    await audit(gov, caller, 'key.revoked', { type: 'api_key', id });
    return c.json({ revoked: true as const }, 200);
  });
  server.openapi(meRoute, (c) => {
    const { keyId, tenant, roles, name, kind } = c.get('principal')!;
    return c.json({ keyId, roles: [...roles], name, kind, ...(tenant ? { tenant } : {}) }, 200);
  });
}
