// Starts the HTTP server on a port and stops it cleanly, finishing requests in flight.
import { serve, type ServerType } from '@hono/node-server';
import { createServer } from './app.ts';
import type { ServerDeps } from './context.ts';

export type RunningServer = { readonly url: string; readonly port: number; close(): Promise<void> };

export function listen(deps: ServerDeps): Promise<RunningServer> {
  const { port, host } = deps.app.config;
  const app = createServer(deps);
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined;
    try {
      server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
        const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
        resolve({
          url: `http://${shownHost}:${info.port}`,
          port: info.port,
          close: () => new Promise<void>((done) => (server ? server.close(() => done()) : done())),
        });
      });
      server.on('error', reject);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
