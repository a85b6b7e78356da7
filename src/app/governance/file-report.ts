// A consumer files a report (举报): evidence files checked by magic bytes and stored by hash, duplicates grouped, findings and cases linked.
import { canonicalJson, sha256Hex } from '../../core/evidence/canonical-json.ts';
import { appError, type AppError } from '../../core/errors/catalog.ts';
import { acceptEvidenceFile, MAX_EVIDENCE_FILES, withoutControls } from '../../core/reports/evidence-policy.ts';
import { groupIdFor, responseDueAt, targetKey, type EvidenceFileRef, type Report, type ReportIntake } from '../../core/reports/report.ts';
import { err, ok, type Result } from '../../core/result.ts';
import { formatIso } from '../../core/time/format.ts';
import { appendChain, audit } from './append-chain.ts';
import type { Caller, GovernanceDeps } from './deps.ts';

export type Upload = { readonly name: string; readonly bytes: Uint8Array };

/** Keeps a display name only: no path, no control characters; the file itself is addressed by its hash. */
function displayName(name: string): string {
  return withoutControls(name.split(/[\\/]/).pop() ?? '').slice(0, 255) || 'file';
}

async function storeFiles(deps: GovernanceDeps, uploads: readonly Upload[]): Promise<Result<EvidenceFileRef[], AppError>> {
  if (uploads.length > MAX_EVIDENCE_FILES) return err(appError('SM_VALIDATION', `At most ${MAX_EVIDENCE_FILES} files.`, [{ field: 'files', message: `must hold at most ${MAX_EVIDENCE_FILES} files` }]));
  const accepted: { upload: Upload; mediaType: string }[] = [];
  const problems: { field: string; message: string }[] = [];
  for (const [i, upload] of uploads.entries()) {
    const checked = acceptEvidenceFile(upload.name, upload.bytes, await deps.sniff(upload.bytes));
    if (checked.ok) accepted.push({ upload, mediaType: checked.value.mediaType });
    else problems.push({ field: `files[${i}]`, message: checked.error });
  }
  if (problems.length) return err(appError('SM_UNSUPPORTED_FILE', 'An evidence file is not accepted.', problems));
  const refs: EvidenceFileRef[] = [];
  for (const { upload, mediaType } of accepted) {
    const stored = await deps.files.put(upload.bytes);
    refs.push({ sha256: stored.sha256, bytes: stored.bytes, mediaType, name: displayName(upload.name) });
  }
  return ok(refs);
}

/** The part of a report that never changes; its hash goes into each linked case's chain. */
export function reportFingerprint(report: Report): string {
  const { id, target, category, description, files, receivedAt } = report;
  return sha256Hex(canonicalJson({ id, target, category, description, files, receivedAt }));
}

/** Links reports on any of the case's subjects to the case: in the case chain, and on the report for its reporter. */
export async function linkReports(deps: GovernanceDeps, caller: Caller, caseId: string, reports: readonly Report[]): Promise<void> {
  for (const report of reports) {
    if (report.caseIds.includes(caseId)) continue;
    await appendChain(deps, caller, `case:${caseId}`, () => ok({ type: 'report.linked', payload: { reportId: report.id, reportHash: reportFingerprint(report) }, index: [`report:${report.id}`] }));
    await deps.reports.save({ ...report, caseIds: [...report.caseIds, caseId], status: report.status === 'received' ? 'linked' : report.status });
    await audit(deps, caller, 'report.linked', { type: 'report', id: report.id }, { caseId });
  }
}

export async function fileReport(deps: GovernanceDeps, caller: Caller, intake: ReportIntake, uploads: readonly Upload[]): Promise<Result<Report, AppError>> {
  const files = await storeFiles(deps, uploads);
  if (!files.ok) return files;
  const id = deps.ids.next('report');
  const now = deps.clock.now();
  const key = targetKey(intake.target);
  const earlier = await deps.reports.list({ tenant: caller.tenant, targetKey: key, limit: 10_000 });
  const findings = await deps.findings.listFindings({ tenant: caller.tenant, entity: { type: intake.target.type, id: intake.target.id }, limit: 100 });
  const caseChains = new Set([...(await deps.chains.lookup(caller.tenant, `entity:${key}`)), ...(await deps.chains.lookup(caller.tenant, `target:${key}`))]);
  for (const f of findings.items) for (const chain of await deps.chains.lookup(caller.tenant, `finding:${f.id}`)) caseChains.add(chain);
  const report: Report = {
    ...intake, id, tenant: caller.tenant, files: files.value, filedBy: caller.actor.id, receivedAt: formatIso(now.getTime()),
    dueAt: formatIso(responseDueAt(now.getTime(), intake.category).getTime()), groupId: groupIdFor(id, earlier),
    status: 'received', findingIds: findings.items.map((f) => f.id), caseIds: [], notices: [],
  };
  await deps.reports.save(report);
  await audit(deps, caller, 'report.filed', { type: 'report', id }, { target: key, files: report.files.length });
  for (const chain of caseChains) await linkReports(deps, caller, chain.slice('case:'.length), [(await deps.reports.get(caller.tenant, id))!]);
  return ok((await deps.reports.get(caller.tenant, id))!);
}
