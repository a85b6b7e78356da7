// Starts the real HTTP server in process on a free loopback port, over a fresh store, serving the built console.
import { join } from 'node:path';
import type { Application } from '../../src/app/application.ts';
import { parseConfig } from '../../src/app/config.ts';
import { createApiKey } from '../../src/app/governance/api-keys.ts';
import type { Role } from '../../src/core/access/principal.ts';
import { SYSTEM_ACTOR } from '../../src/core/cases/hash-chain.ts';
import type { ShoumenEvent } from '../../src/core/events/event.ts';
import { CONSOLE_DIR, openApplication } from '../../src/main.ts';
import { listen, type RunningServer } from '../../src/server/listen.ts';
import { tempDir } from '../support/temp-dir.ts';

export type ConsoleServer = {
  readonly url: string;
  readonly app: Application;
  /** An analyst's API key of the default tenant: what the console signs in with. */
  readonly key: string;
  /** Another key, e.g. a read-only one. */
  newKey(roles: readonly Role[]): Promise<string>;
  /** A call to the API as the analyst. */
  api(path: string, init?: RequestInit): Promise<Response>;
  /** Sends events the way a platform does, through POST /v1/events. */
  postEvents(events: readonly ShoumenEvent[]): Promise<void>;
  close(): Promise<void>;
};

export async function startConsoleServer(): Promise<ConsoleServer> {
  const parsed = parseConfig({ env: { LOG_LEVEL: 'silent' }, flags: { data: join(tempDir('shoumen-browser-'), 'data'), port: 0, host: '127.0.0.1' } });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const app = await openApplication(parsed.value);
  let server: RunningServer;
  try {
    server = await listen({ app, consoleDir: CONSOLE_DIR });
  } catch (error) {
    await app.close();
    throw error;
  }
  const newKey = async (roles: readonly Role[]) =>
    (await createApiKey(app.governance, { tenant: undefined, roles, name: `浏览器测试 ${roles.join('+')}`, kind: 'person' }, SYSTEM_ACTOR)).key;
  const key = await newKey(['analyst']);
  const api = (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${key}`);
    return fetch(`${server.url}${path}`, { ...init, headers });
  };
  return {
    url: server.url,
    app,
    key,
    newKey,
    api,
    async postEvents(events) {
      const response = await api('/v1/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(events) });
      const body = (await response.json()) as { accepted?: number; rejected?: number };
      if (response.status !== 200 || body.rejected !== 0) throw new Error(`events were refused: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
    },
    async close() {
      await server.close();
      await app.close();
    },
  };
}
