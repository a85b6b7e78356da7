// GET /v1/cases/{id}/evidence: the case's evidence bundle as a zip, with the manifest hash and chain head in headers.
import { z } from '@hono/zod-openapi';
import { exportEvidence } from '../../../app/governance/export-evidence.ts';
import { callerOf } from '../../auth.ts';
import type { ServerApp, ServerDeps } from '../../context.ts';
import { errorResponses, failWith } from '../governance-http.ts';

export function registerEvidenceRoute(server: ServerApp, deps: ServerDeps): void {
  server.openAPIRegistry.registerPath({
    method: 'get', path: '/v1/cases/{id}/evidence', tags: ['evidence'],
    summary: 'Export the evidence bundle of a case (zip); verify it offline with `shoumen verify` (docs/evidence.md)',
    request: { params: z.object({ id: z.string() }) },
    responses: { 200: { description: 'The bundle; headers x-shoumen-chain-head and x-shoumen-manifest-sha256 are for sending separately', content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } } }, 404: errorResponses[404] },
  });
  server.get('/v1/cases/:id/evidence', async (c) => {
    const exported = await exportEvidence(deps.app.governance, callerOf(c), c.req.param('id'));
    if (!exported.ok) return failWith(c, exported.error);
    const { zip, manifest, manifestSha256 } = exported.value;
    c.header('content-type', 'application/zip');
    c.header('content-disposition', `attachment; filename="case-${manifest.caseId.replace(/[^A-Za-z0-9_-]/g, '_')}-evidence.zip"`);
    c.header('x-shoumen-chain-head', `${manifest.chain.head.seq}:${manifest.chain.head.hash}`);
    c.header('x-shoumen-manifest-sha256', manifestSha256);
    return c.body(zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer, 200);
  });
}
