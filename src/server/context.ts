// The Hono environment every route sees: request id, a child logger and the caller's tenant.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from 'pino';
import type { Application } from '../app/application.ts';
import type { Principal } from '../core/access/principal.ts';

export type AppEnv = {
  Variables: {
    requestId: string;
    logger: Logger;
    tenant: string | undefined;
    /** The API key's holder; set on every /v1 route by the authentication middleware (src/server/auth.ts). */
    principal: Principal | undefined;
  };
};

export type ServerApp = OpenAPIHono<AppEnv>;

export type ServerDeps = {
  readonly app: Application;
  /** Folder of the built console (web/dist); the server says how to build it when absent. */
  readonly consoleDir: string;
};
