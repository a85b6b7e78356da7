// POST /v1/analysis/runs runs batch detection over the stored events now; GET .../latest shows the last run.
import { createRoute, z } from '@hono/zod-openapi';
import type { AnalysisRun } from '../../../app/ports.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { ErrorBody, fail } from '../../errors.ts';

export const RunBody = z
  .object({
    id: z.string(),
    allTenants: z.boolean().openapi({ description: 'true for a run over every tenant (a file or a whole-store run), false for a run over the caller\'s tenant' }), startedAt: z.string(), finishedAt: z.string(), source: z.string(),
    detectors: z.array(z.string()), fusionVersion: z.string(), stats: z.record(z.string(), z.number()),
  })
  .openapi('AnalysisRun');

/** The stored run as the API shows it: the scope as a flag, since a caller sees only its own tenant anyway. */
function runBody({ scope, ...run }: AnalysisRun): z.infer<typeof RunBody> {
  return { ...run, allTenants: scope === 'all' };
}

const postRoute = createRoute({
  method: 'post',
  path: '/v1/analysis/runs',
  tags: ['analysis'],
  summary: "Run every detector over the caller's tenant's stored events and save findings and scores",
  responses: { 200: { description: 'The finished run', content: { 'application/json': { schema: RunBody } } } },
});

const latestRoute = createRoute({
  method: 'get',
  path: '/v1/analysis/runs/latest',
  tags: ['analysis'],
  summary: 'The most recent analysis run',
  responses: {
    200: { description: 'The run', content: { 'application/json': { schema: RunBody } } },
    404: { description: 'Nothing has run yet', content: { 'application/json': { schema: ErrorBody } } },
  },
});

export function registerAnalysisRuns(server: ServerApp, deps: ServerDeps): void {
  server.openapi(postRoute, async (c) => {
    const result = await deps.app.analyze({ from: 'store', only: { tenant: c.get('tenant') } });
    return c.json(runBody(result.run), 200);
  });
  server.openapi(latestRoute, async (c) => {
    const run = await deps.app.findings.latestRun({ tenant: c.get('tenant') });
    if (!run) return fail(c, 'SM_NOT_FOUND', 'No analysis has run yet.');
    return c.json(runBody(run), 200);
  });
}
