// Starts the real HTTP server in process on a free loopback port, over a fresh store, serving the built console.
import { join } from 'node:path';
import type { Application } from '../../src/app/application.ts';
import { parseConfig } from '../../src/app/config.ts';
import type { ShoumenEvent } from '../../src/core/events/event.ts';
import { CONSOLE_DIR, openApplication } from '../../src/main.ts';
import { listen, type RunningServer } from '../../src/server/listen.ts';
import { tempDir } from '../support/temp-dir.ts';

export type ConsoleServer = {
  readonly url: string;
  readonly app: Application;
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
  return {
    url: server.url,
    app,
    async postEvents(events) {
      const response = await fetch(`${server.url}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(events) });
      const body = (await response.json()) as { accepted?: number; rejected?: number };
      if (response.status !== 200 || body.rejected !== 0) throw new Error(`events were refused: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
    },
    async close() {
      await server.close();
      await app.close();
    },
  };
}
