// Assigns a case, adds a note, links it to another case or moves its due time; each is a new chain entry, never an edit.
import { z } from 'zod';
import { foldCase, type CaseView } from '../../core/cases/case-view.ts';
import { appError, type AppError } from '../../core/errors/catalog.ts';
import { err, ok, type Result } from '../../core/result.ts';
import { Timestamp } from '../../core/events/primitives.ts';
import { appendChain, audit, loadCase } from './append-chain.ts';
import type { Caller, GovernanceDeps } from './deps.ts';

export const CaseUpdate = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('assign'), assignee: z.string().trim().min(1).max(200) }),
  z.strictObject({ kind: z.literal('note'), text: z.string().trim().min(1).max(10_000) }),
  z.strictObject({ kind: z.literal('link'), caseId: z.string().min(1), relation: z.enum(['related', 'duplicate', 'same_ring', 'shares_subjects']) }),
  z.strictObject({ kind: z.literal('due'), dueAt: Timestamp }),
]);
export type CaseUpdate = z.infer<typeof CaseUpdate>;

const entryOf = (u: CaseUpdate) => {
  switch (u.kind) {
    case 'assign': return { type: 'case.assigned', payload: { assignee: u.assignee } };
    case 'note': return { type: 'case.note_added', payload: { text: u.text } };
    case 'link': return { type: 'case.linked', payload: { caseId: u.caseId, relation: u.relation } };
    case 'due': return { type: 'case.due_changed', payload: { dueAt: u.dueAt } };
  }
};

export async function updateCase(deps: GovernanceDeps, caller: Caller, caseId: string, update: CaseUpdate): Promise<Result<CaseView, AppError>> {
  const found = await loadCase(deps, caller.tenant, caseId);
  if (!found.ok) return found;
  if (update.kind === 'link') {
    if (update.caseId === caseId) return err(appError('SM_VALIDATION', 'A case cannot link to itself.', [{ field: 'caseId', message: 'is this case' }]));
    const other = await loadCase(deps, caller.tenant, update.caseId);
    if (!other.ok) return err(appError('SM_VALIDATION', `No case ${update.caseId} to link to.`, [{ field: 'caseId', message: 'no such case in this tenant' }]));
  }
  const appended = await appendChain(deps, caller, `case:${caseId}`, () => ok(entryOf(update)));
  if (!appended.ok) return appended;
  await audit(deps, caller, `case.${update.kind}`, { type: 'case', id: caseId });
  return ok(foldCase(caller.tenant, appended.value)!);
}
