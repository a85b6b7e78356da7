// Opens a real application (SQLite in a temporary folder) and its HTTP server, for in-process HTTP tests.
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Application } from '../../src/app/application.ts';
import { parseConfig } from '../../src/app/config.ts';
import { openApplication } from '../../src/main.ts';
import { createServer } from '../../src/server/app.ts';
import type { ServerApp } from '../../src/server/context.ts';
import { tempDir } from './temp-dir.ts';

export type TestServer = {
  readonly app: Application;
  readonly server: ServerApp;
  /** A request as a trusted caller of the default tenant; when authentication lands, this is where credentials go. */
  request(path: string, init?: RequestInit): Promise<Response>;
  postJson(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
};

export async function openTestServer(env: Record<string, string> = {}, consoleDir = join(tempDir(), 'no-console')): Promise<TestServer> {
  const parsed = parseConfig({ env: { LOG_LEVEL: 'silent', ...env }, flags: { data: join(tempDir(), 'data') } });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const app = await openApplication(parsed.value);
  afterAll(() => app.close());
  const server = createServer({ app, consoleDir });
  const request = (path: string, init: RequestInit = {}) => Promise.resolve(server.request(path, init));
  return {
    app,
    server,
    request,
    postJson: (path, body, headers = {}) =>
      request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
  };
}
