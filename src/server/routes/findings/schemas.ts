// API schemas of findings: the finding itself, a page of them and the list filters.
import { z } from '@hono/zod-openapi';
import { EntityType } from '../../../core/events/primitives.ts';
import { Finding, FindingKind, Severity } from '../../../core/findings/finding.ts';

export const FindingBody = Finding;

export const FindingPageBody = z
  .object({ items: z.array(FindingBody), total: z.int(), nextCursor: z.string().optional() })
  .openapi('FindingPage');

export const FindingFilters = z.object({
  kind: FindingKind.optional(),
  severity: Severity.optional(),
  minScore: z.coerce.number().min(0).max(1).optional(),
  entityType: EntityType.optional(),
  entityId: z.string().min(1).optional(),
  q: z.string().min(1).max(200).optional().openapi({ description: 'Text to find in the summary (Chinese or English)' }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().optional(),
});
