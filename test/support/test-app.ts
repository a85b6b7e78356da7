// Opens a real application (SQLite in a temporary folder) and its HTTP server, for in-process HTTP tests.
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Application } from '../../src/app/application.ts';
import { parseConfig } from '../../src/app/config.ts';
import { createApiKey } from '../../src/app/governance/api-keys.ts';
import type { HolderKind, Role } from '../../src/core/access/principal.ts';
import { SYSTEM_ACTOR } from '../../src/core/cases/hash-chain.ts';
import { openApplication } from '../../src/main.ts';
import { createServer } from '../../src/server/app.ts';
import type { ServerApp } from '../../src/server/context.ts';
import { tempDir } from './temp-dir.ts';

/** Requests made with one API key; `key` is undefined for an anonymous client. */
export type TestClient = {
  readonly key: string | undefined;
  request(path: string, init?: RequestInit): Promise<Response>;
  postJson(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
};

export type ClientOptions = { readonly tenant?: string; readonly roles?: readonly Role[]; readonly kind?: HolderKind; readonly name?: string };

export type TestServer = TestClient & {
  readonly app: Application;
  readonly server: ServerApp;
  /** A client with its own key: another role, another tenant, a service instead of a person. */
  client(options?: ClientOptions): Promise<TestClient>;
  /** A client that sends no key. */
  anonymous(): TestClient;
};

function clientOf(server: ServerApp, key: string | undefined): TestClient {
  const request = (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (key && !headers.has('authorization')) headers.set('authorization', `Bearer ${key}`);
    return Promise.resolve(server.request(path, { ...init, headers }));
  };
  return {
    key,
    request,
    postJson: (path, body, headers = {}) =>
      request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
  };
}

/** `t.request` and `t.postJson` act as an admin person of the default tenant. */
export async function openTestServer(env: Record<string, string> = {}, consoleDir = join(tempDir(), 'no-console')): Promise<TestServer> {
  const parsed = parseConfig({ env: { LOG_LEVEL: 'silent', ...env }, flags: { data: join(tempDir(), 'data') } });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const app = await openApplication(parsed.value);
  afterAll(() => app.close());
  const server = createServer({ app, consoleDir });
  const client = async (options: ClientOptions = {}) => {
    const roles = options.roles ?? ['admin'];
    const created = await createApiKey(app.governance, { tenant: options.tenant, roles, name: options.name ?? `test ${roles.join('+')}`, kind: options.kind ?? 'person' }, SYSTEM_ACTOR);
    return clientOf(server, created.key);
  };
  const admin = await client();
  return { app, server, client, anonymous: () => clientOf(server, undefined), ...admin };
}
