// Groups new findings into cases by shared subject entities, joining an open case when one is already about them.
import { UnionFind } from '../graph/union-find.ts';
import type { Finding } from '../findings/finding.ts';

const bystanderRoles = new Set(['victim']);

/**
 * The entities a case is about. Merchants first: a ring, a spike and a hotline on one shop are one matter for governance.
 * Without a merchant, the accounts, devices and reviews are the subject.
 */
export function subjectKeys(finding: Finding): string[] {
  // Victims are named in a finding but are not what the case is about (shops hit by an extortion reviewer).
  const named = finding.entities.filter((e) => !bystanderRoles.has(e.role ?? ''));
  const merchants = named.filter((e) => e.type === 'merchant');
  const chosen = merchants.length > 0 ? merchants : named.filter((e) => e.type === 'account' || e.type === 'device' || e.type === 'review' || e.type === 'operator');
  const list = chosen.length > 0 ? chosen : finding.entities;
  return [...new Set(list.map((e) => `${e.type}:${e.id}`))].sort();
}

export type OpenCaseRef = { readonly id: string; readonly subjects: readonly string[]; readonly findingIds: readonly string[] };

export type CasePlan = {
  /** Findings that join an existing case (the oldest one sharing a subject). */
  readonly join: { caseId: string; findings: Finding[]; relatedCaseIds: string[] }[];
  /** Groups of findings that open a new case each. */
  readonly open: Finding[][];
};

/** Pure: findings already in some case are skipped, so rerunning detection never duplicates cases. */
export function planCases(findings: readonly Finding[], openCases: readonly OpenCaseRef[], casedFindingIds: ReadonlySet<string>): CasePlan {
  const fresh = findings.filter((f) => !casedFindingIds.has(f.id));
  const uf = new UnionFind(fresh.length);
  const firstWithKey = new Map<string, number>();
  fresh.forEach((finding, index) => {
    for (const key of subjectKeys(finding)) {
      const seen = firstWithKey.get(key);
      if (seen === undefined) firstWithKey.set(key, index);
      else uf.union(seen, index);
    }
  });
  const join = new Map<string, { caseId: string; findings: Finding[]; relatedCaseIds: string[] }>();
  const open: Finding[][] = [];
  for (const group of uf.groups()) {
    const members = group.map((i) => fresh[i]!);
    const keys = new Set(members.flatMap(subjectKeys));
    const matching = openCases.filter((c) => c.subjects.some((s) => keys.has(s)));
    const target = matching[0];
    if (!target) {
      open.push(members);
      continue;
    }
    const plan = join.get(target.id) ?? { caseId: target.id, findings: [], relatedCaseIds: [] };
    plan.findings.push(...members);
    plan.relatedCaseIds = [...new Set([...plan.relatedCaseIds, ...matching.slice(1).map((c) => c.id)])];
    join.set(target.id, plan);
  }
  return { join: [...join.values()], open };
}

/** Response time by severity: the worst cases get the shortest clock. */
export const dueHoursBySeverity = { critical: 24, high: 72, medium: 168, low: 336 } as const;
