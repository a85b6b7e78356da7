// The OpenAPI document generated from the route schemas, and a browsable docs page served from local assets.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { html } from '../../../core/html/html.ts';
import type { ServerApp } from '../../context.ts';

const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const docsPage = html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>shoumen API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head><body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui' });</script></body></html>`.value;

export function registerDocs(server: ServerApp, version: string): void {
  // Every /v1 route takes an API key (docs/governance.md); declaring it lets the docs page send one.
  server.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', { type: 'http', scheme: 'bearer', description: 'An API key: Authorization: Bearer sm_…' });
  server.doc31('/openapi.json', {
    openapi: '3.1.0',
    security: [{ apiKey: [] }],
    info: {
      title: 'shoumen (守门) API',
      version,
      description: 'Events in, findings and risk scores out. Errors carry a stable code from the catalog in docs/errors.md.',
    },
  });
  server.get('/docs', (c) => c.html(docsPage));
  server.use('/docs/assets/*', serveStatic({ root: swaggerDir, rewriteRequestPath: (path) => path.replace(/^\/docs\/assets/, '') }));
}
