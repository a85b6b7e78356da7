// The Hono environment every route sees: request id, a child logger and the caller's tenant.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from 'pino';
import type { Application } from '../app/application.ts';

export type AppEnv = {
  Variables: {
    requestId: string;
    logger: Logger;
    tenant: string | undefined;
  };
};

export type ServerApp = OpenAPIHono<AppEnv>;

export type ServerDeps = {
  readonly app: Application;
  /** Folder of the built console (web/dist); the server says how to build it when absent. */
  readonly consoleDir: string;
};

/** Header naming the tenant until API keys carry it. */
export const TENANT_HEADER = 'x-shoumen-tenant';
