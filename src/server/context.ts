// The Hono environment every route sees: request id, the request's logger (made on first use) and the caller's tenant.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from 'pino';
import type { Application } from '../app/application.ts';
import type { Principal } from '../core/access/principal.ts';

export type AppEnv = {
  Variables: {
    requestId: string;
    /** The request's child logger, made on first use: pino serialises a child's bindings, a tenth of a fast request's CPU. */
    logger: () => Logger;
    tenant: string | undefined;
    /** The API key's holder; set on every /v1 route by the authentication middleware (src/server/auth.ts). */
    principal: Principal | undefined;
  };
};

export type ServerApp = OpenAPIHono<AppEnv>;

/** A child logger made once, the first time it is asked for. */
export function lazyChild(parent: () => Logger, bindings: Record<string, string>): () => Logger {
  let child: Logger | undefined;
  return () => (child ??= parent().child(bindings));
}

export type ServerDeps = {
  readonly app: Application;
  /** Folder of the built console (web/dist); the server says how to build it when absent. */
  readonly consoleDir: string;
};
