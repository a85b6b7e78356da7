// A case's current state, derived only by folding its hash-chained history; nothing else is the source of truth.
import { Finding, severities, type FindingKind, type Severity } from '../findings/finding.ts';
import type { ActionRequest, TakenAction } from './actions.ts';
import { chainHead, type ChainEntry } from './hash-chain.ts';
import type { CaseState, TransitionName } from './state-machine.ts';

/** Entry types of a case chain; payloads are built by the functions in case-entries.ts. */
export const caseEntryTypes = ['case.opened', 'case.finding_added', 'case.transitioned', 'case.assigned', 'case.note_added', 'case.linked', 'case.due_changed', 'action.taken', 'report.linked'] as const;
export type CaseEntryType = (typeof caseEntryTypes)[number];

export type CaseNote = { readonly at: string; readonly actorId: string; readonly text: string };
export type CaseLink = { readonly caseId: string; readonly relation: string };

export type CaseView = {
  readonly id: string;
  readonly tenant: string | undefined;
  readonly state: CaseState;
  readonly kind: FindingKind;
  readonly severity: Severity;
  /** Queue an analyst works: kind and severity. */
  readonly queue: string;
  readonly assignee?: string;
  readonly dueAt: string;
  readonly openedAt: string;
  readonly updatedAt: string;
  /** Entity keys (`merchant:m1`) the case is about; findings sharing one join the case. */
  readonly subjects: readonly string[];
  readonly findings: readonly Finding[];
  readonly notes: readonly CaseNote[];
  readonly links: readonly CaseLink[];
  readonly actions: readonly TakenAction[];
  readonly reportIds: readonly string[];
  readonly decisions: readonly { at: string; actorId: string; transition: TransitionName; from: CaseState; to: CaseState; reason?: string }[];
  readonly head: { seq: number; hash: string };
};

const rank = (s: Severity) => severities.indexOf(s);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Replays the chain; entries of unknown type are kept in the chain but change nothing (forward compatible). */
export function foldCase(tenant: string | undefined, entries: readonly ChainEntry[]): CaseView | undefined {
  const first = entries[0];
  if (!first || first.type !== 'case.opened') return undefined;
  const p = first.payload as { kind: FindingKind; severity: Severity; dueAt: string; subjects: string[] };
  const view: Mutable<CaseView> = {
    id: first.chain.replace(/^case:/, ''), tenant, state: 'open', kind: p.kind, severity: p.severity, queue: `${p.kind}/${p.severity}`,
    dueAt: p.dueAt, openedAt: first.at, updatedAt: first.at, subjects: [...p.subjects], findings: [], notes: [], links: [], actions: [], reportIds: [], decisions: [],
    head: chainHead(entries),
  };
  for (const entry of entries.slice(1)) {
    view.updatedAt = entry.at;
    const payload = entry.payload;
    switch (entry.type) {
      case 'case.finding_added': {
        const finding = Finding.parse(payload['finding']);
        view.findings = [...view.findings.filter((f) => f.id !== finding.id), finding];
        view.subjects = [...new Set([...view.subjects, ...((payload['subjects'] as string[] | undefined) ?? [])])];
        if (rank(finding.severity) > rank(view.severity)) view.severity = finding.severity;
        view.queue = `${view.kind}/${view.severity}`;
        break;
      }
      case 'case.transitioned': {
        const t = payload as { transition: TransitionName; from: CaseState; to: CaseState; reason?: string };
        view.state = t.to;
        view.decisions = [...view.decisions, { at: entry.at, actorId: entry.actor.id, transition: t.transition, from: t.from, to: t.to, ...(t.reason ? { reason: t.reason } : {}) }];
        break;
      }
      case 'case.assigned':
        view.assignee = payload['assignee'] as string;
        break;
      case 'case.note_added':
        view.notes = [...view.notes, { at: entry.at, actorId: entry.actor.id, text: payload['text'] as string }];
        break;
      case 'case.linked':
        view.links = [...view.links, { caseId: payload['caseId'] as string, relation: payload['relation'] as string }];
        break;
      case 'case.due_changed':
        view.dueAt = payload['dueAt'] as string;
        break;
      case 'action.taken': {
        const action = payload as ActionRequest & { id: string; creditEntryId?: string };
        view.actions = [...view.actions, { ...action, caseId: view.id, at: entry.at, actorId: entry.actor.id }];
        break;
      }
      case 'report.linked':
        view.reportIds = [...new Set([...view.reportIds, payload['reportId'] as string])];
        break;
      default:
        break;
    }
  }
  return view;
}
