// One line saying what a case history entry recorded, from its payload; entries of types the console does not know show their type only.
import type { ChainEntry } from '../api/governance-calls.ts';
import { caseStateLabels } from '../i18n/governance-labels.ts';
import { labelIn, type Language } from '../i18n/messages.ts';

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** Payload fields are written by the server, but notes and reasons are typed by people: the caller renders the line as text. */
export function entryDetail(entry: Pick<ChainEntry, 'type' | 'payload'>, language: Language): string {
  const p = entry.payload;
  switch (entry.type) {
    case 'case.transitioned': {
      const move = `${labelIn(caseStateLabels, text(p['from']), language)} → ${labelIn(caseStateLabels, text(p['to']), language)}`;
      return p['reason'] ? `${move}: ${text(p['reason'])}` : move;
    }
    case 'case.finding_added': {
      const finding = p['finding'] as { id?: unknown } | undefined;
      return text(finding?.id);
    }
    case 'case.assigned':
      return text(p['assignee']);
    case 'case.note_added':
      return text(p['text']);
    case 'case.linked':
      return `${text(p['caseId'])} (${text(p['relation'])})`;
    case 'case.due_changed':
      return text(p['dueAt']);
    case 'action.taken': {
      const target = p['target'] as { type?: unknown; id?: unknown } | undefined;
      return `${text(p['kind'])} ${text(target?.type)}:${text(target?.id)} — ${text(p['reason'])}`;
    }
    case 'report.linked':
      return text(p['reportId']);
    case 'case.opened':
      return Array.isArray(p['subjects']) ? p['subjects'].map(text).join(', ') : '';
    default:
      return '';
  }
}
