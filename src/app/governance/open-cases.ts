// After each analysis run: findings open new cases or join the open case already about the same merchant or accounts.
import { foldCase } from '../../core/cases/case-view.ts';
import { dueHoursBySeverity, planCases, subjectKeys, type OpenCaseRef } from '../../core/cases/group-findings.ts';
import { SYSTEM_ACTOR } from '../../core/cases/hash-chain.ts';
import { acceptsFindings } from '../../core/cases/state-machine.ts';
import { severities, type Finding } from '../../core/findings/finding.ts';
import { formatIso } from '../../core/time/format.ts';
import { ok } from '../../core/result.ts';
import { appendChain, audit } from './append-chain.ts';
import type { Caller, GovernanceDeps } from './deps.ts';
import { linkReports } from './file-report.ts';

type Deps = GovernanceDeps;

export type CaseIntake = { readonly opened: string[]; readonly joined: string[] };

async function openCaseRefs(deps: Deps, tenant: string | undefined, keys: readonly string[]): Promise<OpenCaseRef[]> {
  const chains = new Set<string>();
  for (const key of keys) for (const chain of await deps.chains.lookup(tenant, `entity:${key}`)) chains.add(chain);
  const refs: (OpenCaseRef & { openedAt: string })[] = [];
  for (const chain of chains) {
    const view = foldCase(tenant, await deps.chains.entries(tenant, chain));
    if (view && acceptsFindings(view.state)) refs.push({ id: view.id, subjects: view.subjects, findingIds: view.findings.map((f) => f.id), openedAt: view.openedAt });
  }
  return refs.sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.id.localeCompare(b.id));
}

async function addFindings(deps: Deps, caller: Caller, caseId: string, findings: readonly Finding[]): Promise<void> {
  for (const finding of findings) {
    const subjects = subjectKeys(finding);
    const added = await appendChain(deps, caller, `case:${caseId}`, () =>
      ok({ type: 'case.finding_added', payload: { finding, subjects }, index: [`finding:${finding.id}`, ...subjects.map((s) => `entity:${s}`)] }),
    );
    if (!added.ok) throw new Error(added.error.message);
  }
}

async function openOne(deps: Deps, caller: Caller, group: Finding[]): Promise<string> {
  const id = deps.ids.next('case');
  const lead = [...group].sort((a, b) => b.score - a.score)[0]!;
  const severity = group.map((f) => f.severity).sort((a, b) => severities.indexOf(b) - severities.indexOf(a))[0]!;
  const subjects = [...new Set(group.flatMap(subjectKeys))].sort();
  const dueAt = formatIso(deps.clock.now().getTime() + dueHoursBySeverity[severity] * 3_600_000);
  const opened = await appendChain(deps, caller, `case:${id}`, () =>
    ok({ type: 'case.opened', payload: { kind: lead.kind, severity, dueAt, subjects }, index: subjects.map((s) => `entity:${s}`) }),
  );
  if (!opened.ok) throw new Error(opened.error.message);
  await addFindings(deps, caller, id, group);
  await audit(deps, caller, 'case.opened', { type: 'case', id }, { findings: group.map((f) => f.id) });
  // Consumers may have reported the shop before detection caught it; their reports join the case now.
  for (const subject of subjects) await linkReports(deps, caller, id, await deps.reports.list({ tenant: caller.tenant, targetKey: subject, limit: 10_000 }));
  return id;
}

export async function openCasesForFindings(deps: Deps, findings: readonly Finding[]): Promise<CaseIntake> {
  const result: CaseIntake = { opened: [], joined: [] };
  const byTenant = new Map<string | undefined, Finding[]>();
  for (const f of findings) byTenant.set(f.tenant, [...(byTenant.get(f.tenant) ?? []), f]);
  for (const [tenant, list] of byTenant) {
    const caller: Caller = { tenant, actor: SYSTEM_ACTOR, roles: ['admin'] };
    const cased = new Set<string>();
    for (const f of list) if ((await deps.chains.lookup(tenant, `finding:${f.id}`)).length > 0) cased.add(f.id);
    const keys = [...new Set(list.filter((f) => !cased.has(f.id)).flatMap(subjectKeys))];
    const plan = planCases(list, await openCaseRefs(deps, tenant, keys), cased);
    for (const group of plan.open) result.opened.push(await openOne(deps, caller, group));
    for (const join of plan.join) {
      await addFindings(deps, caller, join.caseId, join.findings);
      for (const related of join.relatedCaseIds) {
        await appendChain(deps, caller, `case:${join.caseId}`, () => ok({ type: 'case.linked', payload: { caseId: related, relation: 'shares_subjects' } }));
      }
      await audit(deps, caller, 'case.findings_added', { type: 'case', id: join.caseId }, { findings: join.findings.map((f) => f.id) });
      result.joined.push(join.caseId);
    }
  }
  return result;
}
