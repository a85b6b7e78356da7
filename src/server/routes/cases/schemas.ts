// API schemas of cases: the folded case, a page of them, the queue filters and the change requests.
import { z } from '@hono/zod-openapi';
import { CaseState } from '../../../core/cases/state-machine.ts';
import { FindingKind, Severity } from '../../../core/findings/finding.ts';
import { looseObject } from '../governance-http.ts';

export const CaseBody = looseObject('Case', {
  id: z.string(), state: CaseState, kind: FindingKind, severity: Severity, queue: z.string(), assignee: z.string().optional(),
  dueAt: z.string(), openedAt: z.string(), updatedAt: z.string(), subjects: z.array(z.string()),
  head: z.object({ seq: z.int(), hash: z.string() }),
});

export const CasePage = z.object({ items: z.array(CaseBody), total: z.int() }).openapi('CasePage');

export const CaseFilters = z.object({
  state: CaseState.optional(),
  kind: FindingKind.optional(),
  severity: Severity.optional(),
  assignee: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const ChainEntryBody = looseObject('ChainEntry', {
  chain: z.string(), seq: z.int(), at: z.string(), type: z.string(), prevHash: z.string(), hash: z.string(),
  actor: z.object({ type: z.string(), id: z.string(), name: z.string().optional() }), payload: z.record(z.string(), z.unknown()),
});
