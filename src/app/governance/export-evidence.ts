// Gathers everything behind a case (events, findings, actions, credit, reports and their files) into a verifiable zip bundle.
import { foldCase } from '../../core/cases/case-view.ts';
import { SYSTEM_ACTOR } from '../../core/cases/hash-chain.ts';
import { bundleFiles, type CreditChain } from '../../core/evidence/bundle-content.ts';
import { sha256Hex } from '../../core/evidence/canonical-json.ts';
import type { Manifest } from '../../core/evidence/manifest.ts';
import { collectSubjects, emptySubjects, isRelated } from '../../core/evidence/related-events.ts';
import { packZip } from '../../core/evidence/zip.ts';
import type { ShoumenEvent } from '../../core/events/event.ts';
import { extensionOf } from '../../core/reports/evidence-policy.ts';
import type { AppError } from '../../core/errors/catalog.ts';
import { ok, type Result } from '../../core/result.ts';
import { audit, loadCase, nowIso } from './append-chain.ts';
import type { Caller, GovernanceDeps } from './deps.ts';

export type ExportedBundle = { readonly zip: Uint8Array; readonly manifest: Manifest; readonly manifestSha256: string; readonly zipSha256: string };

/** The evidence events, then one pass over the store for what surrounds them (order lives, review edits, transfers, devices). */
async function gatherEvents(deps: GovernanceDeps, tenant: string | undefined, eventIds: readonly string[], entities: readonly { type: string; id: string }[]): Promise<ShoumenEvent[]> {
  const direct = await deps.events.getMany(tenant, [...new Set(eventIds)]);
  const subjects = emptySubjects();
  for (const e of entities) {
    if (e.type === 'account') subjects.accounts.add(e.id);
    if (e.type === 'merchant') subjects.merchants.add(e.id);
    if (e.type === 'order') subjects.orders.add(e.id);
    if (e.type === 'review') subjects.reviews.add(e.id);
  }
  for (const event of direct) collectSubjects(subjects, event);
  const byId = new Map(direct.map((e) => [e.id, e]));
  for await (const { event } of deps.events.stream({ tenant })) {
    if (!byId.has(event.id) && isRelated(event, subjects)) byId.set(event.id, event);
  }
  return [...byId.values()].sort((a, b) => Date.parse(a.ts) - Date.parse(b.ts) || (a.id < b.id ? -1 : 1));
}

export async function exportEvidence(deps: GovernanceDeps, caller: Caller, caseId: string): Promise<Result<ExportedBundle, AppError>> {
  const found = await loadCase(deps, caller.tenant, caseId);
  if (!found.ok) return found;
  const { entries } = found.value;
  const view = foldCase(caller.tenant, entries)!;
  const entities = [...view.findings.flatMap((f) => f.entities), ...view.actions.map((a) => a.target)];
  const events = await gatherEvents(deps, caller.tenant, view.findings.flatMap((f) => f.evidence.eventIds), entities);
  const merchants = [...new Set(entities.filter((e) => e.type === 'merchant').map((e) => e.id))].sort();
  const credit: CreditChain[] = [];
  for (const merchantId of merchants) {
    const chain = await deps.chains.entries(caller.tenant, `credit:${merchantId}`);
    if (chain.length) credit.push({ merchantId, entries: chain });
  }
  const reports = await deps.reports.list({ tenant: caller.tenant, caseId, limit: 10_000 });
  const reportFiles = new Map<string, { bytes: Uint8Array; extension: string }>();
  for (const file of reports.flatMap((r) => r.files)) {
    const bytes = await deps.files.get(file.sha256);
    if (bytes) reportFiles.set(file.sha256, { bytes, extension: extensionOf(file.mediaType) });
  }
  const exportedAt = nowIso(deps);
  const by = caller.actor === SYSTEM_ACTOR ? 'shoumen' : `${caller.actor.name ?? caller.actor.id} (${caller.actor.id})`;
  const { files, manifest } = bundleFiles({ view, chain: entries, events, credit, reports, reportFiles, exportedAt, exportedBy: by });
  const zip = packZip(files, deps.clock.now());
  await audit(deps, caller, 'case.exported', { type: 'case', id: caseId }, { chainHead: manifest.chain.head.hash, files: manifest.files.length });
  return ok({ zip, manifest, manifestSha256: sha256Hex(files.get('manifest.json')!), zipSha256: sha256Hex(zip) });
}
